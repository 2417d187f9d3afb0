import Foundation
import Testing

/// Runs the built `renewal-guide` binary, which SwiftPM places beside the test bundle.
struct BuiltBinary {
    struct Output {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    static let url: URL = {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return bundleDirectory.appendingPathComponent("renewal-guide")
    }()

    /// Runs to completion with the given arguments and extra environment. A process still running
    /// after `timeout` seconds is killed, so a wrong expectation fails the test instead of hanging it.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], input: Data? = nil, timeout: Double = 20
    ) throws -> Output {
        let running = try launch(arguments, environment: environment, input: input)
        if !running.waitForExit(timeout: timeout) { running.process.terminate() }
        running.process.waitUntilExit()
        return running.finish()
    }

    /// A started process whose output is collected.
    final class Running {
        let process: Process
        private let out = Pipe()
        private let err = Pipe()
        private let exited = DispatchSemaphore(value: 0)

        init(_ process: Process) {
            self.process = process
            process.standardOutput = out
            process.standardError = err
            process.terminationHandler = { [exited] _ in exited.signal() }
        }

        /// Waits for the process to exit, up to `timeout` seconds; returns whether it did.
        func waitForExit(timeout: Double) -> Bool {
            exited.wait(timeout: .now() + timeout) == .success
        }

        func finish() -> Output {
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = err.fileHandleForReading.readDataToEndOfFile()
            return Output(
                status: process.terminationStatus, standardOutput: String(decoding: stdout, as: UTF8.self),
                standardError: String(decoding: stderr, as: UTF8.self))
        }

        /// Reads standard output until a line containing `marker` arrives; returns that line.
        func waitForLine(containing marker: String, timeout: Double = 10) -> String? {
            let handle = out.fileHandleForReading
            var pending = ""
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                let data = handle.availableData
                if data.isEmpty { return nil }
                pending += String(decoding: data, as: UTF8.self)
                if let line = pending.split(separator: "\n").first(where: { $0.contains(marker) }) {
                    return String(line)
                }
            }
            return nil
        }

        /// The port a server started with `--port 0` listens on, from its "listening" log line.
        func listeningPort(sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
            let line = try #require(waitForLine(containing: #""listening""#), sourceLocation: sourceLocation)
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let portText = try #require(object?["port"] as? String, sourceLocation: sourceLocation)
            return try #require(Int(portText), sourceLocation: sourceLocation)
        }
    }

    /// Starts the binary; `input`, when given, is written to its standard input, which is then closed.
    static func launch(
        _ arguments: [String], environment: [String: String] = [:], input: Data? = nil
    ) throws
        -> Running
    {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdin = Pipe()
        if input != nil { process.standardInput = stdin }
        let running = Running(process)
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(input)
            try stdin.fileHandleForWriting.close()
        }
        return running
    }
}
