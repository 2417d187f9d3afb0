public import ArgumentParser
import Foundation
public import RenewalRules

/// Options shared by the subcommands that print documents.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the text: ja (default) or en.")
    var lang: Language = .default

    @Flag(name: .long, help: "Print JSON instead of readable text.")
    var json = false

    /// One JSON document on one line, keys sorted so output is stable.
    func jsonLine(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

extension Language: ExpressibleByArgument {}
