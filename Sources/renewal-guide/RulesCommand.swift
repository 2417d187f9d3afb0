import ArgumentParser
import Foundation
import RenewalDocuments
import RenewalRules
import RenewalService

/// `renewal-guide rules`: check a rule file, or show what a rule book holds.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check a rule file without serving, or show a rule book's rules.",
        subcommands: [RulesCheckCommand.self, RulesShowCommand.self]
    )
}

/// `renewal-guide rules check [PATH]`: as `nginx -t`, exit 0 for a good file, 1 with every problem
/// on standard error (`file:line: what to change`) for a bad one.
struct RulesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a rule file (or a directory holding rules.yaml); exit 0 if it loads, 1 if not.",
        discussion: "Without PATH, the compiled-in rules are checked.")

    @Argument(help: "A rule file, or a directory holding rules.yaml.")
    var path: String?

    func run() throws {
        guard let path else {
            print("rules: compiled-in, version \(RuleBook.standard.version): OK")
            return
        }
        let source = RuleFileSource(path: path)
        do {
            let book = try source.load()
            print(
                "rules \(source.file): version \(book.version): OK (\(book.orderNumberFormats.count) formats, "
                    + "\(book.statementDescriptors.count) descriptors, \(book.statementPatterns.count) patterns, "
                    + "\(book.guides.guides.count + 1) guides)")
        } catch {
            let lines = error.problems.isEmpty ? [error.description] : error.problems.map(\.description)
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            throw ExitCode(1)
        }
    }
}

/// `renewal-guide rules show [PATH]`: the rules by provider, as `GET /rules` answers them.
struct RulesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a rule book's rules by provider (the compiled-in one without PATH).")

    @Argument(help: "A rule file, or a directory holding rules.yaml.")
    var path: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        var book = RuleBook.standard
        var origin = "compiled-in"
        if let path {
            let source = RuleFileSource(path: path)
            do {
                book = try source.load()
                origin = source.file
            } catch {
                FileHandle.standardError.write(Data("renewal-guide: \(error)\n".utf8))
                throw ExitCode(1)
            }
        }
        let now = Date().timeIntervalSince1970
        let document = RulesDocument(
            book, origin: origin, loadedAt: RenewalService.timestamp(now), language: output.lang)
        print(output.json ? output.jsonLine(document) : document.plainText(), terminator: output.json ? "\n" : "")
    }
}
