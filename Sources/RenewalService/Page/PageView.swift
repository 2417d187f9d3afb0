import RenewalDocuments
import RenewalRules

/// What the page template shows, built from the documents the API serves. Every string here is
/// text; the template escapes each one (see ``PageRenderer``).
struct PageView {
    struct Alternative {
        let name: String
        let percent: Int
        let reason: String
    }

    struct SourceLink {
        let title: String
        let url: String?
    }

    /// A run of a step's text: plain, or an on-screen label set apart.
    struct Part {
        let plain: String
        let label: String?
    }

    struct Step {
        let parts: [Part]
        /// The article's Japanese labels, shown beside English ones.
        let original: String?
        let outcome: String?
    }

    struct Section {
        let heading: String
        let steps: [Step]
        let sourceTitle: String
        let sourceURL: String?
    }

    struct GuideView {
        let words: PageText
        let title: String
        let summary: String
        let location: String
        let sections: [Section]
        let fallbackContact: String
        let fallbackAdvice: [String]
        let fallbackDetails: [String]
    }

    struct Result {
        let index: Int
        /// The statement line's number, or the numbers of the identical lines it stands for.
        let line: String?
        let input: String
        let statusClass: String
        let provider: String
        let sureness: String
        let percent: Int?
        let reason: String
        let source: SourceLink?
        let intermediary: String?
        /// What was set aside before matching, each with why.
        let setAside: [SetAsideItem]
        var hasSetAside: Bool { !setAside.isEmpty }
        let otherVendor: String?
        let alternatives: [Alternative]
        var hasAlternatives: Bool { !alternatives.isEmpty }
        let next: String?
        /// The guide's section, already rendered (and escaped) by the guide template, or empty.
        let guideHTML: String
        let plainText: String
    }

    struct SetAsideItem {
        let part: String
        let note: String
    }

    struct ScanSummary {
        let summary: String
        /// The related lines past those shown in full, by seller with their line numbers.
        var more: String?
        /// The related lines by seller and the store leads, each a short table.
        var groups: [ChargeTable] = []
    }

    /// A group of a scan as a short table: its name, its cadence and next charge in words, and a
    /// row per charge.
    struct ChargeTable {
        let name: String
        let reason: String
        let rows: [ChargeRow]
        let earlier: String?
    }

    /// One charge: date, amount, line, and whether it is a refund.
    struct ChargeRow {
        let date: String
        let amount: String
        let line: String
        let refund: String?
    }

    let lang: String
    let otherLang: String
    let otherLanguageName: String
    let otherLanguageLink: String
    let text: PageText
    let query: String
    let hasQuery: Bool
    let formMethod: String
    let error: String?
    let scan: ScanSummary?
    let results: [Result]
}

extension PageView.Result {
    /// How many characters of the input an answer's heading shows.
    static let shownInput = 200

    /// One answer, with the guide it leads to (rendered once per guide and language), or none
    /// when an earlier answer on the page already shows that guide.
    init(
        index: Int, line: String?, document: IdentificationDocument, guide: PageGuides.Rendered?, language: Language
    ) {
        self.index = index
        self.line = line
        // A pasted e-mail is shown by its start: the whole text is in the box above.
        input = document.query.count > Self.shownInput ? document.query.prefix(Self.shownInput) + "…" : document.query
        statusClass = document.status.rawValue
        provider = document.provider?.name ?? "—"
        sureness = PageText.sureness(document.status, confidence: document.confidence, language: language)
        percent = document.status == .identified ? Int((document.confidence * 100).rounded()) : nil
        reason = document.reason
        source = document.source.map { PageView.SourceLink(title: $0.title, url: $0.url) }
        intermediary = document.intermediary?.name
        setAside = document.setAside.map { PageView.SetAsideItem(part: $0.text, note: $0.note) }
        otherVendor = document.otherVendor?.name
        alternatives = document.alternatives.map {
            PageView.Alternative(
                name: $0.provider.name, percent: Int(($0.confidence * 100).rounded()), reason: $0.reason)
        }
        next = document.next
        guideHTML = guide?.html ?? ""
        plainText = document.plainText(language: language) + (guide.map { "\n" + $0.text } ?? "")
    }
}

extension PageView.GuideView {
    init(_ guide: GuideDocument, language: Language) {
        words = PageText.for(language)
        title = guide.title
        summary = guide.summary
        location = guide.location
        sections = guide.sections.map { section in
            PageView.Section(
                heading: section.heading,
                steps: section.steps.map { PageView.Step($0, language: language) },
                sourceTitle: section.source.title, sourceURL: section.source.url)
        }
        fallbackContact = guide.fallback.contact
        fallbackAdvice = guide.fallback.advice
        fallbackDetails = guide.fallback.details
    }
}

extension PageView.Step {
    /// Splits the step's text at its labels (`[ライセンス]`), brackets kept as the text writes them.
    init(_ step: GuideDocument.StepDocument, language: Language) {
        var parts: [PageView.Part] = []
        var rest = Substring(step.text)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            let inside = String(rest[rest.index(after: open)..<close])
            guard step.labels.contains(where: { $0.label == inside }) else {
                parts.append(PageView.Part(plain: String(rest[...close]), label: nil))
                rest = rest[rest.index(after: close)...]
                continue
            }
            parts.append(PageView.Part(plain: String(rest[...open]), label: nil))
            parts.append(PageView.Part(plain: "", label: inside))
            parts.append(PageView.Part(plain: "]", label: nil))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(PageView.Part(plain: String(rest), label: nil)) }
        self.parts = parts
        let originals = step.labels.filter { $0.label != $0.original }.map { "[\($0.original)]" }
        original = language == .ja || originals.isEmpty ? nil : originals.joined(separator: " ")
        outcome = step.outcome
    }
}
