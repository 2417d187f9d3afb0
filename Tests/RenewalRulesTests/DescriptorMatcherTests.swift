import Testing

@testable import RenewalRules

@Suite struct DescriptorMatcherTests {
    @Test func noiseAroundTheDescriptor() {
        let result = Identifier.identify("2026/10/03 DR*Kaspersky Lab  Cork IE +353-1-555-0100  JPY 4,980")
        #expect(result.provider == .digitalRiver)
        #expect(result.reason == .descriptorExact(descriptor: "DR*Kaspersky Lab"))
        #expect(result.confidence == 0.95)
    }

    @Test func wholeLineExactIsMostConfident() {
        #expect(Identifier.identify("DR*EFMSPL").confidence == 0.99)
    }

    @Test(arguments: ["DR * Kaspersky Lab", "DR-KASPERSKY-LAB", "Kaspersky_Google-Pay", "2CO.COM KASPERSKY"])
    func punctuationAndSpacingVariantsAreLooseMatches(line: String) {
        let result = Identifier.identify(line)
        #expect(result.status == .identified)
        #expect(result.confidence == 0.85)
        #expect(result.reason.text(in: .en).hasPrefix("Loose match"))
    }

    @Test func longerDescriptorExplainsTheShorterInsideIt() {
        let result = Identifier.identify("Kaspersky Lab 2Checkout")
        #expect(result.provider == .twoCheckout)
        #expect(result.candidates.map(\.provider) == [.twoCheckout])
        #expect(Identifier.identify("DR*Kaspersky Lab").candidates.map(\.provider) == [.digitalRiver])
    }

    @Test(arguments: [
        ("Kaspersky Lab 2Checkou", ProviderID.twoCheckout),
        ("KASPERSKY LAB 2CHECKOU TOKYO", .twoCheckout),
        ("alliance.kaspersky.c", .twoCheckout),
        ("2CO.com*top-logicie", .twoCheckout),
    ])
    func truncatedDescriptorsMatchLoosely(line: String, provider: ProviderID) {
        let result = Identifier.identify(line)
        #expect(result.provider == provider)
        guard case .descriptorTruncated = result.reason else {
            Issue.record("expected a truncated match, got \(result.reason)")
            return
        }
        #expect(result.confidence < 0.95)
        #expect(result.confidence >= 0.7)
    }

    @Test func shortPrefixesAreNotTruncations() {
        // Not a cut `kaspersky.ca`: the brand alone, seller unknown.
        #expect(Identifier.identify("kaspersky.c").status == .sellerUnknown)
        #expect(Identifier.identify("kaspersky.c").provider == nil)
    }

    @Test func descriptorGluedToOtherTextIsEmbedded() {
        let result = Identifier.identify("ZZDR*EFMSPLZZ")
        #expect(result.provider == .digitalRiver)
        #expect(result.confidence == 0.6)
    }

    @Test(arguments: ["KASPERSKY LAB", "Kaspersky.Lab", "XKASPERSKYLABX"])
    func looseMatchOnSharedTextNamesNoProvider(line: String) {
        let result = Identifier.identify(line)
        #expect(result.status != .identified)
        #expect(result.provider == nil)
        guard let top = result.candidates.first, case .descriptorShared(_, _, let others) = top.reason else {
            Issue.record("expected a shared-text reason, got \(result.reason)")
            return
        }
        #expect(others.contains(.digitalRiver))
    }

    @Test func shortTermsNeedSeparators() {
        #expect(Identifier.identify("PERIPHERAL STORE").status == .unknown)
        #expect(Identifier.identify("ERIP KASPERSKY MINSK").provider == .allsoft)
        #expect(Identifier.identify("Raschet Kaspersky BY").provider == .allsoft)
    }

    /// ERIP carries many merchants' payments: the system's name alone is a hint, never an answer
    /// (`ERIP KOMMUNALKA` is a utility bill).
    @Test(arguments: ["ERIP KOMMUNALKA", "ERIP MINSK", "Raschet BY"])
    func aPaymentSystemAloneIsAHint(line: String) {
        let result = Identifier.identify(line)
        #expect(result.status == .unknown, "\(line)")
        #expect(result.candidates.first?.provider == .allsoft)
        #expect(result.candidates.allSatisfy { $0.confidence < Identifier.identifiedThreshold })
        if case .systemNameOnly = result.candidates.first?.reason {} else { Issue.record("\(line): \(result.reason)") }
    }

    @Test func fullWidthStatementLine() {
        let result = Identifier.identify("ＤＲ＊ＫＡＳＰＥＲＳＫＹ　ＬＡＢ　東京")
        #expect(result.provider == .digitalRiver)
        #expect(result.reason == .descriptorExact(descriptor: "DR*Kaspersky Lab"))
    }

    @Test func fragmentsAreWeakHintsOnly() {
        let result = Identifier.identify("sandbox")
        #expect(result.status == .unknown)
        #expect(result.candidates.first?.provider == .twoCheckout)
        #expect((result.candidates.first?.confidence ?? 1) < 0.5)
    }

    @Test(arguments: [("verisium", ProviderID.twoCheckout), ("Niltasoft", .allsoft), ("EFMSPL", .digitalRiver)])
    func aWordOnlyOneProvidersDescriptorsHoldIsAModerateMatch(word: String, provider: ProviderID) {
        let result = Identifier.identify(word)
        #expect(result.status == .identified)
        #expect(result.provider == provider)
        #expect(result.confidence == 0.6)
        guard case .descriptorWord = result.reason else {
            Issue.record("expected a descriptor-word reason, got \(result.reason)")
            return
        }
    }

    /// The fragment table built at start-up answers as a search of every descriptor would.
    @Test(arguments: [
        "sandbox", "kaspersky", "kasperskylab", "logiciels", "alliance", "lab kaspe", "verisi", "usakas", "zzzzz",
    ])
    func fragmentsMatchASearchOfEveryDescriptor(line: String) {
        let folded = TextNormalizer.foldedBytes(line)
        var words = folded.split { !$0.isASCIIAlphanumeric }.map(Array.init)
        words.append(folded.filter(\.isASCIIAlphanumeric))
        var expected: [ProviderID: Double] = [:]
        for word in words where word.count >= 5 {
            for descriptor in RuleBook.standard.statementDescriptors {
                for term in descriptor.searchTerms {
                    let skeleton = TextNormalizer.foldedBytes(term).filter(\.isASCIIAlphanumeric)
                    guard skeleton.count > word.count, skeleton.containsRun(word) else { continue }
                    let confidence = 0.4 * Double(word.count) / Double(skeleton.count)
                    expected[descriptor.provider] = max(expected[descriptor.provider] ?? 0, confidence)
                }
            }
        }
        let found = RuleBook.standard.descriptorMatcher.fragments(in: folded).filter {
            if case .fragment = $0.reason { true } else { false }
        }
        #expect(Dictionary(uniqueKeysWithValues: found.map { ($0.provider, $0.confidence) }) == expected, "\(line)")
    }
}
