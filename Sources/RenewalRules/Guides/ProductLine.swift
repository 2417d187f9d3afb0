/// The Kaspersky products the article names where the route depends on the product (Nexway).
public enum ProductLine: String, CaseIterable, Sendable, Hashable, Codable {
    /// カスペルスキー ベーシック / Kaspersky Basic.
    case basic
    /// カスペルスキー スタンダード / Kaspersky Standard.
    case standard
    /// カスペルスキー プラス / Kaspersky Plus.
    case plus
    /// カスペルスキー プレミアム / Kaspersky Premium.
    case premium
    /// Kaspersky Security Cloud.
    case securityCloud = "security-cloud"
    /// Any other Kaspersky application.
    case other

    /// The product's name.
    public var displayName: LocalizedText {
        switch self {
        case .basic: LocalizedText("カスペルスキー ベーシック", "Kaspersky Basic")
        case .standard: LocalizedText("カスペルスキー スタンダード", "Kaspersky Standard")
        case .plus: LocalizedText("カスペルスキー プラス", "Kaspersky Plus")
        case .premium: LocalizedText("カスペルスキー プレミアム", "Kaspersky Premium")
        case .securityCloud: LocalizedText("Kaspersky Security Cloud", "Kaspersky Security Cloud")
        case .other: LocalizedText("その他のカスペルスキー製品", "Other Kaspersky applications")
        }
    }

    /// Reads a product name as a person would type it: with or without "Kaspersky" or
    /// 「カスペルスキー」, in any case, with spaces, hyphens or underscores, in full width or in
    /// Japanese (`plus`, `Kaspersky_Premium`, `ｋａｓｐｅｒｓｋｙ－ｓｔａｎｄａｒｄ`, `プラス`). The other
    /// Kaspersky applications are recognised by name and map to ``other``; anything else is `nil`,
    /// since guessing the route would send the customer to the wrong account.
    public init?(lookup name: String) {
        var key = Self.key(name)
        for prefix in ["kaspersky", "カスペルスキー"] where key.hasPrefix(prefix) && key.count > prefix.count {
            key.removeFirst(prefix.count)
        }
        guard let line = Self.names[key] else { return nil }
        self = line
    }

    /// The accepted names, for an error message that lists them.
    public static let acceptedNames: [String] = [
        "basic", "standard", "plus", "premium", "security-cloud", "ベーシック", "スタンダード", "プラス", "プレミアム",
        "safe-kids", "vpn", "password-manager", "internet-security", "anti-virus", "total-security", "other",
    ]

    private static func key(_ name: String) -> String {
        String(TextNormalizer.fold(name).filter { $0 != " " && $0 != "-" && $0 != "_" && $0 != "・" })
    }

    private static let names: [String: ProductLine] = {
        var names: [String: ProductLine] = [:]
        for line in ProductLine.allCases { names[key(line.rawValue)] = line }
        let japanese: [String: ProductLine] = ["ベーシック": .basic, "スタンダード": .standard, "プラス": .plus, "プレミアム": .premium]
        for (name, line) in japanese { names[key(name)] = line }
        names["セキュリティクラウド"] = .securityCloud
        // The other Kaspersky applications the article sends to the Nexway account.
        let others = [
            "safe kids", "セーフキッズ", "vpn", "vpn secure connection", "secure connection", "セキュアコネクション",
            "password manager", "パスワードマネージャー", "internet security", "インターネットセキュリティ", "anti-virus", "antivirus",
            "アンチウイルス", "total security", "トータルセキュリティ", "small office security", "スモールオフィスセキュリティ",
            "その他", "他の製品",
        ]
        for name in others { names[key(name)] = .other }
        return names
    }()
}
