public import RenewalRules

/// `GET /guide` in one language: every provider with its guide's path, the customer-service guide,
/// and how to tell which provider sold the licence.
public struct GuideListDocument: Sendable {
    /// One provider: `{"guide","id","kind","name"}`.
    public struct Entry: Sendable {
        /// The provider's identifier.
        public let id: String
        /// `direct`, `reseller` or `store`.
        public let kind: String
        /// Its name, as the rule book gives it.
        public let name: String
    }

    /// The list's language.
    public let language: Language
    /// Every provider, in the rule book's order.
    public let providers: [Entry]
    /// How to tell which provider sold the licence.
    public let finding: ProviderFindingDocument

    /// The list in a language, by a rule book.
    public init(language: Language, rules: RuleBook = .standard) {
        self.language = language
        providers = ProviderID.allCases.map {
            Entry(id: $0.rawValue, kind: rules.providers.kind(of: $0).rawValue, name: rules.providers.name(of: $0))
        }
        finding = ProviderFindingDocument(language: language, rules: rules)
    }
}

extension GuideListDocument: JSONWritable {
    /// `{"customerService","findingYourProvider","language","providers"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("customerService", GuidePath(GuideCatalog.customerServiceID))
            $0.member("findingYourProvider", finding)
            $0.member("language", language)
            $0.member("providers", providers)
        }
    }
}

extension GuideListDocument.Entry: JSONWritable {
    /// `{"guide","id","kind","name"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("guide", GuidePath(id))
            $0.member("id", token: id)
            $0.member("kind", token: kind)
            $0.member("name", name)
        }
    }
}

extension GuideListDocument {
    /// One line a guide: identifier, name and path, tab-separated; the customer-service guide last.
    public func plainText() -> String {
        var lines = providers.map { "\($0.id)\t\($0.name)\t\(GuidePath($0.id).text)" }
        let customerService = GuideCatalog.customerServiceID
        lines.append(
            "\(customerService)\t\(language == .ja ? "カスタマーサービス" : "Customer service")"
                + "\t\(GuidePath(customerService).text)")
        return lines.joined(separator: "\n") + "\n"
    }
}
