/// Identifies the provider behind one order number or card-statement line, as customers paste them.
///
/// With no kind given, it decides for itself:
/// - an input that is one order number, perhaps in brackets or with punctuation around it, is read
///   as one, unless it also matches a statement descriptor well (`2COcomkaspersky` is a squashed
///   descriptor, not a Nexway order number);
/// - an order number after a label (`注文番号:`, `Order #`) is read as one wherever it stands;
/// - anything else is read as a statement line first; a number in it with a format's exact shape
///   counts only when the line names no seller, and then only as a weak identification;
/// - a provider's own name is recognised as such, and beside an order number it confirms or
///   contradicts the number's format.
public enum Identifier {
    /// Confidence at or above which a single provider counts as identified.
    public static let identifiedThreshold = 0.5
    /// Two providers closer than this are reported as ambiguous.
    public static let ambiguityMargin = 0.1
    /// The highest confidence a number in running text can give when nothing labels it: below
    /// ``identifiedThreshold``, so it is a hint, never an answer (a member or slip number looks alike).
    static let unlabelledCeiling = 0.45
    /// The highest confidence of a hint that no page records as it stands: below
    /// ``identifiedThreshold``.
    static let hintCeiling = 0.45
    /// The most order numbers of one input that are read.
    static let maximumOrderNumbers = 32

    /// Identifies one input.
    ///
    /// - Parameters:
    ///   - query: the raw text, exactly as received; it is returned unchanged in the result.
    ///   - kind: `nil` to auto-detect, or force reading it as an order number or a statement line.
    ///   - rules: the rule book to identify by; the compiled-in one unless a server loaded another.
    public static func identify(
        _ query: String, as kind: InputKind? = nil, rules: RuleBook = .standard
    ) -> Identification {
        let plain = InputReading.plain(query)
        var verdict =
            if let folded = plain.plain {
                Verdict(query: query, plain: folded, rules: rules)
            } else {
                Verdict(
                    query: query, reading: InputReading(query, singleLine: plain.singleLine, rules: rules), rules: rules
                )
            }
        let folded = verdict.folded
        guard !folded.isEmpty else { return verdict.decide(kind: kind ?? .descriptor, [], otherwise: .empty) }
        let result: Identification
        switch kind {
        case .orderNumber:
            if let compact = OrderNumberExtractor.whole(folded) {
                result = orderNumbers(&verdict, [compact], names: [], unlabelled: false)
            } else {
                let tokens = orderTokens(folded, names: verdict.rules.providers)
                result =
                    tokens.isEmpty
                    ? verdict.decide(kind: .orderNumber, [], otherwise: .notAnOrderNumber)
                    : orderNumbers(&verdict, tokens.map(\.compact), names: verdict.namedProviders, unlabelled: false)
            }
        case .descriptor:
            result = statementLine(&verdict)
        case nil:
            result = automatic(&verdict)
        }
        let vendors = verdict.otherVendors
        return vendors.isEmpty ? result : OtherVendorCheck.applied(to: result, vendors: vendors)
    }

