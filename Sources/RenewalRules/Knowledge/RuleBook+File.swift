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
        if let line = Self.anchorLine(yaml) {
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

    /// The line of the first YAML anchor (`&name` starting a node), or `nil`. Without anchors there
    /// are no aliases, and so nothing a few bytes can multiply into millions of nodes for the parser
    /// to walk. A `&` inside a word (`AT&T`) or before a space is text, not an anchor. Every break
    /// YAML reads as one counts before an anchor, as the parser sees them: LF, CR, NEL (U+0085),
    /// LS (U+2028), PS (U+2029), and the byte-order mark; a file whose anchors follow bare CRs is
    /// refused like one whose anchors follow LFs.
    static func anchorLine(_ yaml: String) -> Int? {
        var line = 1
        // The bytes before the current one: enough to recognise the multi-byte breaks.
        var window: (UInt8, UInt8, UInt8) = (0, 0, 0x0A)
        var bytes = yaml.utf8.makeIterator()
        var current = bytes.next()
        while let byte = current {
            let next = bytes.next()
            if byte == 0x0A || (byte == 0x0D && next != 0x0A) { line += 1 }
            if byte == UInt8(ascii: "&"), startsNode(after: window), let following = next,
                ![0x20, 0x09, 0x0A, 0x0D].contains(following)
            {
                return line
            }
            window = (window.1, window.2, byte)
            current = next
        }
        return nil
    }

    /// Whether what precedes a `&` lets it start a node: a break, a space, or a flow or block
    /// indicator.
    private static func startsNode(after window: (UInt8, UInt8, UInt8)) -> Bool {
        let last = window.2
        if [0x0A, 0x0D, 0x20, 0x09, 0x5B, 0x7B, 0x2C, 0x2D, 0x3A, 0x3F].contains(last) { return true }
        switch (window.0, window.1, last) {
        case (_, 0xC2, 0x85), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9), (0xEF, 0xBB, 0xBF): return true
        default: return false
        }
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
