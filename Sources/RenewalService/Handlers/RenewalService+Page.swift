import Foundation
import MicroHTTP
import RenewalRules

extension RenewalService {
    /// `GET /` (with `?q=` to answer, so that an answer can be linked) and `POST /` (a form, for
    /// longer input): the page for people, in Japanese by default.
    func page(_ request: HTTPRequest) -> HTTPResponse {
        var fields = request.query
        if request.method == .post {
            guard
                IdentifyRequest.mediaType(request.headers["Content-Type"] ?? "") == "application/x-www-form-urlencoded",
                let form = URLEncodedForm.decode(request.body)
            else {
                return pageResponse(
                    PageAnswer.failure(
                        LocalizedText(
                            ja: "フォームの内容を読めませんでした。もう一度送ってください。",
                            en: "The form could not be read; please send it again.")),
                    query: "", request: request, language: pageLanguage(request, fields: fields))
            }
            fields += form
        }
        let language = pageLanguage(request, fields: fields)
        let query = fields.last { $0.name == "q" }?.value ?? ""
        let answer = PageAnswer.answer(query, language: language, knowledge: knowledge)
        return pageResponse(answer, query: query, request: request, language: language)
    }

    /// `GET /page.css` and `GET /page.js`: the page's only assets, from this server.
    func pageAsset(_ route: Route) -> HTTPResponse {
        let (type, body) =
            route == .pageScript
            ? ("text/javascript; charset=utf-8", PageRenderer.script)
            : ("text/css; charset=utf-8", PageRenderer.stylesheet)
        return HTTPResponse(
            headers: [
                "Content-Type": type, "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff",
            ], body: body)
    }

    /// `?lang=` (or the form's `lang`), then `Accept-Language`; a language that does not exist falls
    /// back to the default, as a page should rather than answer with an error.
    private func pageLanguage(_ request: HTTPRequest, fields: [(name: String, value: String)]) -> Language {
        negotiator.problemLanguage(
            fields.last { $0.name == "lang" }?.value, acceptLanguage: request.headers["Accept-Language"])
    }

    private func pageResponse(
        _ answer: PageAnswer, query: String, request: HTTPRequest, language: Language
    ) -> HTTPResponse {
        let empty = query.isEmpty && answer.error == nil
        var response = HTTPResponse(
            status: answer.error == nil ? .ok : .badRequest,
            headers: [
                "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": pageSecurityPolicy,
                "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
                // What customers paste is theirs: never kept by a cache.
                "Cache-Control": "no-store", "Content-Language": language.rawValue, "Vary": "Accept-Language",
            ],
            body: empty
                ? emptyPages[language] ?? Self.renderPage(answer, query: query, language: language)
                : Self.renderPage(answer, query: query, language: language))
        if request.method == .head { response.body = [] }
        return response
    }

    /// The page for an answer, as HTML bytes.
    static func renderPage(_ answer: PageAnswer, query: String, language: Language) -> [UInt8] {
        let other: Language = language == .ja ? .en : .ja
        var link = "/?lang=\(other.rawValue)"
        // Keep the question when switching language, if it fits in a link.
        if !query.isEmpty, query.utf8.count <= 1_500,
            let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)
        {
            link += "&q=" + encoded
        }
        let view = PageView(
            lang: language.rawValue, otherLang: other.rawValue, otherLanguageName: other == .ja ? "日本語" : "English",
            otherLanguageLink: link, text: PageText.for(language), query: query, hasQuery: !query.isEmpty,
            formMethod: query.utf8.count > 1_500 ? "post" : "get", error: answer.error?[language], scan: answer.scan,
            results: answer.results)
        return Array(PageRenderer.render(view).utf8)
    }
}
