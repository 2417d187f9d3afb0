import RenewalRules

/// What an agent is told when an MCP message or tool call cannot be answered, in both languages.
extension ProblemTexts {
    static func mcpOriginRefused(_ origin: String) -> LocalizedText {
        LocalizedText(
            ja: "このOrigin(\(origin.prefix(80)))からの/mcpの呼び出しは許可されていません(--mcp-origins)。",
            en: "Calls to /mcp from the origin \(origin.prefix(80)) are not allowed (--mcp-origins).")
    }

    static func mcpVersionRefused(_ version: String, supported: [String]) -> LocalizedText {
        LocalizedText(
            ja:
                "MCP-Protocol-Version \(version.prefix(40))には対応していません。\(supported.joined(separator: "、"))のいずれかを使ってください。",
            en: "MCP-Protocol-Version \(version.prefix(40)) is not supported: use one of "
                + "\(supported.joined(separator: ", ")).")
    }

    static let mcpContentType = LocalizedText(
        ja: "MCPのメッセージはContent-Type: application/jsonで送ってください。",
        en: "Send MCP messages with Content-Type: application/json.")

    static func toolArgumentNotText(_ name: String) -> LocalizedText {
        LocalizedText(
            ja: "引数「\(name.prefix(40))」は文字列で渡してください。",
            en: "The argument \"\(name.prefix(40))\" must be a string.")
    }

    static let toolQueryMissing = LocalizedText(
        ja: "query(貼り付けられた内容)が必要です。", en: "The query (what was pasted) is required.")

    static let toolStatementMissing = LocalizedText(
        ja: "statement(明細の行かCSV)が必要です。", en: "The statement (lines or CSV) is required.")

    static let toolLayout = LocalizedText(ja: "layoutはlinesかcsvです。", en: "The layout is lines or csv.")

    static let toolProviderMissing = LocalizedText(
        ja: "provider(購入先の名前か識別子)が必要です。",
        en: "The provider (a seller's name or identifier) is required.")

    static let noSuchTool = LocalizedText(ja: "そのツールはありません。", en: "No such tool.")

    static let toolLanguage = LocalizedText(ja: "langはjaかenです。", en: "lang is ja or en.")
}
