import Testing

@testable import RenewalRules

/// One thing a customer wrote or pasted, what the answer must be, and why that is right.
struct WrittenInput: CustomTestStringConvertible, Sendable {
    /// What the answer must be.
    enum Expected: Sendable {
        /// Identified as this provider.
        case seller(ProviderID)
        /// Anything but a confident seller: the input does not say who sold it.
        case noSeller
        /// Another vendor's or shop's, not a Kaspersky purchase: `unknown`, naming it.
        case vendor(String)
        /// Kaspersky and another vendor both named: at most ambiguous, naming the vendor.
        case vendorBeside(String)
    }

    let text: String
    let expected: Expected
    /// Why the expected answer is right: the article's rule or the page that says so.
    let why: String
    /// A part that must be set aside, if any.
    var setAside: SetAsidePart.Kind?

    init(_ text: String, _ expected: Expected, _ why: String, setAside: SetAsidePart.Kind? = nil) {
        self.text = text
        self.expected = expected
        self.why = why
        self.setAside = setAside
    }

    var testDescription: String { String(text.prefix(60)) }

    /// Checks the answer identification gives.
    func check() {
        let result = Identifier.identify(text)
        let got = "\(result.status) \(result.provider?.rawValue ?? "-") \(result.confidence) \(result.reason)"
        switch expected {
        case .seller(let provider):
            #expect(result.status == .identified && result.provider == provider, "\(text) — \(why) — got \(got)")
        case .noSeller:
            #expect(result.status != .identified, "\(text) — \(why) — got \(got)")
        case .vendor(let name):
            #expect(result.status == .unknown && result.otherVendor?.name == name, "\(text) — \(why) — got \(got)")
            #expect(result.candidates.isEmpty, "\(text): another vendor's purchase offers no Kaspersky seller")
        case .vendorBeside(let name):
            #expect(result.status != .identified && result.otherVendor?.name == name, "\(text) — \(why) — got \(got)")
        }
        if let kind = setAside {
            #expect(result.setAside.contains { $0.kind == kind }, "\(text): \(kind) set aside — got \(result.setAside)")
        }
    }
}
