/// Finds ``RuleBook/statementPatterns`` in a folded statement line: the stores' charges, the
/// resellers' other spellings, and payment intermediaries with the merchant behind them.
final class StatementPatternMatcher: Sendable {
    /// What the patterns found in one line.
    struct Findings {
        /// One candidate per provider, the best.
        var candidates: [Candidate] = []
        /// The intermediary the line names; the seller behind it is looked for in the whole line.
        var intermediary: Intermediary?
        /// The provider whose merchant prefix opens the charge (`DR*`, `GOOGLE*`): what follows it
        /// is that provider's merchant name.
        var merchantPrefixProvider: ProviderID?
    }

    /// What the scan reads of a pattern, flat and cheap to read per line; the rest stays in
    /// ``patterns`` until a pattern matches.
    private struct Compiled: Sendable {
        let isMerchantPrefix: Bool
        let skeleton: [UInt8]
        let provider: ProviderID?
        let intermediary: Intermediary?
        let requiresKaspersky: Bool
        /// Whether every page records the form with its `*` (`GOOGLE*`), so that without a mark
        /// (`GOOGLE Kaspersky`) it is a form no page shows.
        let recordedWithMark: Bool
    }

    /// The matcher for ``RuleBook/statementPatterns``, compiled once.

    private let patterns: [StatementPattern]
    private let compiled: [Compiled]
    /// Whether every pattern holds an ASCII letter, so that a line without one matches none.
    let needsALetter: Bool

    init(_ patterns: [StatementPattern]) {
        self.patterns = patterns
        compiled = patterns.map { pattern in
            let text: String
            let isMerchantPrefix: Bool
            switch pattern.form {
            case .words(let words): (text, isMerchantPrefix) = (words, false)
            case .merchantPrefix(let word): (text, isMerchantPrefix) = (word, true)
            }
            return Compiled(
                isMerchantPrefix: isMerchantPrefix,
                skeleton: TextNormalizer.foldedBytes(text).filter(\.isASCIIAlphanumeric), provider: pattern.provider,
                intermediary: pattern.intermediary, requiresKaspersky: pattern.requiresKaspersky,
                recordedWithMark: pattern.text.contains("*"))
        }
        needsALetter = compiled.allSatisfy { $0.skeleton.contains(where: \.isASCIILetter) }
    }

    /// Every pattern the line shows. `namesKaspersky` says whether the line names the brand, which
    /// some forms need before they count.
    func findings(in folded: [UInt8], namesKaspersky: Bool) -> Findings {
        var findings = Findings()
        let words = Self.words(folded)
        guard !words.isEmpty else { return findings }
        // The bytes that start a word, as a bit set: a pattern whose first byte starts none is skipped.
        var wordStarts = (UInt64(0), UInt64(0))
        for word in words {
            let byte = folded[word.lowerBound]
            if byte < 64 { wordStarts.0 |= 1 << byte } else if byte < 128 { wordStarts.1 |= 1 << (byte - 64) }
        }
        for index in compiled.indices {
            // Read field by field: copying the whole entry would retain all it holds, per line.
            let skeleton = compiled[index].skeleton
            guard let first = skeleton.first else { continue }
            guard first < 64 ? wordStarts.0 & (1 << first) != 0 : wordStarts.1 & (1 << (first - 64)) != 0 else {
                continue
            }
            let requiresKaspersky = compiled[index].requiresKaspersky
            guard compiled[index].isMerchantPrefix else {
                guard let evidence = Self.find(skeleton, words: words, in: folded) else { continue }
                guard !requiresKaspersky || namesKaspersky else { continue }
                add(patterns[index], evidence: evidence, to: &findings)
                continue
            }
            guard let merchant = Self.merchant(after: skeleton, words: words, in: folded) else { continue }
            // `GOOGLE PAY KASPERSKY` is the wallet, whose charges the article's descriptors cover
            // (Allsoft's `Kaspersky Google Pay`): never a store's charge, whatever follows.
            if compiled[index].provider != nil, Self.isWallet(merchant.text) { continue }
            let merchantNamesKaspersky = BrandMention.names(merchant.text)
            // `GOOGLE KASPERSKY` with the `*` dropped counts; `GOOGLE PLAY` and `DR SMITH` do not.
            guard merchant.marked || merchantNamesKaspersky else { continue }
            if let intermediary = compiled[index].intermediary {
                if findings.intermediary == nil { findings.intermediary = intermediary }
                continue
            }
            guard let provider = compiled[index].provider else { continue }
            if findings.merchantPrefixProvider == nil { findings.merchantPrefixProvider = provider }
            let evidence = Self.excerpt(folded[merchant.start...])
            if requiresKaspersky && !merchantNamesKaspersky {
                // A store's or reseller's charge for some other merchant: not the Kaspersky purchase.
                findings.candidates.keepBest(
                    Candidate(
                        provider: provider, confidence: 0.2,
                        reason: .chargeForOtherMerchant(
                            provider, merchant: String(decoding: merchant.text, as: UTF8.self)),
                        source: patterns[index].source, evidence: evidence))
                continue
            }
            if !merchant.marked, compiled[index].recordedWithMark {
                findings.candidates.keepBest(
                    Candidate(
                        provider: provider, confidence: min(patterns[index].confidence, Identifier.hintCeiling),
                        reason: .unrecordedForm(pattern: patterns[index].text, provider: provider, seen: evidence),
                        source: patterns[index].source, evidence: evidence))
                continue
            }
            add(patterns[index], evidence: evidence, to: &findings)
        }
        return findings
    }

