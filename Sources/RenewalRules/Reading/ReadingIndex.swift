/// The names and labels the reading looks for in every line, found in one pass: the providers'
/// names, other vendors' and shops' names, and the labels of numbers that are not order numbers.
/// One index rather than three, because the pass runs over every line of every input.
final class ReadingIndex: Sendable {
    /// What a phrase is.
    enum Entry: Sendable, Equatable {
        /// A provider's name, recognised in running text.
        case seller(ProviderID)
        /// Another vendor's or shop's name, by its place in ``ReadingIndex/vendors``.
        case vendor(Int)
        /// A label whose number is not an order number (`書類番号`, `TEL`).
        case otherNumberLabel
    }

    /// One phrase found in a line.
    struct Found {
        let entry: Entry
        let range: Range<Int>
    }

    private let entries: [Entry]
    private let index: PhraseIndex
    /// The other vendors, as ``Entry/vendor(_:)`` numbers them.
    let vendors: [OtherVendor]

    init(providers: ProviderDirectory, vendors: OtherVendorDirectory) {
        var phrases: [[UInt8]] = []
        var entries: [Entry] = []
        for (phrase, provider) in providers.mentionPhrases {
            phrases.append(phrase)
            entries.append(.seller(provider))
        }
        for (phrase, vendor) in vendors.phrases {
            phrases.append(phrase)
            entries.append(.vendor(vendor))
        }
        self.vendors = vendors.vendors
        for label in OtherNumberLabels.labels {
            phrases.append(label)
            entries.append(.otherNumberLabel)
        }
        self.entries = entries
        index = PhraseIndex(phrases)
    }

    /// Every phrase in a folded line, in order. A Latin name stands as a word; where two sellers'
    /// names overlap, the longer is kept.
    func find(in line: [UInt8]) -> [Found] {
        // Every phrase holds a letter or a character outside ASCII: digits and punctuation hold none.
        guard line.contains(where: { $0 >= 0x80 || $0.isASCIILetter }) else { return [] }
        var found: [Found] = []
        index.forEachOccurrence(in: line, wordStartsOnly: true) { start, end in
            end == line.count || !(line[end - 1].isASCIIAlphanumeric && line[end].isASCIIAlphanumeric)
        } _: { phrase, start, end in
            let entry = entries[phrase]
            let range = start..<end
            if case .seller = entry, let last = found.last, case .seller = last.entry, last.range.overlaps(range) {
                if range.count > last.range.count { found[found.count - 1] = Found(entry: entry, range: range) }
                return
            }
            found.append(Found(entry: entry, range: range))
        }
        return found
    }
}