    private static func automatic(_ verdict: inout Verdict) -> Identification {
        let folded = verdict.folded
        // Provider names hold at most one digit (`2co`); order numbers hold many.
        if folded.lazy.filter(\.isASCIIDigit).count < 2, let provider = verdict.rules.providers.provider(folded: folded)
        {
            let candidate = Candidate(
                provider: provider, confidence: 0.99, reason: .providerName(provider), source: nil,
                evidence: verdict.string(folded))
            return verdict.decide(kind: .descriptor, [candidate], otherwise: .noDescriptor)
        }
        if let compact = OrderNumberExtractor.whole(folded) {
            let candidates = orderCandidates(compact, unlabelled: false, rules: verdict.rules)
            // Every descriptor has letters: digits alone can only be an order number. A number with
            // the exact shape of a format's examples is one too; anything else with letters may be
            // a squashed descriptor (`2COcomkaspersky`).
            let exact = candidates.contains { if case .orderFormat = $0.reason { true } else { false } }
            if !exact, compact.contains(where: \.isASCIILetter) {
                let asDescriptor = verdict.rules.descriptorMatcher.candidates(in: folded)
                if asDescriptor.contains(where: { $0.confidence >= 0.6 }) {
                    return verdict.decide(kind: .descriptor, asDescriptor, otherwise: .noDescriptor)
                }
            }
            verdict.normalized = compact
            return confirmed(&verdict, candidates, names: [])
        }
        let labelEnds = OrderNumberExtractor.labelEnds(in: folded)
        let names = verdict.namedProviders
        // Order numbers come before the statement reading only where a label or a seller's name
        // says so; elsewhere they are looked for only when the statement reading finds nothing.
        // `22122857 21992673`, `22122857 / 22122857`: nothing but order numbers and punctuation is a
        // list of order numbers, read as if labelled.
        if labelEnds.isEmpty, names.isEmpty, mayBeAList(folded) {
            let listed = orderTokens(folded, names: verdict.rules.providers)
            let alphanumerics = folded.lazy.filter(\.isASCIIAlphanumeric).count
            if !listed.isEmpty,
                listed.reduce(0, { $0 + $1.compact.lazy.filter(\.isASCIIAlphanumeric).count }) == alphanumerics
            {
                return orderNumbers(&verdict, listed.map(\.compact), names: [], unlabelled: false)
            }
        }
        var tokens: [OrderNumberExtractor.Token]?
        if !labelEnds.isEmpty || !names.isEmpty {
            let found = orderTokens(folded, labelEnds: labelEnds, names: verdict.rules.providers)
            tokens = found
            let labelled = found.filter(\.labelled)
            if !labelled.isEmpty {
                // A labelled order number beats every unlabelled one (a receipt's other numbers). One
                // that has no reseller's format (an Apple order ID) leaves the rest of the text to read.
                let listed = listedAfterALabel(found, in: folded)
                let result = orderNumbers(&verdict, listed.map(\.compact), names: names, unlabelled: false)
                let checked = contradicted(result, byTheLineOf: &verdict)
                if checked.status == .identified || checked.status == .ambiguous { return checked }
            }
            // `22122857(2Checkout)`: the seller's name beside a number reads the number as an order
            // number; on a line the statement reading identifies, only to confirm what it found.
            if !found.isEmpty, !names.isEmpty {
                var line = verdict.fresh()
                let statement = statementLine(&line)
                let result = orderNumbers(&verdict, found.map(\.compact), names: names, unlabelled: false)
                if statement.status == .identified || statement.status == .ambiguous {
                    return result.status == .identified && result.provider == statement.provider ? result : statement
                }
                if result.status != .unknown { return result }
            }
        }
        let statement = statementLine(&verdict)
        // A number on a line with statement marks (`PP*KASPERSKY 35314369001`) is a phone number or
        // a reference; only plain running text offers an order number unlabelled.
        guard statement.status != .identified, statement.status != .ambiguous, statement.intermediary == nil,
            !folded.contains(UInt8(ascii: "*")), !folded.contains(UInt8(ascii: "@"))
        else {
            return statement
        }
        let found = tokens ?? orderTokens(folded, labelEnds: labelEnds, names: verdict.rules.providers)
        guard !found.isEmpty, !found.contains(where: \.labelled) else { return statement }
        let unlabelled = orderNumbers(&verdict, found.map(\.compact), names: names, unlabelled: true)
        return unlabelled.status == .identified || unlabelled.status == .ambiguous ? unlabelled : statement
    }

