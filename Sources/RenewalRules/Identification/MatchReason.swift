/// Why identification reached its answer, in a form that can be rendered in any language.
public enum MatchReason: Sendable, Hashable {
    /// The order number has one of the article's formats.
    case orderFormat(OrderNumberShape, ProviderID)
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
    /// The input is the provider's own name.
    case providerName(ProviderID)
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
    /// The reason as a sentence in the given language. Reasons that name only rule-book entries
    /// (formats, descriptors as written, providers) are rendered once and looked up afterwards.
    public func text(in language: Language) -> String {
        if let cached = Self.rendered[language]?[self] { return cached }
        return render(in: language)
    }

    /// Every reason that depends on nothing but the rule book, rendered in every language.
    private static let rendered: [Language: [MatchReason: String]] = {
        var fixed: [MatchReason] = [.noOrderFormat, .notAnOrderNumber, .noDescriptor, .empty]
        fixed += RuleBook.orderNumberFormats.map { .orderFormat($0.shape, $0.provider) }
        fixed += RuleBook.statementDescriptors.map { .descriptorExact(descriptor: $0.text) }
        fixed += ProviderID.allCases.map { .providerName($0) }
        return Dictionary(
            uniqueKeysWithValues: Language.allCases.map { language in
                (language, Dictionary(fixed.map { ($0, $0.render(in: language)) }) { first, _ in first })
            })
    }()

    private func render(in language: Language) -> String {
        let ja = language == .ja
        switch self {
        case .orderFormat(let shape, let provider):
            return ja
                ? "\(provider.displayName)の注文番号の形式(\(shape.description.ja))に一致します。"
                : "Matches \(provider.displayName)'s order-number format (\(shape.description.en))."
        case .descriptorExact(let descriptor):
            return ja
                ? "取引明細に「\(descriptor)」があります。"
                : "The statement line contains the descriptor \"\(descriptor)\"."
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
                : "Loose match: \"\(seen)\" looks like \"\(descriptor)\" cut short, as statements cut long descriptors."
        case .descriptorShared(let descriptor, let seen, let others):
            let names = others.map(\.displayName)
            return ja
                ? "緩い一致:「\(seen)」は「\(descriptor)」に似ていますが、\(names.joined(separator: "、"))の文字列にも含まれるため特定できません。"
                : "Loose match: \"\(seen)\" resembles \"\(descriptor)\" but also occurs in descriptors of \(names.joined(separator: ", ")); not enough to choose."
        case .fragment(let word, let descriptor):
            return ja
                ? "「\(word)」は「\(descriptor)」の一部にすぎず、プロバイダーを特定できません。"
                : "\"\(word)\" is only part of the descriptor \"\(descriptor)\"; not enough to name a provider."
        case .providerName(let provider):
            return ja ? "プロバイダー名「\(provider.displayName)」です。" : "This is the provider name \(provider.displayName)."
        case .severalProviders(let providers):
            let names = providers.map(\.displayName)
            return ja
                ? "複数のプロバイダーが同程度に一致します:\(names.joined(separator: "、"))。"
                : "Several providers match about equally: \(names.joined(separator: ", "))."
        case .nearMiss(let digits, let nearest, let provider):
            return ja
                ? "\(digits)桁の数字はどの形式にも一致しません。最も近いのは\(provider.displayName)(\(nearest.description.ja))です。桁数をご確認ください。"
                : "\(digits) digits match no format. The nearest is \(provider.displayName) (\(nearest.description.en)); check for a missing or extra digit."
        case .noOrderFormat:
            return ja
                ? "記事にある注文番号の形式(Allsoft、Nexway、Digital River、2Checkout)のどれにも一致しません。"
                : "Matches none of the article's order-number formats (Allsoft, Nexway, Digital River, 2Checkout)."
        case .notAnOrderNumber:
            return ja
                ? "注文番号に使われない文字が含まれています。取引明細の場合は descriptor として送ってください。"
                : "Contains characters no order number has; send a statement line as a descriptor instead."
        case .noDescriptor:
            return ja
                ? "記事にある取引明細の文字列に一致しません(Nexwayの文字列は記事に記載がありません)。"
                : "Matches none of the article's statement descriptors (the article lists none for Nexway)."
        case .empty:
            return ja ? "入力が空です。" : "The input is empty."
        }
    }
}
