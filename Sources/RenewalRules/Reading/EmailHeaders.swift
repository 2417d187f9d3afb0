/// The header lines of a pasted or forwarded e-mail, and its quote marks. `From:` and `Subject:`
/// keep their text (a sender's name, `ご注文の確認 (注文番号: …)`); the others say nothing about the
/// purchase and are set aside with forwarding markers and `… wrote:` lines.
enum EmailHeaders {
    /// What to do with a header line.
    enum Header: Equatable {
        /// The whole line is set aside.
        case setAside
        /// The label is dropped; the text from this position is read.
        case keepText(from: Int)
    }

    private static let keptLabels: [[UInt8]] = folded([
        "from", "subject", "差出人", "送信者", "件名", "von", "betreff", "de", "objet", "от", "от кого", "тема", "asunto",
        "assunto", "oggetto", "od", "temat",
    ])
    /// The lines that address the mail; its date and the like are left to read (harmless numbers).
    private static let setAsideLabels: [[UInt8]] = folded([
        "to", "cc", "bcc", "reply-to", "return-path", "message-id", "received", "delivered-to", "宛先", "an", "à",
        "кому", "para", "a", "do",
    ])
    private static let markers: [[UInt8]] = folded([
        "original message", "forwarded message", "weitergeleitete nachricht", "転送メッセージ", "元のメッセージ",
        "ursprüngliche nachricht",
        "message d'origine", "message transféré", "mensaje original", "mensagem original", "исходное сообщение",
        "пересылаемое сообщение",
    ])
    private static let wroteEndings: [[UInt8]] = folded([
        "wrote:", "schrieb:", "a écrit :", "a écrit:", "escribió:", "escreveu:", "ha scritto:", "написал:", "napisał:",
        "書きました:",
    ])

    /// The line without leading quote marks (`> `, `>> `, `| `).
    static func unquoted(_ line: [UInt8]) -> [UInt8] {
        guard line.first == 0x3E || line.first == 0x7C else { return line }
        return Array(line.drop { $0 == 0x3E || $0 == 0x7C || $0 == 0x20 })
    }

    /// Whether the line is a header line, and what to keep of it.
    static func header(_ line: [UInt8]) -> Header? {
        // Every header has a colon, every marker a run of dashes or equals signs: most lines neither.
        var colon = false
        var doubled = false
        var previous: UInt8 = 0
        for byte in line {
            if byte == 0x3A { colon = true }
            if (byte == 0x2D || byte == 0x3D) && byte == previous { doubled = true }
            previous = byte
        }
        guard colon || doubled else { return nil }
        // A forwarding marker sits between dashes or equals signs; a quote's intro ends in a colon.
        if doubled, line.count < 160, markers.contains(where: { line.containsRun($0) }) { return .setAside }
        if line.last == 0x3A, wroteEndings.contains(where: { line.ends(with: $0) }) { return .setAside }
        guard let colon = line.prefix(24).firstIndex(of: 0x3A) else { return nil }
        let label = Array(line[..<colon].reversed().drop { $0 == 0x20 }.reversed())
        // `注文番号:` and `Order:` are labels of the purchase, not of the mail.
        if keptLabels.contains(label) { return .keepText(from: colon + 1) }
        if setAsideLabels.contains(label) { return .setAside }
        return nil
    }

    private static func folded(_ texts: [String]) -> [[UInt8]] {
        texts.map { TextNormalizer.foldedBytes($0) }
    }
}
