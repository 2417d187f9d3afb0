import Testing

@testable import RenewalRules

@Suite struct ProviderIDTests {
    /// Folding would drop a control character and answer for a name nobody typed.
    @Test(arguments: ["allsoft\u{0}", "\u{0}allsoft", "all\u{1B}soft", "2co\u{7F}"])
    func aNameWithAControlCharacterNamesNothing(name: String) {
        #expect(ProviderID(lookup: name) == nil)
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
        #expect(ProviderID(lookup: name) == provider)
    }

    @Test(arguments: ["", "kaspersky", "paypal", "visa", "app"])
    func unknownNamesFindNothing(name: String) {
        #expect(ProviderID(lookup: name) == nil)
    }

    @Test func everyProviderHasANameAndAKind() {
        for provider in ProviderID.allCases {
            #expect(!provider.displayName.isEmpty)
        }
        #expect(ProviderID.allCases.filter { $0.kind == .reseller }.count == 4)
        #expect(ProviderID.allCases.filter { $0.kind == .mobileStore }.count == 3)
    }
}
