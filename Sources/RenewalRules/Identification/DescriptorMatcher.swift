/// Finds the article's statement descriptors inside a noisy card-statement line.
///
/// Statement lines carry dates, amounts, cities and phone numbers around the descriptor, vary its
/// punctuation and spacing, and cut long descriptors short (the article's own `2CO.com*alliance.kaspe`
/// is one, 22 characters long). Matching works on the line's *skeleton*, its ASCII letters and digits
/// only, with a map back to the folded text so that each match can be graded:
///
/// | grade | condition | confidence |
/// |---|---|---|
/// | exact | the descriptor as written, between separators (the whole line: 0.99) | 0.95 |
/// | variant | same letters and digits, other punctuation or spacing | 0.85 |
/// | truncated | a prefix of 15+ characters ending at a separator or the end | 0.70–0.85 |
/// | embedded | glued to other text (skeletons of 8+ characters only) | 0.60 |
///
/// A loose match on text that other providers' descriptors share drops to 0.45.
///
/// A match lying inside a longer match is dropped: `Kaspersky Lab 2Checkout` explains the
/// `KASPERSKYLAB` within it, so that line is 2Checkout's, not Allsoft's.
final class DescriptorMatcher: Sendable {
    private struct Term: Sendable {
        let descriptor: StatementDescriptor
        let folded: [UInt8]
        let skeleton: [UInt8]
        /// For a merchant-prefixed descriptor (`2CO.com*kaspersky`), how much of the skeleton the
        /// prefix takes (`2cocom`): a match starting after it lies in this provider's merchant name.
        let merchantStart: Int?
    }

    /// How a match was graded; its reason (with the text seen) is written only for the matches
    /// that become candidates.
    private enum Grade {
        case exact, variant, embedded, truncated
        case shared(alsoIn: [ProviderID])
    }

    /// A match, as skeleton positions.
    private struct Match {
        let term: Int
        let start: Int
        let end: Int
        let confidence: Double
        let grade: Grade
    }

    /// The matcher for ``RuleBook/statementDescriptors``, compiled once.

    private static let minimumTruncatedLength = 15
    private static let minimumEmbeddedSkeleton = 8
    private static let minimumPrefixToGrade = 6
    /// The most matches graded in one text: enough for any statement line or e-mail, and a bound
    /// on the pairwise work of ``outermost(_:)``.
    private static let maximumMatches = 256

    private let terms: [Term]
    private let fragmentIndex: DescriptorFragments
    /// Every term's skeleton, by the term's position in ``terms``.
    private let index: PrefixIndex
    /// Whether every match needs an ASCII letter in the line: true when each term has a letter
    /// among the bytes a match must cover, and each fragment has one. Lines without a letter (a
    /// labelled order number, `注文番号: 2212-2857`) then skip the statement reading.
    let needsALetter: Bool
    /// `sharedPrefixes[term][length]`: see ``sharedPrefixes(of:)``.
    private let sharedPrefixes: [[[ProviderID]]]

    init(_ descriptors: [StatementDescriptor]) {
        var terms: [Term] = []
        for descriptor in descriptors {
            for searchTerm in descriptor.searchTerms {
                let folded = TextNormalizer.foldedBytes(searchTerm)
                let star = folded.firstIndex(of: 0x2A)
                terms.append(
                    Term(
                        descriptor: descriptor, folded: folded, skeleton: folded.filter(\.isASCIIAlphanumeric),
                        merchantStart: star.map { folded[..<$0].filter(\.isASCIIAlphanumeric).count }))
            }
        }
        self.terms = terms
        self.fragmentIndex = DescriptorFragments(descriptors, skeletons: terms.map { ($0.skeleton, $0.descriptor) })
        self.index = PrefixIndex(terms.map(\.skeleton))
        self.sharedPrefixes = Self.sharedPrefixes(of: terms)
        self.needsALetter =
            fragmentIndex.needsALetter
            && terms.allSatisfy { term in
                term.skeleton.prefix(Self.minimumPrefixToGrade).contains(where: \.isASCIILetter)
            }
    }

