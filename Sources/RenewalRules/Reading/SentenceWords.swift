/// The words that tell a sentence from a statement line, and what a sentence says about a seller
/// it names: that the licence was bought there, or that it was not. In Japanese, English and the
/// other languages Kaspersky sells in; all folded (see ``TextNormalizer``).
enum SentenceWords {
    /// Words that statement lines do not hold, and sentences do: two of them make a line a sentence.
    private static let functionWords: Set<[UInt8]> = Set(
        bytes([
            "i", "my", "me", "it", "on", "in", "at", "the", "and", "to", "from", "was", "is", "have", "had", "want",
            "would", "like", "please", "how", "where", "this", "that", "with", "via", "through", "not", "didn't",
            "don't", "we", "our", "you", "your", "ich", "habe", "im", "bei", "über", "mein", "meine", "und", "nicht",
            "das", "es", "je", "j'ai", "sur", "le", "la", "les", "mon", "ma", "et", "pas", "chez", "par", "lo", "mi",
            "y", "compré", "en", "el", "por", "eu", "na", "meu", "minha", "ho", "il", "su", "mio", "я", "в", "на",
            "не", "мой", "моя", "через", "и", "это", "kupiłem", "kupiłam", "w", "przez", "moja", "mój",
        ]))

    /// Stems that say a purchase, a subscription or its renewal happened where the seller is named.
    private static let purchaseStems: [[UInt8]] = bytes([
        "購入", "買", "購読", "契約", "課金", "決済", "支払", "払い", "申し込", "申込", "登録", "サブスク", "自動更新", "経由",
        "領収", "receipt", "quittung", "reçu", "recibo", "квитанц",
        "解約", "請求", "bought", "buy", "purchas", "paid", "subscri", "renew", "cancel", "charg", "billed",
        "ordered", "via", "through", "gekauft", "kauf", "bestellt", "bezahlt", "über", "kündig", "achet",
        "achat", "abonn", "payé", "résili", "compr", "suscrip", "pagu", "pagué", "assinatura", "acquist",
        "abbonament", "disdet", "купи", "покуп", "оплат", "подпис", "отмен", "продл", "kupi", "zakup",
        "subskryp", "płac", "anul", "satın", "abonelik", "iptal",
    ])

    /// Words that deny a seller named after them (`not on Google Play`, `nicht im App Store`).
    private static let negationsBefore: [[UInt8]] = bytes([
        "not", "never", "didn't", "didnt", "wasn't", "isn't", "nicht", "kein", "keine", "pas", "jamais", "no",
        "não", "nunca", "non", "не", "nie", "değil",
    ])

    /// What denies a seller named before it, in Japanese (`App Storeではなく`, `…で買っていません`).
    private static let negationsAfter: [[UInt8]] = bytes([
        "ではなく", "ではない", "ではありません", "じゃなく", "じゃない", "でなく", "以外", "ていません", "ていない", "てない",
        "ておりません", "ってない", "っていない", "っていません",
    ])

    /// How far from a name a denial still belongs to it, in bytes (about ten Japanese characters).
    private static let negationReach = 32

    /// Whether a folded line reads as a sentence: it holds hiragana, or two function words.
    static func isSentence(_ line: [UInt8]) -> Bool {
        if hasHiragana(line) { return true }
        var seen: [[UInt8]] = []
        for word in words(line) where functionWords.contains(word) && !seen.contains(word) {
            seen.append(word)
            if seen.count == 2 { return true }
        }
        return false
    }

    private static let purchaseIndex = PhraseIndex(purchaseStems)
    private static let negationAfterIndex = PhraseIndex(negationsAfter)
    private static let negationBeforeIndex = PhraseIndex(negationsBefore)

    /// Whether the line says something was bought, subscribed to or renewed.
    static func saysPurchase(_ line: [UInt8]) -> Bool {
        purchaseIndex.occurs(in: line, within: line.indices) { _, _ in true }
    }

    /// Whether the text around a name at `range` denies it: a negation after it (Japanese), or one
    /// before it and after `floor` (the previous name's end), so `not X but Y` denies only X.
    static func denies(_ line: [UInt8], around range: Range<Int>, floor: Int) -> Bool {
        let after = range.upperBound..<min(line.count, range.upperBound + negationReach)
        if negationAfterIndex.occurs(in: line, within: after, where: { _, _ in true }) { return true }
        let before = max(floor, range.lowerBound - negationReach)..<range.lowerBound
        // A denial before the name stands as a word of its own.
        return negationBeforeIndex.occurs(in: line, within: before) { start, end in
            (start == 0 || !isWordByte(line[start - 1])) && (end == line.count || !isWordByte(line[end]))
        }
    }

    /// A byte of a word: ASCII letters and digits, the apostrophe, and any byte outside ASCII.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte.isASCIIAlphanumeric || byte == 0x27
    }

    /// Hiragana (U+3041–U+309F) in UTF-8: E3 81 81–E3 82 9F.
    private static func hasHiragana(_ line: [UInt8]) -> Bool {
        var index = 0
        while index + 2 < line.count {
            if line[index] == 0xE3,
                (line[index + 1] == 0x81 && line[index + 2] >= 0x81)
                    || (line[index + 1] == 0x82 && line[index + 2] <= 0x9F)
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// The words of a folded line: runs parted by ASCII spaces and punctuation other than `'`.
    private static func words(_ line: [UInt8]) -> [[UInt8]] {
        line.split { $0 < 0x80 && !$0.isASCIIAlphanumeric && $0 != 0x27 }.map(Array.init)
    }

    private static func bytes(_ words: [String]) -> [[UInt8]] {
        words.map { TextNormalizer.foldedBytes($0) }
    }
}
