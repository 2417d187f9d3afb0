import Testing

@testable import HTTPProtocol

@Suite struct URLEncodedFormTests {
    @Test func decodesPairsLikeAQueryString() throws {
        let pairs = try #require(URLEncodedForm.decode(Array("query=2CO.com%2Akaspersky&x=a+b&empty=&flag".utf8)))
        #expect(pairs.map { "\($0.name)=\($0.value)" } == ["query=2CO.com*kaspersky", "x=a b", "empty=", "flag="])
        #expect(URLEncodedForm.decode(Array("q=%E6%97%A5".utf8))?.first?.value == "日")
        #expect(URLEncodedForm.decode([])?.isEmpty == true)
    }

    @Test(arguments: ["q=%ZZ", "q=%F", "q=%FF", "q=%C3%28"])
    func brokenEscapesOrInvalidUTF8AreRefused(body: String) {
        #expect(URLEncodedForm.decode(Array(body.utf8)) == nil)
    }
}
