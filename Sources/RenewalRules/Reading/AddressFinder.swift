/// Finds the addresses in one folded line of pasted text: e-mail addresses, links, and the names
/// of Kaspersky's sites. None of them is a statement line: `news@kaspersky.com` holds the
/// article's `kaspersky.com`, but an e-mail from Kaspersky says nothing about who sold a licence.
enum AddressFinder {
    /// One address found, as a byte range of the line.
    struct Found: Equatable {
        let range: Range<Int>
        let kind: SetAsidePart.Kind
        let isKaspersky: Bool
        /// `my.kaspersky.com`: the text names My Kaspersky, where licences are bought and managed.
        let namesMyKaspersky: Bool
    }

    private static let kaspersky = Array("kaspersky".utf8)
    private static let myKaspersky = Array("my.kaspersky.".utf8)
    private static let schemes = [Array("https://".utf8), Array("http://".utf8), Array("www.".utf8)]

    /// Every address in the line, in order, none overlapping. In a line that reads as a sentence a
    /// bare `kaspersky.com` is a site's name; on a statement-like line it stays the article's
    /// statement text.
    /// - Parameters:
    ///   - descriptorHosts: the article's descriptors that are host names (`alliance.kaspersky.com`),
    ///     which stay statement text on a statement-like line.
    static func addresses(in line: [UInt8], descriptorHosts: Set<[UInt8]>) -> [Found] {
        // Most lines hold no `@`, no `/` or `.`: nothing to look for.
        guard line.contains(where: { $0 == 0x40 || $0 == 0x2E || $0 == 0x2F }) else { return [] }
        var found: [Found] = []
        var isSentence: Bool?
        // Host names are looked at only where the line has a dot beside `kaspersky`.
        let namesKaspersky =
            line.firstIndex(ofRun: kaspersky) { start in
                (start > 0 && line[start - 1] == 0x2E)
                    || (start + kaspersky.count < line.count && line[start + kaspersky.count] == 0x2E)
            } != nil
        var index = 0
        while index < line.count {
            // Only `@`, a word starting with h or w (a link), or any word where the line names
            // Kaspersky can start an address: every other byte is passed in place.
            let byte = line[index]
            let startsWord = index == 0 || !isHostByte(line[index - 1])
            guard byte == 0x40 || (startsWord && (namesKaspersky || byte == 0x68 || byte == 0x77)) else {
                index += 1
                continue
            }
            if let address = address(in: line, at: index, isSentence: &isSentence, descriptorHosts: descriptorHosts) {
                found.append(address)
                index = address.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private static func address(
        in line: [UInt8], at index: Int, isSentence: inout Bool?, descriptorHosts: Set<[UInt8]>
    ) -> Found? {
        let startsWord = index == 0 || !isHostByte(line[index - 1])
        let byte = line[index]
        if startsWord, byte == 0x68 || byte == 0x77, schemes.contains(where: { line[index...].starts(with: $0) }) {
            let end = linkEnd(line, from: index)
            let host =
                line[index..<end].split(separator: 0x2F, omittingEmptySubsequences: true)
                .first { $0.contains(0x2E) } ?? []
            let isKaspersky = Array(host).containsRun(kaspersky)
            return Found(
                range: index..<end, kind: .webAddress, isKaspersky: isKaspersky,
                namesMyKaspersky: Array(host).containsRun(myKaspersky))
        }
        if line[index] == 0x40, let email = emailAddress(in: line, at: index) { return email }
        guard startsWord, isHostByte(line[index]) else { return nil }
        // A host name that names Kaspersky: `my.kaspersky.com`, `support.kaspersky.co.jp`. Looked
        // at in place: most words are no host, and copying each would cost every line.
        var end = index
        var dots = 0
        while end < line.count, isHostByte(line[end]) {
            if line[end] == 0x2E { dots += 1 }
            end += 1
        }
        // An e-mail address's local part is found from its `@`, later in the line.
        guard dots > 0, end == line.count || line[end] != 0x40,
            line[index..<end].firstRange(of: kaspersky) != nil
        else { return nil }
        let host = Array(line[index..<end])
        guard isHostName(host) else { return nil }
        let subdomain = host.firstIndex(ofRun: kaspersky).map { $0 > 0 && host[$0 - 1] == 0x2E } ?? false
        let followedByPath = end < line.count && line[end] == 0x2F
        // On a statement-like line the article's host names are statement text, and so is `*` after one.
        // Whether the line reads as a sentence is asked once, and only here.
        let sentence = isSentence ?? SentenceWords.isSentence(line)
        isSentence = sentence
        if !sentence {
            guard !descriptorHosts.contains(host), subdomain || followedByPath else { return nil }
            guard end == line.count || line[end] != 0x2A else { return nil }
        }
        let stop = followedByPath ? linkEnd(line, from: end) : end
        return Found(
            range: index..<stop, kind: .webAddress, isKaspersky: true, namesMyKaspersky: host.starts(with: myKaspersky))
    }

    /// `local@domain.tld`, found from its `@`.
    private static func emailAddress(in line: [UInt8], at: Int) -> Found? {
        var start = at
        while start > 0, isLocalByte(line[start - 1]) { start -= 1 }
        var end = at + 1
        while end < line.count, isHostByte(line[end]) { end += 1 }
        while end > at + 1, line[end - 1] == 0x2E || line[end - 1] == 0x2D { end -= 1 }
        let domain = Array(line[(at + 1)..<end])
        guard start < at, isHostName(domain) else { return nil }
        if start >= 7, line[(start - 7)..<start].elementsEqual("mailto:".utf8) { start -= 7 }
        return Found(
            range: start..<end, kind: .emailAddress, isKaspersky: domain.containsRun(kaspersky),
            namesMyKaspersky: false)
    }

    /// Labels of letters, digits and hyphens parted by dots, the last of two letters or more.
    private static func isHostName(_ host: [UInt8]) -> Bool {
        let labels = host.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let last = labels.last else { return false }
        return last.count >= 2 && last.allSatisfy(\.isASCIILetter)
    }

    /// A link runs to white space, a bracket or quote, or text outside ASCII; trailing punctuation
    /// belongs to the sentence.
    private static func linkEnd(_ line: [UInt8], from start: Int) -> Int {
        var end = start
        while end < line.count, line[end] > 0x20, line[end] < 0x80, !Array("<>\"'()[]{}".utf8).contains(line[end]) {
            end += 1
        }
        while end > start, [0x2E, 0x2C, 0x3A, 0x3B, 0x21, 0x3F].contains(line[end - 1]) { end -= 1 }
        return end
    }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || byte == 0x2E || byte == 0x2D
    }

    private static func isLocalByte(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || byte == 0x2E || byte == 0x2D || byte == 0x5F || byte == 0x2B || byte == 0x25
    }
}
