/// Groups a statement's related lines by seller (the same descriptor after folding) and its store
/// leads by store, and works out each group's cadence and next charge.
///
/// Costs grow with the related lines only: one pass to group, one sort per group.
enum ChargeGrouping {
    /// One related line, ready to be grouped.
    struct Member {
        let kind: ChargeGroup.Kind
        let provider: ProviderID?
        /// The folded descriptor without digits, so that a changing reference number does not
        /// split a seller's monthly charges.
        let key: String
        let charge: Charge
    }

    /// The most groups: past it, a line joins its seller's first group.
    static let maximumGroups = 50

    private struct GroupKey: Hashable {
        let kind: ChargeGroup.Kind
        let provider: ProviderID?
        let key: String
    }

    static func groups(_ members: [Member], datesProblem: LocalizedText?, rules: RuleBook) -> [ChargeGroup] {
        var order: [GroupKey] = []
        var grouped: [GroupKey: [Charge]] = [:]
        for member in members {
            var key = GroupKey(kind: member.kind, provider: member.provider, key: member.key)
            if grouped[key] == nil, order.count >= maximumGroups,
                let same = order.first(where: { $0.kind == member.kind && $0.provider == member.provider })
            {
                key = same
            }
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(member.charge)
        }
        return order.map { key in
            group(key.kind, key.provider, grouped[key] ?? [], datesProblem: datesProblem, rules: rules)
        }
    }

    private static func group(
        _ kind: ChargeGroup.Kind, _ provider: ProviderID?, _ charges: [Charge], datesProblem: LocalizedText?,
        rules: RuleBook
    ) -> ChargeGroup {
        let (ordered, cancelled) = inOrder(charges)
        let listed = Array(ordered.suffix(ChargeGroup.listedCharges))
        // A refunded charge was given back: the cadence is of the charges that stood.
        let paid = charges.filter { !$0.isRefund }
        var (cadence, next, words) = cadence(of: paid, datesProblem: datesProblem)
        // The latest charge given back: the renewal was most likely stopped, so no next one is foretold.
        if next != nil, let latest = paid.filter({ $0.date != nil }).max(by: { $0.date! < $1.date! }),
            cancelled.contains(latest.line), let kind = cadence
        {
            next = nil
            words = LocalizedText(
                "\(kind == .monthly ? "毎月" : "毎年")の請求ですが、最後の請求は返金・取消されているため、次回の請求は予測しません。",
                "\(kind == .monthly ? "Monthly" : "Yearly") charges, but the last one was refunded, so no next charge is predicted."
            )
        }
        var reason = words
        if kind == .storeLead, let provider {
            let store = rules.providers.name(of: provider)
            reason = LocalizedText(
                "\(store)の請求で、どのアプリの分かは明細に出ません。カスペルスキーの分が含まれるかは、\(store)のサブスクリプションの一覧で確かめてください。\(words.ja)",
                "\(store) charges: the statement does not show which app they are for. Check \(store)'s list of "
                    + "subscriptions to see whether Kaspersky's is among them. \(words.en)")
        }
        return ChargeGroup(
            kind: kind, provider: provider, lines: charges.map(\.line).sorted(), charges: listed,
            earlierCharges: ordered.count - listed.count, cadence: cadence, nextExpected: next, reason: reason)
    }

