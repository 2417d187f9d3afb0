// libFuzzer harness for the HTTP/1.1 request parser: arbitrary bytes, fed whole and then split at
// positions chosen by the input itself. Both feedings must produce the same requests and the same
// error (the parser's answer may not depend on how TCP cut the stream), every call must consume no
// more than it was given, and parsing must always make progress. Built by `make fuzz` together with
// the parser's sources; see Fuzz/README.md.

/// What the parser made of a stream: one line per event.
private func outcome(_ data: [UInt8], cuts: [Int]) -> [String] {
    var parser = HTTPRequestParser()
    var buffer: [UInt8] = []
    var events: [String] = []
    var start = 0
    for end in cuts + [data.count] where end >= start {
        buffer += data[start..<end]
        start = end
        var steps = 0
        while true {
            steps += 1
            precondition(steps < 1_000_000, "parser made no progress")
            let (event, consumed) = parser.parse(buffer)
            precondition(consumed >= 0 && consumed <= buffer.count, "consumed more than given")
            buffer.removeFirst(consumed)
            switch event {
            case .needMoreData:
                if consumed > 0 { continue }
            case .head(let head):
                events.append("head \(head.method.rawValue) \(head.target) \(head.path) \(head.framing)")
                continue
            case .body(let bytes):
                // Body events may be cut differently; compare the bytes, merged, not the events.
                let hex = bytes.map { String($0, radix: 16) }.joined(separator: " ")
                if let last = events.last, last.hasPrefix("body") {
                    events[events.count - 1] += " " + hex
                } else {
                    events.append("body " + hex)
                }
                continue
            case .end:
                events.append("end")
                continue
            case .error(let error):
                events.append("error \(error)")
                return events
            }
            break
        }
    }
    return events
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 1 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: count - 1))
    // The first byte picks a cutting pattern: every `step` bytes, 1 to 16.
    let step = Int(data[0] % 16) + 1
    let cuts = Array(stride(from: step, to: bytes.count, by: step))
    let whole = outcome(bytes, cuts: [])
    let split = outcome(bytes, cuts: cuts)
    precondition(whole == split, "outcome depends on how the stream was cut:\n\(whole)\n\(split)")
    return 0
}
