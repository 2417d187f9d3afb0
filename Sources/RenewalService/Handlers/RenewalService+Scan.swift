import Foundation
import MicroHTTP
import RenewalRules

extension RenewalService {
    /// `POST /scan`: a whole statement, pasted lines (`text/plain`) or a CSV export (`text/csv`), in
    /// UTF-8 or Shift_JIS; answers with the lines related to Kaspersky only.
    func scan(_ request: HTTPRequest) throws(ServiceError) -> HTTPResponse {
        let presentation = try Presentation(request, negotiator: negotiator)
        let contentType = request.headers["Content-Type"] ?? ""
        let layout: StatementScanner.Layout
        switch IdentifyRequest.mediaType(contentType) {
        case "text/plain": layout = .lines
        case "text/csv": layout = .csv
        default:
            throw .unsupportedMediaType(
                "Content-Type \(contentType.prefix(60)) is not accepted here: use text/plain for pasted lines or text/csv for an export."
            )
        }
        let text: String
        do {
            text = try StatementText.decode(request.body, charset: Self.charset(of: contentType))
        } catch {
            switch error {
            case .unsupportedCharset: throw .unsupportedMediaType(error.description)
            case .undecodable: throw .badRequest(error.description)
            }
        }
        guard !text.allSatisfy(\.isWhitespace) else { throw .badRequest("The statement is empty.") }
        let column = request.queryValue("column")
        if let column, column.isEmpty || column.count > 100 {
            throw .badRequest("The column is named by its header or its 1-based index, in 1 to 100 characters.")
        }
        let scan: StatementScan
        do {
            scan = try StatementScanner.scan(text, layout: layout, column: column)
        } catch {
            switch error {
            case .tooManyLines: throw .contentTooLarge(error.description)
            case .noSuchColumn: throw .badRequest(error.description)
            }
        }
        let document = ScanDocument(scan, language: presentation.language)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let json = try? encoder.encode(document) else { throw .internalError }
        return presentation.response(json: Array(json), text: document.plainText(language: presentation.language))
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
