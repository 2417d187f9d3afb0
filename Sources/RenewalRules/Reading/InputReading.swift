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
    /// What was set aside, in order (at most ``maximumSetAside``).
    let setAside: [SetAsidePart]
    /// The sellers the text names in words, in order, each once.
    let named: [NamedSeller]
    /// The other vendors and shops the text names.
    let otherVendors: [OtherVendor]
    /// Whether an address or site of Kaspersky's was set aside: the text is about Kaspersky.
    let hasKasperskyAddress: Bool

    /// How many set-aside parts an answer lists: it must not grow with what was pasted.
    static let maximumSetAside = 20

    init(_ query: String, rules: RuleBook) {
        let raw = Array(query.utf8)
        var builder = Builder(rules: rules)
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
        folded = builder.folded
        setAside = builder.setAside
        named = builder.named
        otherVendors = rules.otherVendors.named(in: builder.folded)
        hasKasperskyAddress = builder.hasKasperskyAddress
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
        var hasKasperskyAddress = false

        init(rules: RuleBook) {
            self.rules = rules
        }

        mutating func read(line raw: ArraySlice<UInt8>) {
            guard !raw.isEmpty else { return }
            var line = TextNormalizer.foldedBytes(String(decoding: raw, as: UTF8.self))
            line = EmailHeaders.unquoted(line)
            guard !line.isEmpty else { return }
            switch EmailHeaders.header(line) {
            case .setAside:
                return keep(SetAsidePart(.emailHeader, text: String(decoding: line, as: UTF8.self)))
            case .keepText(let textStart):
                line = Array(line[textStart...].drop { $0 == 0x20 })
            case nil:
                break
            }
            line = masked(line)
            guard !line.isEmpty else { return }
            readNames(line)
            if !folded.isEmpty { folded.append(0x20) }
            folded += line
        }

        /// The line with its addresses and otherwise-labelled numbers replaced by a space each.
        private mutating func masked(_ line: [UInt8]) -> [UInt8] {
            // Cheap tests first: most lines have no `@`, `.`, `/` or digit to look at.
            var cuts: [(range: Range<Int>, replacement: [UInt8])] = []
            let descriptorHosts = rules.descriptorHosts
            for address in AddressFinder.addresses(
                in: line, isSentence: { SentenceWords.isSentence(line) }, descriptorHosts: descriptorHosts)
            {
                let text = String(decoding: line[address.range], as: UTF8.self)
                keep(SetAsidePart(address.kind, text: text, isKaspersky: address.isKaspersky))
                if address.isKaspersky { hasKasperskyAddress = true }
                // `my.kaspersky.com` names My Kaspersky: left as its name, for the words around it.
                let replacement = address.namesMyKaspersky ? Array(" my kaspersky ".utf8) : [0x20]
                // `<news@kaspersky.com>`: the brackets go with the address.
                var range = address.range
                if range.lowerBound > 0, range.upperBound < line.count, line[range.lowerBound - 1] == 0x3C,
                    line[range.upperBound] == 0x3E
                {
                    range = (range.lowerBound - 1)..<(range.upperBound + 1)
                }
                cuts.append((range, replacement))
            }
            if line.contains(where: \.isASCIIDigit) {
                for number in OtherNumberLabels.numbers(in: line)
                where !cuts.contains(where: { $0.range.overlaps(number.number) }) {
                    keep(
                        SetAsidePart(
                            .otherNumber, text: String(decoding: line[number.number], as: UTF8.self),
                            label: number.label))
                    cuts.append((number.number, [0x20]))
                }
            }
            guard !cuts.isEmpty else { return line }
            var out: [UInt8] = []
            out.reserveCapacity(line.count)
            var position = 0
            for cut in cuts.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
                out += line[position..<cut.range.lowerBound]
                out += cut.replacement
                position = cut.range.upperBound
            }
            out += line[position...]
            // Collapse the spaces the cuts left, as folding does.
            var collapsed: [UInt8] = []
            collapsed.reserveCapacity(out.count)
            for byte in out where !(byte == 0x20 && (collapsed.last == 0x20 || collapsed.isEmpty)) {
                collapsed.append(byte)
            }
            while collapsed.last == 0x20 { collapsed.removeLast() }
            return collapsed
        }

        /// The sellers the line names, and whether it says the licence was bought there or not.
        private mutating func readNames(_ line: [UInt8]) {
            let spans = rules.providers.mentionSpans(in: line)
            guard !spans.isEmpty else { return }
            let boughtThere = SentenceWords.saysPurchase(line)
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
