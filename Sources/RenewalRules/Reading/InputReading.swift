/// What a pasted text holds, read before any rule is matched. Customers paste more than a number
/// or a statement line: a forwarded e-mail with its headers and Kaspersky's addresses, a receipt
/// with several numbers, a sentence naming the store. The reading splits the text into lines and
/// says what each part is, so that each rule looks only where it belongs:
///
/// - e-mail header lines that say nothing of the purchase (`To:`, `Date:`) and quote marks are set
///   aside; `From:` and `Subject:` keep their text;
/// - e-mail addresses and links are set aside, and so are Kaspersky's host names in a sentence
///   (`kaspersky.comで購入`) or with a subdomain (`support.kaspersky.com`): only statement text
///   matches the article's descriptors;
/// - a number labelled as something else (`書類番号`, `TEL`) is set aside;
/// - sellers named in words, and whether the line says the licence was bought there, or denies it;
/// - other vendors and shops named anywhere.
struct InputReading {
    /// The folded text the matchers read: every line less what was set aside, joined by spaces.
    let folded: [UInt8]
    /// What the reading found beside the text, or `nil` when it found nothing (most inputs): one
    /// optional reference for every identification to carry, rather than four empty lists.
    let notes: ReadingNotes?

    /// How many set-aside parts an answer lists: it must not grow with what was pasted.
    static let maximumSetAside = 20

    /// The folded input when it is one line with nothing to read apart: nothing outside ASCII, no
    /// `@`, and no two letters in a row but a leading `allsoft` (an order number, a date, an amount).
    /// Every name and label the reading looks for has a word of two letters or more, or characters
    /// outside ASCII; an address has a word. The commonest input by far skips the reading; `nil`
    /// otherwise, with `singleLine` its folded form if it is one line.
    static func plain(_ query: String) -> (plain: [UInt8]?, singleLine: [UInt8]?) {
        func breaks(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2 }
        let hasBreaks = query.utf8.withContiguousStorageIfAvailable { $0.contains(where: breaks) }
        guard !(hasBreaks ?? query.utf8.contains(where: breaks)) else { return (nil, nil) }
        let folded = TextNormalizer.foldedBytes(query)
        // `allsoft-22123406`: the seller's prefix is the order number's own, which its reading knows.
        let start = folded.starts(with: allsoft) && folded.count > allsoft.count ? allsoft.count : 0
        var previousIsLetter = false
        for byte in folded[start...] {
            if byte >= 0x80 || byte == 0x40 { return (nil, folded) }
            let isLetter = byte.isASCIILetter
            if isLetter && previousIsLetter { return (nil, folded) }
            previousIsLetter = isLetter
        }
        return (folded, nil)
    }

    private static let allsoft = Array("allsoft".utf8)

    /// Reads an input; `singleLine`, when given, is its folded form as one line.
    init(_ query: String, singleLine: [UInt8]? = nil, rules: RuleBook) {
        var builder = Builder(rules: rules)
        if let singleLine {
            builder.read(folded: singleLine)
        } else {
            builder.isMessage = true
            let raw = Array(query.utf8)
            var start = 0
            var index = 0
            while index < raw.count {
                if let width = Self.lineBreak(raw, at: index) {
                    builder.read(line: raw[start..<index])
                    index += width
                    start = index
                } else {
                    index += 1
                }
            }
            builder.read(line: raw[start..<raw.count])
        }
        folded = builder.folded
        // A line that is only a store's name is a receipt's heading (`App Store`): bought there when
        // another line of the text says a purchase (`領収書`, `Receipt`).
        let named = builder.named.map { seller in
            builder.purchaseSaid && builder.headings.contains(seller.provider) && !seller.boughtThere
                ? NamedSeller(seller.provider, true, seller.text) : seller
        }
        let foundNothing =
            named.isEmpty && builder.setAside.isEmpty && builder.otherVendors.isEmpty && !builder.hasKasperskyAddress
        notes =
            foundNothing
            ? nil
            : ReadingNotes(
                setAside: builder.setAside, named: named, otherVendors: builder.otherVendors,
                hasKasperskyAddress: builder.hasKasperskyAddress)
    }

