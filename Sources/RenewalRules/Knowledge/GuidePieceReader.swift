import Yams

/// Reads the pieces guides are made of (texts in both languages, steps, on-screen labels) and
/// checks what each must say: both languages, labels the step's source shows, and an action that
/// quotes each of its labels.
struct GuidePieceReader {
    let reader: RuleFileReader

    /// A text in every language, as `{ja: …, en: …}`.
    func localized(_ node: Node, _ place: String, alsoAllowed: Set<String> = []) -> LocalizedText? {
        guard
            let entry = reader.mapping(node, place, allowed: Set(Language.allCases.map(\.rawValue)).union(alsoAllowed))
        else {
            return nil
        }
        var texts: [Language: String] = [:]
        for language in Language.allCases {
            guard let value = entry[language.rawValue] else {
                reader.problem(
                    node,
                    "\(place) has no \(language.name) text ('\(language.rawValue)'): every text a guide shows "
                        + "is written in Japanese (ja) and English (en)")
                continue
            }
            let text = reader.text(value, "\(place) \(language.rawValue)", maxLength: RuleFileLimits.proseLength)
            if let text, text.allSatisfy(\.isWhitespace) {
                reader.problem(value, "\(place) \(language.rawValue) is blank: write the text")
                continue
            }
            texts[language] = text
        }
        guard let ja = texts[.ja], let en = texts[.en] else { return nil }
        return LocalizedText(ja, en)
    }

    /// A list of at most ``RuleFileLimits/guideParts`` items.
    func items(_ node: Node, _ place: String, atMost limit: Int = RuleFileLimits.guideParts) -> [Node] {
        reader.sequence(node, place, atMost: limit) ?? []
    }

    /// The steps of a procedure documented by `source`, not empty.
    func steps(_ node: Node, _ place: String, source: Source) -> [GuideStep]? {
        let nodes = items(node, place)
        let steps = nodes.enumerated().compactMap { index, item in
            step(item, "step \(index + 1) of \(place)", source: source)
        }
        guard steps.count == nodes.count else { return nil }
        guard !steps.isEmpty else {
            reader.problem(node, "\(place) has no steps")
            return nil
        }
        return steps
    }

    private func step(_ node: Node, _ place: String, source: Source) -> GuideStep? {
        guard
            let entry = reader.mapping(node, place, allowed: ["action", "outcome", "labels"], required: ["action"]),
            let actionNode = entry["action"], let action = localized(actionNode, "\(place) action")
        else { return nil }
        var outcome: LocalizedText?
        if let node = entry["outcome"] {
            guard let text = localized(node, "\(place) outcome") else { return nil }
            outcome = text
        }
        let labelNodes = entry["labels"].map { items($0, "\(place) labels", atMost: RuleFileLimits.listLength) } ?? []
        let labels = labelNodes.compactMap { label($0, "a label of \(place)", source: source) }
        guard labels.count == labelNodes.count else { return nil }
        for (label, labelNode) in zip(labels, labelNodes) {
            for language in Language.allCases where !action[language].contains("[\(label.text(in: language))]") {
                reader.problem(
                    labelNode,
                    "the \(language.name) action of \(place) does not quote its label "
                        + "[\(label.text(in: language))]: name it in the text, in brackets, or remove the label")
            }
        }
        // The other way round: whatever a step quotes in brackets is one of its labels, so that no
        // screen label escapes the checks above by not being declared.
        for language in Language.allCases {
            let declared = Set(labels.map { $0.text(in: language) })
            let texts = [action[language]] + (outcome.map { [$0[language]] } ?? [])
            for quoted in texts.flatMap(Self.bracketed) where !declared.contains(quoted) {
                reader.problem(
                    actionNode,
                    "the \(language.name) text of \(place) quotes [\(quoted)], which is not one of its labels: "
                        + "declare it under labels, or do not put it in brackets")
            }
        }
        return GuideStep(action, outcome: outcome, labels: labels)
    }

    /// The texts between `[` and `]`, as a guide quotes on-screen labels.
    static func bracketed(_ text: String) -> [String] {
        var quoted: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            quoted.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return quoted
    }

    /// A label in a step of the article's procedures is one the article shows, with its English:
    /// documented by a page (`english` and `source`) or a translation made here (`translation`).
    /// A label in a procedure from another page is quoted as that page writes it (`text`), with a
    /// Japanese translation (`japanese`) where the page is in English only.
    private func label(_ node: Node, _ place: String, source: Source) -> StepLabel? {
        guard source.grade == .article else {
            let entry = reader.mapping(
                node, "\(place) (from \(source.id), quoted as it writes it)", allowed: ["text", "japanese"],
                required: ["text"])
            guard let text = entry?["text"].flatMap({ reader.text($0, "\(place) text") }) else { return nil }
            guard let japaneseNode = entry?["japanese"] else { return .english(text, from: source) }
            // A page in English only: Japanese readers get a translation that says it is one.
            return reader.text(japaneseNode, "\(place) japanese").map { .english(text, from: source, japanese: $0) }
        }
        guard
            let entry = reader.mapping(
                node, place, allowed: ["text", "english", "source", "translation"], required: ["text"]),
            let textNode = entry["text"], let text = reader.text(textNode, "\(place) text")
        else { return nil }
        guard ArticleLabels.all.contains(text) else {
            let known = ArticleLabels.all.sorted().map { "[\($0)]" }.joined(separator: " ")
            reader.problem(
                textNode,
                "'\(text)' is not a label the article shows; quote one exactly as it writes it (\(known)), "
                    + "or give the step a section whose source is the page that shows it")
            return nil
        }
        switch (entry["english"], entry["source"], entry["translation"]) {
        case (let english?, let page?, nil):
            guard let english = reader.text(english, "\(place) english"),
                let page = reader.source(page, "\(place) source")
            else { return nil }
            guard page.grade != .article, page.grade != .thirdParty else {
                reader.problem(
                    entry["source"], "\(place): an English label is documented by a Kaspersky or official page")
                return nil
            }
            return .article(text, english: english, documentedBy: page)
        case (nil, nil, let translation?):
            return reader.text(translation, "\(place) translation").map { .article(text, translated: $0) }
        default:
            reader.problem(
                node,
                "\(place) gives its English as 'english' with the 'source' that documents it, "
                    + "or as a 'translation': one of the two")
            return nil
        }
    }
}

extension Language {
    /// The language's name in English, for problems.
    var name: String {
        switch self {
        case .ja: "Japanese"
        case .en: "English"
        }
    }
}
