/// The languages guides and explanations are written in. Japanese is the default, as in the source article.
public enum Language: String, CaseIterable, Sendable, Codable {
    /// Japanese (the default).
    case ja
    /// English.
    case en

    /// The default language.
    public static let `default`: Language = .ja
}

/// A piece of prose in every supported language.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The Japanese text.
    public let ja: String
    /// The English text.
    public let en: String

    /// Creates a text from its Japanese and English forms.
    public init(ja: String, en: String) {
        self.ja = ja
        self.en = en
    }

    /// The text in the given language.
    public subscript(language: Language) -> String {
        switch language {
        case .ja: ja
        case .en: en
        }
    }
}

extension LocalizedText {
    /// Shorthand for the catalogue's many texts: Japanese first, then English.
    init(_ ja: String, _ en: String) {
        self.init(ja: ja, en: en)
    }
}
