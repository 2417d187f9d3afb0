/// What a server asks of the application: the one seam between MicroHTTP and what it serves.
///
/// Every method runs on a connection's event loop, or on a worker queue for requests with large
/// bodies and those ``runsOnWorker(_:)`` names, so each must be quick and must not block. Only
/// ``respond(to:context:)`` is required.
public protocol HTTPResponder: Sendable {
    /// Answers a complete request. `HEAD` requests arrive with method `.head`; the server drops the
    /// body of the answer.
    func respond(to request: HTTPRequest, context: HTTPRequestContext) -> HTTPResponse

    /// Runs once a head is parsed, before `100 Continue` and before any body is read: return a
    /// response to refuse the request early (a small body of known length is then read and
    /// dropped; otherwise the connection closes). `nil`, the default, admits it.
    func admit(_ head: HTTPRequestHead, context: HTTPRequestContext) -> HTTPResponse?

    /// Whether a request is answered on a worker queue whatever its body's size: work that costs
    /// more than the loop should spend between two reads (rendering a page, scanning a statement),
    /// so that a liveness probe on the same loop is answered ahead of it. `false`, the default, keeps
    /// small requests on the loop.
    func runsOnWorker(_ head: HTTPRequestHead) -> Bool

    /// Answers a request that could not be read as HTTP (400, 408, 413, 414, 431, 501, 505) or that
    /// the server refuses for its own limits (503); such answers close the connection. The default
    /// is a short plain-text answer.
    func respond(to error: HTTPProtocolError, context: HTTPRequestContext) -> HTTPResponse

    /// Answers a request whose head was read but that the server refuses for a protocol limit (a
    /// declared body over the limit) or for its own (503: the buffer budget, the workers): the head
    /// lets the answer speak the client's language and name its route. The default answers as
    /// ``respond(to:context:)`` does.
    func respond(to error: HTTPProtocolError, head: HTTPRequestHead, context: HTTPRequestContext) -> HTTPResponse
}

extension HTTPResponder {
    /// Admits every request.
    public func admit(_ head: HTTPRequestHead, context: HTTPRequestContext) -> HTTPResponse? { nil }

    /// Only large bodies go to a worker.
    public func runsOnWorker(_ head: HTTPRequestHead) -> Bool { false }

    /// A short plain-text answer with the error's status and detail.
    public func respond(to error: HTTPProtocolError, context: HTTPRequestContext) -> HTTPResponse {
        HTTPResponse.plainTextError(error.status, error.detail)
    }

    /// Answers as for an error without a head.
    public func respond(
        to error: HTTPProtocolError, head: HTTPRequestHead, context: HTTPRequestContext
    )
        -> HTTPResponse
    {
        respond(to: error, context: context)
    }
}

/// What the server tells the application with each request: its state and its load, read when
/// the request is handed over.
public struct HTTPRequestContext: Sendable {
    /// `.running`, or `.draining` once a graceful shutdown has begun (readiness should fail then).
    public let state: HTTPServer.State
    /// Open connections, from accept to close.
    public let openConnections: Int
    /// Request-body and unsent-response bytes held, against ``HTTPServer/Configuration/maxBufferedBytes``.
    public let bufferedBytes: Int

    /// A context, for tests and for callers that answer requests outside a server.
    public init(state: HTTPServer.State = .running, openConnections: Int = 0, bufferedBytes: Int = 0) {
        self.state = state
        self.openConnections = openConnections
        self.bufferedBytes = bufferedBytes
    }
}

/// A request the server could not read as HTTP, or refuses for its own limits: the status to
/// answer with and the parser's exact (English) description of the fault.
public struct HTTPProtocolError: Error, Sendable, Equatable {
    /// The status to answer with.
    public let status: HTTPStatus
    /// What was wrong, in English.
    public let detail: String

    /// Creates an error.
    public init(status: HTTPStatus, detail: String) {
        self.status = status
        self.detail = detail
    }
}
