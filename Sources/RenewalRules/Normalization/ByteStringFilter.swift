/// A set of byte strings that answers "certainly not here" cheaply: a one-hash Bloom filter.
///
/// The fragment lookup tries every word of every line against thousands of descriptor fragments;
/// almost no word is one. Hashing a word into a dictionary key costs a full hasher round per byte,
/// and making the key costs an allocation; this filter reads the bytes once with FNV-1a and one bit,
/// so only the rare word that may be present pays for the dictionary.
struct ByteStringFilter: Sendable {
    private static let bitCount = 1 << 16
    private var bits = [UInt64](repeating: 0, count: bitCount / 64)

    /// A filter holding `strings`.
    init<Strings: Sequence<[UInt8]>>(_ strings: Strings) {
        for string in strings {
            let bit = Self.bit(of: string)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// `false` when `bytes` was certainly not inserted; `true` when it may have been.
    func mayContain<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        mayContain(bit: Self.bit(of: bytes))
    }

    /// The same test for a hash already made while reading the bytes.
    func mayContain(bit: Int) -> Bool {
        bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The filter bit for the bytes, from their 64-bit FNV-1a hash.
    static func bit<Bytes: Sequence<UInt8>>(of bytes: Bytes) -> Int {
        var hash = FNV1a()
        for byte in bytes { hash.add(byte) }
        return hash.bit
    }

    /// FNV-1a, one byte at a time: for callers that hash a word while they read it.
    struct FNV1a {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        /// Hashes one more byte.
        @inline(__always) mutating func add(_ byte: UInt8) {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }

        /// The filter bit this hash selects (the high bits mix best).
        var bit: Int { Int(truncatingIfNeeded: (value ^ (value >> 29)) & UInt64(ByteStringFilter.bitCount - 1)) }
    }
}
