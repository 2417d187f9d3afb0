import Testing

@testable import RenewalRules

/// The pages in a rule file's `sources` are data like the rules that name them: each bad file
/// here has one mistake in them, and loading must name its line and say what to change.
@Suite struct SourceFileTests: RuleFileEditing {
    @Test func theStandardSourcesLoadInTheirOrderWithTheArticleFirst() {
        let book = RuleBook.standard
        #expect(book.sources.first === book.article && book.article.grade == .article)
        #expect(book.sources.map(\.grade) == book.sources.map(\.grade).sorted())
        #expect(book.source(id: "kaspersky-faq-nexway")?.url == "https://support.kaspersky.com/faq/faq_sales_nexway_rs")
    }

    /// What the file says about a page is what answers show: nothing about it is left in Swift.
    @Test func aSourcesTitleAndAddressComeFromTheFile() throws {
        let yaml = edited([
            ("title: \"Kaspersky US: Auto-Renewal Service\"", "title: \"Kaspersky US: Auto-renewal\""),
            ("url: https://usa.kaspersky.com/auto-renewal-service", "url: https://usa.kaspersky.com/renewal"),
        ])
        let book = try RuleBook(yaml: yaml, file: "test.yaml")
        let us = try #require(book.source(id: "kaspersky-us-auto-renewal"))
        #expect(us.title == "Kaspersky US: Auto-renewal" && us.url == "https://usa.kaspersky.com/renewal")
        let answer = Identifier.identify("DR*KASPERSKY 1234", rules: book)
        #expect(answer.source?.title == "Kaspersky US: Auto-renewal")
        #expect(book.guides.guide(for: .digitalRiver).links.first?.url == "https://usa.kaspersky.com/renewal")
    }

    @Test func aDuplicateSourceIsNamedWithTheLineOfTheFirst() {
        let first = line(of: "  - id: apple-ht201382", in: RuleBook.standardFile)
        let yaml = edited("  - id: apple-ht202039\n", "  - id: apple-ht201382\n")
        let found = problems(yaml)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.line == line(of: "title: \"Apple: サブスクリプション", in: yaml) - 1, "\(found)")
        #expect(found.first?.message.contains("duplicates the one on line \(first)") == true, "\(found)")
    }

    @Test func aGradeMustBeKnownAndThereIsOneArticle() {
        expectProblem(
            "    url: https://usa.kaspersky.com/auto-renewal-service\n    grade: kaspersky",
            "    url: https://usa.kaspersky.com/auto-renewal-service\n    grade: vendor", at: "grade: vendor",
            "unknown grade 'vendor'")
        expectProblem(
            "    url: https://usa.kaspersky.com/auto-renewal-service\n    grade: kaspersky",
            "    url: https://usa.kaspersky.com/auto-renewal-service\n    grade: article", at: "  - id: article",
            "sources lists 2 pages of grade article")
    }

    @Test func anAddressIsAWebAddress() {
        expectProblem(
            "url: https://usa.kaspersky.com/auto-renewal-service", "url: usa.kaspersky.com/auto-renewal-service",
            at: "url: usa.kaspersky.com", "must be a web address")
    }

    @Test func aRenamedSourceLeavesWhatNamesItUnknown() {
        let yaml = edited("  - id: google-play-2851610\n", "  - id: google-play-charges\n")
        let found = problems(yaml)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("unknown source 'google-play-2851610'") == true, "\(found)")
        #expect(found.first?.message.contains("google-play-charges") == true, "the known ones are listed: \(found)")
    }
}
