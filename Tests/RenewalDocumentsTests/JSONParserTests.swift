import Foundation
import Testing

@testable import RenewalDocuments

@Suite struct JSONParserTests {
    @Test(arguments: [
        #"{"query":"22122857"}"#, #"[1,2.5,-0,1e3,true,false,null]"#, #"{"a":{"b":[{"c":"\u00e9\ud83c\udf89"}]}}"#,
        #"  "x"  "#, #"{"esc":"\"\\\/\b\f\n\r\t"}"#, #"{}"#, #"[]"#, #"0"#, #"-12.5E-3"#, "\"日本語\"",
    ])
    func acceptsWhatJSONSerializationAccepts(text: String) throws {
        let ours = try JSONValue.parse(Array(text.utf8))
        let foundation = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        #expect(Self.same(ours, foundation), "\(text)")
    }

    @Test(arguments: [
        "", " ", "{", "}", "[1,]", #"{"a":1,}"#, "01", "1.", ".5", "+1", "1e", "tru", "nul", #"{"a"}"#, #"{a:1}"#,
        #""\x""#, #""\u12""#, #""\ud800""#, #""\udc00""#, "\"a\u{1}b\"", "[1 2]", "{} {}", "NaN", "Infinity",
        "// c\n1", "'x'",
    ])
    func rejectsMalformedJSON(text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONValue.parse(Array(text.utf8)) }
    }

    /// Which of two equal names wins differs between parsers; a request that depends on it is refused.
    @Test(arguments: [
        #"{"k":1,"k":2}"#, #"{"query":"1","query":"2"}"#, #"[{"a":{"b":1,"b":1}}]"#, #"{"\u0071":1,"q":2}"#,
    ])
    func refusesDuplicateMemberNames(text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONValue.parse(Array(text.utf8)) }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONParser.Failure.self) { try JSONValue.parse([0x22, 0xFF, 0xFE, 0x22]) }
        #expect(throws: JSONParser.Failure.self) { try JSONValue.parse([0x22, 0xED, 0xA0, 0x80, 0x22]) }
    }

    @Test func boundsNesting() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.Failure.self) { try JSONValue.parse(Array(deep.utf8)) }
        let fine = String(repeating: "[", count: 32) + String(repeating: "]", count: 32)
        #expect(try JSONValue.parse(Array(fine.utf8)) != .null)
    }

    @Test func wholeNumbersKeepTheirDigits() throws {
        #expect(try JSONValue.parse(Array("20564778810".utf8)) == .number(20_564_778_810, text: "20564778810"))
    }

    /// Structural equality between our value and Foundation's.
    static func same(_ value: JSONValue, _ other: Any) -> Bool {
        switch value {
        case .object(let members):
            guard let dictionary = other as? [String: Any], dictionary.count == members.count else { return false }
            return members.allSatisfy { key, member in dictionary[key].map { same(member, $0) } ?? false }
        case .array(let elements):
            guard let array = other as? [Any], array.count == elements.count else { return false }
            return zip(elements, array).allSatisfy { same($0, $1) }
        case .string(let text): return (other as? String) == text
        case .number(let number, _):
            guard let foundation = other as? NSNumber, String(cString: foundation.objCType) != "c" else { return false }
            return foundation.doubleValue == number
        case .bool(let flag):
            guard let foundation = other as? NSNumber, String(cString: foundation.objCType) == "c" else { return false }
            return foundation.boolValue == flag
        case .null: return other is NSNull
        }
    }
}
