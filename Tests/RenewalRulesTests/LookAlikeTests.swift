import Testing

@testable import RenewalRules

/// What a Japanese card statement really holds, none of it a Kaspersky charge: convenience stores,
/// chains whose names begin with a digit or an A, airlines, streaming services, dates, amounts and
/// phone numbers. None may come back as a confident order number or descriptor.
@Suite struct LookAlikeTests {
    static let lookAlikes = [
        "セブン-イレブン 渋谷店", "SEVEN-ELEVEN TOKYO 03-1234-5678", "7-ELEVEN", "ファミリーマート 新宿", "LAWSON 0120-07-3963",
        "ローソン 090-1234-5678", "2NDSTREET 原宿店", "3COINS 池袋", "31アイスクリーム", "100円ショップ ダイソー", "AEON MALL 幕張",
        "AMAZON.CO.JP", "AMAZON DOWNLOADS", "AMZN Mktp JP*2K4LM8YT2", "Amazon Prime*2A3BC4DE5", "ASICS STORE", "ADIDAS",
        "ANA 2051234567890", "JAL 国内線", "AIR DO", "AIRASIA", "PEACH AVIATION", "NETFLIX.COM", "SPOTIFY P1A2B3C4D5",
        "HULU JAPAN", "U-NEXT", "DMM.COM", "ABEMA", "DAZN", "NHK 受信料", "docomo ご利用料金", "SoftBank 0800-919-0157",
        "楽天市場 R0123456789", "2024/05/12", "20240512 ローソン 1,234円", "2024-05-12 4,980円", "JPY 12,800", "¥22122857",
        "22122857円", "+81-3-1234-5678", "+353 1 555 0100", "**** **** **** 1234", "2ND STREET", "3M JAPAN",
        "A8.NET", "AU PAY", "APPLE PAY", "AIRBNB * HMABC12345", "UBER *TRIP", "STEAMGAMES.COM 4259522985",
        "MICROSOFT*STORE", "ADOBE *CREATIVE CLOUD", "2GO", "24/7 FITNESS", "ANTIVIRUS SHOP", "ALLSTATE",
        "振込 20240512", "SEVEN BANK ATM 20240512",
    ]

    @Test(arguments: lookAlikes)
    func isNeverAConfidentAnswer(line: String) {
        let result = Identifier.identify(line)
        #expect(result.status != .identified, "\(line): \(result.provider?.rawValue ?? "-") \(result.confidence)")
        #expect(!result.namesKaspersky, "\(line)")
    }

    @Test func theLookAlikeSetCoversEveryKindNamed() {
        #expect(Self.lookAlikes.count >= 50)
    }
}
