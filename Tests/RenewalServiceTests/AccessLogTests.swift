import Foundation
import JSONTestSupport
import Logging
import MicroHTTP
import RenewalDocuments
import Testing

@testable import RenewalService

/// Reads what a `LogOutput` wrote, through a pipe.
final class CapturedOutput {
    let output: LogOutput
    private let readEnd: Int32
    private let writeEnd: Int32

    init() {
        var fds: [Int32] = [0, 0]
        precondition(pipe(&fds) == 0)
        (readEnd, writeEnd) = (fds[0], fds[1])
        output = LogOutput(descriptor: writeEnd)
    }

    /// Flushes, closes the write end and returns every line written.
    func lines() -> [String] {
        output.flush()
        close(writeEnd)
        let data = FileHandle(fileDescriptor: readEnd, closeOnDealloc: true).readDataToEndOfFile()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}

/// The line without its `"time":"…"` value, which differs between two writes.
private func withoutTime(_ line: String) -> String {
    line.replacingOccurrences(of: #""time":"[^"]*""#, with: #""time":"""#, options: .regularExpression)
}

@Suite struct AccessLogTests {
    /// An access line is a log line like any other (`time`, `level`, `message`, as the handler
    /// begins them), then the record's fields in sorted order; the duration keeps three decimals.
    @Test(arguments: [
        ("abc", 200, Int64(1234), "1.234"), ("0123456789abcdef", 404, 7, "0.007"), ("x-1.2:3_4", 503, 0, "0.000"),
        ("a", 200, 123_456, "123.456"), ("b", 200, 70, "0.070"),
    ])
    func accessLineHasTheLogFormat(id: String, status: Int, micros: Int64, duration: String) throws {
        let record = AccessRecord(
            requestID: id, method: "POST", route: "/guide/{id}", status: status, bytes: 450, microseconds: micros)
        var line = JSONWriter()
        record.writeLine(into: &line)
        let text = String(decoding: line.bytes, as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains(#","duration_ms":\#(duration),"#))
        let fields = try #require(text.split(separator: #""message":"request","#, maxSplits: 1).last)
        #expect(keysOutOfOrder(Array(("{" + fields).utf8)).isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.bytes)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "time", "level", "message", "bytes", "duration_ms", "method", "request_id", "route", "status",
            ])
        #expect(object["message"] as? String == "request" && object["level"] as? String == "info")
        #expect((object["time"] as? String)?.count == "2026-11-28T03:07:54.123Z".count)
        #expect(object["request_id"] as? String == id && object["status"] as? Int == status)
        #expect(object["route"] as? String == "/guide/{id}" && object["bytes"] as? Int == 450)

        // The handler begins its lines the same way.
        let captured = CapturedOutput()
        let logger = Logger(
            label: "t", factory: { _ in JSONLogHandler(label: "t", level: .info, output: captured.output) })
        logger.info("request")
        let handled = try #require(captured.lines().first)
        #expect(withoutTime(text).hasPrefix(String(withoutTime(handled).dropLast())))
    }

    @Test func levelDecidesWhetherTheDirectLogIsWritten() {
        let output = LogOutput(descriptor: -1)
        for level in [Logger.Level.trace, .debug, .info] {
            guard case .output = AccessLog.direct(to: output, level: level) else {
                Issue.record("\(level) should write the access log")
                continue
            }
        }
        for level in [Logger.Level.notice, .warning, .error, .critical] {
            guard case .off = AccessLog.direct(to: output, level: level) else {
                Issue.record("\(level) should not write the access log")
                continue
            }
        }
    }

    /// End to end through the service: one line per request, with its id, and never the query.
    @Test func serviceWritesOneLinePerRequestWithoutCustomerText() throws {
        let captured = CapturedOutput()
        let service = RenewalService(
            configuration: ServiceConfiguration(),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
            accessLog: .output(captured.output))
        let secret = "ALLSOFT-SECRET-22122857"
        _ = service.respond(to: .make(.get, "/identify", query: [("q", secret)]))
        _ = service.respond(to: .make(.get, "/healthz", headers: [("X-Request-ID", "probe-1")]))
        let lines = captured.lines()
        #expect(lines.count == 2)
        #expect(!lines.joined().contains(secret))
        let health = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(health["request_id"] as? String == "probe-1")
        #expect(health["route"] as? String == "/healthz")
        #expect(health["status"] as? Int == 200)
        #expect(health["method"] as? String == "GET")
    }
}

@Suite struct LogTimestampTests {
    /// The calendar arithmetic against the C library's `gmtime_r`, over 400 years of random instants
    /// plus the edges: the epoch, leap days, century years.
    @Test func agreesWithGmtime() {
        var instants = [0, 951_782_400, 951_868_799, 4_107_542_400, 4_102_444_800, 1_795_834_074, 253_402_300_799]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 { instants.append(Int.random(in: 0..<12_622_780_800, using: &generator)) }
        for seconds in instants {
            var writer = JSONWriter()
            LogTimestamp.append(seconds: seconds, milliseconds: seconds % 1000, to: &writer)
            var clock = time_t(seconds)
            var parts = tm()
            gmtime_r(&clock, &parts)
            let expected = String(
                format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                parts.tm_hour, parts.tm_min, parts.tm_sec, seconds % 1000)
            let actual = String(decoding: writer.bytes, as: UTF8.self)
            if actual != expected {
                Issue.record("\(seconds): \(actual) != \(expected)")
                return
            }
        }
    }

    /// A clock outside 1970...9999 is clamped, never a crash or a five-digit year.
    @Test func outOfRangeTimesAreClamped() {
        for (seconds, milliseconds, expected) in [
            (-1, 5, "1970-01-01T00:00:00.005Z"), (Int.min, -3, "1970-01-01T00:00:00.000Z"),
            (LogTimestamp.latestSeconds + 1, 1_500, "9999-12-31T23:59:59.999Z"),
        ] {
            var writer = JSONWriter()
            LogTimestamp.append(seconds: seconds, milliseconds: milliseconds, to: &writer)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
        }
    }
}

@Suite struct VerbatimStringTests {
    /// Text that should need no escaping is copied; text that does is escaped all the same.
    @Test func escapesWhenItMustAndCopiesOtherwise() {
        for text in ["GET", "0123abcd-_.:", "/guide/{id}", "BAD\"METHOD", "back\\slash", "new\nline", ""] {
            var verbatim = JSONWriter()
            verbatim.verbatimString(text)
            var escaped = JSONWriter()
            escaped.string(text)
            #expect(verbatim.bytes == escaped.bytes, "\(text)")
        }
    }
}
