/// A set of phrases found in one pass over a text: each position is checked only against the
/// phrases that start with its byte. The label finder and the provider-name finder run over every
/// line, where a search per phrase would read the line once for each of them.
///
/// The phrases are stored flat (all bytes back to back, grouped by first byte), so the scan reads
/// plain integers and bytes and retains nothing per position.
struct PhraseIndex: Sendable {
    /// One phrase found: where it stands in the text, and which phrase it is.
    struct Occurrence {
        let start: Int
        let end: Int
        /// The phrase's position in the list the index was made from.
        let phrase: Int
    }

    /// Every phrase's bytes, back to back.
    private let bytes: [UInt8]
    /// Each phrase's range in ``bytes``.
    private let ranges: [Range<Int>]
    /// Phrase positions grouped by first byte: those starting with `b` are
    /// `byFirstByte[groupStart[b]..<groupStart[b + 1]]`.
    private let byFirstByte: [Int]
    private let groupStart: [Int]

    /// Indexes folded phrases (see ``TextNormalizer``); empty ones are never found.
    init(_ phrases: [[UInt8]]) {
        var groups = [[Int]](repeating: [], count: 256)
        for (position, phrase) in phrases.enumerated() where !phrase.isEmpty {
            groups[Int(phrase[0])].append(position)
        }
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for phrase in phrases {
            ranges.append(bytes.count..<bytes.count + phrase.count)
            bytes += phrase
        }
        self.bytes = bytes
        self.ranges = ranges
        byFirstByte = groups.flatMap { $0 }
        groupStart = groups.reduce(into: [0]) { starts, group in starts.append(starts.last! + group.count) }
    }

    /// Every occurrence in text order that `accept(start, end)` agrees with (a word boundary, say).
    func occurrences(in folded: [UInt8], where accept: (Int, Int) -> Bool) -> [Occurrence] {
        var found: [Occurrence] = []
        bytes.withUnsafeBufferPointer { bytes in
            ranges.withUnsafeBufferPointer { ranges in
                byFirstByte.withUnsafeBufferPointer { byFirstByte in
                    groupStart.withUnsafeBufferPointer { groupStart in
                        folded.withUnsafeBufferPointer { text in
                            for start in text.indices {
                                let first = Int(text[start])
                                for slot in groupStart[first]..<groupStart[first + 1] {
                                    let range = ranges[byFirstByte[slot]]
                                    let end = start + range.count
                                    guard end <= text.count else { continue }
                                    var offset = 1
                                    while offset < range.count, text[start + offset] == bytes[range.lowerBound + offset]
                                    {
                                        offset += 1
                                    }
                                    if offset == range.count, accept(start, end) {
                                        found.append(Occurrence(start: start, end: end, phrase: byFirstByte[slot]))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return found
    }
}
