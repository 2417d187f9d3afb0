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
        for entry in header.split(separator: ",").prefix(32) {
            let parts = entry.split(separator: ";")
            let tag = parts.first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            var quality = 1.0
            for parameter in parts.dropFirst() {
                let trimmed = parameter.trimmingCharacters(in: .whitespaces).lowercased()
                if trimmed.hasPrefix("q="), let value = Double(trimmed.dropFirst(2)), (0...1).contains(value) {
                    quality = value
                }
            }
            guard quality > 0 else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            let language: Language? = tag == "*" ? nil : Language(rawValue: primary)
            guard language != nil || tag == "*" else { continue }
            if best == nil || quality > best!.quality {
                best = (language, quality)
            }
        }
        return best?.language
    }
}
