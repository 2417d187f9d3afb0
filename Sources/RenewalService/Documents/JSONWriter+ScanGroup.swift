import RenewalRules

extension JSONWriter {
    /// A scan's group: `{charges, cadence, earlierCharges, guide, kind, lines, nextExpected,
    /// provider, reason}`.
    mutating func scanGroup(_ group: ScanGroupDocument) {
        raw(#"{"cadence":"#)
        optionalString(group.cadence)
        raw(#","charges":"#)
        array(group.charges) { writer, charge in
            writer.raw(#"{"amount":"#)
            writer.amount(charge.amount)
            writer.raw(#","date":"#)
            writer.optionalString(charge.date)
            writer.raw(#","line":"#)
            writer.number(charge.line)
            writer.raw(#","refund":"#)
            writer.bool(charge.refund)
            writer.raw("}")
        }
        raw(#","earlierCharges":"#)
        number(group.earlierCharges)
        raw(#","guide":"#)
        guidePath(group.guideID)
        raw(#","kind":"#)
        verbatimString(group.kind)
        raw(#","lines":"#)
        array(group.lines) { $0.number($1) }
        raw(#","nextExpected":"#)
        if let next = group.nextExpected {
            raw(#"{"amount":"#)
            amount(next.amount)
            raw(#","date":"#)
            string(next.date)
            raw("}")
        } else {
            raw("null")
        }
        raw(#","provider":"#)
        provider(group.provider)
        raw(#","reason":"#)
        string(group.reason)
        raw("}")
    }

    /// `{"currency", "value"}` or `null`.
    private mutating func amount(_ amount: ScanGroupDocument.AmountDocument?) {
        guard let amount else { return raw("null") }
        raw(#"{"currency":"#)
        string(amount.currency)
        raw(#","value":"#)
        string(amount.value)
        raw("}")
    }
}
