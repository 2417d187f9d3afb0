public import ArgumentParser
public import RenewalRules
import RenewalService

/// Options shared by the subcommands that print documents.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the text: ja (default) or en.")
    var lang: Language = .default

    @Flag(name: .long, help: "Print JSON instead of readable text.")
    var json = false

    /// One identification on one line, exactly as the service answers it.
    func jsonLine(_ document: IdentificationDocument) -> String {
        line { $0.identification(document) }
    }

    /// One guide on one line, exactly as the service answers it.
    func jsonLine(_ document: GuideDocument) -> String {
        line { $0.guide(document) }
    }

    /// A rule book's rules on one line, exactly as the service answers them.
    func jsonLine(_ document: RulesDocument) -> String {
        line { $0.rules(document) }
    }

    /// One scanned statement on one line, exactly as the service answers it.
    func jsonLine(_ document: ScanDocument) -> String {
        line { $0.scan(document) }
    }

    private func line(_ write: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter(capacity: 4096)
        write(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

extension Language: ExpressibleByArgument {}