    /// A labelled order number on a line whose article descriptor names another seller
    /// (`注文番号 22122857 KASPERSKYLAB`) is ambiguous: one of the two is wrong, and the answer says so.
    private static func contradicted(_ result: Identification, byTheLineOf verdict: inout Verdict) -> Identification {
        guard result.status == .identified, let provider = result.provider else { return result }
        var line = verdict.fresh()
        let statement = statementLine(&line)
        guard statement.status == .identified, let other = statement.provider, other != provider,
            statement.source?.grade == .article, let descriptor = statement.candidates.first
        else { return result }
        return verdict.decide(
            kind: .orderNumber, result.candidates + [descriptor], otherwise: .noOrderFormat,
            forced: (.ambiguous, .severalProviders([provider, other]), .tellApart([provider, other])))
    }

    /// The order-shaped tokens of running text that are not a provider's name (`2Checkout`).
    private static func orderTokens(
        _ folded: [UInt8], labelEnds: [Int]? = nil, names: ProviderDirectory
    ) -> [OrderNumberExtractor.Token] {
        OrderNumberExtractor.tokens(in: folded, labelEnds: labelEnds).filter { token in
            names.provider(folded: token.compact.map { $0.isASCIILetter ? $0 | 0x20 : $0 }) == nil
        }
    }

    /// Reads one or more order numbers. Two different numbers that each have a format are ambiguous;
    /// a provider named beside the number confirms or contradicts it.
    private static func orderNumbers(
        _ verdict: inout Verdict, _ compacts: [[UInt8]], names: [ProviderID], unlabelled: Bool
    ) -> Identification {
        if compacts.count == 1 { return oneOrderNumber(&verdict, compacts[0], names: names, unlabelled: unlabelled) }
        // The first few numbers decide: two of different sellers already make it ambiguous, and a
        // pasted text of thousands would cost a comparison per pair.
        var distinct: [[UInt8]] = []
        for compact in compacts.prefix(maximumOrderNumbers) where !distinct.contains(compact) {
            distinct.append(compact)
        }
        let readings = distinct.map {
            (compact: $0, candidates: orderCandidates($0, unlabelled: unlabelled, rules: verdict.rules))
        }
        let hits = readings.filter { reading in reading.candidates.contains { $0.confidence >= identifiedThreshold } }
        if hits.count > 1 {
            let numbers = hits.map { verdict.string($0.compact) }
            verdict.normalized = Array(hits.map(\.compact).joined(separator: [0x20]))
            let best = hits.compactMap { $0.candidates.max { $0.confidence < $1.confidence } }
            return verdict.decide(
                kind: .orderNumber, best, otherwise: .noOrderFormat,
                forced: (.ambiguous, .severalOrderNumbers(numbers), .giveOneOrderNumber)
            )
        }
        guard let reading = hits.first ?? readings.first else {
            return verdict.decide(kind: .orderNumber, [], otherwise: .noOrderFormat)
        }
        verdict.normalized = reading.compact
        return confirmed(&verdict, reading.candidates, names: names)
    }

    /// One order number, the common case: no list of readings to build.
    private static func oneOrderNumber(
        _ verdict: inout Verdict, _ compact: [UInt8], names: [ProviderID], unlabelled: Bool
    ) -> Identification {
        verdict.normalized = compact
        return confirmed(&verdict, orderCandidates(compact, unlabelled: unlabelled, rules: verdict.rules), names: names)
    }

    /// The candidates for one order number; unlabelled, only exact shapes count, and weakly.
    private static func orderCandidates(_ compact: [UInt8], unlabelled: Bool, rules: RuleBook) -> [Candidate] {
        var candidates = OrderNumberClassifier.candidates(for: compact, formats: rules.orderNumberFormats)
        if unlabelled {
            candidates = candidates.compactMap { candidate in
                guard case .orderFormat(let shape, let provider) = candidate.reason else { return nil }
                return Candidate(
                    provider: provider, confidence: min(candidate.confidence, unlabelledCeiling),
                    reason: .unlabelledOrderNumber(shape, provider), source: candidate.source,
                    evidence: candidate.evidence)
            }
        } else if candidates.isEmpty,
            let nearMiss = OrderNumberClassifier.nearMiss(for: compact, formats: rules.orderNumberFormats)
        {
            candidates = [nearMiss]
        }
        return candidates
    }

