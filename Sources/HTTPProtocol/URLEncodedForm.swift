/// `application/x-www-form-urlencoded`, the same encoding as a query string: what an HTML form or
/// `curl -d name=value` sends. Decoded exactly as the server decodes request targets.
public enum URLEncodedForm {
    /// The name-value pairs of a form body, or `nil` when an escape is broken or the text is not UTF-8.
    public static func decode(_ bytes: [UInt8]) -> [(name: String, value: String)]? {
        bytes.withUnsafeBytes { raw in
            try? HTTPRequestTarget.decodeQuery(raw[...])
        }
    }
}
