import Yams

extension RuleBook {
    /// Reads and checks a rule file (the format is documented in `Knowledge/rules.yaml` itself).
    ///
    /// Every problem is reported at once, each with its line: unknown keys, unknown providers or
    /// sources, duplicates, examples that do not fit their format, descriptors another provider's
    /// shadows, confidences above what their page may give, rules that identification cannot
    /// reach, and files too large or holding too many rules; in the guides, a text missing a
    /// language, a label the article does not show or a step does not declare, a product without a
    /// route, and a guide over its text budget. A problem with the sources stops the reading of
    /// what names them, so that one bad page is one problem, not one per rule.
    ///
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - file: how to name the file in problems (a path, or `rules.yaml`).
    public convenience init(yaml: String, file: String) throws(RuleFileErrors) {
        // What stops reading before any rule is looked at: one problem, the file's whole answer.
        func refused(_ line: Int, _ message: String) -> RuleFileErrors {
            RuleFileErrors(problems: [RuleFileProblem(file: file, line: line, message: message)])
        }
        guard yaml.utf8.count <= RuleFileLimits.fileBytes else {
            throw refused(0, "the file is larger than \(RuleFileLimits.fileBytes >> 10) KiB")
        }
        // Without anchors there are no aliases, and so nothing a few bytes can multiply into
        // millions of nodes for the composer to walk: refused from the parser's own events.
        if let line = YAMLAnchorEvents.firstLine(yaml) {
            throw refused(line, "YAML anchors and aliases (&name, *name) are not allowed: write each rule out in full")
        }
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: yaml)
        } catch {
            throw RuleFileErrors(problems: [Self.syntaxProblem(error, file: file)])
        }
        guard let root = composed else { throw refused(0, "the file is empty") }
        let reader = RuleFileReader(file: file)
        let parts = RuleFileParts(root, reader: reader)
        guard reader.problems.isEmpty, let parts, let guides = parts.guides, let providers = parts.providers else {
            throw RuleFileErrors(problems: Self.sorted(reader.problems))
        }
        self.init(
            formats: parts.formats.map(\.value), descriptors: parts.descriptors.map(\.value),
            patterns: parts.patterns.map(\.value), emptyDescriptorLists: parts.emptyDescriptorLists,
            noKnownDescriptor: parts.noKnownDescriptor, coverageNotes: parts.coverageNotes, providers: providers,
            otherVendors: parts.otherVendors, sources: reader.sources,
            article: parts.article, guides: guides, version: Self.version(of: yaml))
        RuleBookChecks.check(self, parts, reader: reader)
        guard reader.problems.isEmpty else { throw RuleFileErrors(problems: Self.sorted(reader.problems)) }
    }

    /// In file order; when the cap cut them short, a last line says so.
    private static func sorted(_ problems: [RuleFileProblem]) -> [RuleFileProblem] {
        var sorted = problems.sorted { $0.line < $1.line }
        if let last = sorted.last, problems.count >= RuleFileLimits.problems {
            sorted.append(
                RuleFileProblem(
                    file: last.file, line: 0, message: "stopped after \(RuleFileLimits.problems) problems"))
        }
        return sorted
    }

    private static func syntaxProblem(_ error: any Error, file: String) -> RuleFileProblem {
        var line = 0
        if let error = error as? YamlError {
            switch error {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
                line = mark.line
            case .duplicatedKeysInMapping(_, let context):
                line = context.mark.line
            default:
                break
            }
        }
        let text = "\(error)".split(separator: "\n").first.map(String.init) ?? "not YAML"
        return RuleFileProblem(file: file, line: line, message: "not valid YAML: \(text)")
    }

    /// The version a rule file's text would load as: FNV-1a over its bytes, 64 bits in hex, which
    /// changes with any edit. A poller compares it with the running book's before reloading.
    public static func version(of text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// A rule as read, with the node it came from, for problems found later.
struct Located<Value> {
    let value: Value
    let node: Node
}
