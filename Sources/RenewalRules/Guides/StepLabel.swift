/// An on-screen label a step names: exactly as its source writes it, and what English readers see.
///
/// The article's labels are Japanese. English readers get the English label where a Kaspersky or
/// store page documents it, and otherwise a translation that says it is one, so that nobody hunts
/// for a button whose English name was made up here.
public struct StepLabel: Sendable, Hashable {
    /// The label exactly as the step's source writes it, spaces included.
    public let text: String
    /// The label in English: the documented one, or a translation.
    public let english: String
    /// The page that documents ``english``; `nil` when it is a translation made here.
    public let englishSource: Source?
    /// Whether ``text`` is a Japanese translation made here of a label an English page documents
    /// (a store's help page in English): Japanese readers are told so.
    public let isJapaneseTranslation: Bool

    init(text: String, english: String, englishSource: Source?, isJapaneseTranslation: Bool = false) {
        self.text = text
        self.english = english
        self.englishSource = englishSource
        self.isJapaneseTranslation = isJapaneseTranslation
    }

    /// Whether ``english`` is a translation made here rather than a documented screen label.
    public var isTranslation: Bool { englishSource == nil }

    /// Whether the label in a language is a translation made here.
    public func isTranslation(in language: Language) -> Bool {
        language == .ja ? isJapaneseTranslation : isTranslation
    }

    /// The label exactly as the step's source writes it: the English for a label translated into
    /// Japanese here, ``text`` otherwise.
    public var sourceText: String { isJapaneseTranslation ? english : text }

    /// An article label whose English a page documents.
    static func article(_ text: String, english: String, documentedBy source: Source) -> StepLabel {
        StepLabel(text: text, english: english, englishSource: source)
    }

    /// An article label with no documented English: the English is a translation.
    static func article(_ text: String, translated english: String) -> StepLabel {
        StepLabel(text: text, english: english, englishSource: nil)
    }

    /// A label that an English page writes, and that every language quotes as it is.
    static func english(_ text: String, from source: Source) -> StepLabel {
        StepLabel(text: text, english: text, englishSource: source)
    }

    /// A label that an English page writes, quoted in Japanese by a translation made here.
    static func english(_ text: String, from source: Source, japanese: String) -> StepLabel {
        StepLabel(text: japanese, english: text, englishSource: source, isJapaneseTranslation: true)
    }

    /// The label in a language: the source's own text in Japanese, the English otherwise.
    public func text(in language: Language) -> String {
        language == .ja ? text : english
    }
}
