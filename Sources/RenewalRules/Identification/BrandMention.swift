/// Whether a line names Kaspersky itself: `KASPERSKY`, a statement's cut `KASPERS`, `カスペルスキー`,
/// `Касперский`. Such a line is a Kaspersky purchase even when nothing says who sold it.
enum BrandMention {
    /// The shortest start of `kaspersky` taken for the brand on a statement that cuts names short.
    private static let latinStem = Array("kaspe".utf8)
    private static let katakanaStem = Array("カスペルスキ".utf8)
    private static let cyrillicStem = Array("касперск".utf8)

    /// Whether folded text (see ``TextNormalizer``) names Kaspersky.
    static func names(_ folded: [UInt8]) -> Bool {
        var index = 0
        while index + latinStem.count <= folded.count {
            if (index == 0 || !folded[index - 1].isASCIILetter), folded[index] == latinStem[0],
                folded[index..<index + latinStem.count].elementsEqual(latinStem)
            {
                return true
            }
            index += 1
        }
        guard folded.contains(where: { $0 >= 0x80 }) else { return false }
        return folded.containsRun(katakanaStem) || folded.containsRun(cyrillicStem)
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs contiguously in these bytes.
    func containsRun(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        var start = 0
        while start + needle.count <= count {
            if self[start] == needle[0], self[start..<start + needle.count].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }
}
