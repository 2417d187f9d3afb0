import RenewalRules

/// A scan's related lines as the page shows them: identical lines once, with every line number,
/// in the order of their first line; and the groups past those shown in full summed up by seller.
struct PageLineGroups {
    /// One distinct line and the lines that hold it.
    struct Group {
        let match: ScanDocument.MatchDocument
        var lines: [Int]
    }

    let groups: [Group]

    init(_ matches: [ScanDocument.MatchDocument]) {
        var groups: [Group] = []
        var byText: [String: Int] = [:]
        for match in matches {
            if let index = byText[match.text] {
                groups[index].lines.append(match.line)
            } else {
                byText[match.text] = groups.count
                groups.append(Group(match: match, lines: [match.line]))
            }
        }
        self.groups = groups
    }

    /// The most line numbers listed for one answer or one seller; the rest are counted.
    static let listedLines = 20

    /// `3, 5, 7` or `3, 5, 7, … (+120)`.
    static func numbers(_ lines: [Int]) -> String {
        let listed = lines.prefix(listedLines).map(String.init).joined(separator: ", ")
        return lines.count > listedLines ? "\(listed), … (+\(lines.count - listedLines))" : listed
    }

    /// The groups past the first `shown`, by seller (or status), each with its line numbers; `nil`
    /// when every group is shown.
    func summary(after shown: Int, language: Language) -> String? {
        let rest = groups.dropFirst(shown)
        guard !rest.isEmpty else { return nil }
        var order: [String] = []
        var lines: [String: [Int]] = [:]
        for group in rest {
            let seller =
                group.match.identification.provider?.name
                ?? (language == .ja ? "購入先不明" : "seller not identified")
            if lines[seller] == nil { order.append(seller) }
            lines[seller, default: []] += group.lines
        }
        let parts = order.map { seller in
            let numbers = lines[seller] ?? []
            return language == .ja
                ? "\(seller) \(numbers.count)行(行 \(Self.numbers(numbers)))"
                : "\(seller): \(numbers.count) \(numbers.count == 1 ? "line" : "lines") (\(Self.numbers(numbers)))"
        }
        let count = rest.reduce(0) { $0 + $1.lines.count }
        return language == .ja
            ? "ほかに関係する\(count)行は、購入先ごとにまとめて示します: \(parts.joined(separator: "、"))。"
            : "\(count) more related \(count == 1 ? "line" : "lines"), by seller: \(parts.joined(separator: "; "))."
    }
}
