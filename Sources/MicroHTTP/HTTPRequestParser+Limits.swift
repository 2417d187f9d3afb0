extension HTTPRequestParser {
    /// The parser's size limits.
    struct Limits: Sendable {
        /// The longest request target (414 beyond).
        var maxRequestTargetBytes = 8192
        /// The largest header block after the request line (431 beyond).
        var maxHeaderBytes = 16384
        /// The most header fields (431 beyond).
        var maxHeaderFields = 100
        /// The largest body (413 beyond).
        var maxBodyBytes = 1_048_576
    }
}
