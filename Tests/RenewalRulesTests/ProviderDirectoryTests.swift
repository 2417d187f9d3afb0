import RenewalDocuments
import Testing

@testable import RenewalRules

/// What the rule file says about the providers: their names, kinds and the other names people type.
@Suite struct ProviderDirectoryTests: RuleFileEditing {
    private let providers = RuleBook.standard.providers

    /// Folding would drop a control character and answer for a name nobody typed.
    @Test(arguments: ["allsoft\u{0}", "\u{0}allsoft", "all\u{1B}soft", "2co\u{7F}"])
    func aNameWithAControlCharacterNamesNothing(name: String) {
        #expect(providers.provider(named: name) == nil)
    }

    @Test func identifiersAreTheOnesTheServiceExposes() {
        #expect(
            ProviderID.allCases.map(\.rawValue) == [
                "my-kaspersky", "allsoft", "nexway", "digital-river", "2checkout", "app-store", "google-play", "huawei",
            ])
    }

    @Test(arguments: [
        ("2co", ProviderID.twoCheckout), ("2CO", .twoCheckout), ("2Checkout", .twoCheckout),
        ("digitalriver", .digitalRiver), ("Digital River", .digitalRiver), ("DIGITAL-RIVER", .digitalRiver),
        ("ios", .appStore), ("App Store", .appStore), ("android", .googlePlay), ("Google Play", .googlePlay),
        ("appgallery", .huawei), ("Huawei", .huawei), (" allsoft ", .allsoft), ("NEXWAY", .nexway),
        ("my kaspersky", .myKaspersky), ("マイ カスペルスキー", .myKaspersky),
    ])
    func aliasesAreCaseInsensitive(name: String, provider: ProviderID) {
        #expect(providers.provider(named: name) == provider)
    }

    @Test(arguments: ["", "kaspersky", "paypal", "visa", "app"])
    func unknownNamesFindNothing(name: String) {
        #expect(providers.provider(named: name) == nil)
    }

    @Test func everyProviderHasANameAndAKind() {
        for provider in ProviderID.allCases {
            #expect(!providers.name(of: provider).isEmpty)
        }
        #expect(ProviderID.allCases.filter { providers.kind(of: $0) == .reseller }.count == 4)
        #expect(ProviderID.allCases.filter { providers.kind(of: $0) == .mobileStore }.count == 3)
        #expect(providers.name(of: .huawei) == "Huawei AppGallery")
    }

    /// A lookup name answers a whole input, but in running text it names no one: `apple` beside a
    /// number is not a seller.
    @Test func lookupNamesAreNotMentionsInRunningText() {
        #expect(providers.provider(named: "apple") == .appStore)
        func named(_ text: String) -> [ProviderID] {
            InputReading(text, rules: .standard).notes?.named.map(\.provider) ?? []
        }
        #expect(named("apple 22122857").isEmpty)
        #expect(named("22122857 2co") == [.twoCheckout])
    }

    /// A name, a kind and the other names are the file's: a renamed provider is named so in answers.
    @Test func aProvidersNameAndNamesComeFromTheFile() throws {
        let yaml = edited(
            "  nexway: {name: Nexway, kind: reseller, names: [nexway.com]}",
            "  nexway: {name: Nexway GmbH, kind: reseller, names: [nexway.com, nexwaygmbh]}")
        let book = try RuleBook(yaml: yaml, file: "test.yaml")
        #expect(book.providers.provider(named: "NexwayGmbH") == .nexway)
        let answer = Identifier.identify("2A123BEC45D", rules: book)
        #expect(answer.reason.text(in: .en, rules: book).contains("Nexway GmbH's order-number format"))
        #expect(IdentificationDocument(answer, language: .en, rules: book).provider?.name == "Nexway GmbH")
    }

    @Test func everyProviderNeedsAnEntryWithAKnownKind() {
        expectProblem(
            "  nexway: {name: Nexway, kind: reseller, names: [nexway.com]}\n", "", at: "  my-kaspersky:",
            "providers has no entry for nexway")
        expectProblem(
            "  nexway: {name: Nexway, kind: reseller,", "  nexway: {name: Nexway, kind: shop,", at: "kind: shop",
            "unknown kind 'shop'")
        let misspelt = problems(
            edited("  nexway: {name: Nexway, kind: reseller,", "  nexwey: {name: Nexway, kind: reseller,"))
        #expect(
            misspelt.map(\.message).contains { $0.hasPrefix("unknown provider 'nexwey' in providers") }, "\(misspelt)")
        #expect(misspelt.map(\.message).contains { $0.hasPrefix("providers has no entry for nexway") }, "\(misspelt)")
        #expect(misspelt.count == 2, "\(misspelt)")
    }

    @Test func aNameStandsForOneProvider() {
        expectProblem(
            "names: [nexway.com]}", "names: [nexway.com, 2 CO]}", at: "  2checkout: {name: 2Checkout",
            "'2co' names both nexway ('2 CO') and 2checkout")
    }

    @Test func aShortNameIsOnlyALookupName() {
        expectProblem(
            "names: [nexway.com]}", "names: [nexway.com, nw]}", at: "nexway.com, nw]", "put it in lookup-names")
    }

    /// An intermediary's name is the file's too, and every intermediary the service knows needs one.
    @Test func intermediariesAreNamedByTheFile() throws {
        let book = try RuleBook(yaml: edited("  paypal: {name: PayPal}", "  paypal: {name: PayPal Europe}"), file: "t")
        let answer = Identifier.identify("PAYPAL *KASPERSKY 4029357733", rules: book)
        #expect(answer.intermediary == .paypal)
        #expect(IdentificationDocument(answer, language: .en, rules: book).intermediary?.name == "PayPal Europe")
        #expect(answer.reason.text(in: .en, rules: book).contains("PayPal Europe"))
        expectProblem("  paypal: {name: PayPal}", "  paypal: {}", at: "paypal: {}", "needs 'name'")
        let unknown = problems(edited("  paypal: {name: PayPal}", "  paypa1: {name: PayPal}"))
        #expect(unknown.map(\.message).contains { $0.hasPrefix("unknown intermediary 'paypa1'") }, "\(unknown)")
        #expect(
            unknown.map(\.message).contains { $0.hasPrefix("intermediaries has no entry for paypal") }, "\(unknown)")
    }

    /// The display name is looked for in running text too; a name that folds to nothing would
    /// answer for input that names no one.
    @Test func aDisplayNameIsLongEnoughAndALookupNameIsSomething() {
        expectProblem(
            "  nexway: {name: Nexway,", "  nexway: {name: N,", at: "  nexway: {name: N,",
            "'N' is too short to name nexway")
        expectProblem(
            "lookup-names: [dr]}", "lookup-names: [dr, \"-\"]}", at: "[dr, \"-\"]", "'-' has no letter or digit")
    }

    /// A mistake in the providers leaves the rest of the file checked: every problem at once.
    @Test func aProviderProblemDoesNotHideTheOthers() {
        let yaml = edited([
            ("  nexway: {name: Nexway, kind: reseller,", "  nexway: {name: Nexway, kind: shop,"),
            ("{provider: 2checkout, digits: 8, confidence: 0.95,", "{provider: 2checkout, digits: 8, confidence: 1.5,"),
        ])
        let found = problems(yaml)
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.message.contains("unknown kind 'shop'") }, "\(found)")
        #expect(found.contains { $0.message.contains("confidence must be a number from 0 to 1") }, "\(found)")
    }
}
