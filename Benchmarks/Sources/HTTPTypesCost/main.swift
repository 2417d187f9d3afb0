// What adopting swift-http-types for the parser's output would cost: a typical request head's
// fields built from the bytes' strings, then the service's usual lookups (Content-Type,
// X-Request-ID, Origin, Accept-Language missing), with MicroHTTP's HTTPHeaders and with
// swift-http-types' HTTPFields. Prints nanoseconds per head, best of 7 runs of 200,000.
//
//   swift run -c release --package-path Benchmarks HTTPTypesCost
import Dispatch
import Foundation
import HTTPProtocol
import HTTPTypes

let lookedUpByUs = ["Content-Type", "X-Request-ID", "Origin", "Accept-Language"]
let received: [(String, String)] = [
    ("Host", "127.0.0.1:8080"), ("User-Agent", "curl/8.5.0"), ("Accept", "application/json"),
    ("Content-Type", "application/json"), ("Content-Length", "23"), ("X-Request-ID", "probe-1"),
]
let iterations = 200_000

@inline(never) func ours(_ fields: [(String, String)]) -> Int {
    var headers = HTTPHeaders()
    for (name, value) in fields { headers.add(name: name, value: value) }
    var found = 0
    for name in lookedUpByUs where headers[name] != nil { found += 1 }
    return found
}

// Fair to swift-http-types: the looked-up names are made once, as an adopter would declare them.
let lookedUp = [HTTPField.Name.contentType, HTTPField.Name("X-Request-ID")!, HTTPField.Name("Origin")!, .acceptLanguage]

@inline(never) func theirs(_ fields: [(String, String)]) -> Int {
    var headers = HTTPFields()
    for (name, value) in fields {
        guard let name = HTTPField.Name(name) else { continue }
        headers.append(HTTPField(name: name, value: value))
    }
    var found = 0
    for name in lookedUp where headers[name] != nil { found += 1 }
    return found
}

func best(_ body: ([(String, String)]) -> Int) -> Double {
    var best = Double.infinity
    var sink = 0
    for _ in 0..<7 {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { sink &+= body(received) }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / Double(iterations)
        best = min(best, elapsed)
    }
    precondition(sink > 0)
    return best
}

let mine = best(ours)
let other = best(theirs)
print("MicroHTTP HTTPHeaders:       \(String(format: "%.0f", mine)) ns a head")
print("swift-http-types HTTPFields: \(String(format: "%.0f", other)) ns a head (\(String(format: "%.2f", other / mine))×)")
