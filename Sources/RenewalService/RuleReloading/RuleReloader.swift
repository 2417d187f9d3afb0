import Dispatch
import Glibc
public import Logging
import MicroHTTP
import RenewalRules
import Synchronization

/// Reloads the service's rule book from its file: on SIGHUP, and, when asked, whenever the file's
/// content hash changes (Kubernetes updates a mounted ConfigMap in place and sends no signal). A
/// good file replaces the book atomically; a bad one keeps the running book, and its problems are
/// logged and counted. Reloads run one at a time on the reloader's own queue.
public final class RuleReloader: Sendable {
    private let service: RenewalService
    private let source: RuleFileSource?
    private let logger: Logger
    private let queue = DispatchQueue(label: "renewal-guide.rules")
    /// What the last poll saw (the file's version, or why it could not be read), and the version a
    /// poll last tried to install.
    private let polls = Mutex<(lastSeen: String?, lastTried: String?)>((nil, nil))
    // Created and resumed once in `watch`, cancelled in deinit; DispatchSource synchronises itself.
    private nonisolated(unsafe) var sources: [any DispatchSourceProtocol] = []
    private let signalWatches = Mutex<[SignalWatcher.Watch]>([])

    /// A reloader for the service's rule file; `source` is `nil` when the service answers from the
    /// compiled-in rules, and a SIGHUP then only says so.
    public init(service: RenewalService, source: RuleFileSource?, logger: Logger) {
        self.service = service
        self.source = source
        self.logger = logger
    }

    deinit {
        for source in sources { source.cancel() }
        for watch in signalWatches.withLock({ $0 }) { watch.cancel() }
    }

    /// Reloads on SIGHUP (heard through MicroHTTP's ``SignalWatcher``, as the server hears its
    /// shutdown), and every `pollSeconds` when the content changed. Call once.
    public func watch(pollSeconds: Double?) {
        do {
            let hangUp = try SignalWatcher.watch(SIGHUP, on: queue) { [weak self] in
                _ = self?.reloadNow(reason: "SIGHUP")
            }
            signalWatches.withLock { $0.append(hangUp) }
        } catch {
            logger.error("SIGHUP will not reload the rules", metadata: ["error": "\(error)"])
        }
        guard let pollSeconds else { return }
        guard source != nil else {
            logger.warning("--rules-poll has no effect without --rules: the compiled-in rules do not change")
            return
        }
        let timer = DispatchSource.makeTimerSource(queue: queue)
        let interval = DispatchTimeInterval.milliseconds(Int(pollSeconds * 1000))
        timer.schedule(deadline: .now() + interval, repeating: interval, leeway: .milliseconds(100))
        timer.setEventHandler { [weak self] in self?.reloadIfChanged() }
        timer.resume()
        sources.append(timer)
    }

    /// Reads, checks and installs the rule file now; returns whether a book was installed. A file
    /// that cannot be read or has problems keeps the running book.
    @discardableResult
    public func reload(reason: String) -> Bool {
        queue.sync { reloadNow(reason: reason) }
    }

    /// Installs the book in `text` (what a poll just read), or in the file as it is now.
    private func reloadNow(reason: String, text: String? = nil) -> Bool {
        guard let source else {
            logger.notice("rules not reloaded: the service answers from the compiled-in rules (no --rules)")
            return false
        }
        do {
            let book: RuleBook
            if let text { book = try source.book(from: text) } else { book = try source.load() }
            service.install(book, origin: source.file)
            return true
        } catch {
            service.metrics.recordRulesReloadFailure()
            logger.error(
                "rules not reloaded; the running rule book stays",
                metadata: [
                    "reason": .string(reason), "error": .string(error.description),
                    "version": .string(service.rules.version),
                ])
            for problem in error.problems.dropFirst() {
                logger.error("rule file problem", metadata: ["problem": .string(problem.description)])
            }
            return false
        }
    }

    /// One poll now, as the timer runs it (for tests).
    func pollNow() {
        queue.sync { reloadIfChanged() }
    }

    /// Reloads when what the file holds differs from the running book and has stayed the same
    /// across two polls: a file caught half-written (a cut that happens to be valid YAML, a guide
    /// reading "Contact: Kaspers") is never installed, only the content that a second poll finds
    /// unchanged. A bad file is reported once, not at every poll.
    private func reloadIfChanged() {
        guard let source else { return }
        let seen: String
        var text: String?
        do {
            text = try source.read()
            seen = RuleBook.version(of: text ?? "")
        } catch {
            seen = "unreadable: \(error)"
        }
        let running = service.rules.version
        let install = polls.withLock { state in
            defer { state.lastSeen = seen }
            guard seen != running, state.lastSeen == seen, state.lastTried != seen else { return false }
            state.lastTried = seen
            return true
        }
        guard install else { return }
        // The text just read and hashed is the one checked: the file is not read a second time.
        _ = reloadNow(reason: "poll", text: text)
    }
}
