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
        for compact: [UInt8], formats: [OrderNumberFormat] = RuleBook.orderNumberFormats
    )
        -> [Candidate]
    {
        var best: [Candidate] = []
        for format in formats where format.shape.matches(compact) {
            best.keepBest(
                Candidate(
                    provider: format.provider, confidence: format.confidence,
                    reason: .orderFormat(format.shape, format.provider)))
        }
        return best
    }

    /// For all-digit input of a length no format has: the nearest digits-only format, within 3 digits.
    static func nearMiss(
        for compact: [UInt8], formats: [OrderNumberFormat] = RuleBook.orderNumberFormats
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
            reason: .nearMiss(digits: compact.count, nearest: nearest.format.shape, provider: nearest.format.provider))
    }
}
