import Foundation

/// Turns the bytes of an uploaded statement into text: UTF-8, or Shift_JIS (CP932), in which
/// Japanese card issuers often export their CSV files.
public enum StatementText {
    /// Why a statement's bytes could not be read.
    public enum DecodingError: Error, Equatable, Sendable, CustomStringConvertible {
        /// A `charset` other than UTF-8 and Shift_JIS was declared.
        case unsupportedCharset(String)
        /// The bytes are not valid in the declared charset, or (undeclared) in UTF-8 or Shift_JIS.
        case undecodable(charset: String?)

        /// The error as one sentence in each language, for the service's problem.
        public var message: LocalizedText {
            switch self {
            case .unsupportedCharset(let name):
                LocalizedText(
                    "文字コード\(name)は受け付けていません。UTF-8かShift_JISで送ってください。",
                    "charset \(name) is not accepted: send UTF-8 or Shift_JIS.")
            case .undecodable(let charset?):
                LocalizedText("明細が\(charset)として正しくありません。", "The statement is not valid \(charset).")
            case .undecodable(nil):
                LocalizedText(
                    "明細がUTF-8でもShift_JISでもありません。文字コードを指定してください(例: text/csv; charset=shift_jis)。",
                    "The statement is neither UTF-8 nor Shift_JIS: declare its charset, e.g. text/csv; charset=shift_jis."
                )
            }
        }

        /// The error as one English sentence, for the CLI.
        public var description: String { message.en }
    }

    /// The charsets accepted, as they may be declared (compared case-insensitively).
    public static let shiftJISNames: Set<String> = [
        "shift_jis", "shift-jis", "sjis", "cp932", "windows-31j", "ms932", "x-sjis",
    ]

    /// Decodes a statement. With no charset declared, valid UTF-8 is UTF-8, and anything else is
    /// tried as Shift_JIS; a leading byte-order mark is dropped.
    public static func decode(_ bytes: [UInt8], charset: String?) throws(DecodingError) -> String {
        let declared = charset?.lowercased()
        switch declared {
        case nil:
            if let text = utf8(bytes) { return text }
            if let text = shiftJIS(bytes) { return text }
            throw .undecodable(charset: nil)
        case "utf-8"?, "utf8"?, "us-ascii"?:
            guard let text = utf8(bytes) else { throw .undecodable(charset: charset) }
            return text
        case let name? where shiftJISNames.contains(name):
            guard let text = shiftJIS(bytes) else { throw .undecodable(charset: charset) }
            return text
        case let name?:
            throw .unsupportedCharset(String(name.prefix(40)))
        }
    }

    private static func utf8(_ bytes: [UInt8]) -> String? {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        return String(validating: body, as: UTF8.self)
    }

    private static func shiftJIS(_ bytes: [UInt8]) -> String? {
        String(data: Data(bytes), encoding: .shiftJIS)
    }
}