    /// Applies the provider names found beside an order number to its candidates.
    private static func confirmed(
        _ verdict: inout Verdict, _ candidates: [Candidate], names: [ProviderID]
    )
        -> Identification
    {
        guard !names.isEmpty, let top = candidates.max(by: { $0.confidence < $1.confidence }),
            top.confidence >= identifiedThreshold
        else {
            return verdict.decide(kind: .orderNumber, candidates, otherwise: .noOrderFormat)
        }
        guard let shape = top.reason.shape else {
            return verdict.decide(kind: .orderNumber, candidates, otherwise: .noOrderFormat)
        }
        if names.contains(top.provider) {
            let boosted = Candidate(
                provider: top.provider, confidence: min(top.confidence + 0.04, 0.99),
                reason: .orderFormatAndName(shape, top.provider), source: top.source, evidence: top.evidence)
            let others = candidates.filter { $0.provider != top.provider }
            return verdict.decide(kind: .orderNumber, [boosted] + others, otherwise: .noOrderFormat)
        }
        let named = names[0]
        let rival = Candidate(
            provider: named, confidence: top.confidence, reason: .providerName(named), source: nil,
            evidence: verdict.rules.providers.name(of: named))
        return verdict.decide(
            kind: .orderNumber, candidates + [rival], otherwise: .noOrderFormat,
            forced: (
                .ambiguous, .nameContradictsFormat(named: named, format: top.provider),
                .tellApart([top.provider, named])
            ))
    }

    /// Reads a statement line: the article's descriptors, the other pages' forms, the brand.
    private static func statementLine(_ verdict: inout Verdict) -> Identification {
        let folded = verdict.folded
        verdict.normalized = folded
        if verdict.rules.statementsNeedALetter, !folded.contains(where: \.isASCIILetter) {
            return verdict.decide(kind: .descriptor, verdict.namedCandidates, otherwise: .noDescriptor)
        }
        var candidates = verdict.rules.descriptorMatcher.candidates(in: folded)
        let findings = verdict.rules.patternMatcher.findings(in: folded, namesKaspersky: verdict.namesKaspersky)
        // `DRI Kaspersky com`: what follows another provider's merchant prefix is that provider's
        // merchant name, not a loose form of someone else's descriptor.
        if let prefixed = findings.merchantPrefixProvider {
            candidates.removeAll { $0.provider != prefixed && $0.confidence < 0.95 }
        }
        if !verdict.namesKaspersky {
            candidates = candidates.map { $0.systemNameChecked(by: verdict.rules) }
        }
        for candidate in findings.candidates { candidates.keepBest(candidate) }
        for candidate in verdict.namedCandidates { candidates.keepBest(candidate) }
        if !candidates.contains(where: { $0.confidence >= identifiedThreshold }) {
            for fragment in verdict.rules.descriptorMatcher.fragments(in: folded) {
                candidates.keepBest(verdict.namesKaspersky ? fragment : fragment.systemNameChecked(by: verdict.rules))
            }
        }
        verdict.intermediary = findings.intermediary
        return verdict.decide(kind: .descriptor, candidates, otherwise: .noDescriptor)
    }
}

extension MatchReason {
    /// The order-number shape a reason is about, if any.
    var shape: OrderNumberShape? {
        switch self {
        case .orderFormat(let shape, _), .orderFormatAtypical(let shape, _, _), .unlabelledOrderNumber(let shape, _),
            .orderFormatAndName(let shape, _), .strayLetter(let shape, _):
            shape
        default: nil
        }
    }
}

extension ProviderID {
    /// Position in ``allCases``: breaks confidence ties deterministically.
    var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
