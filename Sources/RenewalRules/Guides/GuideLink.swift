/// An official page a customer can open to act on a guide: where the switch is, or the steps.
///
/// Every address is a source's, each found in stored copies of the public pages before it went in.
/// A page with a copy in each language is two links, one for each (`language`), so that each
/// reader opens the page in their language under that page's title.
public struct GuideLink: Sendable {
    /// What the page is, in words.
    public let title: LocalizedText
    /// The page.
    public let source: Source
    /// The only language whose readers are given this link; `nil` for every language (a page in
    /// one language only, such as My Kaspersky, which follows the browser's language).
    public let language: Language?

    init(title: LocalizedText, source: Source, language: Language? = nil) {
        self.title = title
        self.source = source
        self.language = language
    }

    /// The page's address.
    public var url: String { source.url ?? "" }
}
