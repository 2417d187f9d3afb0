import ArgumentParser

/// `renewal-guide`: identify where a Kaspersky licence was bought, and how to turn its auto-renewal off.
@main
struct RenewalGuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renewal-guide",
        abstract: "Find who can turn off a Kaspersky licence's auto-renewal, and how.",
        subcommands: [
            ServeCommand.self, IdentifyCommand.self, ScanCommand.self, GuideCommand.self, RulesCommand.self,
            HealthcheckCommand.self, MCPCommand.self,
        ],
        defaultSubcommand: ServeCommand.self
    )
}
