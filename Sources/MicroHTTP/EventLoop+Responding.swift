import CMicroHTTPShims
import Glibc

extension EventLoop {
    /// A head arrived: run the application's early check, then send `100 Continue` if asked for.
    func beginRequest(_ connection: Connection, _ head: HTTPRequestHead) {
        connection.phase = .body
        connection.deadline = Self.now() + timeouts.body
        connection.head = head
        connection.body = []
        if let refusal = context.responder.admit(head, context: context.requestContext) {
            connection.head = nil
            // A small body of known length is read and dropped, and the connection stays in sync
            // and alive (as nginx and Hummingbird do); a large or chunked one is not worth reading,
            // and after `Expect: 100-continue` the client may never send the body it announced.
            var discardable = head.framing == .none
            if case .contentLength(let length) = head.framing, length <= Self.maxDiscardedBodyBytes,
                !head.expectsContinue
            {
                discardable = true
                connection.discardingBody = length > 0
            }
            respond(
                connection, refusal, headOnly: head.method == .head, version: head.version,
                close: !discardable || !head.keepAlive || closingAll)
            if !discardable { connection.lingerOnClose = true }
            return
        }
        if case .contentLength(let length) = head.framing, length > 0 {
            guard context.budget.reserve(length) else {
                connection.head = nil
                refuseOverBudget(connection, version: head.version)
                return
            }
            connection.bodyCharge = length
            // Allocated only once admitted: a refused request must cost no buffer.
            connection.body.reserveCapacity(length)
        } else if head.framing == .chunked, context.budget.current >= context.budget.limit {
            connection.head = nil
            refuseOverBudget(connection, version: head.version)
            return
        }
        if head.expectsContinue && head.framing != .none {
            output.append(ResponseEncoder.continueResponse)
        }
    }

    /// The server-wide buffer budget is spent: 503 with `Retry-After` before the body is read, and
    /// close (lingering, since the body may be on its way).
    func refuseOverBudget(_ connection: Connection, version: HTTPVersion) {
        let response = context.unavailable(
            "The server is holding as much request and response data as it may; retry shortly.")
        respond(connection, response, headOnly: false, version: version, close: true)
        connection.head = nil
        connection.lingerWithoutReading = true
        context.logger.debug("request refused: buffer budget spent", metadata: ["budget": "\(context.budget.limit)"])
    }

    /// The body is complete: call the application and queue its response.
    func completeRequest(_ connection: Connection) {
        // Move the head and body into the request rather than copy them: this runs for every request.
        guard let head = connection.head.take() else {
            // Already answered by the head check; its body, if any, was dropped as it came.
            connection.discardingBody = false
            if !connection.closeAfterWrite { connection.phase = .idle }
            return
        }
        let (headOnly, version) = (head.method == .head, head.version)
        var body: [UInt8] = []
        swap(&body, &connection.body)
        let request = HTTPRequest(head: head, body: body, remoteAddress: connection.remoteAddress)
        if body.count >= context.configuration.workerBodyBytes {
            handOff(connection, request, headOnly: headOnly, version: version)
            return
        }
        let response = context.responder.respond(to: request, context: context.requestContext)
        releaseBody(connection)
        respond(connection, response, headOnly: headOnly, version: version, close: !head.keepAlive || closingAll)
    }

    private func releaseBody(_ connection: Connection) {
        context.budget.release(connection.bodyCharge)
        connection.bodyCharge = 0
    }

    /// Runs the application on a worker queue, and stops reading this connection until its answer is
    /// back (pipelined requests wait in `inbound`, as they do behind a pending write).
    private func handOff(_ connection: Connection, _ request: HTTPRequest, headOnly: Bool, version: HTTPVersion) {
        guard context.work.admit() else {
            releaseBody(connection)
            let response = context.unavailable(
                "The server has as many large requests in hand as it may; retry shortly.")
            respond(connection, response, headOnly: headOnly, version: version, close: !request.head.keepAlive)
            return
        }
        connection.phase = .working
        setInterest(connection, 0)
        let (fd, serial, responder, keepAlive) = (
            connection.fd, connection.serial, context.responder, request.head.keepAlive
        )
        context.work.run(forLoop: index) { [self] in
            let response = responder.respond(to: request, context: self.context.requestContext)
            queue.async {
                self.context.work.finished()
                guard Int(fd) < self.connections.count, let connection = self.connections[Int(fd)],
                    connection.serial == serial, connection.phase == .working
                else { return }
                self.finishWork(connection, response, headOnly: headOnly, version: version, keepAlive: keepAlive)
            }
        }
    }

    /// A worker's answer is back: send it, then carry on with what the client pipelined meanwhile.
    private func finishWork(
        _ connection: Connection, _ response: HTTPResponse, headOnly: Bool, version: HTTPVersion, keepAlive: Bool
    ) {
        releaseBody(connection)
        connection.phase = .idle
        setInterest(connection, UInt32(CMH_EPOLLIN))
        respond(connection, response, headOnly: headOnly, version: version, close: !keepAlive || closingAll)
        if !connection.isClosed && connection.pending.isEmpty && !connection.inbound.isEmpty {
            processInbound(connection)
        }
        if !connection.isClosed { flush(connection) }
        if draining && !connection.isClosed && connection.isIdle { close(connection) }
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
        let response = context.answer(status, detail)
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
        // Counted against the server's budget until sent, so that clients who ask and never read
        // cannot pile up answers in memory.
        context.budget.charge(connection.pending.count)
        connection.pendingCharge = connection.pending.count
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
        context.budget.release(connection.pendingCharge)
        connection.pendingCharge = 0
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
        setInterest(connection, connection.lingerWithoutReading ? 0 : UInt32(CMH_EPOLLIN))
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
            case .working:
                continue  // bounded by the body limit; the worker's answer resets the deadline
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
