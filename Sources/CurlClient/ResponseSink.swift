import CCurl
import Foundation

/// Collects what libcurl's callbacks deliver for one transfer.
final class ResponseSink {
    var statusLines: [String] = []
    var headers: [(name: String, value: String)] = []
    var body: [UInt8] = []

    /// `CURLOPT_WRITEFUNCTION`: body bytes.
    static let writeBody: ccurl_write_callback = { data, size, count, context in
        guard let data, let context else { return 0 }
        let sink = Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
        let length = size * count
        data.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
            sink.body.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
        }
        return length
    }

    /// `CURLOPT_HEADERFUNCTION`: one header line at a time; a status line starts a new header set,
    /// so the headers of a `100 Continue` do not mix with the final response's.
    static let writeHeader: ccurl_write_callback = { data, size, count, context in
        guard let data, let context else { return 0 }
        let sink = Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
        let length = size * count
        let line = data.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
            String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
        }.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            sink.statusLines.append(line)
            sink.headers = []
        } else if let colon = line.firstIndex(of: ":") {
            let name = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            sink.headers.append((name, value))
        }
        return length
    }
}
