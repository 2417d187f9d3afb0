import Foundation
public import Logging
import Synchronization

/// A swift-log handler writing one JSON object per line: `{"time", "level", "message", ...metadata}`,
/// metadata keys sorted.
///
/// Lines go to a shared ``LogOutput`` buffer flushed when it passes 32 KiB and at least every
/// 200 ms, so access logging costs one `write` per many requests rather than one each; the
/// timestamp's date and time are formatted once a second.
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
        line.raw(#"{"time":""#)
        Timestamp.append(to: &line)
        line.raw(#"","level":"#)
        line.string(event.level.rawValue)
        line.raw(#","message":"#)
        line.string(event.message.description)
        let extra = event.metadata ?? [:]
        if !metadata.isEmpty {
            for (key, value) in metadata.sorted(by: { $0.key < $1.key }) where extra[key] == nil {
                Self.field(key, value, into: &line)
            }
        }
        if extra.count == 1, let (key, value) = extra.first {
            Self.field(key, value, into: &line)  // the access log's one AccessRecord: nothing to sort
        } else {
            for (key, value) in extra.sorted(by: { $0.key < $1.key }) {
                Self.field(key, value, into: &line)
            }
        }
        line.raw("}\n")
        line.output.withUnsafeBytes { output.write($0) }
    }

    private static func plainField(_ key: String, _ value: Logger.Metadata.Value, into line: inout JSONWriter) {
        line.raw(",")
        line.string(key)
        line.raw(":")
        switch value {
        case .string(let text): line.string(text)
        default: line.string(value.description)
        }
    }

    private static func field(_ key: String, _ value: Logger.Metadata.Value, into line: inout JSONWriter) {
        if case .stringConvertible(let convertible) = value, type(of: convertible) == AccessRecord.self {
            // The type was just checked: this cast cannot fail.
            (convertible as! AccessRecord).write(into: &line)
            return
        }
        plainField(key, value, into: &line)
    }
}

/// UTC timestamps with milliseconds; the part up to the second is formatted once per second.
private enum Timestamp {
    private static let cache = Mutex<(second: Int, text: [UInt8])>((-1, []))

    static func append(to writer: inout JSONWriter) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let second = now.tv_sec
        let prefix = cache.withLock { cached in
            if cached.second != second {
                var seconds = second
                var parts = tm()
                gmtime_r(&seconds, &parts)
                let text = String(
                    format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                    parts.tm_hour, parts.tm_min, parts.tm_sec)
                cached = (second, Array(text.utf8))
            }
            return cached.text
        }
        let millis = now.tv_nsec / 1_000_000
        writer.append(prefix)
        writer.byte(UInt8(ascii: "."))
        writer.byte(UInt8(48 + millis / 100))
        writer.byte(UInt8(48 + millis / 10 % 10))
        writer.byte(UInt8(48 + millis % 10))
        writer.byte(UInt8(ascii: "Z"))
    }
}
