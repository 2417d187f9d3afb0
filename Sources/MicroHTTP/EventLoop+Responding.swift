import CMicroHTTPShims
import Glibc

extension EventLoop {
    /// A head arrived: run the application's early check, then send `100 Continue` if asked for.
    func beginRequest(_ connection: Connection, _ head: HTTPRequestHead) {
        connection.phase = .body
        connection.deadline = Self.now() + timeouts.body
        connection.head = head
        connection.body = []
        if case .contentLength(let length) = head.framing { connection.body.reserveCapacity(length) }
        if let check = context.headCheck, let refusal = check(head) {
            connection.head = nil
            // With a body on its way we cannot stay in sync cheaply: answer and close.
            respond(
                connection, refusal, headOnly: head.method == .head, version: head.version,
                close: head.framing != .none || !head.keepAlive || draining)
            if head.framing != .none { connection.lingerOnClose = true }
            return
        }
        if head.expectsContinue && head.framing != .none {
            output.append(ResponseEncoder.continueResponse)
        }
    }

    /// The body is complete: call the application and queue its response.
    func completeRequest(_ connection: Connection) {
        // Move the head and body into the request rather than copy them: this runs for every request.
        guard let head = connection.head.take() else {
            // Already answered by the head check.
            if !connection.closeAfterWrite { connection.phase = .idle }
            return
        }
        let (headOnly, version, close) = (head.method == .head, head.version, !head.keepAlive || draining)
        var body: [UInt8] = []
        swap(&body, &connection.body)
        let request = HTTPRequest(head: head, body: body, remoteAddress: connection.remoteAddress)
        let response = context.handler(request)
        respond(connection, response, headOnly: headOnly, version: version, close: close)
    }

    func respond(
        _ connection: Connection, _ response: HTTPResponse, headOnly: Bool, version: HTTPVersion, close: Bool
    ) {
        encoder.encode(
            response, headOnly: headOnly, close: close, keepAliveHeader: !close && version == .http10, into: &output)
        connection.servedRequest = true
        if close {
            connection.closeAfterWrite = true
            // The client may still be sending (a pipelined request, the rest of a body): closing with
            // unread input makes the kernel send a reset that can destroy the answer in flight.
            connection.lingerOnClose = true
        } else {
            connection.phase = .idle
            connection.deadline = Self.now() + timeouts.idle
        }
        if output.count >= Self.readBufferSize { flush(connection) }
    }

    /// Renders a protocol error through the application's responder; the connection always closes.
    func respondWithError(_ connection: Connection, _ status: HTTPStatus, _ detail: String) {
        let response = context.errorResponder(status, detail)
        encoder.encode(response, headOnly: false, close: true, into: &output)
        connection.closeAfterWrite = true
        connection.lingerOnClose = true
        connection.head = nil
        context.logger.debug(
            "HTTP protocol error", metadata: ["status": "\(status.code)", "detail": "\(detail)"])
    }

    /// Sends `output` in one call; keeps any remainder on the connection and waits for `EPOLLOUT`.
    func flush(_ connection: Connection) {
        guard !output.isEmpty else {
            if connection.closeAfterWrite && connection.pending.isEmpty { finishClose(connection) }
            return
        }
        let sent = output.withUnsafeBytes { Socket.send(connection.fd, $0) }
        if sent == output.count {
            resetOutput()
            if connection.closeAfterWrite { finishClose(connection) }
            return
        }
        if sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK {
            resetOutput()
            close(connection)
            return
        }
        connection.pending = output.bytes(from: max(sent, 0))
        connection.pendingOffset = 0
        connection.writeDeadline = Self.now() + timeouts.write
        resetOutput()
        setInterest(connection, UInt32(CMH_EPOLLOUT))
    }

    private func resetOutput() {
        output.removeAll(keepingAtMost: 4 * Self.readBufferSize)
    }

    /// The socket can take more of a pending response.
    func writable(_ connection: Connection) {
        guard !connection.pending.isEmpty else {
            setInterest(connection, UInt32(CMH_EPOLLIN))
            return
        }
        let sent = connection.pending.withUnsafeBytes {
            Socket.send(connection.fd, UnsafeRawBufferPointer(rebasing: $0[connection.pendingOffset...]))
        }
        if sent < 0 {
            if errno != EAGAIN && errno != EWOULDBLOCK { close(connection) }
            return
        }
        connection.pendingOffset += sent
        // The write timeout is an idle limit: a reader that keeps taking bytes keeps its connection;
        // only a stall of the whole timeout cuts it.
        if sent > 0 { connection.writeDeadline = Self.now() + timeouts.write }
        guard connection.pendingOffset >= connection.pending.count else { return }
        connection.pending = []
        connection.pendingOffset = 0
        if connection.closeAfterWrite {
            finishClose(connection)
            return
        }
        setInterest(connection, UInt32(CMH_EPOLLIN))
        if !connection.inbound.isEmpty {
            processInbound(connection)
            if !connection.isClosed { flush(connection) }
        }
        if draining && !connection.isClosed && connection.isIdle { close(connection) }
    }

    /// After the final response: linger (shut our write side, discard input) so the client reads the answer
    /// instead of a reset, or close at once.
    func finishClose(_ connection: Connection) {
        guard !connection.isClosed, connection.phase != .lingering else { return }
        guard connection.lingerOnClose else {
            close(connection)
            return
        }
        shutdown(connection.fd, Int32(SHUT_WR))
        connection.phase = .lingering
        let now = Self.now()
        connection.deadline = now + Self.lingerNanoseconds
        connection.lingerEnds = now + Self.lingerTotalNanoseconds
        setInterest(connection, UInt32(CMH_EPOLLIN))
    }

    /// Runs on the loop's timer: enforces header, body, idle, write and linger deadlines.
    func checkDeadlines() {
        let now = Self.now()
        for case let connection? in connections {
            if !connection.pending.isEmpty {
                if now >= connection.writeDeadline { close(connection) }
                continue
            }
            guard now >= connection.deadline else { continue }
            switch connection.phase {
            case .idle, .lingering:
                close(connection)
            case .head, .body:
                respondWithError(connection, .requestTimeout, "The request took too long to arrive.")
                connection.lingerOnClose = false
                flush(connection)
            }
        }
    }
}
