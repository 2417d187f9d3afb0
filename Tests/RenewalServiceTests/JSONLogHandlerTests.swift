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

@Suite struct AccessRecordTests {
    @Test func accessRecordBecomesTopLevelFields() throws {
        var pipe: [Int32] = [0, 0]
        #expect(Foundation.pipe(&pipe) == 0)
        let output = LogOutput(descriptor: pipe[1])
        let logger = Logger(label: "t", factory: { _ in JSONLogHandler(label: "t", level: .info, output: output) })
        let record = AccessRecord(
            requestID: "abc", method: "GET", route: "/identify", status: 200, bytes: 450, microseconds: 1234)
        logger.info("request", metadata: ["access": .stringConvertible(record)])
        output.flush()
        close(pipe[1])
        let data = FileHandle(fileDescriptor: pipe[0], closeOnDealloc: true).readDataToEndOfFile()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["request_id"] as? String == "abc")
        #expect(object["route"] as? String == "/identify")
        #expect(object["status"] as? Int == 200)
        #expect(object["bytes"] as? Int == 450)
        #expect(object["duration_ms"] as? Double == 1.234)
        #expect(object["access"] == nil)
        #expect(record.description == "GET /identify 200 450B 1.234ms id=abc")
    }

    @Test(arguments: [(Int64(0), "0.000"), (7, "0.007"), (70, "0.070"), (1_000, "1.000"), (123_456, "123.456")])
    func milliseconds(microseconds: Int64, text: String) {
        #expect(AccessRecord.milliseconds(microseconds) == text)
    }
}
