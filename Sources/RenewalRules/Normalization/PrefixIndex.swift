/// Byte strings grouped by their first byte, for finding how far each one agrees with a text at a
/// position: the descriptor matcher grades every common prefix of six or more bytes, whole or cut.
///
/// The tables are flat and read through unsafe buffers: the scan runs for every byte of every line,
/// and array accesses there cost retains and bounds checks that dominated the profile. Within a
/// group, each string records how much it shares with the one before it (`kaspersky…` starts
/// thirteen of them), so a shared start is compared with the text once, not once per string.
final class PrefixIndex: @unchecked Sendable {
    // Immutable after init, and freed in deinit: safe to share between threads.
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Each string's range in `bytes`, by its position in the list the index was made from.
    private let ranges: UnsafeMutableBufferPointer<Range<Int>>
    /// String positions grouped by first byte: those starting with `b` are
    /// `byFirstByte[groupStart[b]..<groupStart[b + 1]]`.
    private let byFirstByte: UnsafeMutableBufferPointer<Int>
    private let groupStart: UnsafeMutableBufferPointer<Int>
    /// For each slot of `byFirstByte`, the common prefix length with the slot before it in its group.
    private let sharedWithPrevious: UnsafeMutableBufferPointer<Int>

    /// Indexes the strings; empty ones are never reported.
    init(_ strings: [[UInt8]]) {
        var groups = [[Int]](repeating: [], count: 256)
        for (position, string) in strings.enumerated() where !string.isEmpty {
            groups[Int(string[0])].append(position)
        }
        let flat = strings.flatMap { $0 }
        var ranges: [Range<Int>] = []
        for string in strings {
            ranges.append((ranges.last?.upperBound ?? 0)..<(ranges.last?.upperBound ?? 0) + string.count)
        }
        var shared: [Int] = []
        for group in groups {
            for (offset, position) in group.enumerated() {
                guard offset > 0 else {
                    shared.append(0)
                    continue
                }
                let previous = strings[group[offset - 1]]
                shared.append(zip(previous, strings[position]).prefix { $0 == $1 }.count)
            }
        }
        bytes = .copying(flat)
        self.ranges = .copying(ranges)
        byFirstByte = .copying(groups.flatMap { $0 })
        groupStart = .copying(groups.reduce(into: [0]) { starts, group in starts.append(starts.last! + group.count) })
        sharedWithPrevious = .copying(shared)
    }

    deinit {
        bytes.deallocate()
        ranges.deallocate()
        byFirstByte.deallocate()
        groupStart.deallocate()
        sharedWithPrevious.deallocate()
    }

    /// The length of string `index`.
    func count(of index: Int) -> Int { ranges[index].count }

    /// Calls `body(string, length)` for each string that starts with `text[position]`, with the
    /// length of its common prefix with the text from there, in the order the strings were given.
    @inline(__always)
    func forEachCommonPrefix(
        in text: UnsafeBufferPointer<UInt8>, at position: Int, _ body: (_ string: Int, _ length: Int) -> Void
    ) {
        let first = Int(text[position])
        var previous = 0
        for slot in groupStart[first]..<groupStart[first + 1] {
            let string = byFirstByte[slot]
            let range = ranges[string]
            let shared = sharedWithPrevious[slot]
            var length: Int
            if slot == groupStart[first] || shared == previous {
                // Compare on from what the previous string and the text were known to share.
                length = max(shared, 1)
                while length < range.count, position + length < text.count,
                    text[position + length] == bytes[range.lowerBound + length]
                {
                    length += 1
                }
            } else {
                // The text agreed with the previous string for `previous` bytes, and this string
                // agrees with that one for `shared`: it agrees with the text for the lesser.
                length = min(shared, previous)
            }
            previous = length
            body(string, length)
        }
    }
}

extension UnsafeMutableBufferPointer {
    /// A buffer holding a copy of the elements (at least one slot, so that an empty table is still
    /// a valid allocation), for the flat tables of ``PrefixIndex`` and ``PhraseIndex``.
    static func copying(_ elements: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: Swift.max(elements.count, 1))
        _ = buffer.initialize(from: elements)
        return buffer
    }
}
