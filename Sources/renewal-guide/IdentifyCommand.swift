import ArgumentParser
import RenewalDocuments
import RenewalRules

/// `renewal-guide identify TEXT...`: one identification per argument.
struct IdentifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "identify",
        abstract: "Identify the provider from order numbers or card-statement lines.",
        discussion: "With --json, prints one JSON object per input, one per line."
    )

    /// How to read the inputs.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case auto
        case orderNumber = "order-number"
        case descriptor
    }

    @Argument(help: "Order numbers or statement lines (quote lines with spaces).")
    var texts: [String]

    @Option(name: .long, help: "Read inputs as: auto, order-number or descriptor.")
    var kind: Kind = .auto

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !texts.isEmpty else { throw ValidationError("Give at least one order number or statement line.") }
        // As the API answers 400: an empty input is a mistake, not a question with no answer.
        if let index = texts.firstIndex(where: { $0.allSatisfy { $0.isWhitespace || $0.isNewline } }) {
            throw ValidationError(
                "Input \(index + 1) is empty: give an order number or a card-statement line.")
        }
    }

    func run() throws {
        let forced: InputKind? =
            switch kind {
            case .auto: nil
            case .orderNumber: .orderNumber
            case .descriptor: .descriptor
            }
        for text in texts {
            let document = IdentificationDocument(Identifier.identify(text, as: forced), language: output.lang)
            print(
                output.json
                    ? output.jsonLine(document)
                    : document.plainText(language: output.lang, guideCommand: "renewal-guide guide"))
        }
    }
}
