import Synchronization

/// `X-Request-ID`: a well-formed incoming identifier is kept, anything else is replaced by a new one.
///
/// New identifiers are 32 hex digits: a random 64-bit prefix drawn once per process, then a counter.
/// Unique within a process by construction and across replicas with overwhelming probability,
/// without a `getrandom` system call per request.
enum RequestID {
    private static let prefix: UInt64 = {
        var generator = SystemRandomNumberGenerator()
        return generator.next()
    }()
    private static let counter = Atomic<UInt64>(0)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// 1 to 128 characters of letters, digits and `-_.:`.
    static func isWellFormed(_ value: String) -> Bool {
        let bytes = value.utf8
        guard (1...128).contains(bytes.count) else { return false }
        return bytes.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x3A
        }
    }

    /// The incoming identifier if well formed, else a fresh one.
    static func resolve(_ incoming: String?) -> String {
        if let incoming, isWellFormed(incoming) { return incoming }
        let sequence = counter.wrappingAdd(1, ordering: .relaxed).newValue
        return String(unsafeUninitializedCapacity: 32) { buffer in
            for digit in 0..<16 {
                let shift = UInt64(60 - 4 * digit)
                buffer[digit] = hexDigits[Int((prefix >> shift) & 0xF)]
                buffer[16 + digit] = hexDigits[Int((sequence >> shift) & 0xF)]
            }
            return 32
        }
    }
}
