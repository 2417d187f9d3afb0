// libFuzzer harness for rule files: arbitrary bytes, read as UTF-8 text, loaded as a rule book.
// Built by `make fuzz-rules` as a library linked into libFuzzer's driver; see Fuzz/README.md.
import RenewalRules

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    do {
        let book = try RuleBook(yaml: text, file: "fuzz.yaml")
        // A book that loads must answer, within its bounds, for any input.
        _ = Identifier.identify(text, rules: book)
        _ = Identifier.identify("22122857 KASPERSKYLAB", rules: book)
    } catch {
        precondition(!error.problems.isEmpty, "a refused file must say why")
        for problem in error.problems {
            precondition(!problem.message.isEmpty, "a problem without a message")
        }
    }
    return 0
}