    /// The best match per provider, after dropping matches that lie inside longer ones.
    func candidates(in folded: [UInt8]) -> [Candidate] {
        var skeleton: [UInt8] = []
        var origin: [Int] = []
        skeleton.reserveCapacity(folded.count)
        origin.reserveCapacity(folded.count)
        for (offset, byte) in folded.enumerated() where byte.isASCIIAlphanumeric {
            skeleton.append(byte)
            origin.append(offset)
        }
        var matches: [Match] = []
        matches.reserveCapacity(16)
        skeleton.withUnsafeBufferPointer { input in
            for position in input.indices {
                index.forEachCommonPrefix(in: input, at: position) { termIndex, length in
                    // A part of a term can only be a cut one: six bytes of skeleton or more, spanning
                    // at least `minimumTruncatedLength` bytes of the line.
                    guard
                        length == index.count(of: termIndex)
                            || (length >= Self.minimumPrefixToGrade
                                && origin[position + length - 1] + 1 - origin[position] >= Self.minimumTruncatedLength)
                    else { return }
                    // A pasted text of 64 KB may repeat a descriptor thousands of times: the first
                    // matches say all there is, and `outermost` compares every pair.
                    guard matches.count < Self.maximumMatches else { return }
                    if let match = grade(termIndex, length: length, at: position, origin: origin, folded: folded) {
                        matches.append(match)
                    }
                }
            }
        }
        guard !matches.isEmpty else { return [] }
        return bestPerProvider(
            outermost(matches).map(weakenedIfShared), skeleton: skeleton, origin: origin,
            folded: folded)
    }

    /// A loose match on text that other providers' descriptors also contain (`Kaspersky Lab` is in
    /// Digital River's and 2Checkout's descriptors as well as near Allsoft's `KASPERSKYLAB`) is too
    /// weak to name a provider: its confidence drops below the identification threshold.
    private func weakenedIfShared(_ match: Match) -> Match {
        guard match.confidence < 0.95 else { return match }
        let others = sharedPrefixes[match.term][match.end - match.start]
        guard !others.isEmpty else { return match }
        return Match(
            term: match.term, start: match.start, end: match.end, confidence: 0.45, grade: .shared(alsoIn: others))
    }

    /// A match is always a prefix of its term's skeleton, so which other providers share it is known
    /// before any line is read: for each term and prefix length, the other providers (by rank) one
    /// of whose skeletons contains that prefix.
    private static func sharedPrefixes(of terms: [Term]) -> [[[ProviderID]]] {
        terms.map { term in
            (0...term.skeleton.count).map { length in
                guard length > 0 else { return [] }
                let prefix = Array(term.skeleton.prefix(length))
                var others: [ProviderID] = []
                for other in terms where other.descriptor.provider != term.descriptor.provider {
                    if !others.contains(other.descriptor.provider), other.skeleton.containsRun(prefix) {
                        others.append(other.descriptor.provider)
                    }
                }
                return others.sorted { $0.rank < $1.rank }
            }
        }
    }

    /// Grades a common prefix of `length` skeleton bytes between the line at `position` and a term.
    private func grade(_ termIndex: Int, length: Int, at position: Int, origin: [Int], folded: [UInt8]) -> Match? {
        let skeletonCount = index.count(of: termIndex)
        let start = origin[position]
        let separatedBefore = start == 0 || !folded[start - 1].isASCIIAlphanumeric
        func end(_ length: Int) -> Int { origin[position + length - 1] + 1 }
        func separatedAfter(_ length: Int) -> Bool {
            end(length) == folded.count || !folded[end(length)].isASCIIAlphanumeric
        }
        func match(_ length: Int, _ confidence: Double, _ grade: Grade) -> Match {
            Match(term: termIndex, start: position, end: position + length, confidence: confidence, grade: grade)
        }

        var full: Match?
        if length == skeletonCount {
            if separatedBefore && separatedAfter(length) {
                if folded[start..<end(length)].elementsEqual(terms[termIndex].folded) {
                    let whole = start == 0 && end(length) == folded.count
                    return match(length, whole ? 0.99 : 0.95, .exact)
                }
                return match(length, 0.85, .variant)
            }
            if length >= Self.minimumEmbeddedSkeleton {
                full = match(length, 0.6, .embedded)
            }
        }
        // A cut-short descriptor ends at a separator: take the longest such prefix. This also reads
        // `Kaspersky Lab 2Checkou TOKYO` as a cut descriptor rather than one glued to "t".
        guard separatedBefore else { return full }
        var cut = min(length, skeletonCount - 1)
        while cut > 0, !separatedAfter(cut) { cut -= 1 }
        guard cut > 0, end(cut) - start >= Self.minimumTruncatedLength else { return full }
        var confidence = 0.7 + 0.15 * Double(cut) / Double(skeletonCount)
        if !isCredibleCut(termIndex, cut: cut, seen: end(cut) - start, after: end(cut), in: folded) {
            confidence = Identifier.hintCeiling
        }
        if let full, full.confidence >= confidence { return full }
        return match(cut, confidence, .truncated)
    }

