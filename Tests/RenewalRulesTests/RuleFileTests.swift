import RenewalDocuments
import Testing

@testable import RenewalRules

/// A rule file is checked whole at load: each bad file here has one mistake, and loading must name
/// its line and say what to change.
@Suite struct RuleFileTests: RuleFileEditing {
    @Test func theStandardFileLoads() throws {
        let book = try RuleBook(yaml: RuleBook.standardFile, file: "rules.yaml")
        #expect(book.orderNumberFormats.count == 5 && book.statementDescriptors.count == 31)
        #expect(book.statementPatterns.count == 12 && book.version.count == 16)
        #expect(book.version == RuleBook.standard.version)
    }

    @Test func anUnknownKeyIsNamedWithTheKeysItsPlaceTakes() {
        expectProblem("version: 1", "version: 1\nrulez: []", at: "rulez", "unknown key 'rulez' in the file")
        expectProblem(
            "{provider: 2checkout, digits: 8,", "{provider: 2checkout, digits: 8, note: x,", at: "note: x",
            "unknown key 'note'")
    }

    @Test func anUnknownProviderSourceOrIntermediaryIsNamed() {
        expectProblem(
            "{provider: allsoft, prefix: A,", "{provider: allsofft, prefix: A,", at: "allsofft",
            "unknown provider 'allsofft'")
        expectProblem(
            "source: google-play-2851610", "source: google-play", at: "source: google-play",
            "unknown source 'google-play'")
        expectProblem(
            "intermediary: paypal, confidence: 0.45, source: third-party-reports}\n  - {text: PP*",
            "intermediary: payapl, confidence: 0.45, source: third-party-reports}\n  - {text: PP*", at: "payapl",
            "unknown intermediary 'payapl'")
    }

    @Test func aDuplicateIsNamedWithTheLineOfTheFirst() {
        let first = line(of: "    - KASPERSKYLAB", in: RuleBook.standardFile)
        expectProblem(
            "    - ALLSOFT.KZ", "    - ALLSOFT.KZ\n    - kasperskylab", at: "- kasperskylab", "on line \(first)")
        expectProblem(
            "{text: PP*, merchant-prefix: pp,", "{text: PP*, merchant-prefix: paypal,", at: "text: PP*",
            "duplicates the one on line")
    }

    @Test func aDuplicateKeyOrBrokenYAMLIsNotValidYAML() {
        expectProblem("version: 1", "version: 1\nversion: 1", at: "version: 1", "not valid YAML")
        let broken = problems(edited("  - {provider: allsoft, prefix: A,", "  - {provider: allsoft, prefix: [A,"))
        #expect(broken.count == 1 && broken[0].message.hasPrefix("not valid YAML") && broken[0].line > 0, "\(broken)")
    }

    @Test func anExampleMustFitItsFormat() {
        expectProblem(
            "examples: [\"22122857\", \"21992673\"]", "examples: [\"22122857\", \"2199267\"]", at: "2199267",
            "'2199267' does not fit its format")
    }

    @Test func aDescriptorContainingAnotherProvidersIsShadowed() {
        expectProblem(
            "    - DR*EFMSPL", "    - DR*EFMSPL\n    - KASPERSKYLAB CORK", at: "KASPERSKYLAB CORK",
            "contains allsoft's 'KASPERSKYLAB'")
    }

    @Test func aConfidenceAboveWhatItsPageMayGiveIsRefused() {
        expectProblem(
            "{text: DRI*, merchant-prefix: dri, provider: digital-river, confidence: 0.45,",
            "{text: DRI*, merchant-prefix: dri, provider: digital-river, confidence: 0.6,", at: "DRI*",
            "above what a third-party page may give (0.45)")
    }

    @Test func aRuleThatIdentificationCannotReachIsNamed() {
        expectProblem(
            "order-number-formats:\n",
            "order-number-formats:\n  - {provider: nexway, mixed-from: \"2\", confidence: 0.9, examples: [2A123BEC45D]}\n",
            at: "{provider: nexway, mixed-from: \"23\"", "is not identified as nexway by this format")
    }

    @Test func coverageMustNotContradictTheLists() {
        expectProblem(
            "none-known: [huawei]", "none-known: [huawei, allsoft]", at: "    - KASPERSKYLAB", "allsoft has descriptors"
        )
    }

    /// What an answer says about a provider without descriptors is the file's note, one for each.
    @Test func coverageNotesAreTheFilesAndOneForEachListedProvider() throws {
        let nexway = RuleBook.standard.coverageNotes[.nexway]
        #expect(nexway?.ja.contains("パートナーは Nexway です") == true)
        let document = DescriptorsDocument(.nexway, language: .en)
        #expect(
            document.note == "The article has a heading for this provider's statement texts but lists none under it.")
        expectProblem(
            "  notes:\n    nexway:\n", "  notes:\n    allsoft: {ja: 注, en: Note}\n    nexway:\n",
            at: "    allsoft: {ja: 注",
            "descriptor-coverage has a note for allsoft, which it does not list")
        let yaml = RuleBook.standardFile.replacingOccurrences(
            of: #"(?s)    huawei:\n      ja: このプロバイダー.*?\n      en: [^\n]*\n"#, with: "", options: .regularExpression)
        expectProblem(in: yaml, at: "  article-lists-none: [nexway]", "lists huawei but has no note for it")
    }

    @Test func wrongTypesAndMissingKeysAreNamed() {
        expectProblem(
            "digits: 8, confidence: 0.95", "digits: 8, confidence: high", at: "confidence: high", "a number from 0 to 1"
        )
        expectProblem(
            "{provider: allsoft, prefix: A, confidence: 0.9, examples: [A221234065]}",
            "{provider: allsoft, prefix: A, confidence: 0.9}",
            at: "prefix: A,", "needs 'examples'")
        expectProblem(
            "requires-kaspersky: true, confidence: 0.75", "requires-kaspersky: yes please, confidence: 0.75",
            at: "yes please", "true or false")
        expectProblem("    words: 2checkout\n", "    words: 2Checkout.com\n", at: "2Checkout.com", "written folded")
    }

