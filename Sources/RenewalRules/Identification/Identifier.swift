/// Identifies the provider behind one order number or card-statement line.
///
/// With no kind given, it decides for itself: an input shaped like an order number (letters,
/// digits and hyphens only, with a digit) is read as one, unless it also matches a statement
/// descriptor well (`2COcomkaspersky` is a squashed descriptor, not a Nexway order number);
/// anything else is read as a statement line. A provider's own name is recognised as such.
public enum Identifier {
    /// Confidence at or above which a single provider counts as identified.
    public static let identifiedThreshold = 0.5
    /// Two providers closer than this are reported as ambiguous.
    public static let ambiguityMargin = 0.1

    /// Identifies one input.
    ///
    /// - Parameters:
    ///   - query: the raw text, exactly as received; it is returned unchanged in the result.
    ///   - kind: `nil` to auto-detect, or force reading it as an order number or a statement line.
    public static func identify(_ query: String, as kind: InputKind? = nil) -> Identification {
        let folded = TextNormalizer.foldedBytes(query)
        guard !folded.isEmpty else {
            return decide(query, normalized: "", kind: kind ?? .descriptor, [], otherwise: .empty)
        }
        // Only letters, digits, spaces and hyphens can make an order number: skip compaction otherwise.
        let compact =
            folded.allSatisfy { $0.isASCIIAlphanumeric || $0 == 0x20 || $0 == 0x2D }
            ? TextNormalizer.compactOrderBytes(folded) : folded
        let orderShaped = OrderNumberClassifier.isOrderShaped(compact)
        switch kind {
        case .orderNumber:
            guard orderShaped else {
                return decide(query, normalized: string(compact), kind: .orderNumber, [], otherwise: .notAnOrderNumber)
            }
            return orderNumber(query, compact)
        case .descriptor:
            return descriptor(query, folded)
        case nil:
            // Provider names hold at most one digit (`2co`); order numbers hold many.
            if folded.lazy.filter(\.isASCIIDigit).count < 2, let provider = ProviderID(folded: folded) {
                let candidate = Candidate(provider: provider, confidence: 0.99, reason: .providerName(provider))
                return decide(
                    query, normalized: string(folded), kind: .descriptor, [candidate], otherwise: .noDescriptor)
            }
            guard orderShaped else { return descriptor(query, folded) }
            // Every descriptor has letters: digits alone can only be an order number.
            if compact.contains(where: \.isASCIILetter) {
                let asDescriptor = DescriptorMatcher.shared.candidates(in: folded)
                if asDescriptor.contains(where: { $0.confidence >= 0.6 }) {
                    return decide(
                        query, normalized: string(folded), kind: .descriptor, asDescriptor, otherwise: .noDescriptor)
                }
            }
            return orderNumber(query, compact)
        }
    }

    private static func orderNumber(_ query: String, _ compact: [UInt8]) -> Identification {
        var candidates = OrderNumberClassifier.candidates(for: compact)
        if candidates.isEmpty, let nearMiss = OrderNumberClassifier.nearMiss(for: compact) {
            candidates = [nearMiss]
        }
        return decide(query, normalized: string(compact), kind: .orderNumber, candidates, otherwise: .noOrderFormat)
    }

    private static func descriptor(_ query: String, _ folded: [UInt8]) -> Identification {
        var candidates = DescriptorMatcher.shared.candidates(in: folded)
        if candidates.isEmpty {
            candidates = DescriptorMatcher.shared.fragments(in: folded)
        }
        return decide(query, normalized: string(folded), kind: .descriptor, candidates, otherwise: .noDescriptor)
    }

    /// Ranks the candidates and turns them into a verdict.
    private static func decide(
        _ query: String, normalized: String, kind: InputKind, _ candidates: [Candidate], otherwise: MatchReason
    ) -> Identification {
        let ranked =
            candidates.count < 2
            ? candidates
            : candidates.sorted { lhs, rhs in
                lhs.confidence != rhs.confidence
                    ? lhs.confidence > rhs.confidence : lhs.provider.rank < rhs.provider.rank
            }
        func result(
            _ status: IdentificationStatus, _ provider: ProviderID?, _ confidence: Double, _ reason: MatchReason
        )
            -> Identification
        {
            Identification(
                query: query, normalized: normalized, kind: kind, status: status, provider: provider,
                confidence: confidence, reason: reason, candidates: ranked)
        }
        guard let top = ranked.first, top.confidence >= identifiedThreshold else {
            return result(.unknown, nil, 0, ranked.first?.reason ?? otherwise)
        }
        if ranked.count > 1, top.confidence - ranked[1].confidence < ambiguityMargin {
            let rivals = ranked.prefix { top.confidence - $0.confidence < ambiguityMargin }
            return result(.ambiguous, nil, top.confidence, .severalProviders(rivals.map(\.provider)))
        }
        return result(.identified, top.provider, top.confidence, top.reason)
    }

    private static func string(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

extension ProviderID {
    /// Position in ``allCases``: breaks confidence ties deterministically.
    var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
