/// What a customer can do when the answer is not one provider: where to look, and what for.
public enum NextStep: Sendable, Hashable {
    /// Find the order number in the confirmation e-mail, which names the seller by its format.
    case findOrderNumber
    /// Look the payment up in the intermediary's account, where the seller behind it is named.
    case checkIntermediary(Intermediary)
    /// Several order numbers were given: look up one at a time.
    case giveOneOrderNumber
    /// The number is a digit or a letter off a format: check it against the confirmation e-mail.
    case checkOrderNumber
    /// Several providers fit: what tells them apart.
    case tellApart([ProviderID])
    /// Another vendor's or shop's purchase: ask them, and look the Kaspersky licence up by its own.
    case askOtherVendor(OtherVendor)
    /// Kaspersky and another vendor are both named: find out which purchase it is.
    case tellVendorApart(OtherVendor)

    /// The step as a sentence in a language; what tells providers apart comes from `rules`.
    public func text(in language: Language, rules: RuleBook = .standard) -> String {
        let ja = language == .ja
        switch self {
        case .findOrderNumber:
            return ja
                ? "購入後に届いた確認メールで注文番号を探してください。注文番号の形式から購入先が分かります。"
                : "Look for the order number in the confirmation e-mail sent after the purchase: its format shows who sold the licence."
        case .checkIntermediary(let intermediary):
            return ja
                ? "\(rules.providers.name(of: intermediary))アカウントの取引履歴でこの支払いを開くと、販売元が表示されます。または、確認メールの注文番号で調べてください。"
                : "Open this payment in your \(rules.providers.name(of: intermediary)) account's activity, which names the seller; or look up the order number from the confirmation e-mail."
        case .giveOneOrderNumber:
            return ja
                ? "自動更新をオフにしたいライセンスの注文番号を一つだけ入力してください。"
                : "Enter only the order number of the licence whose auto-renewal you want to turn off."
        case .checkOrderNumber:
            return ja
                ? "確認メールの注文番号と一文字ずつ見比べてください。"
                : "Compare it character by character with the order number in the confirmation e-mail."
        case .askOtherVendor(let vendor):
            return ja
                ? "この購入については\(vendor.name)にお問い合わせください。カスペルスキーのライセンスの購入先を調べるには、その確認メールの注文番号か、取引明細の行を入力してください。"
                : "Ask \(vendor.name) about this purchase. To find who sold a Kaspersky licence, enter the order number from its own confirmation e-mail, or its statement line."
        case .tellVendorApart(let vendor):
            return ja
                ? "カスペルスキーの購入か\(vendor.name)の購入かを確かめてください。確認メールの差出人と注文番号で分かります。カスペルスキーの購入であれば、その注文番号だけを入力してください。"
                : "Check whether this is a Kaspersky purchase or \(vendor.name)'s: the confirmation e-mail's sender and order number tell. If it is Kaspersky's, enter only its order number."
        case .tellApart(let providers):
            let clues = providers.map { Self.clue($0, in: language, rules: rules) }
            return ja
                ? "見分け方: \(clues.joined(separator: "。"))。確認メールの注文番号か、取引明細の全文と比べてください。"
                : "What tells them apart: \(clues.joined(separator: "; ")). Compare the order number in the confirmation e-mail, or the statement line in full."
        }
    }

    /// What a provider's order numbers and statement lines look like, from the rule book.
    private static func clue(_ provider: ProviderID, in language: Language, rules: RuleBook) -> String {
        let ja = language == .ja
        var parts = rules.orderNumberFormats.filter { $0.provider == provider }.map {
            ja
                ? "\($0.shape.description.ja)(例 \($0.examples[0]))"
                : "\($0.shape.description.en) (e.g. \($0.examples[0]))"
        }
        if let descriptor = rules.statementDescriptors.first(where: { $0.provider == provider }) {
            parts.append(ja ? "明細に「\(descriptor.text)」など" : "statement lines such as \"\(descriptor.text)\"")
        } else if let pattern = rules.statementPatterns.first(where: { $0.provider == provider }) {
            parts.append(ja ? "明細に「\(pattern.text)」など" : "statement lines such as \"\(pattern.text)\"")
        }
        let name = rules.providers.name(of: provider)
        guard !parts.isEmpty else { return name }
        return "\(name)\(ja ? "は" : ": ")\(parts.joined(separator: ja ? "、" : ", "))"
    }
}
