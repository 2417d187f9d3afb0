/// Whether a line names Kaspersky itself: `KASPERSKY`, a statement's cut `KASPERS`, `カスペルスキー`,
/// `Касперский`. Such a line is a Kaspersky purchase even when nothing says who sold it.
enum BrandMention {
    /// The shortest start of `kaspersky` taken for the brand on a statement that cuts names short;
    /// seven letters, so that `KASPER HOTEL` is not the brand.
    private static let latinStem = Array("kaspers".utf8)
    private static let katakanaStem = Array("カスペルスキ".utf8)
    private static let cyrillicStem = Array("касперск".utf8)

    /// Whether folded text (see ``TextNormalizer``) names Kaspersky.
    static func names(_ folded: [UInt8]) -> Bool {
        let ascii = !folded.contains(where: { $0 >= 0x80 })
        // Most inputs (order numbers, other merchants) have no `k` at all: one pass says so.
        if ascii, !folded.contains(latinStem[0]) { return false }
        if folded.firstIndex(ofRun: latinStem, where: { $0 == 0 || !folded[$0 - 1].isASCIILetter }) != nil {
            return true
        }
        guard !ascii else { return false }
        return folded.containsRun(katakanaStem) || folded.containsRun(cyrillicStem)
    }
}
