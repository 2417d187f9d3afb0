extension HTTPRequestParser {
    /// The parser's size limits.
    package struct Limits: Sendable {
        /// The longest request target (414 beyond).
        var maxRequestTargetBytes = 8192
        /// The largest header block after the request line (431 beyond).
        var maxHeaderBytes = 16384
        /// The most header fields (431 beyond).
        var maxHeaderFields = 100
        /// The largest body (413 beyond).
        var maxBodyBytes = 1_048_576

        /// Limits for a server's configuration.
        package init(
            maxRequestTargetBytes: Int = 8192, maxHeaderBytes: Int = 16384, maxHeaderFields: Int = 100,
            maxBodyBytes: Int = 1_048_576
        ) {
            self.maxRequestTargetBytes = maxRequestTargetBytes
            self.maxHeaderBytes = maxHeaderBytes
            self.maxHeaderFields = maxHeaderFields
            self.maxBodyBytes = maxBodyBytes
        }
    }
}
