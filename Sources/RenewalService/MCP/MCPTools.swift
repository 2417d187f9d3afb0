import MicroHTTP
import RenewalDocuments
import RenewalRules

/// The tools an AI agent calls over MCP: the REST API's identification, statement scan and guides,
/// answered by the same handlers, so that an agent gets the same JSON (as `structuredContent`) and
/// the same words (as text) as a portal or a person.
enum MCPTools {
    /// The tools' names, for `tools/list` and the metrics' label set.
    static let names = ["identify", "scan_statement", "get_guide"]

    /// One tool call's outcome: the REST answer's JSON and text, or a problem in words.
    struct Outcome {
        let json: [UInt8]?
        let text: String
        let isError: Bool
    }

    /// What is wrong with a call's arguments, in words.
    struct ArgumentProblem: Error {
        let text: LocalizedText
    }

    /// Builds the internal request a tool call stands for, or says what is wrong with the arguments.
    static func request(
        for tool: String, _ arguments: [String: JSONValue], language: Language?
    ) -> Result<HTTPRequest, ArgumentProblem> {
        func string(_ name: String) -> String? {
            if case .string(let value)? = arguments[name] { return value }
            return nil
        }
        for (name, value) in arguments {
            guard case .string = value else {
                if name == "includeGuide", case .bool = value { continue }
                return .failure(
                    ArgumentProblem(
                        text: ProblemTexts.toolArgumentNotText(name)))
            }
        }
        var query: [(String, String)] = language.map { [("lang", $0.rawValue)] } ?? []
        switch tool {
        case "identify":
            guard let text = string("query") else {
                return .failure(
                    ArgumentProblem(
                        text: ProblemTexts.toolQueryMissing))
            }
            var body = JSONWriter()
            body.object {
                if case .bool(true)? = arguments["includeGuide"] { $0.member("include", ["guide"]) }
                $0.member("query", text)
            }
            return .success(make(.post, "/identify", query, contentType: "application/json", body: body.bytes))
        case "scan_statement":
            guard let statement = string("statement") else {
                return .failure(
                    ArgumentProblem(
                        text: ProblemTexts.toolStatementMissing))
            }
            for name in ["column", "dateColumn", "amountColumn"] {
                if let value = string(name) { query.append((name, value)) }
            }
            let layout = string("layout") ?? (StatementLooksLike.csv(statement) ? "csv" : "lines")
            guard layout == "csv" || layout == "lines" else {
                return .failure(
                    ArgumentProblem(text: ProblemTexts.toolLayout))
            }
            return .success(
                make(
                    .post, "/scan", query, contentType: layout == "csv" ? "text/csv" : "text/plain",
                    body: Array(statement.utf8)))
        case "get_guide":
            guard let provider = string("provider"), !provider.isEmpty, !provider.contains("/") else {
                return .failure(
                    ArgumentProblem(
                        text: ProblemTexts.toolProviderMissing))
            }
            if let product = string("product") { query.append(("product", product)) }
            return .success(make(.get, "/guide/\(provider)", query, contentType: nil, body: []))
        default:
            return .failure(ArgumentProblem(text: ProblemTexts.noSuchTool))
        }
    }

    private static func make(
        _ method: HTTPMethod, _ path: String, _ query: [(String, String)], contentType: String?, body: [UInt8]
    ) -> HTTPRequest {
        var headers = HTTPHeaders()
        if let contentType { headers.add(name: "Content-Type", value: contentType) }
        let head = HTTPRequestHead(
            method: method, target: path, path: path, query: query.map { (name: $0.0, value: $0.1) }, version: .http11,
            headers: headers, framing: body.isEmpty ? .none : .contentLength(body.count))
        return HTTPRequest(head: head, body: body)
    }
}

/// Whether pasted text is a CSV export rather than lines: separated fields, the same number on most
/// lines (as the page decides).
enum StatementLooksLike {
    static func csv(_ text: String) -> Bool {
        PageAnswer.looksLikeCSV(text.split(whereSeparator: \.isNewline).prefix(50).map { $0 })
    }
}
