/// A set of phrases found in one pass over a text: each position is checked only against the
/// phrases that start with its byte. The label finder and the provider-name finder run over every
/// line, where a search per phrase would read the line once for each of them.
struct PhraseIndex: Sendable {
    /// One phrase found: where it stands in the text, and which phrase it is.
    struct Occurrence {
        let start: Int
        let end: Int
        /// The phrase's position in the list the index was made from.
        let phrase: Int
    }

    private let phrases: [[UInt8]]
    /// Phrase positions by first byte.
    private let buckets: [[Int]]
    /// Whether any phrase starts with a byte: most positions stop here, without touching a bucket.
    private let starts: [Bool]

    /// Indexes folded phrases (see ``TextNormalizer``); empty ones are never found.
    init(_ phrases: [[UInt8]]) {
        var buckets = [[Int]](repeating: [], count: 256)
        for (position, phrase) in phrases.enumerated() where !phrase.isEmpty {
            buckets[Int(phrase[0])].append(position)
        }
        self.phrases = phrases
        self.buckets = buckets
        starts = buckets.map { !$0.isEmpty }
    }

    /// Every occurrence in text order that `accept(start, end)` agrees with (a word boundary, say).
    func occurrences(in folded: [UInt8], where accept: (Int, Int) -> Bool) -> [Occurrence] {
        var found: [Occurrence] = []
        let starts = starts
        for start in folded.indices where starts[Int(folded[start])] {
            for position in buckets[Int(folded[start])] {
                let end = start + phrases[position].count
                if end <= folded.count, folded[start..<end].elementsEqual(phrases[position]), accept(start, end) {
                    found.append(Occurrence(start: start, end: end, phrase: position))
                }
            }
        }
        return found
    }
}
