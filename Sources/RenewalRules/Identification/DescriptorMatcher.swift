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
    static let shared = DescriptorMatcher(RuleBook.statementDescriptors)

    private static let minimumTruncatedLength = 15
    private static let minimumEmbeddedSkeleton = 8
    private static let minimumFragmentLength = 5
    private static let minimumDistinctiveLength = 6
    private static let minimumPrefixToGrade = 6

    private let terms: [Term]
    private let distinctiveWords: [[UInt8]: (provider: ProviderID, descriptor: String)]
    private let fragmentOwners: [[UInt8]: [FragmentOwner]]
    /// Terms grouped by the first byte of their skeleton, flattened: the terms starting with byte `b`
    /// are `termsByFirstByte[firstByteStart[b]..<firstByteStart[b + 1]]`.
    private let termsByFirstByte: [Int]
    private let firstByteStart: [Int]
    /// Every term's skeleton, back to back, so the hot loop reads bytes without touching `terms`.
    private let flatSkeletons: [UInt8]
    private let skeletonRanges: [Range<Int>]

    init(_ descriptors: [StatementDescriptor]) {
        var terms: [Term] = []
        for descriptor in descriptors {
            for searchTerm in descriptor.searchTerms {
                let folded = TextNormalizer.foldedBytes(searchTerm)
                terms.append(
                    Term(descriptor: descriptor, folded: folded, skeleton: folded.filter(\.isASCIIAlphanumeric)))
            }
        }
        var index = [[Int]](repeating: [], count: 256)
        for (position, term) in terms.enumerated() {
            if let first = term.skeleton.first { index[Int(first)].append(position) }
        }
        self.terms = terms
        self.distinctiveWords = Self.distinctiveWords(of: descriptors)
        self.fragmentOwners = Self.fragmentOwners(of: terms.map { ($0.skeleton, $0.descriptor) })
        self.termsByFirstByte = index.flatMap { $0 }
        self.firstByteStart = index.reduce(into: [0]) { starts, group in starts.append(starts.last! + group.count) }
        var flat: [UInt8] = []
        var ranges: [Range<Int>] = []
        for term in terms {
            ranges.append(flat.count..<flat.count + term.skeleton.count)
            flat += term.skeleton
        }
        self.flatSkeletons = flat
        self.skeletonRanges = ranges
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
        // Unsafe buffers throughout: the scan runs for every byte of every line, and array accesses
        // here cost retains and bounds checks that dominated the profile.
        let byFirstByte = termsByFirstByte
        let starts = firstByteStart
        let ranges = skeletonRanges
        skeleton.withUnsafeBufferPointer { input in
            flatSkeletons.withUnsafeBufferPointer { flat in
                byFirstByte.withUnsafeBufferPointer { byFirstByte in
                    starts.withUnsafeBufferPointer { starts in
                        ranges.withUnsafeBufferPointer { ranges in
                            for position in input.indices {
                                let first = Int(input[position])
                                for slot in starts[first]..<starts[first + 1] {
                                    let termIndex = byFirstByte[slot]
                                    let range = ranges[termIndex]
                                    var length = 1
                                    while length < range.count, position + length < input.count,
                                        input[position + length] == flat[range.lowerBound + length]
                                    {
                                        length += 1
                                    }
                                    // Shorter common prefixes can be neither a whole term nor a cut one.
                                    guard length == range.count || length >= Self.minimumPrefixToGrade else { continue }
                                    if let match = grade(
                                        termIndex, length: length, at: position, origin: origin, folded: folded)
                                    {
                                        matches.append(match)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        guard !matches.isEmpty else { return [] }
        return bestPerProvider(
            outermost(matches).map { weakenedIfShared($0, skeleton: skeleton) }, skeleton: skeleton, origin: origin,
            folded: folded)
    }

    /// A loose match on text that other providers' descriptors also contain (`Kaspersky Lab` is in
    /// Digital River's and 2Checkout's descriptors as well as near Allsoft's `KASPERSKYLAB`) is too
    /// weak to name a provider: its confidence drops below the identification threshold.
    private func weakenedIfShared(_ match: Match, skeleton: [UInt8]) -> Match {
        guard match.confidence < 0.95 else { return match }
        let provider = terms[match.term].descriptor.provider
        let span = Array(skeleton[match.start..<match.end])
        var others: [ProviderID] = []
        for term in terms where term.descriptor.provider != provider && term.skeleton.containsRun(span) {
            if !others.contains(term.descriptor.provider) { others.append(term.descriptor.provider) }
        }
        guard !others.isEmpty else { return match }
        return Match(
            term: match.term, start: match.start, end: match.end, confidence: 0.45,
            grade: .shared(alsoIn: others.sorted { $0.rank < $1.rank }))
    }

    /// Grades a common prefix of `length` skeleton bytes between the line at `position` and a term.
    private func grade(_ termIndex: Int, length: Int, at position: Int, origin: [Int], folded: [UInt8]) -> Match? {
        let skeletonCount = skeletonRanges[termIndex].count
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
        let confidence = 0.7 + 0.15 * Double(cut) / Double(skeletonCount)
        if let full, full.confidence >= confidence { return full }
        return match(cut, confidence, .truncated)
    }

    /// Drops every match whose span lies strictly inside a longer match's span.
    private func outermost(_ matches: [Match]) -> [Match] {
        matches.filter { inner in
            !matches.contains { outer in
                outer.start <= inner.start && inner.end <= outer.end
                    && outer.end - outer.start > inner.end - inner.start
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
                source: Sources.article, evidence: seen)
        }
    }

    /// Providers one of whose descriptors contains a word of the line (or the whole line's letters and
    /// digits): weak hints, never enough to identify. Used only when nothing matched. A word found in
    /// one provider's descriptors alone, and no ordinary word (`verisium`, `niltasoft`), is stronger:
    /// it names that provider, with a confidence that says it is a fragment.
    func fragments(in folded: [UInt8]) -> [Candidate] {
        var words = folded.split { !$0.isASCIIAlphanumeric }.map(Array.init)
        words.append(folded.filter(\.isASCIIAlphanumeric))
        var best: [Candidate] = []
        for word in words where word.count >= Self.minimumFragmentLength {
            if word.count >= Self.minimumDistinctiveLength, let owner = distinctiveWords[word] {
                let text = String(decoding: word, as: UTF8.self)
                best.keepBest(
                    Candidate(
                        provider: owner.provider, confidence: 0.6,
                        reason: .descriptorWord(word: text, descriptor: owner.descriptor), source: Sources.article,
                        evidence: text))
                continue
            }
            for owner in fragmentOwners[word] ?? [] {
                let text = String(decoding: word, as: UTF8.self)
                best.keepBest(
                    Candidate(
                        provider: owner.provider, confidence: owner.confidence,
                        reason: .fragment(word: text, descriptor: owner.descriptor), source: Sources.article,
                        evidence: text))
            }
        }
        return best
    }

    /// A descriptor a fragment occurs in, and the confidence the fragment gives its provider.
    private struct FragmentOwner {
        let provider: ProviderID
        let confidence: Double
        let descriptor: String
    }

    /// Every run of five or more letters and digits inside a term's skeleton (shorter than the
    /// skeleton), with the best term per provider that holds it, as the line's words are looked up:
    /// the one whose skeleton is shortest gives the highest confidence, the first such on a tie.
    private static func fragmentOwners(
        of terms: [(skeleton: [UInt8], descriptor: StatementDescriptor)]
    )
        -> [[UInt8]: [FragmentOwner]]
    {
        var owners: [[UInt8]: [FragmentOwner]] = [:]
        for (skeleton, descriptor) in terms where skeleton.count > minimumFragmentLength {
            for length in minimumFragmentLength..<skeleton.count {
                for start in 0...(skeleton.count - length) {
                    let run = Array(skeleton[start..<start + length])
                    let owner = FragmentOwner(
                        provider: descriptor.provider, confidence: 0.4 * Double(length) / Double(skeleton.count),
                        descriptor: descriptor.text)
                    var list = owners[run] ?? []
                    if let index = list.firstIndex(where: { $0.provider == owner.provider }) {
                        if list[index].confidence < owner.confidence { list[index] = owner }
                    } else {
                        list.append(owner)
                    }
                    owners[run] = list
                }
            }
        }
        return owners
    }

    /// Words that everyday text uses too: however rare in the descriptors, alone they name no one.
    private static let ordinaryWords: Set<String> = [
        "kaspersky", "kasperskylab", "sandbox", "alliance", "limited", "google", "samsungpay", "applepay",
        "logiciels", "checkout", "2checkout",
    ]

    /// Every word of six or more letters that occurs in one provider's descriptors only, with the
    /// first descriptor it occurs in.
    static func distinctiveWords(
        of descriptors: [StatementDescriptor]
    ) -> [[UInt8]: (
        provider: ProviderID, descriptor: String
    )] {
        var owners: [[UInt8]: (provider: ProviderID, descriptor: String)?] = [:]
        for descriptor in descriptors {
            for term in descriptor.searchTerms {
                for word in TextNormalizer.foldedBytes(term).split(whereSeparator: { !$0.isASCIIAlphanumeric })
                where word.count >= minimumDistinctiveLength
                    && !ordinaryWords.contains(String(decoding: word, as: UTF8.self))
                {
                    let key = Array(word)
                    if let existing = owners[key] {
                        if existing?.provider != descriptor.provider { owners[key] = .some(nil) }
                    } else {
                        owners[key] = (descriptor.provider, descriptor.text)
                    }
                }
            }
        }
        return owners.compactMapValues { $0 }
    }
}
