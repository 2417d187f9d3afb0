/// Collects what one identification learned, then ranks the candidates and states the verdict.
struct Verdict {
    let query: String
    let folded: [UInt8]
    /// What the rules matched against: the folded text, or an order number's compact form.
    var normalized: [UInt8]
    /// Whether the input names Kaspersky: a fact of the text, found once.
    let namesKaspersky: Bool
    var intermediary: Intermediary?
    /// The rule book the identification reads by.
    let rules: RuleBook
    /// What the reading found beside the text: named sellers, parts set aside, other vendors.
    let notes: ReadingNotes?
    /// The sellers the customer names in words (not denied), in order.
    var named: [NamedSeller] { notes?.named ?? [] }
    /// The other vendors and shops the input names.
    var otherVendors: [OtherVendor] { notes?.otherVendors ?? [] }

    /// A verdict on an input with nothing to read apart (see ``InputReading/plain(_:)``).
    init(query: String, plain folded: [UInt8], rules: RuleBook) {
        self.query = query
        self.folded = folded
        self.rules = rules
        notes = nil
        normalized = folded
        namesKaspersky = false
    }

    init(query: String, reading: InputReading, rules: RuleBook) {
        self.query = query
        self.folded = reading.folded
        self.rules = rules
        notes = reading.notes
        normalized = reading.folded
        namesKaspersky = reading.notes?.hasKasperskyAddress == true || BrandMention.names(reading.folded)
    }

    /// A new verdict on the same input, for a second reading of it.
    func fresh() -> Verdict {
        var verdict = self
        verdict.normalized = folded
        verdict.intermediary = nil
        return verdict
    }

    /// The providers the customer names in words (not denied), in order.
    var namedProviders: [ProviderID] {
        named.map(\.provider)
    }

    /// The candidates the customer's own words give: a seller said to be where the licence was
    /// bought, or only named.
    var namedCandidates: [Candidate] {
        named.map { named in
            Candidate(
                provider: named.provider, confidence: named.boughtThere ? 0.8 : 0.45,
                reason: named.boughtThere ? .namedAsSeller(named.provider) : .namedInText(named.provider),
                evidence: named.text)
        }
    }

    func string(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Ranks the candidates and turns them into a verdict; `forced` states it outright where the
    /// reading already knows (several order numbers, a name against a format).
    func decide(
        kind: InputKind, _ candidates: [Candidate], otherwise: MatchReason,
        forced: (IdentificationStatus, MatchReason, NextStep)? = nil
    ) -> Identification {
        let ranked =
            candidates.count < 2
            ? candidates
            : candidates.sorted { lhs, rhs in
                lhs.confidence != rhs.confidence
                    ? lhs.confidence > rhs.confidence : lhs.provider.rank < rhs.provider.rank
            }
        func result(
            _ status: IdentificationStatus, _ provider: ProviderID?, _ confidence: Double, _ reason: MatchReason,
            _ next: NextStep?
        ) -> Identification {
            Identification(
                query: query, normalized: string(normalized), kind: kind, status: status, provider: provider,
                confidence: confidence, reason: reason, candidates: ranked, intermediary: intermediary,
                namesKaspersky: namesKaspersky, nextStep: next, setAside: notes?.setAside ?? [])
        }
        if let (status, reason, next) = forced {
            return result(status, nil, ranked.first?.confidence ?? 0, reason, next)
        }
        guard let top = ranked.first, top.confidence >= Identifier.identifiedThreshold else {
            // Only a statement line is a Kaspersky charge; an order number that fails is just unknown.
            if kind == .descriptor, namesKaspersky {
                let reason: MatchReason = intermediary.map { .intermediaryOnly($0) } ?? .kasperskySellerUnknown
                return result(
                    .sellerUnknown, nil, 0, reason, intermediary.map { .checkIntermediary($0) } ?? .findOrderNumber)
            }
            let reason = ranked.first?.reason ?? otherwise
            return result(.unknown, nil, 0, reason, Self.nextStep(after: reason, kind: kind))
        }
        if ranked.count > 1, top.confidence - ranked[1].confidence < Identifier.ambiguityMargin {
            let rivals = ranked.prefix { top.confidence - $0.confidence < Identifier.ambiguityMargin }.map(\.provider)
            return result(.ambiguous, nil, top.confidence, .severalProviders(rivals), .tellApart(rivals))
        }
        return result(.identified, top.provider, top.confidence, top.reason, nil)
    }

    private static func nextStep(after reason: MatchReason, kind: InputKind) -> NextStep? {
        switch reason {
        case .empty: nil
        case .nearMiss, .strayLetter, .orderFormatAtypical: .checkOrderNumber
        default: .findOrderNumber
        }
    }
}
