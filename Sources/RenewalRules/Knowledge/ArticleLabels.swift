/// The on-screen labels the article quotes in brackets, exactly as it writes them (the space that
/// opens one of Huawei's is the article's).
///
/// A guide step in the article's own procedures may name only these: the article is the source of
/// truth, and a label it does not show would send a customer hunting for a button. The list
/// changes only when the article does; a rule file cannot add to it.
enum ArticleLabels {
    static let all: Set<String> = [
        // My Kaspersky
        "ライセンス", "ライセンスを管理する", "自動更新サービスをキャンセルする", "自動更新サービスを継続する", "ライセンスを確認する",
        // iOS
        "設定", "(お客様の名前)", "iTunes StoreとApp Store", "Apple IDを表示", "サブスクリプション", "サブスクリプションをキャンセル",
        // Huawei
        "アカウントセンター", "支払と購入", " サブスクリプション/パスワードなしの支払い",
    ]
}
