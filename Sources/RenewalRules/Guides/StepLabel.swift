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

    /// Whether ``english`` is a translation made here rather than a documented screen label.
    public var isTranslation: Bool { englishSource == nil }

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

    /// The label in a language: the source's own text in Japanese, the English otherwise.
    public func text(in language: Language) -> String {
        language == .ja ? text : english
    }
}
