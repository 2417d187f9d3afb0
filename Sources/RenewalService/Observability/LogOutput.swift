import Dispatch
import Foundation
import Synchronization

/// A buffered, thread-safe line sink for log output.
public final class LogOutput: Sendable {
    private let descriptor: Int32
    private let buffer = Mutex<[UInt8]>([])
    private let flushThreshold = 32 * 1024
    // DispatchSource objects synchronise internally; this one is only resumed in init and cancelled in deinit.
    private nonisolated(unsafe) let timer: any DispatchSourceTimer

    /// Standard output.
    public static let standardOutput = LogOutput(descriptor: STDOUT_FILENO)

    /// A sink writing to a file descriptor; flushed every 200 ms when anything is pending.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "renewal-guide.log-flush"))
        timer.schedule(deadline: .now() + .milliseconds(200), repeating: .milliseconds(200), leeway: .milliseconds(50))
        timer.setEventHandler { [weak self] in self?.flush() }
        timer.resume()
    }

    deinit {
        timer.cancel()
    }

    /// Appends a line; writes the buffer out once it is large.
    /// Writing happens under the lock, so lines leave in the order they came, never interleaved.
    func write(_ line: UnsafeRawBufferPointer) {
        buffer.withLock { bytes in
            bytes.append(contentsOf: line)
            guard bytes.count >= flushThreshold else { return }
            writeAll(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
    }

    /// Writes out whatever is buffered (also called at shutdown).
    public func flush() {
        buffer.withLock { bytes in
            guard !bytes.isEmpty else { return }
            writeAll(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
    }

    private func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
