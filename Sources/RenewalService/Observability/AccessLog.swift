public import Logging
import RenewalDocuments

/// Where the service writes its access log: one entry per answered request.
///
/// Entries are written one way only: straight into a ``LogOutput`` as a JSON line in
/// ``JSONLogHandler``'s format, which the two share. Not through swift-log: a metadata dictionary,
/// a log event and the handler existential per request cost more than the line itself
/// (Benchmarks/README.md has the figure, from `make bench-cpu`). Application logs still go through
/// swift-log.
public enum AccessLog: Sendable {
    /// Into a buffered output, in ``JSONLogHandler``'s line format.
    case output(LogOutput)
    /// Not written: the configured level is above `info`, or an embedder or a test chose no log.
    /// The service's default, so that embedding it never writes to standard output unasked.
    case off

    /// The choice for a server whose log lines go to `output` at `level`.
    public static func direct(to output: LogOutput, level: Logger.Level) -> AccessLog {
        level <= .info ? .output(output) : .off
    }
}

extension AccessRecord {
    /// The whole log line: ``JSONLogHandler``'s `time`, `level` and `message` (`info`, `request`),
    /// then the record's fields.
    func writeLine(into line: inout JSONWriter) {
        JSONLogHandler.beginLine(into: &line)
        line.raw(#","level":"info","message":"request""#)
        write(into: &line)
        line.raw("}\n")
    }
}
