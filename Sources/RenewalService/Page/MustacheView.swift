import Mustache

/// A view the page templates read by name through key paths: swift-mustache otherwise finds
/// each `{{name}}` by reflection (`Mirror`), which took nine tenths of an answer's time.
protocol MustacheView: MustacheParent {
    /// Every name the templates use, with the property it reads.
    static var fields: [String: any PartialKeyPath<Self> & Sendable] { get }
}

extension MustacheView {
    /// The named property; an optional one that is `nil` is absent, as the template expects.
    func child(named name: String) -> Any? {
        guard let path = Self.fields[name] else { return nil }
        let value = self[keyPath: path]
        if let optional = value as? any OptionalValue { return optional.unwrapped }
        return value
    }
}

/// Lets a property read through a key path (an `Any` holding an `Optional`) be unwrapped.
private protocol OptionalValue {
    var unwrapped: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var unwrapped: Any? { self.map { $0 } }
}

extension PageView: MustacheView {
    static let fields: [String: any PartialKeyPath<Self> & Sendable] = [
        "lang": \.lang, "otherLang": \.otherLang, "otherLanguageName": \.otherLanguageName,
        "otherLanguageLink": \.otherLanguageLink, "text": \.text, "query": \.query, "hasQuery": \.hasQuery,
        "formMethod": \.formMethod, "error": \.error, "scan": \.scan, "results": \.results,
    ]
}

extension PageView.Result: MustacheView {
    static let fields: [String: any PartialKeyPath<Self> & Sendable] = [
        "index": \.index, "line": \.line, "input": \.input, "statusClass": \.statusClass, "provider": \.provider,
        "sureness": \.sureness, "percent": \.percent, "reason": \.reason, "source": \.source,
        "intermediary": \.intermediary, "alternatives": \.alternatives, "hasAlternatives": \.hasAlternatives,
        "next": \.next, "guideHTML": \.guideHTML, "plainText": \.plainText, "setAside": \.setAside,
        "hasSetAside": \.hasSetAside, "otherVendor": \.otherVendor,
    ]
}

extension PageView.SetAsideItem: MustacheView {
    static let fields: [String: any PartialKeyPath<Self> & Sendable] = ["part": \.part, "note": \.note]
}

extension PageView.Alternative: MustacheView {
    static let fields: [String: any PartialKeyPath<Self> & Sendable] = [
        "name": \.name, "percent": \.percent, "reason": \.reason,
    ]
}

extension PageView.SourceLink: MustacheView {
    static let fields: [String: any PartialKeyPath<Self> & Sendable] = ["title": \.title, "url": \.url]
}

extension PageView.ScanSummary: MustacheView {
    static let fields: [String: any PartialKeyPath<Self> & Sendable] = [
        "summary": \.summary, "more": \.more, "groups": \.groups,
    ]
}

extension PageView.ChargeTable: MustacheView {
    static let fields: [String: any PartialKeyPath<Self> & Sendable] = [
        "name": \.name, "reason": \.reason, "rows": \.rows, "earlier": \.earlier,
    ]
}

extension PageView.ChargeRow: MustacheView {
    static let fields: [String: any PartialKeyPath<Self> & Sendable] = [
        "date": \.date, "amount": \.amount, "line": \.line, "refund": \.refund,
    ]
}

extension PageView.Part: MustacheView {
    static let fields: [String: any PartialKeyPath<Self> & Sendable] = ["plain": \.plain, "label": \.label]
}

extension PageView.Step: MustacheView {
    static let fields: [String: any PartialKeyPath<Self> & Sendable] = [
        "parts": \.parts, "original": \.original, "outcome": \.outcome,
    ]
}

extension PageView.Section: MustacheView {
    static let fields: [String: any PartialKeyPath<Self> & Sendable] = [
        "heading": \.heading, "steps": \.steps, "sourceTitle": \.sourceTitle, "sourceURL": \.sourceURL,
    ]
}

extension PageView.GuideView: MustacheView {
    static let fields: [String: any PartialKeyPath<Self> & Sendable] = [
        "words": \.words, "title": \.title, "summary": \.summary, "location": \.location, "sections": \.sections,
        "fallbackContact": \.fallbackContact, "fallbackAdvice": \.fallbackAdvice, "fallbackDetails": \.fallbackDetails,
    ]
}

extension PageText: MustacheView {
    static let fields: [String: any PartialKeyPath<Self> & Sendable] = [
        "title": \.title, "intro": \.intro, "languageSwitch": \.languageSwitch, "inputLabel": \.inputLabel,
        "inputHint": \.inputHint, "fileLabel": \.fileLabel, "submit": \.submit, "resultTitle": \.resultTitle,
        "errorHeading": \.errorHeading, "scanHeading": \.scanHeading, "date": \.date, "amount": \.amount,
        "line": \.line, "provider": \.provider,
        "sureness": \.sureness, "reason": \.reason, "source": \.source, "intermediary": \.intermediary,
        "setAside": \.setAside, "otherVendor": \.otherVendor,
        "alternatives": \.alternatives, "next": \.next, "location": \.location, "fallback": \.fallback,
        "details": \.details, "asText": \.asText, "copy": \.copy, "footer": \.footer,
    ]
}
