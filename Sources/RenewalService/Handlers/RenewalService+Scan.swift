import Foundation
import MicroHTTP
import RenewalDocuments
import RenewalRules

extension RenewalService {
    /// `POST /scan`: a whole statement, pasted lines (`text/plain`) or a CSV export (`text/csv`), in
    /// UTF-8 or Shift_JIS; answers with the lines related to Kaspersky only.
    func scan(_ request: HTTPRequest, _ scope: RequestScope) throws(ServiceError) -> HTTPResponse {
        let presentation = try scope.presentation(request.head)
        let document = try scanDocument(request, language: presentation.language)
        return presentation.response(
            json: Self.json(document), text: document.plainText(language: presentation.language))
    }

    /// A scan's JSON, in a buffer sized for it.
    static func json(_ document: ScanDocument) -> [UInt8] {
        document.jsonBytes(capacity: 512 + 1_024 * document.matches.count + 8 * document.relatedLines)
    }

    /// The scan a `POST /scan` request asks for, as a document in `language`: the JSON and the text
    /// are both written from it (an MCP tool call wants both, and scans once).
    func scanDocument(_ request: HTTPRequest, language: Language) throws(ServiceError) -> ScanDocument {
        let contentType = request.headers["Content-Type"] ?? ""
        let layout: StatementScanner.Layout
        switch IdentifyRequest.mediaType(contentType) {
        case "text/plain": layout = .lines
        case "text/csv": layout = .csv
        default:
            throw .unsupportedMediaType(ProblemTexts.scanContentTypeRefused(contentType))
        }
        let text: String
        do {
            text = try StatementText.decode(request.body, charset: Self.charset(of: contentType))
        } catch {
            switch error {
            case .unsupportedCharset: throw .unsupportedMediaType(error.message)
            case .undecodable: throw .badRequest(error.message)
            }
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw .badRequest(ProblemTexts.emptyStatement)
        }
        let (column, dateColumn, amountColumn) = (
            request.queryValue("column"), request.queryValue("dateColumn"), request.queryValue("amountColumn")
        )
        for name in [column, dateColumn, amountColumn] {
            if let name, name.isEmpty || name.count > 100 {
                throw .badRequest(ProblemTexts.badColumn)
            }
        }
        let rules = knowledge.rules
        let scan: StatementScan
        do {
            scan = try StatementScanner.scan(
                text, layout: layout, column: column, dateColumn: dateColumn, amountColumn: amountColumn, rules: rules)
        } catch {
            switch error {
            case .tooManyLines: throw .contentTooLarge(error.message)
            case .noSuchColumn: throw .badRequest(error.message)
            }
        }
        return ScanDocument(scan, language: language, rules: rules)
    }

    /// The `charset` parameter of a Content-Type, lower-cased, or `nil`.
    static func charset(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else {
                continue
            }
            return pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                .lowercased()
        }
        return nil
    }
}
