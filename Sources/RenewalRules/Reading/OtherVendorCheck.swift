/// What another vendor's or shop's name does to an answer. A number or a descriptor beside
/// another vendor's name is that vendor's (`Norton 注文番号 22122857`, `APPLE.COM/BILL NORTON`):
/// with no word of Kaspersky the answer is "theirs, not a Kaspersky purchase"; with both named it
/// is at most ambiguous, with the reason.
enum OtherVendorCheck {
    static func applied(to result: Identification, vendors: [OtherVendor]) -> Identification {
        guard let vendor = vendors.first else { return result }
        let status: IdentificationStatus
        let reason: MatchReason
        let next: NextStep?
        var candidates = result.candidates
        if !result.namesKaspersky {
            (status, reason, next) = (.unknown, .otherVendor(vendor), .askOtherVendor(vendor))
            candidates = []
        } else if result.status == .identified {
            (status, reason, next) = (.ambiguous, .otherVendorBeside(vendor), .tellVendorApart(vendor))
        } else {
            var kept = result
            kept.otherVendor = vendor
            return kept
        }
        return Identification(
            query: result.query, normalized: result.normalized, kind: result.kind, status: status, provider: nil,
            confidence: status == .ambiguous ? result.confidence : 0, reason: reason, candidates: candidates,
            intermediary: result.intermediary, namesKaspersky: result.namesKaspersky, nextStep: next,
            setAside: result.setAside, otherVendor: vendor)
    }
}
