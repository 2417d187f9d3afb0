public import ArgumentParser
import RenewalDocuments
public import RenewalRules

/// Options shared by the subcommands that print documents.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the text: ja (default) or en.")
    var lang: Language = .default

    @Flag(name: .long, help: "Print JSON instead of readable text.")
    var json = false

    /// A document (an identification, a guide, a rule book's rules, a scan) on one line, exactly
    /// as the service answers it.
    func jsonLine(_ document: some JSONWritable) -> String {
        String(decoding: document.jsonBytes(capacity: 4096), as: UTF8.self)
    }
}

extension Language: ExpressibleByArgument {}
