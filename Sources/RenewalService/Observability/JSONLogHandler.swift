public import Logging
import RenewalDocuments

/// A swift-log handler writing one JSON object per line: `{"time", "level", "message", ...metadata}`,
/// metadata keys sorted.
///
/// Lines go to a shared ``LogOutput`` buffer flushed when it passes 32 KiB and at least every
/// 200 ms, so logging costs one `write` per many lines rather than one each. The server's access
/// log writes the same line format without swift-log (see ``AccessLog``).
public struct JSONLogHandler: LogHandler {
    /// The handler's metadata.
    public var metadata: Logger.Metadata = [:]
    /// The handler's level.
    public var logLevel: Logger.Level
    private let output: LogOutput

    /// A handler writing to an output (standard output by default).
    public init(label: String, level: Logger.Level, output: LogOutput = .standardOutput) {
        self.logLevel = level
        self.output = output
    }

    /// Metadata by key.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Writes one line. The handler's own metadata and the event's are written without merging
    /// dictionaries (an event's key wins), each in sorted key order.
    public func log(event: LogEvent) {
        var line = JSONWriter(capacity: 256)
        Self.beginLine(into: &line)
        line.raw(#","level":"#)
        line.verbatimString(event.level.rawValue)
        line.raw(#","message":"#)
        line.string(event.message.description)
        let extra = event.metadata ?? [:]
        if !metadata.isEmpty {
            for (key, value) in metadata.sorted(by: { $0.key < $1.key }) where extra[key] == nil {
                Self.field(key, value, into: &line)
            }
        }
        for (key, value) in extra.sorted(by: { $0.key < $1.key }) {
            Self.field(key, value, into: &line)
        }
        line.raw("}\n")
        line.output.withUnsafeBytes { output.write($0) }
    }

    /// `{"time":"…"`: how every line begins, the access log's included. The caller goes on with
    /// `level` and `message`, then its fields, each after a comma, and the closing `}` and newline.
    static func beginLine(into line: inout JSONWriter) {
        line.raw(#"{"time":""#)
        LogTimestamp.append(to: &line)
        line.raw(#"""#)
    }

    private static func field(_ key: String, _ value: Logger.Metadata.Value, into line: inout JSONWriter) {
        line.raw(",")
        line.string(key)
        line.raw(":")
        switch value {
        case .string(let text): line.string(text)
        default: line.string(value.description)
        }
    }
}
