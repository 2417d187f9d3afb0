import RenewalRules

/// The page's own words, in one language. The answers' words come from the rule library.
struct PageText: Sendable {
    let title: String
    let intro: String
    let languageSwitch: String
    let inputLabel: String
    let inputHint: String
    let fileLabel: String
    let submit: String
    let resultTitle: String
    let errorHeading: String
    let scanHeading: String
    let date: String
    let amount: String
    let line: String
    let provider: String
    let sureness: String
    let reason: String
    let source: String
    let intermediary: String
    let setAside: String
    let otherVendor: String
    let alternatives: String
    let next: String
    let location: String
    let fallback: String
    let details: String
    let asText: String
    let copy: String
    let footer: String

    static func `for`(_ language: Language) -> PageText {
        language == .ja ? japanese : english
    }

    private static let japanese = PageText(
        title: "カスペルスキーの自動更新を止めるには",
        intro: "注文番号やカードの利用明細の行を貼り付けてください。どこで購入したライセンスか、自動更新をどこで止められるかを調べます。",
        languageSwitch: "言語", inputLabel: "注文番号・利用明細",
        inputHint: "注文番号(確認メールのとおりに)、明細の1行、明細をまとめて、または確認メールや文章をそのまま貼り付けられます。",
        fileLabel: "明細のCSVファイル(任意)", submit: "調べる", resultTitle: "結果", errorHeading: "調べられませんでした",
        scanHeading: "明細の結果", date: "日付", amount: "金額", line: "行", provider: "購入先", sureness: "確かさ", reason: "理由",
        source: "根拠",
        intermediary: "支払いの仲介", setAside: "読まなかった部分", otherVendor: "他社", alternatives: "ほかの候補", next: "次に:",
        location: "場所:",
        fallback: "うまくいかない場合", details: "カスタマーサービスに伝える情報:", asText: "テキストで表示(サポートへの連絡用)",
        copy: "テキストをコピー", footer: "このページの答えはAPIでも得られます:")

    private static let english = PageText(
        title: "Stopping a Kaspersky auto-renewal",
        intro:
            "Paste an order number or a line of your card statement: this page finds where the licence was bought and how to stop its renewal there.",
        languageSwitch: "Language", inputLabel: "Order number or statement line",
        inputHint:
            "An order number as the confirmation e-mail shows it, one statement line, a whole pasted statement, or the "
            + "confirmation e-mail or a sentence as you would write it.",
        fileLabel: "Statement CSV file (optional)", submit: "Find out", resultTitle: "Result",
        errorHeading: "This could not be looked up", scanHeading: "Statement", date: "Date", amount: "Amount",
        line: "Line", provider: "Sold by",
        sureness: "How sure", reason: "Why", source: "Source", intermediary: "Paid through", setAside: "Set aside",
        otherVendor: "Other vendor",
        alternatives: "Other candidates", next: "Next:", location: "Where:", fallback: "If it does not work",
        details: "Details to give customer service:", asText: "As text (for a support ticket)", copy: "Copy the text",
        footer: "The same answers come from the API:")

    /// How sure an answer is, in words.
    static func sureness(_ status: IdentificationStatus, confidence: Double, language: Language) -> String {
        let ja = language == .ja
        switch status {
        case .identified where confidence >= 0.9: return ja ? "ほぼ確実" : "Almost certain"
        case .identified where confidence >= 0.7: return ja ? "可能性が高い" : "Likely"
        case .identified: return ja ? "おそらく" : "Probably"
        case .ambiguous: return ja ? "候補が複数あり、決められません" : "More than one candidate: not decided"
        case .sellerUnknown: return ja ? "カスペルスキーの購入ですが、購入先はわかりません" : "A Kaspersky purchase; the seller is not known"
        case .unknown: return ja ? "わかりません" : "Not known"
        }
    }
}
