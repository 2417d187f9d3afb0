/// Every identification rule, read from a rule file: the article's order-number formats and
/// statement descriptors exactly as it states them, and the forms other public pages add, each with
/// its page. The file in the repository (`Knowledge/rules.yaml`) is compiled into the binary as
/// ``standard``; an operator may load another (``init(yaml:file:)``).
///
/// A rule book is immutable and holds the matchers built from it, so a server can swap one book for
/// another atomically: a request keeps the book it started with.
public final class RuleBook: Sendable {
    /// The article's table 「注文番号順」: provider, format, examples.
    public let orderNumberFormats: [OrderNumberFormat]
    /// The article's lists under 「銀行カードの取引履歴」: every descriptor, under its provider.
    public let statementDescriptors: [StatementDescriptor]
    /// Statement forms from pages beyond the article: the stores' charges, the resellers' other
    /// spellings, and PayPal in front of a seller. None reaches the confidence of the article's
    /// descriptors, and third-party reports alone never identify.
    public let statementPatterns: [StatementPattern]
    /// Providers whose descriptor list the article leaves empty, though it has a heading for them.
    public let providersWithEmptyDescriptorList: Set<ProviderID>
    /// Providers for which no public page gives a statement descriptor at all.
    public let providersWithNoKnownDescriptor: Set<ProviderID>
    /// What is known about the descriptors of each provider in those two sets, in every language.
    public let coverageNotes: [ProviderID: LocalizedText]
    /// Each provider's name, kind and other names.
    public let providers: ProviderDirectory
    /// The names and labels the reading finds in each line of an input: the providers' names, the
    /// other vendors and shops (a purchase named with one of them and not with Kaspersky is
    /// theirs), and the labels of numbers that are not order numbers.
    let readingIndex: ReadingIndex
    /// The article's descriptors that are host names (`alliance.kaspersky.com`), folded: statement
    /// text on a statement line, where other Kaspersky host names are addresses.
    let descriptorHosts: Set<[UInt8]>
    /// The descriptors that name a payment system rather than a statement text (`search` in the
    /// file: the article's 「Raschet」システム(ERIP)).
    let systemNameDescriptors: Set<String>
    /// Every page the rules and guides are taken from, in the file's order (of trust).
    public let sources: [Source]
    /// The one source of grade article: Kaspersky's Japanese support article, the source of truth.
    public let article: Source
    /// The guides: how to turn auto-renewal off with each provider, in every language.
    public let guides: GuideCatalog
    /// The content hash of the file the book was read from (FNV-1a, 64 bits, in hex): what
    /// `/rules` and the metrics name as the loaded version.
    public let version: String

    /// The providers that issue order numbers of a listed format, in the file's order, each once.
    let formatProviders: [ProviderID]
    /// The reasons that name only this book's entries, rendered once per language.
    let reasonTexts: [Language: [MatchReason: String]]
    let descriptorMatcher: DescriptorMatcher
    let patternMatcher: StatementPatternMatcher
    /// Whether no statement rule can match a line without an ASCII letter.
    let statementsNeedALetter: Bool

    init(
        formats: [OrderNumberFormat], descriptors: [StatementDescriptor], patterns: [StatementPattern],
        emptyDescriptorLists: Set<ProviderID>, noKnownDescriptor: Set<ProviderID>,
        coverageNotes: [ProviderID: LocalizedText], providers: ProviderDirectory, otherVendors: OtherVendorDirectory,
        sources: [Source], article: Source, guides: GuideCatalog, version: String
    ) {
        orderNumberFormats = formats
        statementDescriptors = descriptors
        statementPatterns = patterns
        providersWithEmptyDescriptorList = emptyDescriptorLists
        providersWithNoKnownDescriptor = noKnownDescriptor
        self.coverageNotes = coverageNotes
        self.providers = providers
        readingIndex = ReadingIndex(providers: providers, vendors: otherVendors)
        systemNameDescriptors = Set(descriptors.filter { $0.searchTerms != [$0.text] }.map(\.text))
        descriptorHosts = Set(descriptors.map { TextNormalizer.foldedBytes($0.text) }.filter { $0.contains(0x2E) })
        self.sources = sources
        self.article = article
        self.guides = guides
        self.version = version
        var issuers: [ProviderID] = []
        for format in formats where !issuers.contains(format.provider) { issuers.append(format.provider) }
        formatProviders = issuers
        reasonTexts = MatchReason.renderedTexts(
            formats: formats, patterns: patterns, descriptors: descriptors, names: providers, formatProviders: issuers)
        descriptorMatcher = DescriptorMatcher(descriptors)
        patternMatcher = StatementPatternMatcher(patterns)
        statementsNeedALetter = descriptorMatcher.needsALetter && patternMatcher.needsALetter
    }

    /// The text of the rule file compiled in (`Knowledge/rules.yaml`): a starting point to edit, and
    /// what `rules show` and the benchmarks load.
    public static let standardFile = String(decoding: PackageResources.rules_yaml, as: UTF8.self)

    /// The rule book in the repository, compiled in. Checked by the tests at every build, so it
    /// cannot fail to load; if it somehow did, the process stops at once, naming each problem,
    /// rather than answer from an empty book.
    public static let standard: RuleBook = {
        do {
            return try RuleBook(yaml: standardFile, file: "rules.yaml")
        } catch {
            fatalError("the compiled-in rule book does not load:\n\(error)")
        }
    }()

    /// The source with an identifier, as rules and guides name it.
    public func source(id: String) -> Source? {
        sources.first { $0.id == id }
    }

    /// What the article says about a provider's statement descriptors.
    public func descriptorCoverage(of provider: ProviderID) -> DescriptorCoverage {
        if providersWithEmptyDescriptorList.contains(provider) { return .articleListsNone }
        if providersWithNoKnownDescriptor.contains(provider) { return .noneKnown }
        return statementDescriptors.contains { $0.provider == provider } ? .listed : .notCovered
    }
}
