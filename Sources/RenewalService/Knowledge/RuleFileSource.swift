import Foundation
public import RenewalRules

/// Where an operator's rule file is: a file, or a directory holding `rules.yaml` (how Kubernetes
/// mounts a ConfigMap: one file per key). Reading it is the one I/O the rules need.
public struct RuleFileSource: Sendable {
    /// The path as given.
    public let path: String

    /// The file read: the path itself, or `rules.yaml` in the directory it names.
    public var file: String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return (path as NSString).appendingPathComponent("rules.yaml")
        }
        return path
    }

    /// A source for a path.
    public init(path: String) {
        self.path = path
    }

    /// Why a rule file could not be used: one line, naming the path.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The line to print or log.
        public let description: String
        /// The problems in the file's content, when it was read but refused.
        public let problems: [RuleFileProblem]
    }

    /// The file's text, or why it cannot be read: missing, not a regular file, too large, not UTF-8.
    public func read() throws(Failure) -> String {
        let file = self.file
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: file)
        } catch {
            throw Failure(description: "rules \(file): no such file", problems: [])
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw Failure(description: "rules \(file): not a regular file", problems: [])
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= RuleFileLimits.fileBytes else {
            throw Failure(
                description:
                    "rules \(file): \(size) bytes, more than the \(RuleFileLimits.fileBytes >> 10) KiB allowed",
                problems: [])
        }
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw Failure(description: "rules \(file): not readable", problems: [])
        }
        defer { try? handle.close() }
        // Read at most one byte more than allowed: the file may have grown since it was measured.
        let data = (try? handle.read(upToCount: RuleFileLimits.fileBytes + 1)) ?? Data()
        guard data.count <= RuleFileLimits.fileBytes else {
            throw Failure(description: "rules \(file): more than \(RuleFileLimits.fileBytes >> 10) KiB", problems: [])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure(description: "rules \(file): not UTF-8 text", problems: [])
        }
        return text
    }

    /// Reads and checks the rule book. A refused file's failure says how many problems it has and
    /// carries each of them.
    public func load() throws(Failure) -> RuleBook {
        let text = try read()
        do {
            return try RuleBook(yaml: text, file: file)
        } catch {
            let count = error.problems.count
            throw Failure(
                description: "rules \(file): \(count) problem\(count == 1 ? "" : "s"); the first: \(error.problems[0])",
                problems: error.problems)
        }
    }
}
