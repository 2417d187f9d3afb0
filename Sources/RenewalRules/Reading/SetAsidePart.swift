/// A part of what was pasted that identification did not read as a statement line or an order
/// number, and why: an e-mail's header lines and addresses, links, a number labelled as something
/// else. The answer shows these, so a customer sees that `news@kaspersky.com` was not taken for a
/// statement text.
public struct SetAsidePart: Sendable, Hashable {
    /// What sort of part it is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// An e-mail header line that says nothing about the purchase (`To:`, `Date:`), or a
        /// forwarding marker.
        case emailHeader
        /// An e-mail address.
        case emailAddress
        /// A web address or a site's name.
        case webAddress
        /// A number after a label that says it is something other than an order number.
        case otherNumber
        /// A seller the text says the licence was *not* bought from.
        case notTheSeller
    }

    /// What sort of part it is.
    public let kind: Kind
    /// The part as it was read (folded).
    public let text: String
    /// Whether the part is Kaspersky's own (an address or a site of Kaspersky's).
    public let isKaspersky: Bool
    /// For ``Kind/otherNumber``, the label before the number (`書類番号`).
    public let label: String?

    init(_ kind: Kind, text: String, isKaspersky: Bool = false, label: String? = nil) {
        self.kind = kind
        self.text = text
        self.isKaspersky = isKaspersky
        self.label = label
    }

    /// Why the part was set aside, as a short phrase in a language.
    public func note(in language: Language) -> String {
        let ja = language == .ja
        switch kind {
        case .emailHeader:
            return ja ? "メールのヘッダー行で、購入先を示すものではありません" : "an e-mail header line, which does not show the seller"
        case .emailAddress:
            return isKaspersky
                ? (ja ? "カスペルスキーのメールアドレスで、取引明細の文字列ではありません" : "an e-mail address of Kaspersky's, not a statement line")
                : (ja ? "メールアドレスで、取引明細の文字列ではありません" : "an e-mail address, not a statement line")
        case .webAddress:
            return isKaspersky
                ? (ja
                    ? "カスペルスキーのWebサイトのアドレスで、取引明細の文字列ではありません"
                    : "an address of Kaspersky's website, not a statement line")
                : (ja ? "Webアドレスで、取引明細の文字列ではありません" : "a web address, not a statement line")
        case .otherNumber:
            let label = label ?? ""
            return ja ? "「\(label)」の番号で、注文番号ではありません" : "a number labelled \"\(label)\", not an order number"
        case .notTheSeller:
            return ja ? "購入先ではないと書かれています" : "you wrote that it was not bought there"
        }
    }
}
