import ArgumentParser
import RenewalDocuments
import RenewalRules

/// `renewal-guide guide PROVIDER`: the steps to turn auto-renewal off with one provider.
struct GuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Show how to turn off auto-renewal with a provider.",
        discussion: "Providers: \(GuideCommand.validNames). Aliases such as 2co, ios or android work too."
    )

    static let validNames = (ProviderID.allCases.map(\.rawValue) + [GuideCatalog.customerServiceID])
        .joined(separator: ", ")

    @Argument(help: "The provider's identifier or an alias, or customer-service.")
    var provider: String

    @Option(name: .long, help: "The product (Nexway only), e.g. plus, premium, security-cloud.")
    var product: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let guide: Guide
        if provider.lowercased() == GuideCatalog.customerServiceID {
            guide = GuideCatalog.standard.customerService
        } else if let id = RuleBook.standard.providers.provider(named: provider) {
            let products = GuideCatalog.standard.products
            if let product, products.line(named: product) == nil {
                throw ValidationError(
                    "Unknown product '\(product)'. Accepted: \(products.accepted.joined(separator: ", ")).")
            }
            guide = GuideCatalog.standard.guide(for: id, product: product)
        } else {
            throw ValidationError("Unknown provider '\(provider)'. Valid: \(Self.validNames).")
        }
        let document = GuideDocument(guide, language: output.lang)
        print(output.json ? output.jsonLine(document) : document.plainText(), terminator: "")
        if output.json { print() }
    }
}
