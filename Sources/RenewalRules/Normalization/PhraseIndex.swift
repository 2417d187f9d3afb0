/// A set of phrases found in one pass over a text: each position is checked only against the
/// phrases that start with its byte. The label finder and the provider-name finder run over every
/// line, where a search per phrase would read the line once for each of them.
///
/// The phrases live in a ``PrefixIndex``, the descriptor matcher's index: a phrase occurs where
/// its whole length is the common prefix with the text.
struct PhraseIndex: Sendable {
    /// One phrase found: where it stands in the text, and which phrase it is.
    struct Occurrence {
        let start: Int
        let end: Int
        /// The phrase's position in the list the index was made from.
        let phrase: Int
    }

    private let index: PrefixIndex

    /// Indexes folded phrases (see ``TextNormalizer``); empty ones are never found.
    init(_ phrases: [[UInt8]]) {
        index = PrefixIndex(phrases)
    }

    /// Every occurrence in text order that `accept(start, end)` agrees with (a word boundary, say).
    func occurrences(in folded: [UInt8], where accept: (Int, Int) -> Bool) -> [Occurrence] {
        var found: [Occurrence] = []
        folded.withUnsafeBufferPointer { text in
            for start in text.indices {
                index.forEachCommonPrefix(in: text, at: start) { phrase, length in
                    if length == index.count(of: phrase), accept(start, start + length) {
                        found.append(Occurrence(start: start, end: start + length, phrase: phrase))
                    }
                }
            }
        }
        return found
    }
}