    /// Charges by date (undated last, by line), each refund right after the latest earlier charge
    /// of the same amount it cancels, or by its own date where there is none; and the lines of the
    /// charges a refund cancels. One sort, and one pass that pairs refunds with charges by amount:
    /// the cost grows with the charges, however many of them are refunds.
    static func inOrder(_ charges: [Charge]) -> (ordered: [Charge], cancelled: Set<Int>) {
        func before(_ a: Charge, _ b: Charge) -> Bool {
            switch (a.date, b.date) {
            case (let x?, let y?) where x != y: x < y
            case (nil, _?): false
            case (_?, nil): true
            default: a.line < b.line
            }
        }
        // Charges and refunds in one date order; a refund on a charge's date comes after it.
        let sorted = charges.sorted { a, b in
            if a.date == b.date, a.isRefund != b.isRefund { return !a.isRefund }
            return before(a, b)
        }
        var open: [Int: [Int]] = [:]  // amount → indices in `sorted` of charges no refund has cancelled
        var attached: [Int: [Int]] = [:]  // charge index → indices of its refunds
        var unattached: Set<Int> = []
        for (index, charge) in sorted.enumerated() {
            let amount = charge.amount?.hundredths ?? -1
            if !charge.isRefund {
                open[amount, default: []].append(index)
            } else if let cancelled = open[amount]?.popLast() {
                attached[cancelled, default: []].append(index)
            } else {
                unattached.insert(index)
            }
        }
        var ordered: [Charge] = []
        ordered.reserveCapacity(sorted.count)
        var cancelled: Set<Int> = []
        for (index, charge) in sorted.enumerated() where !charge.isRefund || unattached.contains(index) {
            ordered.append(charge)
            if let refunds = attached[index] {
                cancelled.insert(charge.line)
                ordered += refunds.map { sorted[$0] }
            }
        }
        return (ordered, cancelled)
    }

    /// The cadence of paid charges, the next one expected, and why, in words.
    static func cadence(
        of paid: [Charge], datesProblem: LocalizedText?
    )
        -> (Cadence?, (date: ChargeDate, amount: ChargeAmount)?, LocalizedText)
    {
        let timed = paid.compactMap { charge in
            charge.date.flatMap { date in charge.amount.map { (date: date, amount: $0) } }
        }.sorted { $0.date < $1.date }
        guard timed.count >= 2 else {
            if let datesProblem, timed.isEmpty, !paid.isEmpty { return (nil, nil, datesProblem) }
            return (
                nil, nil,
                timed.count == 1 && paid.count == 1
                    ? LocalizedText("請求は一回です。間隔は二回以上の請求から分かります。", "One charge: a cadence needs two or more.")
                    : LocalizedText(
                        "日付と金額のそろった請求が二回未満のため、間隔は分かりません。",
                        "Fewer than two charges with both a date and an amount: no cadence.")
            )
        }
        let pairs = zip(timed, timed.dropFirst())
        guard pairs.allSatisfy({ $0.amount.isClose(to: $1.amount) }) else {
            return (
                .irregular, nil,
                LocalizedText(
                    "金額が10%を超えて変わっているため、決まった間隔の請求とは言えません。",
                    "The amount changes by more than 10 %, so the charges keep no cadence.")
            )
        }
        let last = timed[timed.count - 1]
        if pairs.allSatisfy({ $0.date.isAbout(months: 1, before: $1.date) }) {
            let next = (date: last.date.adding(months: 1), amount: last.amount)
            return (
                .monthly, next,
                LocalizedText(
                    "毎月、次回は\(next.date.text(in: .ja))ごろ\(next.amount.text(in: .ja))の見込みです。",
                    "Monthly; the next is expected around \(next.date.text(in: .en)), \(next.amount.text(in: .en)).")
            )
        }
        if pairs.allSatisfy({ $0.date.adding(months: 11) <= $1.date && $1.date <= $0.date.adding(months: 13) }) {
            let next = (date: last.date.adding(months: 12), amount: last.amount)
            let probably = timed.count == 2
            return (
                .yearly, next,
                LocalizedText(
                    "\(probably ? "おそらく毎年" : "毎年")、次回は\(next.date.text(in: .ja))ごろ\(next.amount.text(in: .ja))の見込みです。",
                    "\(probably ? "Probably yearly" : "Yearly"); the next is expected around \(next.date.text(in: .en)), "
                        + "\(next.amount.text(in: .en)).")
            )
        }
        return (
            .irregular, nil,
            LocalizedText(
                "請求の間隔がそろっていません(抜けた月があるなど)。次回の請求日は予測しません。",
                "The gaps between charges differ (a missed month, say), so no next charge is predicted.")
        )
    }
}

extension ChargeDate {
    /// The date in words: `2026年1月3日`, `3 January 2026`.
    public func text(in language: Language) -> String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return language == .ja ? "\(year)年\(month)月\(day)日" : "\(day) \(months[month - 1]) \(year)"
    }
}
