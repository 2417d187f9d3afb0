import ArgumentParser
import Foundation
import Logging
import RenewalRules
import RenewalService

/// `renewal-guide mcp`: the MCP tools over standard input and output, one JSON-RPC message a line,
/// for a desktop agent that starts the binary itself. Standard output carries only MCP messages;
/// logs go to standard error.
struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the MCP tools (identify, scan_statement, get_guide) on standard input and output.",
        discussion: "For an AI agent's MCP client configuration: command renewal-guide, arguments [\"mcp\"]."
    )

    @Option(name: .long, help: "A rule file to answer from (default: the compiled-in rules).")
    var rules: String?

    @Option(name: .long, help: "ja or en: the tools' language when a call names none.")
    var lang: Language = .default

    func run() throws {
        let book: RuleBook
        if let rules {
            do {
                book = try RuleFileSource(path: rules).load()
            } catch {
                FileHandle.standardError.write(Data("renewal-guide mcp: \(error)\n".utf8))
                throw ExitCode(1)
            }
        } else {
            book = .standard
        }
        var configuration = ServiceConfiguration()
        configuration.defaultLanguage = lang
        let service = RenewalService(
            configuration: configuration,
            logger: Logger(label: "renewal-guide-mcp", factory: { StreamLogHandler.standardError(label: $0) }),
            rules: book, rulesOrigin: rules ?? "compiled-in")
        while let line = readLine(strippingNewline: true) {
            guard !line.allSatisfy(\.isWhitespace), let reply = service.mcpStdioReply(to: Array(line.utf8)) else {
                continue
            }
            FileHandle.standardOutput.write(Data(reply + [0x0A]))
        }
    }
}
