/// How much a source can be trusted, which caps the confidence of any rule taken from it.
///
/// The order follows the brief: the Japanese article first, then Kaspersky's other pages, then the
/// stores' and processors' own pages; third-party reports alone can never identify a provider.
public enum SourceGrade: String, Sendable, Codable, CaseIterable, Comparable {
    /// Kaspersky's Japanese support article, the source of truth.
    case article
    /// Another Kaspersky page (another region, an FAQ).
    case kaspersky
    /// The official page of the store, processor or reseller.
    case official
    /// Third-party reports only (forums, blogs, lookup sites).
    case thirdParty = "third-party"

    /// The highest confidence a rule from a source of this grade may give.
    ///
    /// Third-party reports stay below ``Identifier/identifiedThreshold``, so they alone never give
    /// `identified`.
    public var maximumConfidence: Double {
        switch self {
        case .article: 0.99
        case .kaspersky: 0.85
        case .official: 0.8
        case .thirdParty: 0.45
        }
    }

    /// Ranks grades from the most trusted down.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A public page a rule or a guide step is taken from.
///
/// A class, so that the candidates that carry one copy a reference rather than three strings:
/// identification copies candidates on its hot path.
public final class Source: Sendable, Hashable {
    /// A stable identifier, used in JSON.
    public let id: String
    /// The page's title, in the page's own words.
    public let title: String
    /// The page's address; `nil` for the third-party reports, which are many pages and none official.
    public let url: String?
    /// How far it can be trusted.
    public let grade: SourceGrade

    init(_ id: String, _ title: String, url: String?, grade: SourceGrade) {
        self.id = id
        self.title = title
        self.url = url
        self.grade = grade
    }

    /// Sources are the same when their identifiers are.
    public static func == (lhs: Source, rhs: Source) -> Bool { lhs.id == rhs.id }

    /// Hashes the identifier.
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
