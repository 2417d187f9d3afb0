extension Array where Element == UInt8 {
    /// The first position from `start` at which `needle` occurs and `accept` agrees (a word
    /// boundary, say), or `nil`. The one substring search the matchers share.
    func firstIndex(ofRun needle: [UInt8], from start: Int = 0, where accept: (Int) -> Bool = { _ in true }) -> Int? {
        guard let first = needle.first, needle.count <= count else { return nil }
        var position = start
        while position + needle.count <= count {
            if self[position] == first, self[position..<position + needle.count].elementsEqual(needle),
                accept(position)
            {
                return position
            }
            position += 1
        }
        return nil
    }

    /// Whether `needle` occurs contiguously in these bytes.
    func containsRun(_ needle: [UInt8]) -> Bool {
        firstIndex(ofRun: needle) != nil
    }

    /// Whether these bytes end with `suffix`.
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