    @Test func sizeAndCountAreBounded() {
        let large = RuleBook.standardFile + "\n# " + String(repeating: "x", count: RuleFileLimits.fileBytes)
        #expect(problems(large).first?.message.contains("larger than") == true)
        let many = (0...RuleFileLimits.rulesPerKind).map {
            "  - {text: P\($0), words: p\($0), provider: nexway, confidence: 0.4, source: third-party-reports}"
        }
        let crowded = edited("statement-patterns:\n", "statement-patterns:\n" + many.joined(separator: "\n") + "\n")
        #expect(problems(crowded).first?.message.contains("at most \(RuleFileLimits.rulesPerKind)") == true)
        let long = String(repeating: "K", count: RuleFileLimits.textLength + 1)
        expectProblem(
            "    - ALLSOFT.KZ", "    - ALLSOFT.KZ\n    - \(long)", at: long,
            "1 to \(RuleFileLimits.textLength) bytes")
        #expect(problems("").first?.message == "the file is empty")
        #expect(problems("just text").first?.message.contains("must be a mapping") == true)
    }

    /// A few bytes of anchors and aliases could make millions of nodes: they are refused before parsing.
    @Test func anchorsAndAliasesAreRefused() {
        let bomb = "version: 1\na: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n"
        let found = problems(bomb)
        #expect(found.count == 1 && found[0].line == 2 && found[0].message.contains("anchors and aliases"), "\(found)")
        expectProblem("    - ALLSOFT.KZ", "    - ALLSOFT.KZ\n    - &x KASPERSKY X", at: "&x", "anchors and aliases")
        #expect(
            problems(edited("    - ALLSOFT.KZ", "    - ALLSOFT.KZ\n    - AT&T KASPERSKY")).isEmpty,
            "a & inside a word is text")
    }

    /// YAML breaks lines on CR, NEL, LS and PS as well as LF: anchors after any of them are refused
    /// from the parser's events, before anything is composed. (A 413-byte file whose anchors followed bare CRs, with a key aliasing 10^10
    /// nodes, hung every load; this one is small, so the test cannot hang if the check regresses.)
    @Test(arguments: ["\r", "\u{85}", "\u{2028}", "\u{2029}", "\r\n"])
    func anchorsAfterAnyLineBreakAreRefused(lineBreak: String) {
        // Each anchor starts a line inside a flow sequence, right after the break.
        let bomb = ["version: 1", "a: [", "&a [x, x, x],", "&b [*a, *a, *a]]", "? *b", ": 1", ""].joined(
            separator: lineBreak)
        let found = problems(bomb)
        #expect(found.count == 1 && found[0].message.contains("anchors and aliases"), "\(found)")
        #expect(YAMLAnchorEvents.firstLine(bomb) == 3)
    }

    @Test func theParsersEventsDecideWhatIsAnAnchor() {
        #expect(YAMLAnchorEvents.firstLine("\u{FEFF}&a [x]") == 1)
        #expect(YAMLAnchorEvents.firstLine("a: 1\nb: *a\n") == 2, "an alias alone is refused too")
        #expect(YAMLAnchorEvents.firstLine("紹介&説明: 1") == nil, "a & inside text is text")
        #expect(YAMLAnchorEvents.firstLine("a: 'x &y'\nb: AT&T\n") == nil)
    }

    @Test func listsAndTotalsAreBounded() {
        let examples = (0...RuleFileLimits.listLength).map { "\"2212285\($0)\"" }.joined(separator: ", ")
        expectProblem(
            "examples: [\"22122857\", \"21992673\"]", "examples: [\(examples)]", at: "2212285",
            "at most \(RuleFileLimits.listLength)")
        let many = (0..<RuleFileLimits.rulesPerKind).map { "    - KASPERSKY SHOP \($0)" }.joined(separator: "\n")
        let crowded = problems(edited("  digital-river:\n    - DR*", "  digital-river:\n\(many)\n    - DR*"))
        #expect(crowded.count == 1 && crowded[0].message.contains("in all"), "\(crowded)")
    }

    @Test func aDescriptorTooShortToTellASellerIsRefused() {
        expectProblem("    - ALLSOFT.KZ", "    - ALLSOFT.KZ\n    - PAY", at: "- PAY", "too short to tell a seller")
        expectProblem("    - ALLSOFT.KZ", "    - ALLSOFT.KZ\n    - 12345678", at: "12345678", "one of them a letter")
    }

    /// Every problem is reported at once, in file order.
    @Test func everyProblemIsReportedAtOnce() {
        let yaml = edited("version: 1", "version: 1\nextra: 1").replacingOccurrences(
            of: "provider: allsoft, prefix: A,", with: "provider: nobody, prefix: A,")
        let found = problems(yaml)
        #expect(found.count == 2, "\(found)")
        #expect(found.map(\.line) == found.map(\.line).sorted())
    }

    /// A loaded book is used as it says: a new descriptor identifies its provider.
    @Test func aLoadedBookAnswersByItsRules() throws {
        let book = try RuleBook(
            yaml: edited("    - DR*EFMSPL", "    - DR*EFMSPL\n    - DRI*NEWSELLER"), file: "test.yaml")
        #expect(Identifier.identify("DRI*NEWSELLER", rules: book).provider == .digitalRiver)
        #expect(Identifier.identify("DRI*NEWSELLER").status != .identified, "the standard book does not know it")
        #expect(book.version != RuleBook.standard.version)
    }
}
