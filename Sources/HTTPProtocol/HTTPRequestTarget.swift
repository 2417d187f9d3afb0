/// Splits and percent-decodes a request target into a path and query pairs.
enum HTTPRequestTarget {
    /// Decodes origin-form (`/p?q`), absolute-form (`http://h/p?q`) and `*` (for `OPTIONS`).
    static func decode(
        _ target: UnsafeRawBufferPointer, method: HTTPMethod
    ) throws(HTTPParserError) -> (path: String, query: [(name: String, value: String)]) {
        var start = 0
        if target.count == 1 && target[0] == UInt8(ascii: "*") {
            guard method == .options else { throw .invalidTarget }
            return ("*", [])
        }
        if target[0] != UInt8(ascii: "/") {
            let lowered = target.prefix(8).map(HTTPHeaders.lower)
            let schemeLength =
                lowered.starts(with: "http://".utf8) ? 7 : lowered.starts(with: "https://".utf8) ? 8 : 0
            guard schemeLength > 0 else { throw .invalidTarget }
            let afterScheme = target[schemeLength...]
            guard let slash = afterScheme.firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") })
            else { return ("/", []) }
            start = slash
        }
        let rest = target[start...]
        if rest.contains(UInt8(ascii: "#")) { throw .invalidTarget }
        let question = rest.firstIndex(of: UInt8(ascii: "?")) ?? target.count
        var path = try decodeComponent(target[start..<question], plusIsSpace: false)
        let rawSlash = start < question && target[start] == UInt8(ascii: "/")
        if !rawSlash && (path.isEmpty || !path.hasPrefix("/")) { path = "/" + path }
        let query = question < target.count ? try decodeQuery(target[(question + 1)...]) : []
        return (path, query)
    }

    /// `a=1&b=x+y` → pairs: `&`-separated, `+` as space, percent-decoded, UTF-8 validated.
    static func decodeQuery(
        _ bytes: Slice<UnsafeRawBufferPointer>
    ) throws(HTTPParserError) -> [(name: String, value: String)] {
        var query: [(name: String, value: String)] = []
        for pair in bytes.split(separator: UInt8(ascii: "&")) {
            let equals = pair.firstIndex(of: UInt8(ascii: "=")) ?? pair.endIndex
            let name = try decodeComponent(pair[pair.startIndex..<equals], plusIsSpace: true)
            let value = equals < pair.endIndex ? try decodeComponent(pair[(equals + 1)...], plusIsSpace: true) : ""
            query.append((name: name, value: value))
        }
        return query
    }

    /// Percent-decodes and validates UTF-8.
    static func decodeComponent(
        _ bytes: Slice<UnsafeRawBufferPointer>, plusIsSpace: Bool
    ) throws(HTTPParserError) -> String {
        if !bytes.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) {
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes), as: UTF8.self)
        }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex,
                    let high = HTTPRequestParser.hexValue(bytes[index + 1]),
                    let low = HTTPRequestParser.hexValue(bytes[index + 2])
                else { throw .invalidTarget }
                decoded.append(UInt8(high << 4 | low))
                index += 3
            } else {
                decoded.append(plusIsSpace && byte == UInt8(ascii: "+") ? 0x20 : byte)
                index += 1
            }
        }
        guard let string = String(validating: decoded, as: UTF8.self) else { throw .invalidTarget }
        return string
    }
}
