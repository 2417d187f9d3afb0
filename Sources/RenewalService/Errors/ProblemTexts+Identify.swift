import RenewalRules

/// What a client is told when `/identify` cannot read its question, in both languages: every
/// sentence of the area in one place, each named for the mistake it answers.
extension ProblemTexts {
    static let queryFieldAsArray = LocalizedText(
        ja: "q、orderNumber、descriptorは配列ではなく、文字列で一度だけ指定してください。",
        en: "Give q, orderNumber or descriptor once, as plain text, not as an array.")

    static let oneParameterOnly = LocalizedText(
        ja: "q、orderNumber、descriptorのうち一つだけを指定してください。",
        en: "Give only one of q, orderNumber or descriptor.")

    static let missingParameter = LocalizedText(
        ja: "問い合わせがありません。q、orderNumber、descriptorのいずれかを指定してください。",
        en: "Missing query: give q, orderNumber or descriptor.")

    /// What to send when a POST to `/identify` has no usable Content-Type (also said from the head).
    static let identifyContentType = LocalizedText(
        ja: "Content-Type: application/jsonかapplication/x-www-form-urlencodedを付けて送ってください。",
        en: "Send Content-Type: application/json or application/x-www-form-urlencoded.")

    static let includeMustBeNames = LocalizedText(
        ja: "includeは[\"guide\"]のような名前の配列にしてください。", en: "include must be an array of names, such as [\"guide\"].")

    /// What a query past `maxBytes` is told: the limit, and the part worth pasting.
    static func queryTooLong(maxBytes: Int) -> LocalizedText {
        LocalizedText(
            ja: "入力がUTF-8で\(maxBytes / 1024) KB(\(maxBytes)バイト)を超えています。注文番号か取引明細の行だけ、"
                + "またはメールのうち注文番号のある部分(件名と注文の内容)だけを貼り付けてください。",
            en:
                "The text is longer than \(maxBytes / 1024) KB (\(maxBytes) bytes of UTF-8). Paste only the order "
                + "number or the statement line, or the part of the e-mail that holds the order number (its subject "
                + "and the order details).")
    }

    static func cannotInclude(_ name: String) -> LocalizedText {
        LocalizedText(
            ja: "「\(name.prefix(40))」は含められません。includeに指定できるのはguideです。",
            en: "Cannot include \"\(name.prefix(40))\": include takes guide.")
    }

    static let emptyJSONBody = LocalizedText(
        ja: "リクエストの本文が空です。JSONオブジェクトを送ってください。", en: "The request body is empty: send a JSON object.")

    /// `curl -d '{"query": …}'` labels JSON as a form: say which header to send.
    static let jsonSentAsForm = LocalizedText(
        ja: "本文はJSONのようですが、フォームとして送られています(curl -dはそうします)。ヘッダーContent-Type: application/jsonを付けて送ってください。",
        en:
            "The body looks like JSON but was sent as a form (curl -d does that): send the header Content-Type: application/json."
    )

    static let brokenForm = LocalizedText(
        ja: "フォームの本文に壊れたパーセントエスケープがあるか、UTF-8ではありません。",
        en: "The form body has a broken percent-escape or is not UTF-8.")

    static func identifyContentTypeRefused(_ type: String) -> LocalizedText {
        LocalizedText(
            ja: "Content-Type \(type.prefix(60))は受け付けていません。application/jsonかapplication/x-www-form-urlencodedを使ってください。",
            en:
                "Content-Type \(type.prefix(60)) is not accepted: use application/json or application/x-www-form-urlencoded."
        )
    }

    static func malformedJSON(offset: Int, reason: String) -> LocalizedText {
        LocalizedText(
            ja: "JSONの\(offset)バイト目が正しくありません: \(reason)", en: "Malformed JSON at byte \(offset): \(reason).")
    }

    static let emptyBatch = LocalizedText(ja: "一括の配列が空です。", en: "The batch is empty.")

    static func batchTooLarge(items: Int, limit: Int) -> LocalizedText {
        LocalizedText(
            ja: "一括の項目が\(items)件あります。受け付けるのは\(limit)件までです。",
            en: "The batch has \(items) items; at most \(limit) are accepted.")
    }

    static let batchItemNotObject = LocalizedText(
        ja: "一括の各項目はJSONオブジェクトにしてください。", en: "Each batch item must be a JSON object.")

    static let notAnObjectOrArray = LocalizedText(
        ja: "{\"query\": \"22122857\"}のようなJSONオブジェクトか、その配列を送ってください。",
        en: "Send a JSON object such as {\"query\": \"22122857\"}, or an array of them.")

    static let oneMemberOnly = LocalizedText(
        ja: "query(またはq)、orderNumber、descriptorのうち一つだけを指定してください。",
        en: "Give only one of query (or q), orderNumber or descriptor.")

    static let missingMember = LocalizedText(
        ja: "問い合わせがありません。query(またはq)、orderNumber、descriptorのいずれかを指定してください。",
        en: "Missing query: give query (or q), orderNumber or descriptor.")

    static func notText(field: String) -> LocalizedText {
        LocalizedText(
            ja: "\(field)は文字列\(field == "descriptor" ? "" : "か、正確に書いた整数")にしてください。",
            en: "\(field) must be a string\(field == "descriptor" ? "" : " or a whole number, written exactly").")
    }

    static let emptyQuery = LocalizedText(ja: "問い合わせが空です。", en: "The query is empty.")

    /// A batch item left unanswered once the batch's answer reached its bound.
    static let batchFull = LocalizedText(
        ja: "この項目には答えていません。バッチの答えが上限(約4 MB)に達しました。答えのない項目を、別のバッチでもう一度送ってください。",
        en: "This item was not answered: the batch's answer reached its limit (about 4 MB). "
            + "Send the items left unanswered again in another batch.")
}
