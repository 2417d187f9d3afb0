/// The object keys of a JSON text that break sorted order, found by one pass over its bytes: the
/// writer promises sorted keys at every depth, and a parsed dictionary cannot show the order.
public func keysOutOfOrder(_ json: [UInt8]) -> [String] {
    var lastKey: [String?] = []  // per open container; `nil` for arrays and before an object's first key
    var isObject: [Bool] = []
    var outOfOrder: [String] = []
    var index = 0
    while index < json.count {
        let byte = json[index]
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            isObject.append(byte == UInt8(ascii: "{"))
            lastKey.append(nil)
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            isObject.removeLast()
            lastKey.removeLast()
        case UInt8(ascii: "\""):
            var end = index + 1
            while json[end] != UInt8(ascii: "\"") { end += json[end] == UInt8(ascii: "\\") ? 2 : 1 }
            let text = String(decoding: json[(index + 1)..<end], as: UTF8.self)
            if isObject.last == true, end + 1 < json.count, json[end + 1] == UInt8(ascii: ":") {
                if let previous = lastKey[lastKey.count - 1], !(previous < text) { outOfOrder.append(text) }
                lastKey[lastKey.count - 1] = text
            }
            index = end
        default:
            break
        }
        index += 1
    }
    return outOfOrder
}
