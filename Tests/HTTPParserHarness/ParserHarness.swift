package import HTTPProtocol
/// Shared by the parser tests (HTTPProtocolTests) and the conformance table run against the live
/// server (MicroHTTPTests): the parser fed whole, byte by byte and split at every position.
package import Testing

/// What a parser made of some input: the complete requests, and the error if it stopped on one.
package struct ParseOutcome: Equatable, CustomStringConvertible {
    package struct Request: Equatable {
        package var method: String
        package var target: String
        package var path: String
        package var query: [String]
        package var version: String
        package var headers: [String]
        package var body: [UInt8]
        package var keepAlive: Bool
        package var expectsContinue: Bool
        package var framing: HTTPRequestHead.BodyFraming
    }

    package var requests: [Request] = []
    package var error: HTTPParserError?

    package var description: String {
        "requests: \(requests.map { "\($0.method) \($0.target)" }), error: \(String(describing: error))"
    }
}

/// Feeds the chunks one after another, keeping unconsumed bytes as a connection does.
package func parse(_ chunks: [[UInt8]], limits: HTTPRequestParser.Limits = .init()) -> ParseOutcome {
    var parser = HTTPRequestParser(limits: limits)
    var buffer: [UInt8] = []
    var outcome = ParseOutcome()
    var current: ParseOutcome.Request?
    for chunk in chunks {
        buffer += chunk
        while true {
            let (event, consumed) = parser.parse(buffer)
            buffer.removeFirst(consumed)
            switch event {
            case .needMoreData:
                if consumed > 0 { continue }
            case .head(let head):
                current = ParseOutcome.Request(
                    method: head.method.rawValue, target: head.target, path: head.path,
                    query: head.query.map { "\($0.name)=\($0.value)" }, version: head.version.description,
                    headers: head.headers.map { "\($0.name): \($0.value)" }, body: [], keepAlive: head.keepAlive,
                    expectsContinue: head.expectsContinue, framing: head.framing)
                continue
            case .body(let bytes):
                current?.body += bytes
                continue
            case .end:
                if let request = current { outcome.requests.append(request) }
                current = nil
                continue
            case .error(let error):
                outcome.error = error
                return outcome
            }
            break
        }
    }
    return outcome
}

/// Parses `raw` whole, byte by byte, and split in two at every position; all must agree.
@discardableResult
package func parseEverySplit(
    _ raw: String, limits: HTTPRequestParser.Limits = .init(), sourceLocation: SourceLocation = #_sourceLocation
) -> ParseOutcome {
    let bytes = Array(raw.utf8)
    let whole = parse([bytes], limits: limits)
    let byteByByte = parse(bytes.map { [$0] }, limits: limits)
    #expect(byteByByte == whole, "byte by byte", sourceLocation: sourceLocation)
    for split in 1..<max(bytes.count, 1) {
        let outcome = parse([Array(bytes[..<split]), Array(bytes[split...])], limits: limits)
        if outcome != whole {
            Issue.record("split at \(split): \(outcome) != \(whole)", sourceLocation: sourceLocation)
            break
        }
    }
    return whole
}

/// Asserts that `raw` fails with `error` however it is split.
package func expectParseError(
    _ raw: String, _ error: HTTPParserError, limits: HTTPRequestParser.Limits = .init(),
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let outcome = parseEverySplit(raw, limits: limits, sourceLocation: sourceLocation)
    #expect(outcome.error == error, "\(raw.debugDescription)", sourceLocation: sourceLocation)
}
