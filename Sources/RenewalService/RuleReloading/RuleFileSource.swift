import Dispatch
import Foundation
import Glibc
public import RenewalRules
import Synchronization

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
    /// Opened once and checked through its descriptor, so symbolic links are followed (a mounted
    /// ConfigMap's `rules.yaml` is one, into `..data`), the file checked is the file read, and a
    /// FIFO put in its place cannot block the reader.
    public func read() throws(Failure) -> String {
        try read(file)
    }

    private func read(_ file: String) throws(Failure) -> String {
        func failure(_ problem: String) -> Failure { Failure(description: "rules \(file): \(problem)", problems: []) }
        let fd = open(file, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            throw failure(errno == ENOENT || errno == ENOTDIR ? "no such file" : "not readable (errno \(errno))")
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { throw failure("not a regular file") }
        guard Int(status.st_size) <= RuleFileLimits.fileBytes else {
            throw failure("\(status.st_size) bytes, more than the \(RuleFileLimits.fileBytes >> 10) KiB allowed")
        }
        // Read at most one byte more than allowed: the file may have grown since it was measured.
        var bytes = [UInt8](repeating: 0, count: RuleFileLimits.fileBytes + 1)
        var count = 0
        while count < bytes.count {
            let got = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if got == 0 { break }
            guard got > 0 else {
                if errno == EINTR { continue }
                throw failure("not readable (errno \(errno))")
            }
            count += got
        }
        guard count <= RuleFileLimits.fileBytes else {
            throw failure("more than \(RuleFileLimits.fileBytes >> 10) KiB")
        }
        guard let text = String(validating: bytes[..<count], as: UTF8.self) else { throw failure("not UTF-8 text") }
        return text
    }

    /// Reads and checks the rule book. A refused file's failure says how many problems it has and
    /// carries each of them.
    public func load() throws(Failure) -> RuleBook {
        let file = self.file
        return try book(from: read(file), file: file)
    }

    /// Checks the rule book in a text already read from the file.
    public func book(from text: String) throws(Failure) -> RuleBook {
        try book(from: text, file: file)
    }

    /// How long checking a rule file may take before it is refused: the standard book checks in
    /// about 10 ms; a file past this bound was built to be slow.
    public static let checkTimeout = 10.0

    private func book(from text: String, file: String) throws(Failure) -> RuleBook {
        try Self.book(from: text, file: file, timeout: Self.checkTimeout)
    }

    /// Checks a rule book on a thread of its own and waits at most `timeout` seconds. Past it the
    /// file is refused (and the caller, a reload or a start, carries on); the check cannot be
    /// stopped and finishes in the background, which the anchor and size bounds make unlikely.
    static func book(from text: String, file: String, timeout: Double) throws(Failure) -> RuleBook {
        let outcome = Mutex<Result<RuleBook, RuleFileErrors>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let checker = Thread {
            let result: Result<RuleBook, RuleFileErrors>
            do throws(RuleFileErrors) {
                result = .success(try RuleBook(yaml: text, file: file))
            } catch {
                result = .failure(error)
            }
            outcome.withLock { $0 = result }
            done.signal()
        }
        checker.name = "renewal-guide.rules-check"
        checker.start()
        guard done.wait(timeout: .now() + .milliseconds(Int(timeout * 1000))) == .success,
            let result = outcome.withLock({ $0 })
        else {
            throw Failure(
                description: "rules \(file): checking it took longer than \(timeout) s, so it is refused "
                    + "(a file built to be slow?)",
                problems: [])
        }
        switch result {
        case .success(let book):
            return book
        case .failure(let error):
            let count = error.problems.count
            throw Failure(
                description: "rules \(file): \(count) problem\(count == 1 ? "" : "s"); the first: \(error.problems[0])",
                problems: error.problems)
        }
    }
}
