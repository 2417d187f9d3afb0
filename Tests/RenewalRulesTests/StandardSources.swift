@testable import RenewalRules

/// The compiled-in rule book's sources by name, for the tests to compare with.
enum Sources {
    static let all = RuleBook.standard.sources
    static let article = RuleBook.standard.article
    static let kasperskyUS = standard("kaspersky-us-auto-renewal")
    static let kasperskyTwoCheckoutFAQ = standard("kaspersky-faq-2checkout")
    static let kasperskyNexwayFAQ = standard("kaspersky-faq-nexway")
    static let appleBilling = standard("apple-ht201382")
    static let googlePlayCharges = standard("google-play-2851610")
    static let twoCheckoutDescriptors = standard("2checkout-descriptors")

    private static func standard(_ id: String) -> Source {
        guard let source = RuleBook.standard.source(id: id) else { fatalError("no source \(id) in rules.yaml") }
        return source
    }
}