    /// LF, CR, NEL (U+0085), LS (U+2028), PS (U+2029): every way a line ends; CR LF is two breaks
    /// with an empty line between, which reads the same.
    private static func lineBreak(_ raw: [UInt8], at index: Int) -> Int? {
        switch raw[index] {
        case 0x0A, 0x0D: return 1
        case 0xC2 where index + 1 < raw.count && raw[index + 1] == 0x85: return 2
        case 0xE2
        where index + 2 < raw.count && raw[index + 1] == 0x80 && (raw[index + 2] == 0xA8 || raw[index + 2] == 0xA9):
            return 3
        default: return nil
        }
    }

    /// Reads line after line into the text the matchers see and the parts set aside.
    private struct Builder {
        let rules: RuleBook
        var folded: [UInt8] = []
        var setAside: [SetAsidePart] = []
        var named: [NamedSeller] = []
        var otherVendors: [OtherVendor] = []
        var hasKasperskyAddress = false
        /// Whether any line says a purchase, a subscription or a receipt.
        var purchaseSaid = false
        /// The sellers named by a line of their own.
        var headings: [ProviderID] = []
        /// Whether the input has several lines, where one line's words bear on another's.
        var isMessage = false

        init(rules: RuleBook) {
            self.rules = rules
        }

        mutating func read(line raw: ArraySlice<UInt8>) {
            guard !raw.isEmpty else { return }
            read(folded: TextNormalizer.foldedBytes(String(decoding: raw, as: UTF8.self)))
        }

        mutating func read(folded folding: [UInt8]) {
            // No letter, no `@`, nothing outside ASCII: no address, header, label or name to read.
            if !folding.contains(where: { $0 >= 0x80 || $0.isASCIILetter || $0 == 0x40 }) {
                return append(folding)
            }
            var line = EmailHeaders.unquoted(folding)
            guard !line.isEmpty else { return }
            switch EmailHeaders.header(line) {
            case .setAside:
                return keep(SetAsidePart(.emailHeader, text: String(decoding: line, as: UTF8.self)))
            case .keepText(let textStart):
                line = Array(line[textStart...].drop { $0 == 0x20 })
            case nil:
                break
            }
            let found = rules.readingIndex.find(in: line)
            let cuts = cuts(in: line, found: found)
            if found.isEmpty, cuts.isEmpty {
                notePurchase(in: line)
                return append(line)
            }
            // `my.kaspersky.com` names My Kaspersky, where licences are bought and managed.
            var sellers = cuts.filter(\.namesMyKaspersky).map { (provider: ProviderID.myKaspersky, range: $0.range) }
            for phrase in found where !cuts.contains(where: { $0.range.overlaps(phrase.range) }) {
                switch phrase.entry {
                case .seller(let provider): sellers.append((provider, phrase.range))
                case .vendor(let number):
                    let vendor = rules.readingIndex.vendors[number]
                    if !otherVendors.contains(vendor) { otherVendors.append(vendor) }
                case .otherNumberLabel: break
                }
            }
            if !sellers.isEmpty {
                if sellers.count > 1 { sellers.sort { $0.range.lowerBound < $1.range.lowerBound } }
                readNames(sellers, in: line)
            } else {
                notePurchase(in: line)
            }
            append(cuts.isEmpty ? line : Self.applying(cuts, to: line))
        }

        /// In a message, whether a line with no seller's name says a purchase: what makes a line
        /// holding only a store's name (a receipt's heading) that store's purchase.
        private mutating func notePurchase(in line: [UInt8]) {
            if isMessage, !purchaseSaid, SentenceWords.saysPurchase(line) { purchaseSaid = true }
        }

        private mutating func append(_ text: [UInt8]) {
            guard !text.isEmpty else { return }
            if folded.isEmpty {
                folded = text
            } else {
                folded.append(0x20)
                folded += text
            }
        }

        /// What to cut from the line: its addresses and the numbers labelled as something else,
        /// each recorded as set aside.
        private mutating func cuts(in line: [UInt8], found: [ReadingIndex.Found]) -> [Cut] {
            var cuts: [Cut] = []
            for address in AddressFinder.addresses(
                in: line, descriptorHosts: rules.descriptorHosts)
            {
                let text = String(decoding: line[address.range], as: UTF8.self)
                keep(SetAsidePart(address.kind, text: text, isKaspersky: address.isKaspersky))
                if address.isKaspersky { hasKasperskyAddress = true }
                // `<news@kaspersky.com>`: the brackets go with the address.
                var range = address.range
                if range.lowerBound > 0, range.upperBound < line.count, line[range.lowerBound - 1] == 0x3C,
                    line[range.upperBound] == 0x3E
                {
                    range = (range.lowerBound - 1)..<(range.upperBound + 1)
                }
                cuts.append(Cut(range: range, namesMyKaspersky: address.namesMyKaspersky))
            }
            for label in found {
                guard case .otherNumberLabel = label.entry,
                    let number = OtherNumberLabels.number(after: label.range.upperBound, in: line),
                    !cuts.contains(where: { $0.range.overlaps(number) })
                else { continue }
                let labelText = String(decoding: line[label.range], as: UTF8.self)
                keep(SetAsidePart(.otherNumber, text: String(decoding: line[number], as: UTF8.self), label: labelText))
                cuts.append(Cut(range: number, namesMyKaspersky: false))
            }
            return cuts
        }

