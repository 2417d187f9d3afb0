import Yams

extension RuleBook {
    /// Reads and checks a rule file (the format is documented in `Knowledge/rules.yaml` itself).
    ///
    /// Every problem is reported at once, each with its line: unknown keys, unknown providers or
    /// sources, duplicates, examples that do not fit their format, descriptors another provider's
    /// shadows, confidences above what their page may give, rules that identification cannot
    /// reach, and files too large or holding too many rules.
    ///
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - file: how to name the file in problems (a path, or `rules.yaml`).
    public convenience init(yaml: String, file: String) throws(RuleFileErrors) {
        let reader = RuleFileReader(file: file)
        guard yaml.utf8.count <= RuleFileLimits.fileBytes else {
            reader.problem(nil, "the file is larger than \(RuleFileLimits.fileBytes >> 10) KiB")
            throw RuleFileErrors(problems: reader.problems)
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                reader.problem(nil, "the file is empty")
                throw RuleFileErrors(problems: reader.problems)
            }
            root = node
        } catch let error as RuleFileErrors {
            throw error
        } catch {
            throw RuleFileErrors(problems: [Self.syntaxProblem(error, file: file)])
        }
        let parts = RuleFileParts(root, reader: reader)
        guard reader.problems.isEmpty, let parts else { throw RuleFileErrors(problems: reader.problems) }
        self.init(
            formats: parts.formats.map(\.value), descriptors: parts.descriptors.map(\.value),
            patterns: parts.patterns.map(\.value), emptyDescriptorLists: parts.emptyDescriptorLists,
            noKnownDescriptor: parts.noKnownDescriptor, version: Self.version(of: yaml))
        RuleBookChecks.check(self, parts, reader: reader)
        guard reader.problems.isEmpty else {
            throw RuleFileErrors(problems: reader.problems.sorted { $0.line < $1.line })
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
