// libFuzzer harness for identification: arbitrary bytes, read as UTF-8 (invalid sequences repaired,
// as a Swift String would be) and identified three ways. Built by `make fuzz-identify` as a library
// linked into libFuzzer's driver; see Fuzz/README.md.
import RenewalDocuments
import RenewalRules

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIdentify(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    for kind in [nil, InputKind.orderNumber, .descriptor] {
        let result = Identifier.identify(text, as: kind)
        precondition((0...1).contains(result.confidence), "confidence out of range")
        precondition(result.query == text, "query not kept")
        precondition(result.status != .identified || result.provider != nil, "identified without provider")
        precondition(result.candidates.allSatisfy { (0...1).contains($0.confidence) }, "candidate confidence")
        for language in Language.allCases {
            _ = result.reason.text(in: language)
            _ = IdentificationDocument(result, language: language).plainText(language: language)
        }
    }
    return 0
}
