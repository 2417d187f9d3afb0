import RenewalDocuments
import Testing

@testable import RenewalRules

/// What tells a pasted message (identified whole) from a statement's lines (scanned one by one).
@Suite struct PastedMessageTests {
    @Test(arguments: [
        "From: Kaspersky <news@kaspersky.com>\nSubject: 注文の確認\n注文番号: 22122857",
        "注文番号: 22122857\nありがとうございました",
        "I bought it on Google Play.\nNow I want to cancel it.",
        "> Order number: 20564778810\n> Thanks",
    ])
    func messages(text: String) {
        #expect(PastedMessage.isMessage(text))
    }

    @Test(arguments: [
        "2026/10/01 セブン-イレブン 580\n2026/10/02 DR*EFMSPL 4,980",
        "KASPERSKYLAB MOSCOW 1,980\nAMAZON.CO.JP 2,400",
        "利用日,ご利用店名,利用金額\n2026/10/01,DR*EFMSPL,4980",
        "2026/10/01 ご利用分 セブンイレブン 580\n2026/10/02 ご利用分 DR*EFMSPL 4,980",
    ])
    func statements(text: String) {
        #expect(!PastedMessage.isMessage(text))
    }

    /// The text answer lists what was set aside, in the document's language.
    @Test func theTextAnswerListsWhatWasSetAside() {
        let identification = Identifier.identify("From: Kaspersky <news@kaspersky.com>\n注文番号: 22122857")
        let english = IdentificationDocument(identification, language: .en).plainText(language: .en)
        #expect(
            english.contains("Set aside: news@kaspersky.com (an e-mail address of Kaspersky's, not a statement line)"))
        let japanese = IdentificationDocument(identification, language: .ja).plainText(language: .ja)
        #expect(japanese.contains("読まなかった部分: news@kaspersky.com"))
    }
}
