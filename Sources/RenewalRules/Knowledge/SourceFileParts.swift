import Yams

/// The rule file's `sources`: every page a rule or a guide may name, read before anything that
/// names one.
enum SourceFileParts {
    /// Reads the sources into `reader`, so that later sections can look them up; `false` when they
    /// have a problem, after which nothing that names a source is read.
    static func read(_ node: Node, into reader: RuleFileReader) -> Bool {
        guard let items = reader.sequence(node, "sources") else { return false }
        guard items.count <= RuleFileLimits.rulesPerKind else {
            reader.problem(node, "sources holds \(items.count) pages; at most \(RuleFileLimits.rulesPerKind)")
            return false
        }
        var sources: [Source] = []
        var lines: [String: Int] = [:]
        let before = reader.problems.count
        for (index, item) in items.enumerated() {
            guard let source = source(item, "sources item \(index + 1)", reader) else { continue }
            if let first = lines[source.id] {
                reader.problem(item, "the source \(source.id) duplicates the one on line \(first): remove one")
                continue
            }
            lines[source.id] = item.mark?.line ?? 0
            sources.append(source)
        }
        let articles = sources.filter { $0.grade == .article }
        if articles.count != 1, reader.problems.count == before {
            reader.problem(
                node,
                "sources lists \(articles.count) pages of grade article; exactly one is the article, "
                    + "the source of truth")
        }
        guard reader.problems.count == before, let article = articles.first else { return false }
        reader.sources = sources
        reader.article = article
        return true
    }

    private static func source(_ node: Node, _ place: String, _ reader: RuleFileReader) -> Source? {
        guard
            let entry = reader.mapping(
                node, place, allowed: ["id", "title", "url", "grade"], required: ["id", "title", "grade"]),
            let id = entry["id"].flatMap({ reader.text($0, "\(place) id") }),
            let title = entry["title"].flatMap({ reader.text($0, "\(place) title", maxLength: 200) }),
            let gradeNode = entry["grade"], let gradeText = reader.text(gradeNode, "\(place) grade")
        else { return nil }
        guard let grade = reader.member(gradeText, of: SourceGrade.self, gradeNode, place, "grade", "grades") else {
            return nil
        }
        var url: String?
        if let node = entry["url"] {
            guard let text = reader.text(node, "\(place) url", maxLength: 200) else { return nil }
            guard text.hasPrefix("https://") || text.hasPrefix("http://"), !text.contains(" ") else {
                reader.problem(node, "\(place) url must be a web address (https://…)")
                return nil
            }
            url = text
        }
        return Source(id, title, url: url, grade: grade)
    }
}
