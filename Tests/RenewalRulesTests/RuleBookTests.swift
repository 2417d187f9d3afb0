import RenewalDocuments
import Testing

@testable import RenewalRules

/// Every entry of the rule book is reachable: each format's examples and each descriptor identify
/// their provider through that very entry.
@Suite struct RuleBookTests {
    @Test func articleFormatsAreAllPresent() {
        let formats = RuleBook.standard.orderNumberFormats.map { "\($0.provider.rawValue) \($0.shape)" }
        #expect(formats.count == 5)
        #expect(
            Set(RuleBook.standard.orderNumberFormats.map(\.provider)) == [
                .allsoft, .nexway, .digitalRiver, .twoCheckout,
            ])
    }

    @Test(arguments: RuleBook.standard.orderNumberFormats.indices)
    func everyFormatIsReachableThroughItsExamples(index: Int) {
        let format = RuleBook.standard.orderNumberFormats[index]
        #expect(!format.examples.isEmpty)
        for example in format.examples {
            let result = Identifier.identify(example)
            #expect(result.status == .identified, "\(example)")
            #expect(result.provider == format.provider, "\(example)")
            #expect(result.kind == .orderNumber, "\(example)")
            #expect(result.reason == .orderFormat(format.shape, format.provider), "\(example)")
        }
    }

    @Test func everyArticleExampleClassifies() {
        let examples: [(String, ProviderID)] = [
            ("ALLSOFT-22123406", .allsoft), ("A221234065", .allsoft),
            ("2A123BEC45D", .nexway), ("3B123FAC76F", .nexway),
            ("20564778810", .digitalRiver), ("11252652307", .digitalRiver), ("34297772062", .digitalRiver),
            ("22122857", .twoCheckout), ("21992673", .twoCheckout),
        ]
        for (example, provider) in examples {
            #expect(Identifier.identify(example).provider == provider, "\(example)")
            #expect(Identifier.identify(example, as: .orderNumber).provider == provider, "\(example)")
        }
    }

    @Test(arguments: RuleBook.standard.statementDescriptors.indices)
    func everyDescriptorIsReachable(index: Int) {
        let descriptor = RuleBook.standard.statementDescriptors[index]
        // A payment system's name (ERIP) identifies only on a line that names Kaspersky too.
        let isSystemName = descriptor.searchTerms != [descriptor.text]
        for term in descriptor.searchTerms.map({ isSystemName ? "\($0) KASPERSKY" : $0 }) {
            for input in [term, "12/03 \(term) TOKYO JP 1,980", term.uppercased()] {
                let result = Identifier.identify(input)
                #expect(result.status == .identified, "\(input)")
                #expect(result.provider == descriptor.provider, "\(input)")
                #expect(result.kind == .descriptor, "\(input)")
            }
            #expect(Identifier.identify(term, as: .descriptor).reason == .descriptorExact(descriptor: descriptor.text))
        }
    }

    @Test func articleDescriptorCountsPerProvider() {
        let counts = Dictionary(grouping: RuleBook.standard.statementDescriptors, by: \.provider).mapValues(\.count)
        #expect(counts[.allsoft] == 11)
        #expect(counts[.digitalRiver] == 3)
        #expect(counts[.twoCheckout] == 17)
        #expect(counts[.nexway] == nil)
    }

    @Test func nexwayHasNoDescriptorsAndTheDataSaysSo() {
        #expect(RuleBook.standard.descriptorCoverage(of: .nexway) == .articleListsNone)
        #expect(RuleBook.standard.descriptorCoverage(of: .allsoft) == .listed)
        #expect(RuleBook.standard.descriptorCoverage(of: .appStore) == .notCovered)
        let document = DescriptorsDocument(.nexway, language: .en)
        #expect(document.descriptors.isEmpty)
        #expect(document.note?.contains("lists none") == true)
    }
}