    /// Whether a statement would cut the descriptor where the line shows it cut. A line that goes
    /// on with a word the descriptor's rest starts but does not hold (`Kaspersky Google Play` for
    /// `Kaspersky Google Pay`) shows another text, not a cut one. A cut inside one of the
    /// descriptor's words (`Kaspersky Apple` for `KASPERSKY_APPLEPAY`) is credible only near the
    /// length card networks print (22 to 25 characters); one between its words is credible at any
    /// length from ``minimumTruncatedLength``.
    private func isCredibleCut(_ termIndex: Int, cut: Int, seen: Int, after: Int, in folded: [UInt8]) -> Bool {
        let term = terms[termIndex]
        let rest = term.skeleton[cut...]
        let next = folded[after...].drop { !$0.isASCIIAlphanumeric && $0 < 0x80 }.prefix(while: \.isASCIIAlphanumeric)
        if let first = next.first, first == rest.first {
            let shared = zip(next, rest).prefix { $0 == $1 }.count
            if shared < next.count, shared < rest.count { return false }
        }
        if seen >= Self.credibleCutLength { return true }
        // Does the descriptor's own text part its words after `cut` skeleton bytes?
        var letters = 0
        for byte in term.folded {
            if byte.isASCIIAlphanumeric {
                if letters == cut { return false }
                letters += 1
            } else if letters == cut {
                return true
            }
        }
        return false
    }

    /// How long a text cut inside a word must be to be credible: near the card networks' field.
    private static let credibleCutLength = 18

    /// Drops every match whose span lies strictly inside a longer match's span, and every match
    /// of another provider that starts in a merchant-prefixed match's merchant name
    /// (`2CO.COM*KASPERSKYLAB` is a 2Checkout charge, whose merchant is `KASPERSKYLAB`).
    private func outermost(_ matches: [Match]) -> [Match] {
        matches.filter { inner in
            !matches.contains { outer in
                if outer.start <= inner.start && inner.end <= outer.end
                    && outer.end - outer.start > inner.end - inner.start
                {
                    return true
                }
                guard let merchantStart = terms[outer.term].merchantStart,
                    terms[outer.term].descriptor.provider != terms[inner.term].descriptor.provider
                else { return false }
                return outer.start + merchantStart <= inner.start && inner.start < outer.end
            }
        }
    }

    private func bestPerProvider(
        _ matches: [Match], skeleton: [UInt8], origin: [Int], folded: [UInt8]
    )
        -> [Candidate]
    {
        // Choose first, then make each candidate's evidence text once.
        var best: [Match] = []
        for match in matches {
            let provider = terms[match.term].descriptor.provider
            if let index = best.firstIndex(where: { terms[$0.term].descriptor.provider == provider }) {
                if best[index].confidence < match.confidence { best[index] = match }
            } else {
                best.append(match)
            }
        }
        return best.map { match in
            let seen = String(decoding: folded[origin[match.start]..<origin[match.end - 1] + 1], as: UTF8.self)
            let descriptor = terms[match.term].descriptor.text
            let reason: MatchReason =
                switch match.grade {
                case .exact: .descriptorExact(descriptor: descriptor)
                case .variant: .descriptorVariant(descriptor: descriptor, seen: seen)
                case .embedded: .descriptorEmbedded(descriptor: descriptor, seen: seen)
                case .truncated: .descriptorTruncated(descriptor: descriptor, seen: seen)
                case .shared(let others):
                    .descriptorShared(
                        descriptor: descriptor,
                        seen: String(decoding: skeleton[match.start..<match.end], as: UTF8.self),
                        alsoIn: others)
                }
            return Candidate(
                provider: terms[match.term].descriptor.provider, confidence: match.confidence, reason: reason,
                source: terms[match.term].descriptor.source, evidence: seen)
        }
    }

    /// The weak hints of a line that matched nothing: see ``DescriptorFragments``.
    func fragments(in folded: [UInt8]) -> [Candidate] {
        fragmentIndex.fragments(in: folded)
    }
}
