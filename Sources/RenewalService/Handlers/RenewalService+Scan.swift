import Foundation
import MicroHTTP
import RenewalDocuments
import RenewalRules

extension RenewalService {
    /// `POST /scan`: a whole statement, pasted lines (`text/plain`) or a CSV export (`text/csv`), in
    /// UTF-8 or Shift_JIS; answers with the lines related to Kaspersky only.
    func scan(_ request: HTTPRequest) throws(ServiceError) -> HTTPResponse {
        let presentation = try Presentation(request, negotiator: negotiator)
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
            throw .unsupportedMediaType(
                LocalizedText(
                    ja:
                        "Content-Type \(contentType.prefix(60))は受け付けていません。貼り付けた行はtext/plain、エクスポートしたファイルはtext/csvで送ってください。",
                    en:
                        "Content-Type \(contentType.prefix(60)) is not accepted here: use text/plain for pasted lines or text/csv for an export."
                ))
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
            throw .badRequest(LocalizedText(ja: "明細が空です。", en: "The statement is empty."))
        }
        let (column, dateColumn, amountColumn) = (
            request.queryValue("column"), request.queryValue("dateColumn"), request.queryValue("amountColumn")
        )
        for name in [column, dateColumn, amountColumn] {
            if let name, name.isEmpty || name.count > 100 {
                throw .badRequest(
                    LocalizedText(
                        ja: "列は見出しの名前か1から数えた番号で、1〜100文字で指定してください。",
                        en: "A column is named by its header or its 1-based index, in 1 to 100 characters."))
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
