import CCurl
import Foundation

/// A request body libcurl pulls chunk by chunk, pausing before each chunk after the first: a slow
/// client whose body is still arriving.
public final class Upload {
    private let chunks: [[UInt8]]
    private let pause: Double
    private var chunk = 0
    private var offset = 0
    /// The `Content-Length` to declare, or `nil` to let libcurl send the body chunked.
    public let declaredLength: Int?

    /// An upload of these chunks with a pause (in seconds) before each later chunk.
    public init(chunks: [[UInt8]], pause: Double, declareLength: Bool = true) {
        self.chunks = chunks
        self.pause = pause
        declaredLength = declareLength ? chunks.reduce(0) { $0 + $1.count } : nil
    }

    /// `CURLOPT_READFUNCTION`.
    static let read: ccurl_write_callback = { buffer, size, count, context in
        guard let buffer, let context else { return 0 }
        let upload = Unmanaged<Upload>.fromOpaque(context).takeUnretainedValue()
        return upload.fill(buffer, capacity: size * count)
    }

    private func fill(_ buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        guard chunk < chunks.count else { return 0 }
        if offset == 0, chunk > 0 { Thread.sleep(forTimeInterval: pause) }
        let current = chunks[chunk]
        let length = min(capacity, current.count - offset)
        current.withUnsafeBytes { bytes in
            UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + offset, byteCount: length)
        }
        offset += length
        if offset == current.count {
            chunk += 1
            offset = 0
        }
        return length
    }
}
