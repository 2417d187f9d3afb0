/// The weak hints of a statement line that matched no descriptor: words of the line that occur in a
/// descriptor (`verisium`, `niltasoft`, `efmspl`).
///
/// Built once from ``RuleBook/statementDescriptors``; every line that matched nothing is looked up,
/// so the lookup reads each word once and allocates only for a word the filter cannot rule out.
struct DescriptorFragments: Sendable {
    private static let minimumFragmentLength = 5
    private static let minimumDistinctiveLength = 6

    /// A descriptor a fragment occurs in, and the confidence the fragment gives its provider.
    private struct FragmentOwner: Sendable {
        let provider: ProviderID
        let confidence: Double
        let descriptor: StatementDescriptor
    }

    private let distinctiveWords: [[UInt8]: (provider: ProviderID, descriptor: StatementDescriptor)]
    private let fragmentOwners: [[UInt8]: [FragmentOwner]]
    /// Holds every key of both tables.
    private let filter: ByteStringFilter
    /// Whether every fragment holds an ASCII letter, so that a line without one has none.
    let needsALetter: Bool

    /// Indexes the descriptors, given each search term's skeleton (its ASCII letters and digits).
    init(_ descriptors: [StatementDescriptor], skeletons: [(skeleton: [UInt8], descriptor: StatementDescriptor)]) {
        distinctiveWords = Self.distinctiveWords(of: descriptors)
        fragmentOwners = Self.fragmentOwners(of: skeletons)
        filter = ByteStringFilter(Array(distinctiveWords.keys) + Array(fragmentOwners.keys))
        needsALetter = (Array(distinctiveWords.keys) + Array(fragmentOwners.keys)).allSatisfy {
            $0.contains(where: \.isASCIILetter)
        }
    }

    /// Providers one of whose descriptors contains a word of the line (or the whole line's letters and
    /// digits): weak hints, never enough to identify. Used only when nothing matched. A word found in
    /// one provider's descriptors alone, and no ordinary word (`verisium`, `niltasoft`), is stronger:
    /// it names that provider, with a confidence that says it is a fragment.
    func fragments(in folded: [UInt8]) -> [Candidate] {
        var best: [Candidate] = []
        var skeletonHash = ByteStringFilter.FNV1a()
        var skeletonCount = 0
        var index = 0
        while index < folded.count {
            guard folded[index].isASCIIAlphanumeric else {
                index += 1
                continue
            }
            var end = index
            var wordHash = ByteStringFilter.FNV1a()
            while end < folded.count, folded[end].isASCIIAlphanumeric {
                wordHash.add(folded[end])
                skeletonHash.add(folded[end])
                end += 1
            }
            skeletonCount += end - index
            if end - index >= Self.minimumFragmentLength, filter.mayContain(bit: wordHash.bit) {
                look(up: Array(folded[index..<end]), into: &best)
            }
            index = end
        }
        if skeletonCount >= Self.minimumFragmentLength, filter.mayContain(bit: skeletonHash.bit) {
            look(up: folded.filter(\.isASCIIAlphanumeric), into: &best)
        }
        return best
    }

    private func look(up word: [UInt8], into best: inout [Candidate]) {
        if word.count >= Self.minimumDistinctiveLength, let owner = distinctiveWords[word] {
            let text = String(decoding: word, as: UTF8.self)
            best.keepBest(
                Candidate(
                    provider: owner.provider, confidence: 0.6,
                    reason: .descriptorWord(word: text, descriptor: owner.descriptor.text),
                    source: owner.descriptor.source,
                    evidence: text))
            return
        }
        for owner in fragmentOwners[word] ?? [] {
            let text = String(decoding: word, as: UTF8.self)
            best.keepBest(
                Candidate(
                    provider: owner.provider, confidence: owner.confidence,
                    reason: .fragment(word: text, descriptor: owner.descriptor.text), source: owner.descriptor.source,
                    evidence: text))
        }
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
                        descriptor: descriptor)
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
    private static func distinctiveWords(
        of descriptors: [StatementDescriptor]
    ) -> [[UInt8]: (
        provider: ProviderID, descriptor: StatementDescriptor
    )] {
        var owners: [[UInt8]: (provider: ProviderID, descriptor: StatementDescriptor)?] = [:]
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
                        owners[key] = (descriptor.provider, descriptor)
                    }
                }
            }
        }
        return owners.compactMapValues { $0 }
    }
}