    private func add(_ pattern: StatementPattern, evidence: String, to findings: inout Findings) {
        guard let provider = pattern.provider else { return }
        findings.candidates.keepBest(
            Candidate(
                provider: provider, confidence: pattern.confidence,
                reason: .statementPattern(pattern: pattern.text, provider: provider), source: pattern.source,
                evidence: evidence))
    }

    /// The most bytes of a line quoted as a pattern's evidence: a whole statement descriptor.
    static let evidenceBytes = 64

    /// The text from the merchant on, as the evidence: the whole of an ordinary line, or its first
    /// words up to ``evidenceBytes``, so that an answer does not grow with the text pasted after
    /// the descriptor.
    static func excerpt(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.count > evidenceBytes else { return String(decoding: bytes, as: UTF8.self) }
        var end = bytes.startIndex + evidenceBytes
        // Cut between words where there is a space to cut at, else between characters.
        if let space = bytes[bytes.startIndex..<end].lastIndex(of: UInt8(ascii: " ")), space > bytes.startIndex {
            end = space
        } else {
            while end > bytes.startIndex, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        }
        return String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self)
    }

    /// `GOOGLE PAY` is the wallet, which the article's descriptors already cover (Allsoft's).
    private static func isWallet(_ merchant: [UInt8]) -> Bool {
        merchant.starts(with: Array("pay".utf8))
    }

    /// The ASCII words of a folded line, as byte ranges.
    private static func words(_ folded: [UInt8]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        // One allocation: a line has at most one word for every two bytes.
        words.reserveCapacity(folded.count / 2 + 1)
        var start: Int?
        for (index, byte) in folded.enumerated() {
            if byte.isASCIIAlphanumeric {
                if start == nil { start = index }
            } else if let open = start {
                words.append(open..<index)
                start = nil
            }
        }
        if let open = start { words.append(open..<folded.count) }
        return words
    }

    /// The skeleton found from the start of one word to the end of another, as the line shows it.
    private static func find(_ skeleton: [UInt8], words: [Range<Int>], in folded: [UInt8]) -> String? {
        for first in words.indices where folded[words[first].lowerBound] == skeleton[0] {
            var matched = 0
            var last = first
            while last < words.count, matched < skeleton.count {
                let word = folded[words[last]]
                guard matched + word.count <= skeleton.count,
                    word.elementsEqual(skeleton[matched..<matched + word.count])
                else { break }
                matched += word.count
                last += 1
            }
            if matched == skeleton.count {
                return String(decoding: folded[words[first].lowerBound..<words[last - 1].upperBound], as: UTF8.self)
            }
        }
        return nil
    }

    /// The merchant after a prefix word: the rest of the line after `*`, `@` or spaces.
    private static func merchant(
        after word: [UInt8], words: [Range<Int>], in folded: [UInt8]
    ) -> (text: [UInt8], start: Int, marked: Bool)? {
        for range in words where range.count == word.count && folded[range].elementsEqual(word) {
            var index = range.upperBound
            var marked = false
            while index < folded.count, folded[index] == 0x20 || folded[index] == 0x2A || folded[index] == 0x40 {
                if folded[index] != 0x20 { marked = true }
                index += 1
            }
            guard index > range.upperBound, index < folded.count else { continue }
            return (Array(folded[index...]), range.lowerBound, marked)
        }
        return nil
    }
}
