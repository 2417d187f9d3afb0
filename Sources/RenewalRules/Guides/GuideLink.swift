/// An official page a customer can open to act on a guide: where the switch is, or the steps.
///
/// Every address is a source's, each found in stored copies of the public pages before it went in;
/// a guide with no such page (Allsoft) carries none rather than a guessed one.
public struct GuideLink: Sendable {
    /// What the page is, in words.
    public let title: LocalizedText
    /// The page.
    public let source: Source

    /// The page's address.
    public var url: String { source.url ?? "" }
}
