import Mustache

/// Renders ``PageView`` through the page's Mustache template, compiled once at start-up.
///
/// Every `{{value}}` is escaped by the template package through a content type registered here:
/// swift-mustache's own HTML escaping compares whole characters (grapheme clusters), so a quote
/// followed by a combining mark (`"\u{301}`) is one character that is not `"`, passes unescaped,
/// and would end an attribute. This one escapes the five bytes `<`, `>`, `&`, `"`, `'` wherever
/// they stand in the UTF-8.
enum PageRenderer {
    /// The compiled templates; one that does not parse stops the process at start-up.
    private static let templates: (page: MustacheTemplate, guide: MustacheTemplate) = {
        MustacheContentTypes.register(ByteEscapedHTML(), named: "HTML_BYTES")
        do {
            return (
                try MustacheTemplate(string: String(decoding: PackageResources.page_mustache, as: UTF8.self)),
                try MustacheTemplate(string: String(decoding: PackageResources.guide_mustache, as: UTF8.self))
            )
        } catch {
            fatalError("a page template does not parse: \(error)")
        }
    }()

    /// The page's stylesheet and script, served as they are.
    static let stylesheet = PackageResources.page_css
    static let script = PackageResources.page_js

    /// Compiles the template now (call at start-up, so that a broken template fails there).
    static func prepare() {
        _ = templates
    }

    /// The page as HTML.
    static func render(_ view: PageView) -> String {
        templates.page.render(view)
    }

    /// A guide's section of the page as HTML: the same for every answer that leads to it, so
    /// rendered once per guide and language (see ``PageGuides``).
    static func render(_ guide: PageView.GuideView) -> String {
        templates.guide.render(guide)
    }
}

/// HTML escaping byte by byte, so that no combining mark can shield a quote or a bracket.
struct ByteEscapedHTML: MustacheContentType {
    func escapeText(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x26: out += Array("&amp;".utf8)
            case 0x22: out += Array("&quot;".utf8)
            case 0x27: out += Array("&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
