import Testing

@testable import RenewalRules

/// Bad rule files made from the standard one by a small edit, and what loading them reports.
protocol RuleFileEditing {}

extension RuleFileEditing {
    /// The standard file with `old` replaced by `new` (which must occur once).
    func edited(_ old: String, _ new: String) -> String {
        precondition(RuleBook.standardFile.components(separatedBy: old).count == 2, "'\(old)' must occur once")
        return RuleBook.standardFile.replacingOccurrences(of: old, with: new)
    }

    func problems(_ yaml: String) -> [RuleFileProblem] {
        do {
            _ = try RuleBook(yaml: yaml, file: "test.yaml")
            return []
        } catch {
            return error.problems
        }
    }

    /// The line where `text` first begins, from 1; `text` may span lines.
    func line(of text: String, in yaml: String) -> Int {
        // -1 when absent: no problem has that line, not even a file-wide one (line 0).
        guard let found = yaml.range(of: text) else { return -1 }
        return yaml[..<found.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }

    /// Loading the file with `old` replaced by `new` gives one problem, on the line holding `at`,
    /// whose message holds `message`.
    func expectProblem(
        _ old: String, _ new: String, at: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expectProblem(in: edited(old, new), at: at, message, sourceLocation: sourceLocation)
    }

    /// Loading `yaml` gives one problem, on the line holding `at`, whose message holds `message`.
    func expectProblem(
        in yaml: String, at: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let found = problems(yaml)
        #expect(found.count == 1, "\(found)", sourceLocation: sourceLocation)
        #expect(found.first?.line == line(of: at, in: yaml), "\(found)", sourceLocation: sourceLocation)
        #expect(found.first?.message.contains(message) == true, "\(found)", sourceLocation: sourceLocation)
        #expect(found.first?.description.hasPrefix("test.yaml:") == true, sourceLocation: sourceLocation)
    }

    /// The standard file with each `old` replaced by its `new`.
    func edited(_ edits: [(String, String)]) -> String {
        edits.reduce(RuleBook.standardFile) { yaml, edit in
            precondition(yaml.components(separatedBy: edit.0).count == 2, "'\(edit.0)' must occur once")
            return yaml.replacingOccurrences(of: edit.0, with: edit.1)
        }
    }
}
