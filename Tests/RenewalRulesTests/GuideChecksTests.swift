import Testing

@testable import RenewalRules

/// What a guide must be as a whole (``GuideChecks``), and what a step or a section may hold: each
/// bad file here loads no book, and says why on the guide's or the text's line.
@Suite struct GuideChecksTests: RuleFileEditing {
    private static let allsoftStep =
        "              en: Contact Allsoft's support and ask them to turn off the licence's auto-renewal; the contacts follow below.\n"
    private static let allsoftLastStep =
        "              en: \"Without the link, contact the desk for the order's currency. Russian roubles: kasperskylab@allsoft.ru, "
        + "telephone 8 800 200-22-33. Belarusian roubles: sales@allsoft.by. Tenge: sales@allsoft.kz.\"\n"

    @Test func aStepQuotesOnlyItsOwnLabels() {
        expectProblem(
            Self.allsoftStep,
            "              en: Contact Allsoft's support, then tap [Delete everything]; the contacts follow below.\n",
            at: "ja: Allsoftのサポートに連絡し、", "quotes [Delete everything], which is not one of its labels")
    }

    @Test func aGuidesProseQuotesOnlyLabelsItsStepsDeclare() {
        expectProblem(
            "      ja: Huawei端末の[設定]\n", "      ja: Huawei端末の[設置]\n", at: "    title:\n      ja: Google PlayのないHuawei",
            "the huawei guide quotes [設置] in Japanese, a label none of its steps declares")
    }

    @Test func aSectionFromThirdPartyReportsIsRefused() {
        expectProblem(
            "        source: kaspersky-us-auto-renewal\n        steps:",
            "        source: third-party-reports\n        steps:",
            at: "        source: third-party-reports\n        steps:",
            "third-party reports are no procedure to send a customer through")
    }

    @Test func everyProductHasOneRouteInOnePlace() {
        expectProblem(
            "products: [basic, standard, plus, premium, security-cloud]", "products: [basic, standard, plus, premium]",
            at: "    title:\n      ja: Nexwayで購入した", "has no route for the product security-cloud")
        let yaml = edited(
            "        products: [other]\n        location:\n          ja: Nexwayのアカウント\n          en: Your Nexway account\n"
                + "        source: kaspersky-faq-nexway",
            "        products: [other]\n        location:\n          ja: Nexwayのサイト\n          en: Nexway's site\n"
                + "        source: kaspersky-faq-nexway")
        expectProblem(
            in: yaml, at: "    title:\n      ja: Nexwayで購入した", "sections for the product other give different locations"
        )
    }

    @Test func aGuidesTextIsBudgeted() {
        let note = String(repeating: "x", count: 500)
        let notes = (0..<16).map { "      - {ja: \"\($0)\(note)\", en: \"\($0)\(note)\", source: article}" }.joined(
            separator: "\n")
        expectProblem(
            Self.allsoftLastStep + "    notes:\n      - renewal-is-charged\n      - payment-email\n"
                + "      - chosen-at-purchase\n      - valid-licence-only\n",
            Self.allsoftLastStep + "    notes:\n" + notes + "\n", at: "    title:\n      ja: Allsoftで購入した",
            "bytes of text with its shared parts; at most \(RuleFileLimits.guideBytes)")
    }

    @Test func aBlankTextAnEmptyFallbackAndARepeatedNoteAreRefused() {
        expectProblem(
            "      en: Allsoft's support\n    sections:", "      en: \"  \"\n    sections:", at: "en: \"  \"",
            "the allsoft guide location en is blank")
        expectProblem(
            "      en: Contact Kaspersky or the partner you bought from.\n",
            "      en: Contact Kaspersky or the partner you bought from.\n  advice2:\n", at: "advice2",
            "unknown key 'advice2' in fallback")
        let emptyAdvice = RuleBook.standardFile.replacingOccurrences(
            of: #"(?s)  advice:\n.*?  details:"#, with: "  advice: []\n  details:", options: .regularExpression)
        expectProblem(in: emptyAdvice, at: "  advice: []", "fallback advice is empty")
        expectProblem(
            "      - deleting-the-account\n    contact:\n      ja: Digital River",
            "      - deleting-the-account\n      - payment-email\n    contact:\n      ja: Digital River",
            at: "      - payment-email\n    contact:\n      ja: Digital River",
            "the digital-river guide has this note twice")
    }

    @Test func oneMistakeInASharedPartIsOneProblem() {
        let yaml = RuleBook.standardFile.replacingOccurrences(
            of: #"(?s)guide-notes:\n.*?\n\n"#, with: "guide-notes: [renewal-is-charged]\n\n",
            options: .regularExpression)
        let found = problems(yaml)
        #expect(found.count == 1 && found[0].message.hasPrefix("guide-notes must map each name"), "\(found)")
    }
}
