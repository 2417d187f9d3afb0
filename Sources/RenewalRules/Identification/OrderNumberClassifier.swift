/// Reads an order number against the article's formats (``RuleBook/orderNumberFormats``).
enum OrderNumberClassifier {
    /// Lengths an order number may have once compacted; the article's shortest is 8 digits.
    static let plausibleLengths = 6...40

    /// Whether a compact input looks like an order number at all: letters, digits and hyphens only,
    /// at least one digit, and a plausible length. Statement lines fail this (they have spaces, dots,
    /// asterisks), which is what keeps `2CO.com*kaspersky` from being read as a Nexway order number.
    static func isOrderShaped(_ compact: [UInt8]) -> Bool {
        plausibleLengths.contains(compact.count)
            && compact.allSatisfy { $0.isASCIIAlphanumeric || $0 == 0x2D }
            && compact.contains(where: \.isASCIIDigit)
    }

    /// The best-matching format per provider.
    static func candidates(
        for compact: [UInt8], formats: [OrderNumberFormat]
    )
        -> [Candidate]
    {
        var best: [Candidate] = []
        var evidence: String?
        // By index, field by field: a whole format is copied (and its strings retained) only when it fits.
        let digitsOnly = compact.allSatisfy(\.isASCIIDigit)
        for index in formats.indices {
            guard formats[index].gate.admits(compact, digitsOnly: digitsOnly),
                let fit = formats[index].shape.fit(compact)
            else { continue }
            let format = formats[index]
            let reason: MatchReason =
                switch fit {
                case .typical: .orderFormat(format.shape, format.provider)
                case .atypical(let deviation), .weak(let deviation):
                    .orderFormatAtypical(format.shape, format.provider, deviation)
                }
            best.keepBest(
                Candidate(
                    provider: format.provider, confidence: format.confidence * fit.factor, reason: reason,
                    source: format.source, evidence: evidence.fill(String(decoding: compact, as: UTF8.self))))
        }
        if let typo = typoCandidate(for: compact, formats: formats) { best.keepBest(typo) }
        return best
    }

    /// For all-digit input of a length no format has: the nearest digits-only format, within 3 digits.
    static func nearMiss(
        for compact: [UInt8], formats: [OrderNumberFormat]
    )
        -> Candidate?
    {
        guard compact.allSatisfy(\.isASCIIDigit) else { return nil }
        var nearest: (distance: Int, format: OrderNumberFormat)?
        for format in formats {
            guard case .digits(let lengths) = format.shape else { continue }
            let distance = max(lengths.lowerBound - compact.count, compact.count - lengths.upperBound, 0)
            if distance > 0, distance <= 3, distance < nearest?.distance ?? .max {
                nearest = (distance, format)
            }
        }
        guard let nearest else { return nil }
        return Candidate(
            provider: nearest.format.provider, confidence: 0.2,
            reason: .nearMiss(digits: compact.count, nearest: nearest.format.shape, provider: nearest.format.provider),
            source: nearest.format.source, evidence: String(decoding: compact, as: UTF8.self))
    }

    /// Digits with one stray letter at either end (`22122857A`): what a slip of the finger makes of a
    /// digits-only format. A hint at that format, never an identification.
    static func typoCandidate(for compact: [UInt8], formats: [OrderNumberFormat]) -> Candidate? {
        guard compact.count > 6 else { return nil }
        let core: ArraySlice<UInt8>
        if compact.last!.isASCIILetter, compact.dropLast().allSatisfy(\.isASCIIDigit) {
            core = compact.dropLast()
        } else if compact.first!.isASCIILetter, compact.dropFirst().allSatisfy(\.isASCIIDigit) {
            core = compact.dropFirst()
        } else {
            return nil
        }
        for format in formats {
            guard case .digits(let lengths) = format.shape, lengths.contains(core.count) else { continue }
            return Candidate(
                provider: format.provider, confidence: 0.3,
                reason: .strayLetter(format.shape, format.provider), source: format.source,
                evidence: String(decoding: compact, as: UTF8.self))
        }
        return nil
    }
}

extension Optional where Wrapped == String {
    /// The value, made by `make` the first time it is needed.
    fileprivate mutating func fill(_ make: @autoclosure () -> String) -> String {
        if let value = self { return value }
        let value = make()
        self = value
        return value
    }
}
