/// Why identification reached its answer, in a form that can be rendered in any language.
public enum MatchReason: Sendable, Hashable {
    /// The order number has one of the article's formats.
    case orderFormat(OrderNumberShape, ProviderID)
    /// Fits a format's words but not the shape of its examples.
    case orderFormatAtypical(OrderNumberShape, ProviderID, ShapeDeviation)
    /// Digits-only format but for one stray letter (`22122857A`): perhaps a typo.
    case strayLetter(OrderNumberShape, ProviderID)
    /// The order number has the provider's format, and the input names the same provider.
    case orderFormatAndName(OrderNumberShape, ProviderID)
    /// The input names one provider, while its order number has another's format.
    case nameContradictsFormat(named: ProviderID, format: ProviderID)
    /// A number in running text with a format's shape, though nothing labels it an order number.
    case unlabelledOrderNumber(OrderNumberShape, ProviderID)
    /// The input holds two or more different order numbers.
    case severalOrderNumbers([String])
    /// The line contains the descriptor exactly as the article writes it.
    case descriptorExact(descriptor: String)
    /// The line contains the descriptor with different punctuation or spacing (a loose match).
    case descriptorVariant(descriptor: String, seen: String)
    /// The descriptor is glued to other text, with no separator around it (a loose match).
    case descriptorEmbedded(descriptor: String, seen: String)
    /// The line shows the descriptor cut short, as statements cut long descriptors (a loose match).
    case descriptorTruncated(descriptor: String, seen: String)
    /// A loose match on text that other providers' descriptors contain too; not enough to choose.
    case descriptorShared(descriptor: String, seen: String, alsoIn: [ProviderID])
    /// Only a word of the line occurs in a descriptor; too little to name a provider.
    case fragment(word: String, descriptor: String)
    /// A word found in one provider's descriptors only: a fragment, but a telling one.
    case descriptorWord(word: String, descriptor: String)
    /// A statement form from a page other than the article (a store, another Kaspersky page).
    case statementPattern(pattern: String, provider: ProviderID)
    /// The provider's form, but for another merchant than Kaspersky (`GOOGLE*YouTube`).
    case chargeForOtherMerchant(ProviderID, merchant: String)
    /// The line names Kaspersky, but nothing on it says who sold the licence.
    case kasperskySellerUnknown
    /// The line shows a payment intermediary; the seller behind it cannot be told.
    case intermediaryOnly(Intermediary)
    /// The input is the provider's own name.
    case providerName(ProviderID)
    /// The customer wrote that the licence was bought from this provider (`App Storeで購入`).
    case namedAsSeller(ProviderID)
    /// The text names the provider, but does not say the licence was bought there.
    case namedInText(ProviderID)
    /// The text names another vendor or shop and not Kaspersky: the purchase is theirs.
    case otherVendor(OtherVendor)
    /// The text names Kaspersky and another vendor or shop: which purchase it is needs checking.
    case otherVendorBeside(OtherVendor)
    /// A provider's statement form without the mark every page records for it (`GOOGLE Kaspersky`
    /// without `*`): a hint, not an identification.
    case unrecordedForm(pattern: String, provider: ProviderID, seen: String)
    /// The name of a payment system the article lists (ERIP) on a line that does not name Kaspersky:
    /// the system carries many merchants' payments.
    case systemNameOnly(descriptor: String, seen: String)
    /// Several providers matched about equally well.
    case severalProviders([ProviderID])
    /// All digits, but a length no format has; names the nearest format.
    case nearMiss(digits: Int, nearest: OrderNumberShape, provider: ProviderID)
    /// Shaped like an order number, but no format matches.
    case noOrderFormat
    /// Asked to read it as an order number, but it has characters no order number has.
    case notAnOrderNumber
    /// No descriptor matched.
    case noDescriptor
    /// Nothing left to match after normalisation.
    case empty
}

extension MatchReason {
    /// The reason as a sentence in the given language, naming providers as the rule book does.
    /// Reasons that name only rule-book entries (formats, descriptors as written, providers) were
    /// rendered when the book was loaded, and are looked up.
    public func text(in language: Language, rules: RuleBook = .standard) -> String {
        if let cached = rules.reasonTexts[language]?[self] { return cached }
        return render(in: language, names: rules.providers, formatProviders: rules.formatProviders)
    }

    /// Every reason that depends on nothing but the rule book, rendered in every language.
    static func renderedTexts(
        formats: [OrderNumberFormat], patterns: [StatementPattern], descriptors: [StatementDescriptor],
        names: ProviderDirectory, formatProviders: [ProviderID]
    ) -> [Language: [MatchReason: String]] {
        var fixed: [MatchReason] = [.noOrderFormat, .notAnOrderNumber, .noDescriptor, .empty]
        fixed += formats.map { .orderFormat($0.shape, $0.provider) }
        fixed += patterns.compactMap { pattern in
            pattern.provider.map { .statementPattern(pattern: pattern.text, provider: $0) }
        }
        fixed.append(.kasperskySellerUnknown)
        fixed += descriptors.map { .descriptorExact(descriptor: $0.text) }
        fixed += ProviderID.allCases.map { .providerName($0) }
        return Dictionary(
            uniqueKeysWithValues: Language.allCases.map { language in
                let texts = fixed.map {
                    ($0, $0.render(in: language, names: names, formatProviders: formatProviders))
                }
                return (language, Dictionary(texts) { first, _ in first })
            })
    }

