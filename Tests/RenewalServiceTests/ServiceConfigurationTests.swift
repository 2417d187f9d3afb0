import Foundation
import MicroHTTP
import Testing

@testable import RenewalService

@Suite struct ServiceConfigurationTests {
    /// Each default is declared once (the HTTP server's, or the configuration's own), and what
    /// `--help` and the README show reads back as the same configuration.
    @Test(arguments: Setting.allCases)
    func everyShownDefaultReadsBackAsTheDefault(setting: Setting) throws {
        let read = try ServiceConfiguration(values: [setting: setting.defaultValue])
        #expect(read.text(of: setting) == ServiceConfiguration().text(of: setting))
        if [.port, .headerTimeout, .maxBufferedBytes, .shutdownGrace].contains(setting) {
            #expect(!setting.defaultValue.isEmpty)
        }
    }

    @Test func theServerDefaultsAreTheServices() {
        let server = HTTPServer.Configuration()
        let service = ServiceConfiguration().httpConfiguration
        #expect(service.port == server.port && service.maxBufferedBytes == server.maxBufferedBytes)
        #expect(service.headerTimeout == server.headerTimeout && service.maxBodyBytes == server.maxBodyBytes)
    }

    @Test func defaults() throws {
        let configuration = try ServiceConfiguration(environment: [:])
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.port == 8080)
        #expect(configuration.defaultLanguage == .ja)
        #expect(configuration.corsOrigins.isEmpty)
        #expect(configuration.httpConfiguration.maxBodyBytes == 1_048_576)
        for setting in Setting.allCases {
            #expect(!setting.meaning.isEmpty)
        }
    }

    @Test func environmentVariables() throws {
        let configuration = try ServiceConfiguration(environment: [
            "HOST": "::", "PORT": "0", "HEADER_TIMEOUT": "2.5", "IDLE_TIMEOUT": "30", "MAX_BODY_BYTES": "2048",
            "MAX_CONNECTIONS": "50", "SHUTDOWN_GRACE": "3", "DEFAULT_LANGUAGE": "en",
            "CORS_ORIGIN": "https://a.example, https://b.example", "LOG_LEVEL": "debug",
        ])
        #expect(configuration.host == "::")
        #expect(configuration.port == 0)
        #expect(configuration.headerTimeout == 2.5)
        #expect(configuration.maxConnections == 50)
        #expect(configuration.defaultLanguage == .en)
        #expect(configuration.corsOrigins == ["https://a.example", "https://b.example"])
        #expect(configuration.logLevel == .debug)
        #expect(configuration.httpConfiguration.shutdownGrace == 3)
    }

    @Test(arguments: [
        ("PORT", "80a"), ("PORT", "70000"), ("PORT", "-1"), ("PORT", "+5"), ("HEADER_TIMEOUT", "0"),
        ("IDLE_TIMEOUT", "soon"), ("MAX_BODY_BYTES", "0"), ("DEFAULT_LANGUAGE", "fr"), ("LOG_LEVEL", "loud"),
        ("CORS_ORIGIN", "portal.example"), ("HOST", "example.com"), ("SHUTDOWN_GRACE", "nan"),
    ])
    func badValuesNameTheirSetting(variable: String, value: String) {
        #expect {
            try ServiceConfiguration(environment: [variable: value])
        } throws: { error in
            let message = "\(error)"
            return message.contains(variable) && message.contains(value) && message.contains("expected")
        }
    }

    @Test func flagNamesMatchEnvironmentNames() {
        #expect(Setting.headerTimeout.flag == "--header-timeout")
        #expect(Setting.headerTimeout.environmentVariable == "HEADER_TIMEOUT")
        #expect(Setting.corsOrigin.environmentVariable == "CORS_ORIGIN")
    }
}

@Suite struct CPUBudgetTests {
    @Test(arguments: [("max 100000", nil), ("200000 100000", 2), ("150000 100000", 2), ("50000 100000", 1), ("x", nil)])
    func quota(cpuMax: String, cores: Int?) {
        #expect(CPUBudget.quotaCores(cpuMax) == cores)
    }

    @Test func loopsNeverExceedOnlineCoresNorDropBelowOne() {
        #expect(CPUBudget.defaultEventLoops(cpuMax: "100000 100000") == 1)
        #expect(CPUBudget.defaultEventLoops(cpuMax: "6400000 100000") <= ProcessInfo.processInfo.activeProcessorCount)
        #expect(CPUBudget.defaultEventLoops(cpuMax: "1000 100000") == 1)
    }

    @Test func eventLoopsSetting() throws {
        #expect(try ServiceConfiguration(environment: ["EVENT_LOOPS": "3"]).httpConfiguration.loopCount == 3)
        #expect(try ServiceConfiguration(environment: ["EVENT_LOOPS": "auto"]).eventLoops == nil)
        #expect(throws: ConfigurationError.self) { try ServiceConfiguration(environment: ["EVENT_LOOPS": "0"]) }
    }
}
