import RenewalRules

/// Every sentence the service answers a client's mistake with, in both languages, by area: this
/// file for what any request can get wrong (its path, its type, its language, its size) and for
/// the scan and the guides; `ProblemTexts+Identify.swift` for `/identify`. The handlers name the
/// mistake; the words are found here.
enum ProblemTexts {
    // MARK: Routing

    static func noResource(at path: String) -> LocalizedText {
        LocalizedText(
            ja: "\(path.prefix(200))にはリソースがありません。/openapi.yamlを参照してください。",
            en: "No resource at \(path.prefix(200)). See /openapi.yaml.")
    }

    /// A method no route knows (a 501: the protocol's own words, in English).
    static func methodNotImplemented(_ method: String) -> String {
        "The method \(method.prefix(32)) is not implemented by this server."
    }

    // MARK: Presentation

    static func unsupportedFormat(_ format: String) -> LocalizedText {
        LocalizedText(
            ja: "形式「\(format.prefix(40))」には対応していません。jsonかtextを指定してください。",
            en: "Unsupported format \"\(format.prefix(40))\": use json or text.")
    }

    static func unsupportedLanguage(_ lang: String) -> LocalizedText {
        LocalizedText(
            ja: "言語「\(lang.prefix(40))」には対応していません。jaかenを指定してください(ja-JP、en-USなども使えます)。",
            en: "Unsupported lang \"\(lang.prefix(40))\": use ja or en (ja-JP, en-US and the like work too).")
    }

    // MARK: Size

    /// What a body over `limit` bytes should be sent as instead, for its route.
    static func bodyTooLarge(limit: Int, route: Route?) -> LocalizedText {
        let size = limit >= 1 << 20 && limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) bytes"
        let sizeJa = limit >= 1 << 20 && limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit)バイト"
        switch route {
        case .identify:
            return LocalizedText(
                ja: "本文が上限(\(sizeJa))を超えています。バッチは1,000件以下、全体で\(sizeJa)以下に分けて送ってください。"
                    + "1件の問い合わせなら、注文番号か取引明細の行だけを貼り付けてください。",
                en:
                    "The body is over the limit of \(size). Split a batch into parts of at most 1,000 items and \(size) "
                    + "each; for one question, paste just the order number or the statement line.")
        case .scan:
            return LocalizedText(
                ja: "明細が上限(\(sizeJa))を超えています。月ごとなど、\(sizeJa)以下のファイルに分けて一つずつ送ってください。",
                en:
                    "The statement is over the limit of \(size). Split it into files of at most \(size) (by month, say) "
                    + "and send each.")
        default:
            return LocalizedText(
                ja: "本文が上限(\(sizeJa))を超えています。\(sizeJa)以下に分けて送ってください。",
                en: "The body is over the limit of \(size); send it in parts of at most \(size).")
        }
    }

    // MARK: Scan

    /// What to send when a POST to `/scan` has no Content-Type (said from the head).
    static let scanContentType = LocalizedText(
        ja: "貼り付けた行はContent-Type: text/plain、エクスポートしたファイルはtext/csvを付けて送ってください。",
        en: "Send Content-Type: text/plain for pasted lines or text/csv for an export.")

    static func scanContentTypeRefused(_ type: String) -> LocalizedText {
        LocalizedText(
            ja: "Content-Type \(type.prefix(60))は受け付けていません。貼り付けた行はtext/plain、エクスポートしたファイルはtext/csvで送ってください。",
            en:
                "Content-Type \(type.prefix(60)) is not accepted here: use text/plain for pasted lines or text/csv for an export."
        )
    }

    static let emptyStatement = LocalizedText(ja: "明細が空です。", en: "The statement is empty.")

    static let badColumn = LocalizedText(
        ja: "列は見出しの名前か1から数えた番号で、1〜100文字で指定してください。",
        en: "A column is named by its header or its 1-based index, in 1 to 100 characters.")

    // MARK: Guides

    static func noGuide(_ id: String, valid: String) -> LocalizedText {
        LocalizedText(
            ja: "「\(id.prefix(60))」という手順はありません。有効なID: \(valid)",
            en: "No guide \"\(id.prefix(60))\". Valid ids: \(valid).")
    }

    static func unknownProduct(_ product: String, accepted: String) -> LocalizedText {
        LocalizedText(
            ja: "「\(product.prefix(60))」という製品は分かりません。使える名前(Kasperskyの有無、大文字小文字は問いません): \(accepted)",
            en:
                "Unknown product \"\(product.prefix(60))\". Accepted (with or without Kaspersky, any case): \(accepted)."
        )
    }
}
