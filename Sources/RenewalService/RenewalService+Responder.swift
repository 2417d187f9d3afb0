public import MicroHTTP

/// The service is what MicroHTTP serves: requests, heads to admit or refuse before their body, and
/// requests too broken to read, each with the server's state and load.
extension RenewalService: HTTPResponder {
    /// Refuses what cannot succeed before its body is read (see ``checkHead(_:)``).
    public func admit(_ head: HTTPRequestHead, context: HTTPRequestContext) -> HTTPResponse? {
        checkHead(head)
    }

    /// A problem document in the default language (see ``respondToProtocolError(_:_:)``).
    public func respond(to error: HTTPProtocolError, context: HTTPRequestContext) -> HTTPResponse {
        respondToProtocolError(error.status, error.detail)
    }
}
