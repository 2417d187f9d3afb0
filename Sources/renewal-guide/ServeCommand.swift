import ArgumentParser
import Foundation
import Logging
import RenewalRules
import RenewalService

/// `renewal-guide serve` (the default): the HTTP service.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the HTTP API (the default command).",
        discussion: Setting.allCases.map {
            "\($0.flag) / \($0.environmentVariable) (default \($0.defaultValue.isEmpty ? "none" : $0.defaultValue)): \($0.meaning)"
        }
        .joined(separator: "\n")
    )

    /// Every setting, as `--name value` or `--name=value`: read against ``Setting``, which declares
    /// each one once (its flag, environment variable, default and meaning) for the command, the
    /// README and the tests alike.
    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp("Settings, as --NAME VALUE or --NAME=VALUE (listed below).", valueName: "--setting value"))
    var settings: [String] = []

    /// Flags override the environment, setting by setting; an unknown flag or one without a value
    /// is an error naming it.
    func settingValues(environment: [String: String]) throws(ServeCommandError) -> [Setting: String] {
        var flags: [Setting: String] = [:]
        var index = 0
        while index < settings.count {
            let argument = settings[index]
            let equals = argument.firstIndex(of: "=")
            let name = String(argument[..<(equals ?? argument.endIndex)])
            let inline = equals.map { String(argument[argument.index(after: $0)...]) }
            guard let setting = Setting.allCases.first(where: { $0.flag == name }) else {
                throw ServeCommandError(
                    message: "unknown option \(argument.prefix(64)) (see renewal-guide serve --help)")
            }
            if let inline {
                flags[setting] = inline
            } else {
                guard index + 1 < settings.count else { throw ServeCommandError(message: "\(name) needs a value") }
                index += 1
                flags[setting] = settings[index]
            }
            index += 1
        }
        var values: [Setting: String] = [:]
        for setting in Setting.allCases {
            values[setting] = flags[setting] ?? environment[setting.environmentVariable]
        }
        return values
    }

    func run() throws {
        // Until the reloader watches it, a SIGHUP (a reload sent early) must not end the process.
        signal(SIGHUP, SIG_IGN)
        let configuration: ServiceConfiguration
        do {
            configuration = try ServiceConfiguration(
                values: settingValues(environment: ProcessInfo.processInfo.environment))
        } catch {
            FileHandle.standardError.write(Data("renewal-guide: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let output = LogOutput.standardOutput
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: configuration.logLevel, output: output) }
        var logger = Logger(label: "renewal-guide")
        logger.logLevel = configuration.logLevel

        // Only a start without a file pays for the compiled-in book.
        let rules: RuleBook
        if let path = configuration.rulesPath {
            do {
                rules = try RuleFileSource(path: path).load()
            } catch {
                output.flush()
                FileHandle.standardError.write(Data("renewal-guide: cannot start: \(error)\n".utf8))
                for problem in error.problems.dropFirst() {
                    FileHandle.standardError.write(Data("  \(problem)\n".utf8))
                }
                throw ExitCode(1)
            }
        } else {
            rules = .standard
        }
        let runner = ServiceRunner(
            configuration: configuration, logger: logger,
            accessLog: .direct(to: output, level: configuration.logLevel), rules: rules)
        do {
            try runner.start()
        } catch {
            output.flush()
            FileHandle.standardError.write(Data("renewal-guide: cannot start: \(error)\n".utf8))
            throw ExitCode(1)
        }
        runner.server.stopOnSignals()
        runner.reloader.watch(pollSeconds: configuration.rulesPoll)
        logger.notice(
            "listening",
            metadata: [
                "host": .string(configuration.host), "port": .stringConvertible(runner.port),
                "rules": .string(rules.version),
            ])
        output.flush()
        runner.server.waitUntilStopped()
        logger.notice("stopped")
        output.flush()
    }
}

/// A flag the serve command cannot read.
struct ServeCommandError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
