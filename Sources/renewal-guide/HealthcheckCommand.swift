import ArgumentParser
import Foundation

/// `renewal-guide healthcheck`: asks a running server's `/healthz`, for a container `HEALTHCHECK`.
struct HealthcheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "healthcheck",
        abstract: "Check a running server's /healthz; exit 0 when healthy, 1 otherwise."
    )

    @Option(help: "The URL to check (default: http://127.0.0.1:$PORT/healthz, PORT defaulting to 8080).")
    var url: String?

    @Option(help: "Seconds to wait for the answer.")
    var timeout: Double = 2

    func run() throws {
        let port = ProcessInfo.processInfo.environment["PORT"] ?? "8080"
        let target = url ?? "http://127.0.0.1:\(port)/healthz"
        do {
            let status = try HealthProbe(url: target, timeout: timeout).status()
            guard status == 200 else {
                print("unhealthy: \(target) answered \(status)")
                throw ExitCode(1)
            }
            print("healthy: \(target) answered 200")
        } catch let failure as HealthProbe.Failure {
            print("unhealthy: \(failure)")
            throw ExitCode(1)
        }
    }
}
