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
        // An empty `lang=` (what a form's blank choice sends) means no choice.
        if let queryParameter, !queryParameter.isEmpty {
            guard let language = Self.language(tag: queryParameter) else {
                throw .badRequest(ProblemTexts.unsupportedLanguage(queryParameter))
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
            let language: Language? = tag == "*" ? nil : Self.language(tag: tag)
            guard language != nil || tag == "*" else { continue }
            if quality > best?.quality ?? 0 {
                best = (language, quality)
            }
        }
        return best?.language
    }

    /// The language of a problem: what the request asks for, or the default when it asks for
    /// nothing or for a language that does not exist (that mistake is itself the problem to report,
    /// so an unsupported `lang` falls back to `Accept-Language`).
    func problemLanguage(_ lang: String?, acceptLanguage: String?) -> Language {
        (try? language(queryParameter: lang, acceptLanguage: acceptLanguage))
            ?? (try? language(queryParameter: nil, acceptLanguage: acceptLanguage))
            ?? defaultLanguage
    }

    /// A language tag as browsers and people write it (`ja`, `ja-JP`, `EN`, `en_US`): its primary
    /// subtag, in any case.
    static func language(tag: String) -> Language? {
        let subtags = tag.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "_" })
        let wellFormed = subtags.dropFirst().allSatisfy { subtag in
            (1...8).contains(subtag.count) && subtag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
        guard wellFormed, let primary = subtags.first else { return nil }
        return Language(rawValue: primary.lowercased())
    }
}
