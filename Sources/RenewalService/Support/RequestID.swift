/// `X-Request-ID`: a well-formed incoming identifier is kept, anything else is replaced by a new one.
enum RequestID {
    /// 1 to 128 characters of letters, digits and `-_.:`.
    static func isWellFormed(_ value: String) -> Bool {
        let bytes = value.utf8
        guard (1...128).contains(bytes.count) else { return false }
        return bytes.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x3A
        }
    }

    /// The incoming identifier if well formed, else a fresh random one (32 hex digits).
    static func resolve(_ incoming: String?) -> String {
        if let incoming, isWellFormed(incoming) { return incoming }
        var generator = SystemRandomNumberGenerator()
        let high = generator.next() as UInt64
        let low = generator.next() as UInt64
        return hex(high) + hex(low)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
