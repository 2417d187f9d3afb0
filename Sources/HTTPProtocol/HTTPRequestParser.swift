/// A pure HTTP/1.1 request parser: bytes in, one event (and how many bytes it consumed) out.
///
/// The caller keeps the unconsumed bytes at the front of its buffer and presents them again, with
/// any new ones, on the next call; it must always drop `consumed` bytes, whatever the event. The
/// parser never touches a socket, so tests feed it byte by byte and split at every position.
/// Modelled on NIOHTTP1: a plain struct whose `mutating` method returns an action, and a closed
/// error enum. It is strict wherever laxness would let a request be smuggled.
package struct HTTPRequestParser: Sendable {
    /// What the parser produced.
    package enum Event: Sendable {
        /// A complete request head.
        case head(HTTPRequestHead)
        /// Some body bytes, already de-chunked.
        case body([UInt8])
        /// The end of the current request; the parser is ready for the next one.
        case end
        /// Nothing more can be produced from the bytes given.
        case needMoreData
        /// The request is malformed; the connection must be answered and closed.
        case error(HTTPParserError)
    }

    enum State: Sendable {
        case head(scanned: Int, lineStart: Int, lines: Int)
        case body(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers(bytes: Int, fields: Int)
        case end
        case failed(HTTPParserError)
    }

    static let cr: UInt8 = 0x0D
    static let lf: UInt8 = 0x0A

    let limits: Limits
    var state: State = .head(scanned: 0, lineStart: 0, lines: 0)
    private var bodyBytes = 0
    /// The head of a request refused with ``HTTPParserError/bodyTooLarge`` for its declared
    /// `Content-Length`: the head itself was read, so the refusal can speak the client's language
    /// and name its route. `nil` for every other error.
    package private(set) var refusedHead: HTTPRequestHead?

    /// Creates a parser with the given limits.
    package init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Whether the parser is between requests with nothing pending.
    package var isIdle: Bool {
        if case .head(scanned: 0, _, _) = state { return true }
        return false
    }

    /// Parses from the start of `bytes`.
    package mutating func parse(_ bytes: UnsafeRawBufferPointer) -> (event: Event, consumed: Int) {
        switch state {
        case .failed(let error):
            return (.error(error), 0)
        case .end:
            state = .head(scanned: 0, lineStart: 0, lines: 0)
            bodyBytes = 0
            return (.end, 0)
        case .head(let scanned, let lineStart, let lines):
            return parseHead(bytes, scanned: scanned, lineStart: lineStart, lines: lines)
        case .body(let remaining):
            guard !bytes.isEmpty else { return (.needMoreData, 0) }
            let count = min(bytes.count, remaining)
            state = remaining == count ? .end : .body(remaining: remaining - count)
            return (.body(Array(bytes[0..<count])), count)
        case .chunkSize:
            return parseChunkSize(bytes)
        case .chunkData(let remaining):
            guard !bytes.isEmpty else { return (.needMoreData, 0) }
            let count = min(bytes.count, remaining)
            state = remaining == count ? .chunkDataEnd : .chunkData(remaining: remaining - count)
            return (.body(Array(bytes[0..<count])), count)
        case .chunkDataEnd:
            guard bytes.count >= 2 else {
                if bytes.count == 1 && bytes[0] != Self.cr { return fail(.invalidChunk) }
                return (.needMoreData, 0)
            }
            guard bytes[0] == Self.cr, bytes[1] == Self.lf else { return fail(.invalidChunk) }
            state = .chunkSize
            return (.needMoreData, 2)
        case .trailers(let seen, let fields):
            return parseTrailers(bytes, seen: seen, fields: fields)
        }
    }

    /// Parses from the start of an array (for tests and small inputs).
    package mutating func parse(_ bytes: [UInt8]) -> (event: Event, consumed: Int) {
        bytes.withUnsafeBytes { parse($0) }
    }

    mutating func fail(_ error: HTTPParserError) -> (event: Event, consumed: Int) {
        state = .failed(error)
        return (.error(error), 0)
    }

    /// Refuses a head whose declared body is over the limit, keeping the head for the answer.
    mutating func refuse(_ head: HTTPRequestHead) -> (event: Event, consumed: Int) {
        refusedHead = head
        return fail(.bodyTooLarge)
    }

    /// Called once a complete head is found; decides the framing of what follows.
    mutating func begin(_ head: HTTPRequestHead) {
        bodyBytes = 0
        switch head.framing {
        case .none, .contentLength(0): state = .end
        case .contentLength(let length): state = .body(remaining: length)
        case .chunked: state = .chunkSize
        }
    }

    private mutating func parseChunkSize(_ bytes: UnsafeRawBufferPointer) -> (event: Event, consumed: Int) {
        let maxLine = 4096
        guard let newline = bytes.prefix(maxLine).firstIndex(of: Self.lf) else {
            return bytes.count >= maxLine ? fail(.invalidChunk) : (.needMoreData, 0)
        }
        guard newline > 0, bytes[newline - 1] == Self.cr else { return fail(.invalidChunk) }
        var size = 0
        var digits = 0
        var index = 0
        let end = newline - 1
        while index < end, let value = Self.hexValue(bytes[index]) {
            guard digits < 15 else { return fail(.invalidChunk) }
            size = size << 4 | value
            digits += 1
            index += 1
        }
        guard digits > 0 else { return fail(.invalidChunk) }
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        // Chunk extensions are ignored, but must be well formed (RFC 9112 §7.1.1).
        if index < end, !Self.isChunkExtensionList(UnsafeRawBufferPointer(rebasing: bytes[index..<end])) {
            return fail(.invalidChunk)
        }
        if size == 0 {
            state = .trailers(bytes: 0, fields: 0)
        } else {
            guard bodyBytes + size <= limits.maxBodyBytes else { return fail(.bodyTooLarge) }
            bodyBytes += size
            state = .chunkData(remaining: size)
        }
        return (.needMoreData, newline + 1)
    }

    /// The trailer section after the last chunk: each line is held to the rules of a header field
    /// (a token name, a colon, no control bytes, no obs-fold), within the header limits, and then
    /// dropped. A request line, a bare CR or a folded line there is an error, not a field.
    private mutating func parseTrailers(
        _ bytes: UnsafeRawBufferPointer, seen: Int, fields: Int
    ) -> (event: Event, consumed: Int) {
        var consumed = 0
        var (seen, fields) = (seen, fields)
        while true {
            let rest = UnsafeRawBufferPointer(rebasing: bytes[consumed...])
            guard let newline = rest.firstIndex(of: Self.lf) else {
                if seen + rest.count > limits.maxHeaderBytes { return fail(.headersTooLarge) }
                state = .trailers(bytes: seen, fields: fields)
                return (.needMoreData, consumed)
            }
            guard newline > 0, rest[newline - 1] == Self.cr else { return fail(.invalidLineEnding) }
            if newline == 1 {
                state = .end
                return (.needMoreData, consumed + 2)
            }
            let line = UnsafeRawBufferPointer(rebasing: rest[0..<(newline - 1)])
            if line.contains(where: { $0 == 0 || $0 == Self.cr }) { return fail(.invalidLineEnding) }
            do {
                _ = try Self.parseField(line)
            } catch {
                return fail(error)
            }
            fields += 1
            seen += newline + 1
            if seen > limits.maxHeaderBytes || fields > limits.maxHeaderFields { return fail(.headersTooLarge) }
            consumed += newline + 1
        }
    }

    /// `*( BWS ";" BWS name [ BWS "=" BWS ( token / quoted-string ) ] )`: each extension has a
    /// name; a value, when given, is a token or a quoted string.
    static func isChunkExtensionList(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        func skipWhitespace() { while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 } }
        func token() -> Bool {
            let start = index
            while index < bytes.count, isTokenByte(bytes[index]) { index += 1 }
            return index > start
        }
        while index < bytes.count {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ";") else { return false }
            index += 1
            skipWhitespace()
            guard token() else { return false }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\\") { index += 1 }
                    guard index < bytes.count, bytes[index] >= 0x20 || bytes[index] == 0x09, bytes[index] != 0x7F
                    else { return false }
                    index += 1
                }
                guard index < bytes.count else { return false }
                index += 1
            } else if !token() {
                return false
            }
            skipWhitespace()
        }
        return true
    }

    static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
