import Foundation
import Logging
import Testing

@testable import RenewalService

@Suite struct JSONLogHandlerTests {
    @Test func writesOneJSONObjectPerLine() throws {
        var pipe: [Int32] = [0, 0]
        #expect(Foundation.pipe(&pipe) == 0)
        let output = LogOutput(descriptor: pipe[1])
        let handler = JSONLogHandler(label: "t", level: .info, output: output)
        let logger = Logger(label: "t", factory: { _ in handler })
        logger.info("request", metadata: ["route": "/identify", "status": "200", "note": "quote \" and\nnewline"])
        logger.debug("hidden")
        output.flush()
        close(pipe[1])
        let data = FileHandle(fileDescriptor: pipe[0], closeOnDealloc: true).readDataToEndOfFile()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: String])
        #expect(object["message"] == "request")
        #expect(object["route"] == "/identify")
        #expect(object["level"] == "info")
        #expect(object["note"] == "quote \" and\nnewline")
        #expect(object["time"]?.hasSuffix("Z") == true)
    }
}
