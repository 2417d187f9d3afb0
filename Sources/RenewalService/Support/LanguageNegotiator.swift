import Foundation
public import RenewalRules

/// Picks the response language: `?lang=` first, then `Accept-Language` with its q-values, then the
/// configured default.
public struct LanguageNegotiator: Sendable {
    /// The language when nothing else decides.
    public let defaultLanguage: Language

    /// A negotiator with a default.
    public init(defaultLanguage: Language) {
        self.defaultLanguage = defaultLanguage
    }

    /// The language for a request.
    ///
    /// - Throws: ``ServiceError/badRequest(_:)`` when `lang` names an unsupported language.
    public func language(queryParameter: String?, acceptLanguage: String?) throws(ServiceError) -> Language {
        if let queryParameter {
            guard let language = Language(rawValue: queryParameter.lowercased()) else {
                throw .badRequest("Unsupported lang \"\(queryParameter.prefix(40))\": use ja or en.")
            }
            return language
        }
        guard let acceptLanguage else { return defaultLanguage }
        return Self.preferred(acceptLanguage) ?? defaultLanguage
    }

    /// The supported language with the highest q-value in an `Accept-Language` header (RFC 9110
    /// §12.5.4); ties go to the earlier entry; `*` means the default; q=0 excludes.
    static func preferred(_ header: String) -> Language? {
        var best: (language: Language?, quality: Double)?
        for (tag, quality) in QualityValues.parse(header) where quality > 0 {
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            let language: Language? = tag == "*" ? nil : Language(rawValue: primary)
            guard language != nil || tag == "*" else { continue }
            if quality > best?.quality ?? 0 {
                best = (language, quality)
            }
        }
        return best?.language
    }
}
