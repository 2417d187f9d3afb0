/// A set of phrases found in one pass over a text, as a byte trie: from each position the text is
/// walked down the trie for as long as some phrase continues, so a position costs about as many
/// steps as the longest phrase it starts, not one comparison per phrase. The label finder, the
/// reading's names and labels, and the provider-name finder run over every line of every input.
///
/// The tables are flat and read through unsafe buffers, as ``PrefixIndex``'s are: array accesses
/// in this loop cost retains and bounds checks that showed in the profile.
final class PhraseIndex: @unchecked Sendable {
    // Immutable after init, and freed in deinit: safe to share between threads.
    /// One phrase found: where it stands in the text, and which phrase it is.
    struct Occurrence {
        let start: Int
        let end: Int
        /// The phrase's position in the list the index was made from.
        let phrase: Int
    }

    /// The root's children by byte: the first step is one lookup.
    private let rootChild: UnsafeMutableBufferPointer<Int32>
    /// For each node, its children in `childBytes`/`childNodes[childStart[node]..<childStart[node + 1]]`.
    private let childStart: UnsafeMutableBufferPointer<Int32>
    private let childBytes: UnsafeMutableBufferPointer<UInt8>
    private let childNodes: UnsafeMutableBufferPointer<Int32>
    /// For each node, the phrases that end there: `ending[endingStart[node]..<endingStart[node + 1]]`.
    private let endingStart: UnsafeMutableBufferPointer<Int32>
    private let ending: UnsafeMutableBufferPointer<Int32>

    /// Indexes folded phrases (see ``TextNormalizer``); empty ones are never found.
    init(_ phrases: [[UInt8]]) {
        // Built as dictionaries, then laid out flat, breadth first.
        var children: [[UInt8: Int]] = [[:]]
        var ends: [[Int]] = [[]]
        for (position, phrase) in phrases.enumerated() where !phrase.isEmpty {
            var node = 0
            for byte in phrase {
                if let next = children[node][byte] {
                    node = next
                } else {
                    children.append([:])
                    ends.append([])
                    children[node][byte] = children.count - 1
                    node = children.count - 1
                }
            }
            ends[node].append(position)
        }
        var root = [Int32](repeating: -1, count: 256)
        for (byte, child) in children[0] { root[Int(byte)] = Int32(child) }
        var childStart: [Int32] = [0]
        var childBytes: [UInt8] = []
        var childNodes: [Int32] = []
        var endingStart: [Int32] = [0]
        var ending: [Int32] = []
        for node in children.indices {
            for (byte, child) in children[node].sorted(by: { $0.key < $1.key }) {
                childBytes.append(byte)
                childNodes.append(Int32(child))
            }
            childStart.append(Int32(childBytes.count))
            ending += ends[node].map(Int32.init)
            endingStart.append(Int32(ending.count))
        }
        rootChild = .copying(root)
        self.childStart = .copying(childStart)
        self.childBytes = .copying(childBytes)
        self.childNodes = .copying(childNodes)
        self.endingStart = .copying(endingStart)
        self.ending = .copying(ending)
    }

    deinit {
        rootChild.deallocate()
        childStart.deallocate()
        childBytes.deallocate()
        childNodes.deallocate()
        endingStart.deallocate()
        ending.deallocate()
    }

    /// Every occurrence that `accept(start, end)` agrees with (a word boundary, say), by start and
    /// then by length.
    /// - Parameter wordStartsOnly: look only where a word can start: not at an ASCII letter or digit
    ///   that follows another (phrases that stand as words never start there), which skips most of
    ///   a Latin line.
    func occurrences(
        in folded: [UInt8], wordStartsOnly: Bool = false, where accept: (Int, Int) -> Bool
    ) -> [Occurrence] {
        var found: [Occurrence] = []
        forEachOccurrence(in: folded, wordStartsOnly: wordStartsOnly, where: accept) { phrase, start, end in
            found.append(Occurrence(start: start, end: end, phrase: phrase))
        }
        return found
    }

    /// Calls `body(phrase, start, end)` for every occurrence that `accept(start, end)` agrees with,
    /// by start and then by length, with no list built: most lines hold none.
    func forEachOccurrence(
        in folded: [UInt8], wordStartsOnly: Bool, where accept: (Int, Int) -> Bool,
        _ body: (_ phrase: Int, _ start: Int, _ end: Int) -> Void
    ) {
        folded.withUnsafeBufferPointer { text in
            for start in text.indices {
                if wordStartsOnly, start > 0, text[start].isASCIIAlphanumeric, text[start - 1].isASCIIAlphanumeric {
                    continue
                }
                var node = Int(rootChild[Int(text[start])])
                var end = start + 1
                while node >= 0 {
                    for slot in Int(endingStart[node])..<Int(endingStart[node + 1]) where accept(start, end) {
                        body(Int(ending[slot]), start, end)
                    }
                    guard end < text.count else { break }
                    node = child(of: node, byte: text[end])
                    end += 1
                }
            }
        }
    }

    /// Whether any phrase occurs wholly within `range` of the text where `accept(start, end)`
    /// agrees; stops at the first.
    func occurs(in folded: [UInt8], within range: Range<Int>, where accept: (Int, Int) -> Bool) -> Bool {
        folded.withUnsafeBufferPointer { text in
            for start in range {
                var node = Int(rootChild[Int(text[start])])
                var end = start + 1
                while node >= 0 {
                    if endingStart[node] < endingStart[node + 1], accept(start, end) { return true }
                    guard end < range.upperBound else { break }
                    node = child(of: node, byte: text[end])
                    end += 1
                }
            }
            return false
        }
    }

    /// The child of `node` along `byte`, or -1.
    @inline(__always)
    private func child(of node: Int, byte: UInt8) -> Int {
        var slot = Int(childStart[node])
        let last = Int(childStart[node + 1])
        while slot < last {
            let candidate = childBytes[slot]
            if candidate == byte { return Int(childNodes[slot]) }
            if candidate > byte { return -1 }
            slot += 1
        }
        return -1
    }
}
