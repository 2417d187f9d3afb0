extension HTTPRequestParser {
    /// Applies the header rules that decide framing and connection handling; strict against smuggling.
    static func applySemantics(to head: inout HTTPRequestHead, limits: Limits) throws(HTTPParserError) {
        var hosts = 0
        var lengths: [String] = []
        var codings: [String] = []
        var connectionTokens: [Substring] = []
        var expects: [String] = []
        for (name, value) in head.headers {
            switch name.utf8.count {
            case 4 where HTTPHeaders.equal(name, "host"): hosts += 1
            case 6 where HTTPHeaders.equal(name, "expect"): expects.append(value)
            case 10 where HTTPHeaders.equal(name, "connection"):
                connectionTokens += value.split(separator: ",").map(\.trimmingSpaces)
            case 14 where HTTPHeaders.equal(name, "content-length"): lengths.append(value)
            case 17 where HTTPHeaders.equal(name, "transfer-encoding"): codings.append(value)
            default: break
            }
        }
        if head.version == .http11 && hosts != 1 || hosts > 1 { throw .missingHost }
        if !lengths.isEmpty && !codings.isEmpty { throw .conflictingFraming }
        // RFC 9112 §6.1: Transfer-Encoding in an HTTP/1.0 message MUST be treated as faulty framing.
        if !codings.isEmpty && head.version == .http10 { throw .transferEncodingInHTTP10 }
        if !codings.isEmpty {
            let list = codings.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
            guard list.count == 1, HTTPHeaders.equal(list[0].trimmingSpaces, "chunked") else {
                throw .unsupportedTransferEncoding
            }
            head.framing = .chunked
        } else if !lengths.isEmpty {
            let length = try parseContentLength(lengths)
            if length > limits.maxBodyBytes { throw .bodyTooLarge }
            head.framing = length == 0 ? .none : .contentLength(length)
        }
        let hasClose = connectionTokens.contains { HTTPHeaders.equal($0, "close") }
        if head.version == .http11 {
            head.keepAlive = !hasClose
        } else {
            head.keepAlive = !hasClose && connectionTokens.contains { HTTPHeaders.equal($0, "keep-alive") }
        }
        head.expectsContinue =
            head.version == .http11 && expects.contains { HTTPHeaders.equal($0.trimmingSpaces, "100-continue") }
    }

    /// Digits only, at most 18 of them; repeated values (or list elements) must all be equal.
    static func parseContentLength(_ values: [String]) throws(HTTPParserError) -> Int {
        var result: Int?
        for value in values {
            for element in value.split(separator: ",", omittingEmptySubsequences: false) {
                let digits = element.trimmingSpaces.utf8
                guard !digits.isEmpty, digits.count <= 18 else { throw .invalidContentLength }
                var number = 0
                for byte in digits {
                    guard let digit = digit(byte) else { throw .invalidContentLength }
                    number = number * 10 + digit
                }
                if let result, result != number { throw .invalidContentLength }
                result = number
            }
        }
        guard let result else { throw .invalidContentLength }
        return result
    }
}