    private func render(in language: Language, names: ProviderDirectory, formatProviders: [ProviderID]) -> String {
        let ja = language == .ja
        switch self {
        case .orderFormat(let shape, let provider):
            return ja
                ? "\(names.name(of: provider))の注文番号の形式(\(shape.description.ja))に一致します。"
                : "Matches \(names.name(of: provider))'s order-number format (\(shape.description.en))."
        case .orderFormatAtypical(let shape, let provider, let deviation):
            let why = deviation.explanation[language]
            return ja
                ? "\(names.name(of: provider))の注文番号の形式(\(shape.description.ja))に当てはまりますが、\(why)ため、確度を下げています。"
                : "Fits \(names.name(of: provider))'s order-number format (\(shape.description.en)), but \(why), so it is less certain."
        case .strayLetter(let shape, let provider):
            return ja
                ? "数字の前後に文字が1つ付いています。打ち間違いであれば\(names.name(of: provider))(\(shape.description.ja))の可能性があります。注文番号をご確認ください。"
                : "One letter stands beside the digits. If it is a typo, this may be \(names.name(of: provider)) (\(shape.description.en)); check the order number."
        case .orderFormatAndName(let shape, let provider):
            return ja
                ? "\(names.name(of: provider))の注文番号の形式(\(shape.description.ja))に一致し、入力にも\(names.name(of: provider))の名前があります。"
                : "Matches \(names.name(of: provider))'s order-number format (\(shape.description.en)), and the input names \(names.name(of: provider)) too."
        case .nameContradictsFormat(let named, let format):
            return ja
                ? "入力には\(names.name(of: named))の名前がありますが、注文番号は\(names.name(of: format))の形式です。どちらか確かめる必要があります。"
                : "The input names \(names.name(of: named)), but the order number has \(names.name(of: format))'s format; one of them needs checking."
        case .unlabelledOrderNumber(let shape, let provider):
            return ja
                ? "文中の番号が\(names.name(of: provider))の注文番号の形式(\(shape.description.ja))に一致します。ただし、注文番号であるとは書かれていません。"
                : "A number in the text matches \(names.name(of: provider))'s order-number format (\(shape.description.en)), though nothing labels it an order number."
        case .severalOrderNumbers(let numbers):
            return ja
                ? "異なる注文番号が複数あります(\(numbers.joined(separator: "、")))。"
                : "The input holds several different order numbers (\(numbers.joined(separator: ", ")))."
        case .descriptorWord(let word, let descriptor):
            return ja
                ? "「\(word)」は取引明細の文字列「\(descriptor)」の一部で、この語を含む文字列は一つのプロバイダーのものだけです。"
                : "\"\(word)\" is part of the statement text \"\(descriptor)\", and only one provider's texts contain it."
        case .statementPattern(let pattern, let provider):
            return ja
                ? "取引明細に\(names.name(of: provider))の請求の形「\(pattern)」があります。"
                : "The statement line has the form \"\(pattern)\" that \(names.name(of: provider)) charges carry."
        case .chargeForOtherMerchant(let provider, let merchant):
            return ja
                ? "\(names.name(of: provider))の請求ですが、相手は「\(merchant)」で、カスペルスキーではありません。"
                : "A \(names.name(of: provider)) charge, but for \"\(merchant)\", not Kaspersky."
        case .kasperskySellerUnknown:
            return ja
                ? "カスペルスキーの購入ですが、取引明細からは購入先が分かりません。"
                : "A Kaspersky purchase, but the statement line does not show who sold it."
        case .intermediaryOnly(let intermediary):
            return ja
                ? "\(names.name(of: intermediary))を通じた支払いです。取引明細からは、その先の販売元が分かりません。"
                : "A payment through \(names.name(of: intermediary)); the line does not show the seller behind it."
        case .descriptorExact(let descriptor):
            return ja
                ? "取引明細に「\(descriptor)」があります。"
                : "The statement line contains \"\(descriptor)\", a text the article lists."
        case .descriptorVariant(let descriptor, let seen):
            return ja
                ? "緩い一致:「\(seen)」は記号や空白を除くと「\(descriptor)」と同じです。"
                : "Loose match: \"\(seen)\" is \"\(descriptor)\" with different punctuation or spacing."
        case .descriptorEmbedded(let descriptor, let seen):
            return ja
                ? "緩い一致:「\(descriptor)」が他の文字と続けて「\(seen)」の中にあります。"
                : "Loose match: \"\(descriptor)\" runs into other text in \"\(seen)\"."
        case .descriptorTruncated(let descriptor, let seen):
            return ja
                ? "緩い一致:「\(seen)」は「\(descriptor)」の途中で切れた形に見えます(明細の文字数制限)。"
                : "Loose match: \"\(seen)\" looks like \"\(descriptor)\" cut short, as statements cut long texts short."
        case .descriptorShared(let descriptor, let seen, let others):
            let names = others.map(names.name(of:))
            return ja
                ? "緩い一致:「\(seen)」は「\(descriptor)」に似ていますが、\(names.joined(separator: "、"))の文字列にも含まれるため、どれかは分かりません。明細の全文か注文番号で確かめてください。"
                : "Loose match: \"\(seen)\" resembles \"\(descriptor)\" but also occurs in the statement texts of \(names.joined(separator: ", ")), so it does not show which: check the whole statement line or the order number."
        case .fragment(let word, let descriptor):
            return ja
                ? "「\(word)」はこの購入先の明細「\(descriptor)」にも含まれますが、ほかの購入先の明細にも含まれるため、これだけでは購入先は分かりません。明細の全文か注文番号で確かめてください。"
                : "\"\(word)\" also appears in this seller's statement text \"\(descriptor)\", but in others' too, so on its own it does not show the seller: check the whole statement line or the order number."
        case .providerName(let provider):
            return ja
                ? "プロバイダー名「\(names.name(of: provider))」です。" : "This is the provider name \(names.name(of: provider))."
        case .namedAsSeller(let provider):
            return ja
                ? "\(names.name(of: provider))で購入したと書かれています(お客様の記述によるもので、注文番号や取引明細ほど確かではありません)。"
                : "You wrote that you bought it from \(names.name(of: provider)) (your own words, less certain than an order number or a statement line)."
        case .namedInText(let provider):
            return ja
                ? "\(names.name(of: provider))の名前がありますが、そこで購入したとは書かれていません。"
                : "The text names \(names.name(of: provider)), but does not say the licence was bought there."
        case .otherVendor(let vendor):
            return ja
                ? "\(vendor.name)の名前があり、カスペルスキーの名前はありません。\(vendor.name)の購入で、カスペルスキーの購入ではありません。"
                : "The text names \(vendor.name) and not Kaspersky: this is \(vendor.name)'s purchase, not a Kaspersky one."
        case .otherVendorBeside(let vendor):
            return ja
                ? "カスペルスキーと\(vendor.name)の両方の名前があります。どちらの購入かを確かめる必要があります。"
                : "The text names both Kaspersky and \(vendor.name): which purchase this is needs checking."
        case .unrecordedForm(let pattern, let provider, let seen):
            return ja
                ? "「\(seen)」は\(names.name(of: provider))の請求の形「\(pattern)」に似ていますが、記号が欠けており、この形を記録したページはありません。手がかりにとどまります。"
                : "\"\(seen)\" resembles \(names.name(of: provider))'s charge form \"\(pattern)\" without its mark; no page records this form, so it is only a hint."
        case .systemNameOnly(let descriptor, let seen):
            return ja
                ? "「\(seen)」は記事の「\(descriptor)」にある決済システムの名前ですが、カスペルスキーの名前がありません。このシステムは多くの加盟店の支払いに使われます。"
                : "\"\(seen)\" is the payment system the article names in \"\(descriptor)\", but the line does not name Kaspersky, and the system carries many merchants' payments."
        case .severalProviders(let providers):
            let names = providers.map(names.name(of:))
            return ja
                ? "複数のプロバイダーが同程度に一致します:\(names.joined(separator: "、"))。"
                : "Several providers match about equally: \(names.joined(separator: ", "))."
        case .nearMiss(let digits, let nearest, let provider):
            return ja
                ? "\(digits)桁の数字はどの形式にも一致しません。最も近いのは\(names.name(of: provider))(\(nearest.description.ja))です。桁数をご確認ください。"
                : "\(digits) digits match no format. The nearest is \(names.name(of: provider)) (\(nearest.description.en)); check for a missing or extra digit."
        case .noOrderFormat:
            let issuers = formatProviders.map(names.name(of:))
            let english =
                issuers.count > 1
                ? "\(issuers.dropLast().joined(separator: ", ")) and \(issuers.last ?? "")" : issuers.first ?? ""
            return ja
                ? "\(issuers.joined(separator: "、"))のどの注文番号の形式にも一致しません。"
                : "Matches none of the order-number formats of \(english)."
        case .notAnOrderNumber:
            return ja
                ? "注文番号に使われない文字が含まれています。取引明細の文字列であれば、取引明細として調べてください。"
                : "Contains characters no order number has; if it is a statement line, look it up as a statement line."
        case .noDescriptor:
            return ja
                ? "どの購入先の取引明細の文字列にも、注文番号の形式にも一致しません。"
                : "Matches no provider's statement text and no order-number format."
        case .empty:
            return ja ? "入力が空です。" : "The input is empty."
        }
    }
}
