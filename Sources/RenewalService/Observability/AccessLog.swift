public import Logging

/// Where the service writes its access log: one entry per answered request.
///
/// `.output` is what the server uses. It writes each entry straight into a ``LogOutput`` as a
/// JSON line, the same bytes ``JSONLogHandler`` would write for it. It skips swift-log's per-event
/// work: a metadata dictionary, a log event and the handler existential, which cost more than the
/// line itself (Benchmarks/README.md has the figure, from `make bench-cpu`). Application logs still
/// go through swift-log.
public enum AccessLog: Sendable {
    /// Through the service's `Logger`, as `info` events with one ``AccessRecord`` metadata value
    /// (what any swift-log handler can print; tests and embedders use this).
    case logger
    /// Straight into a buffered output, in ``JSONLogHandler``'s line format.
    case output(LogOutput)
    /// Not written (the configured level is above `info`).
    case off

    /// The choice for a server whose log lines go to `output` at `level`.
    public static func direct(to output: LogOutput, level: Logger.Level) -> AccessLog {
        level <= .info ? .output(output) : .off
    }
}

extension AccessRecord {
    /// The whole log line, exactly as ``JSONLogHandler`` writes an `info` event with the message
    /// `request` and this record as its only metadata (a test holds the two to the same bytes).
    func writeLine(into line: inout JSONWriter) {
        line.raw(#"{"time":""#)
        LogTimestamp.append(to: &line)
        line.raw(#"","level":"info","message":"request""#)
        write(into: &line)
        line.raw("}\n")
    }
}
