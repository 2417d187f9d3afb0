extension HTTPRequestParser {
    /// Scans for the end of the head, validating line endings as it goes, then parses it.
    mutating func parseHead(
        _ bytes: UnsafeRawBufferPointer, scanned: Int, lineStart: Int, lines: Int
    ) -> (event: Event, consumed: Int) {
        // Ignore empty lines before the request line (RFC 9112 §2.2).
        if scanned == 0 {
            var skip = 0
            while skip < bytes.count, bytes[skip] == Self.cr || bytes[skip] == Self.lf {
                if bytes[skip] == Self.lf { return fail(.invalidLineEnding) }
                guard skip + 1 < bytes.count else { return (.needMoreData, skip) }
                guard bytes[skip + 1] == Self.lf else { return fail(.invalidLineEnding) }
                skip += 2
            }
            if skip > 0 { return (.needMoreData, skip) }
        }
        var lineStart = lineStart
        var lines = lines
        var index = scanned
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == Self.lf {
                guard index > 0, bytes[index - 1] == Self.cr else { return fail(.invalidLineEnding) }
                if lineStart == index - 1 {
                    return finishHead(UnsafeRawBufferPointer(rebasing: bytes[0..<(index + 1)]))
                }
                lines += 1
                lineStart = index + 1
                if lines > limits.maxHeaderFields + 1 { return fail(.headersTooLarge) }
            } else if byte == 0 || (index > 0 && bytes[index - 1] == Self.cr) {
                return fail(.invalidLineEnding)
            }
            index += 1
        }
        if lines == 0 {
            if count > limits.maxRequestTargetBytes + 64 { return fail(.targetTooLong) }
        } else if let firstNewline = bytes.firstIndex(of: Self.lf), count - firstNewline - 1 > limits.maxHeaderBytes {
            return fail(.headersTooLarge)
        }
        state = .head(scanned: index, lineStart: lineStart, lines: lines)
        return (.needMoreData, 0)
    }

    /// Parses a complete head (ending in an empty line) and sets up the body state.
    private mutating func finishHead(_ block: UnsafeRawBufferPointer) -> (event: Event, consumed: Int) {
        do throws(HTTPParserError) {
            let head = try Self.parseHeadBlock(block, limits: limits)
            begin(head)
            return (.head(head), block.count)
        } catch {
            // Only the declared length was wrong: read the head again without the body limit
            // (this path only), so that the refusal can answer in the client's terms.
            var unbounded = limits
            unbounded.maxBodyBytes = .max
            if error == .bodyTooLarge, let head = try? Self.parseHeadBlock(block, limits: unbounded) {
                return refuse(head)
            }
            return fail(error)
        }
    }

    /// Parses a head block whose lines all end in CRLF and whose last line is empty.
    static func parseHeadBlock(
        _ block: UnsafeRawBufferPointer, limits: Limits
    ) throws(HTTPParserError) -> HTTPRequestHead {
        var firstEnd = 0
        while block[firstEnd] != cr { firstEnd += 1 }
        var head = try parseRequestLine(UnsafeRawBufferPointer(rebasing: block[0..<firstEnd]), limits: limits)
        if block.count - (firstEnd + 2) > limits.maxHeaderBytes { throw .headersTooLarge }
        var fields: [(name: String, value: String)] = []
        var start = firstEnd + 2
        while start < block.count - 2 {
            var end = start
            while block[end] != cr { end += 1 }
            fields.append(try parseField(UnsafeRawBufferPointer(rebasing: block[start..<end])))
            if fields.count > limits.maxHeaderFields { throw .headersTooLarge }
            start = end + 2
        }
        head.headers = HTTPHeaders(fields)
        try applySemantics(to: &head, limits: limits)
        return head
    }

    /// Parses `method SP request-target SP HTTP-version`.
    static func parseRequestLine(
        _ line: UnsafeRawBufferPointer, limits: Limits
    ) throws(HTTPParserError) -> HTTPRequestHead {
        // The same bound as for a request line still arriving, whichever part is long: a 60 KB
        // method in one segment is as much a 414 as a 60 KB target.
        if line.count > limits.maxRequestTargetBytes + 64 { throw .targetTooLong }
        guard let firstSpace = line.firstIndex(of: 0x20), firstSpace > 0 else { throw .invalidRequestLine }
        let method = UnsafeRawBufferPointer(rebasing: line[0..<firstSpace])
        guard method.allSatisfy(isTokenByte) else { throw .invalidRequestLine }
        let rest = UnsafeRawBufferPointer(rebasing: line[(firstSpace + 1)...])
        guard let secondSpace = rest.firstIndex(of: 0x20) else {
            if rest.count > limits.maxRequestTargetBytes { throw .targetTooLong }
            throw .invalidRequestLine
        }
        let target = UnsafeRawBufferPointer(rebasing: rest[0..<secondSpace])
        if target.count > limits.maxRequestTargetBytes { throw .targetTooLong }
        guard !target.isEmpty else { throw .invalidRequestLine }
        guard target.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { throw .invalidTarget }
        let version = try parseVersion(UnsafeRawBufferPointer(rebasing: rest[(secondSpace + 1)...]))
        let methodValue = HTTPMethod.make(method)
        let (path, query) = try HTTPRequestTarget.decode(target, method: methodValue)
        return HTTPRequestHead(
            method: methodValue, target: String(decoding: target, as: UTF8.self), path: path, query: query,
            version: version, headers: HTTPHeaders())
    }

    static func parseVersion(_ bytes: UnsafeRawBufferPointer) throws(HTTPParserError) -> HTTPVersion {
        guard bytes.count == 8, bytes[0] == UInt8(ascii: "H"), bytes[1] == UInt8(ascii: "T"),
            bytes[2] == UInt8(ascii: "T"), bytes[3] == UInt8(ascii: "P"), bytes[4] == UInt8(ascii: "/"),
            let major = digit(bytes[5]), bytes[6] == UInt8(ascii: "."), let minor = digit(bytes[7])
        else { throw .invalidRequestLine }
        guard major == 1, minor <= 1 else { throw .unsupportedVersion }
        return minor == 1 ? .http11 : .http10
    }

    /// Parses `name ":" OWS value OWS`.
    static func parseField(_ line: UnsafeRawBufferPointer) throws(HTTPParserError) -> (name: String, value: String) {
        guard let first = line.first else { throw .invalidHeader }
        if first == 0x20 || first == 0x09 { throw .obsoleteLineFolding }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { throw .invalidHeader }
        let name = UnsafeRawBufferPointer(rebasing: line[0..<colon])
        guard name.allSatisfy(isTokenByte) else { throw .invalidHeader }
        var start = colon + 1
        var end = line.count
        while start < end, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
        while end > start, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        let value = UnsafeRawBufferPointer(rebasing: line[start..<end])
        for byte in value where (byte < 0x20 && byte != 0x09) || byte == 0x7F {
            throw .invalidHeader
        }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// `tchar` from RFC 9110 §5.6.2.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