        /// A part cut from a line, and whether it is My Kaspersky's address.
        struct Cut {
            let range: Range<Int>
            let namesMyKaspersky: Bool
        }

        /// The line with each cut made a space, spaces collapsed as folding does.
        private static func applying(_ cuts: [Cut], to line: [UInt8]) -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(line.count)
            var position = 0
            for cut in cuts.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
            where cut.range.lowerBound >= position {
                out += line[position..<cut.range.lowerBound]
                out.append(0x20)
                position = cut.range.upperBound
            }
            out += line[position...]
            var collapsed: [UInt8] = []
            collapsed.reserveCapacity(out.count)
            for byte in out where !(byte == 0x20 && (collapsed.last == 0x20 || collapsed.isEmpty)) {
                collapsed.append(byte)
            }
            while collapsed.last == 0x20 { collapsed.removeLast() }
            return collapsed
        }

        /// The sellers the line names, and whether it says the licence was bought there or not.
        private mutating func readNames(_ spans: [(provider: ProviderID, range: Range<Int>)], in line: [UInt8]) {
            // One word of ASCII (`allsoft-22123406`) says nothing of a purchase, nor denies one.
            if !line.contains(where: { $0 == 0x20 || $0 >= 0x80 }) {
                for span in spans where !named.contains(where: { $0.provider == span.provider }) {
                    named.append(NamedSeller(span.provider, false, String(decoding: line[span.range], as: UTF8.self)))
                }
                return
            }
            let boughtThere = SentenceWords.saysPurchase(line)
            if boughtThere { purchaseSaid = true }
            if spans.count == 1, spans[0].range.count == line.count { headings.append(spans[0].provider) }
            var floor = 0
            for span in spans {
                let text = String(decoding: line[span.range], as: UTF8.self)
                if SentenceWords.denies(line, around: span.range, floor: floor) {
                    keep(SetAsidePart(.notTheSeller, text: text))
                } else if let index = named.firstIndex(where: { $0.provider == span.provider }) {
                    if boughtThere, !named[index].boughtThere { named[index] = NamedSeller(span.provider, true, text) }
                } else {
                    named.append(NamedSeller(span.provider, boughtThere, text))
                }
                floor = span.range.upperBound
            }
        }

        private mutating func keep(_ part: SetAsidePart) {
            if setAside.count < InputReading.maximumSetAside, !setAside.contains(part) { setAside.append(part) }
        }
    }
}

/// What a reading found beside the text the matchers read.
final class ReadingNotes: Sendable {
    /// What was set aside, in order (at most ``InputReading/maximumSetAside``).
    let setAside: [SetAsidePart]
    /// The sellers the text names in words, in order, each once.
    let named: [NamedSeller]
    /// The other vendors and shops the text names.
    let otherVendors: [OtherVendor]
    /// Whether an address or site of Kaspersky's was set aside: the text is about Kaspersky.
    let hasKasperskyAddress: Bool

    init(setAside: [SetAsidePart], named: [NamedSeller], otherVendors: [OtherVendor], hasKasperskyAddress: Bool) {
        self.setAside = setAside
        self.named = named
        self.otherVendors = otherVendors
        self.hasKasperskyAddress = hasKasperskyAddress
    }
}

/// A seller the customer names in words: `App Storeで購入`, `I bought it on Google Play`.
struct NamedSeller: Hashable {
    let provider: ProviderID
    /// Whether the line says the licence was bought, subscribed or renewed there.
    let boughtThere: Bool
    /// The name as written (folded).
    let text: String

    init(_ provider: ProviderID, _ boughtThere: Bool, _ text: String) {
        self.provider = provider
        self.boughtThere = boughtThere
        self.text = text
    }
}
