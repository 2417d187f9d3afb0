extension ScanGroupDocument: JSONWritable {
    /// A scan's group: `{cadence, charges, earlierCharges, guide, kind, lines, nextExpected,
    /// provider, reason}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("cadence", cadence)
            $0.member("charges", charges)
            $0.member("earlierCharges", earlierCharges)
            $0.member("guide", GuidePath(guideID))
            $0.member("kind", token: kind)
            $0.member("lines", lines)
            $0.key("nextExpected")
            if let next = nextExpected {
                $0.object {
                    $0.member("amount", next.amount)
                    $0.member("date", next.date)
                }
            } else {
                $0.raw("null")
            }
            $0.member("provider", provider)
            $0.member("reason", reason)
        }
    }
}

extension ScanGroupDocument.ChargeDocument: JSONWritable {
    /// `{"amount","date","line","refund"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("amount", amount)
            $0.member("date", date)
            $0.member("line", line)
            $0.member("refund", refund)
        }
    }
}

extension ScanGroupDocument.AmountDocument: JSONWritable {
    /// `{"currency","value"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("currency", currency)
            $0.member("value", value)
        }
    }
}
