// libFuzzer harness for the service's JSON parser (request bodies): arbitrary bytes must parse or
// fail with an offset inside the input, never crash, hang or nest deeper than allowed. Built by
// `make fuzz` together with JSONParser.swift and JSONValue.swift; see Fuzz/README.md.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    do {
        let value = try JSONValue.parse(bytes, maxDepth: 8)
        precondition(depth(value) <= 8, "nested deeper than the limit")
    } catch {
        precondition((0...count).contains(error.offset), "failure offset outside the input")
    }
    return 0
}

private func depth(_ value: JSONValue) -> Int {
    switch value {
    case .object(let members): 1 + (members.values.map(depth).max() ?? 0)
    case .array(let elements): 1 + (elements.map(depth).max() ?? 0)
    default: 0
    }
}
