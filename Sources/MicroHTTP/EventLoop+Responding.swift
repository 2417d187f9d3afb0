import CMicroHTTPShims
import Dispatch
import Glibc

extension EventLoop {
    /// A head arrived: the application's early check, then what the connection's state decides.
    func beginRequest(_ connection: Connection, _ head: HTTPRequestHead) {
        let refusal = context.responder.admit(head, context: context.requestContext)
        let responder = context.responder
        let action = connection.state.headParsed(
            head, refused: refusal != nil, closingAll: closingAll, now: Self.now(), budget: context.budget,
            costly: { responder.runsOnWorker($0) })
        switch action {
        case .refuse(let close):
            connection.head = nil
            if let refusal {
                respond(connection, refusal, headOnly: head.method == .head, version: head.version, keepAlive: !close)
            }
        case .refuseOverBudget:
            connection.head = nil
            refuseOverBudget(connection, head: head)
        case .readBody(let capacity, let sendContinue):
            connection.head = head
            // Allocated only once admitted: a refused request must cost no buffer.
            connection.body = []
            if capacity > 0 { connection.body.reserveCapacity(capacity) }
            if sendContinue { output.append(ResponseEncoder.continueResponse) }
        }
    }

    /// The server-wide buffer budget is spent: 503 with `Retry-After` before the body is read, and
    /// close (lingering without reading, as the state decided).
    func refuseOverBudget(_ connection: Connection, head: HTTPRequestHead?) {
        let response = context.unavailable(
            "The server is holding as much request and response data as it may; retry shortly.", head: head)
        respond(connection, response, headOnly: false, version: head?.version ?? .http11, keepAlive: false)
        connection.head = nil
        context.logger.debug("request refused: buffer budget spent", metadata: ["budget": "\(context.budget.limit)"])
    }

    /// The body is complete: answer on the loop or on a worker, as the state decides.
    func completeRequest(_ connection: Connection) {
        // Move the head and body into the request rather than copy them: this runs for every request.
        guard let head = connection.head.take() else {
            // Answered at its head: its body, if any, was dropped as it came.
            _ = connection.state.requestEnded(
                bodyBytes: 0, costly: false, workerBodyBytes: .max, now: Self.now(), work: context.work)
            return
        }
        let action = connection.state.requestEnded(
            bodyBytes: connection.body.count, costly: context.responder.runsOnWorker(head),
            workerBodyBytes: context.configuration.workerBodyBytes, now: Self.now(), work: context.work)
        let (headOnly, version) = (head.method == .head, head.version)
        var body: [UInt8] = []
        swap(&body, &connection.body)
        let request = HTTPRequest(head: head, body: body, remoteAddress: connection.remoteAddress)
        switch action {
        case .nothing:
            return
        case .answerOnLoop:
            let response = context.responder.respond(to: request, context: context.requestContext)
            releaseBody(connection)
            respond(connection, response, headOnly: headOnly, version: version, keepAlive: head.keepAlive)
        case .handOff:
            handOff(connection, request, headOnly: headOnly, version: version)
        case .refuseBusy:
            releaseBody(connection)
            let response = context.unavailable(
                "The server has as many large requests in hand as it may; retry shortly.", head: head)
            respond(connection, response, headOnly: headOnly, version: version, keepAlive: head.keepAlive)
        }
    }

    private func releaseBody(_ connection: Connection) {
        context.budget.release(connection.state.releaseBody())
    }

    /// The request body (or, for a closing connection, the budget held) from which freed memory is
    /// returned to the system: a trim costs about a millisecond, nothing beside such work.
    static let trimAfterBodyBytes = 64 << 10

    /// Runs the application on a worker queue (the state admitted it), and stops reading this
    /// connection until its answer is back (pipelined requests wait in `inbound`, as they do behind
    /// a pending write).
    private func handOff(_ connection: Connection, _ request: HTTPRequest, headOnly: Bool, version: HTTPVersion) {
        setInterest(connection, 0)
        let (fd, serial, responder, keepAlive) = (
            connection.fd, connection.serial, context.responder, request.head.keepAlive
        )
        let large = request.body.count >= Self.trimAfterBodyBytes
        context.work.run(forLoop: index) { [self] in
            let response = responder.respond(to: request, context: self.context.requestContext)
            // Large work leaves its temporary memory in the worker thread's malloc arena, where it
            // stays resident after the client has gone: give the free pages back to the system.
            if large { _ = cmh_malloc_trim() }
            queue.async {
                self.context.work.finished()
                guard Int(fd) < self.connections.count, let connection = self.connections[Int(fd)],
                    connection.serial == serial, connection.state.phase == .working
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
        connection.state.workReturned()
        setInterest(connection, UInt32(CMH_EPOLLIN))
        respond(connection, response, headOnly: headOnly, version: version, keepAlive: keepAlive)
        if !connection.isClosed && connection.pending.isEmpty && !connection.inbound.isEmpty {
            processInbound(connection)
        }
        if !connection.isClosed { flush(connection) }
        if draining && !connection.isClosed && connection.isIdle { close(connection) }
    }

    func respond(
        _ connection: Connection, _ response: HTTPResponse, headOnly: Bool, version: HTTPVersion, keepAlive: Bool
    ) {
        let close = connection.state.responded(keepAlive: keepAlive, closingAll: closingAll, now: Self.now())
        encoder.encode(
            response, headOnly: headOnly, close: close, keepAliveHeader: !close && version == .http10, into: &output)
        if output.count >= Self.readBufferSize { flush(connection) }
    }

    /// Renders a protocol error through the application's responder; the connection always closes.
    /// `head` is the request's when it was read (a body declared over the limit): the application
    /// answers knowing it.
    func respondWithError(
        _ connection: Connection, _ status: HTTPStatus, _ detail: String, head: HTTPRequestHead? = nil
    ) {
        connection.state.failed()
        encodeError(connection, status, detail, head: head)
    }

    private func encodeError(
        _ connection: Connection, _ status: HTTPStatus, _ detail: String, head: HTTPRequestHead? = nil
    ) {
        let response = context.answer(status, detail, head: head)
        encoder.encode(response, headOnly: head?.method == .head, close: true, into: &output)
        connection.head = nil
        context.logger.debug(
            "HTTP protocol error", metadata: ["status": "\(status.code)", "detail": "\(detail)"])
    }

    /// Sends `output` in one call; keeps any remainder on the connection and waits for `EPOLLOUT`.
    /// At the end of the shutdown grace, a request still on a worker gets 503 with `Retry-After`
    /// and `Connection: close` rather than a bare close, which would leave its client unable to
    /// tell whether it was processed. One send, best effort: the connection closes right after.
    func answerUnfinished(_ connection: Connection) {
        resetOutput()
        let response = context.unavailable("The server shut down before this request was finished; send it again.")
        encoder.encode(response, headOnly: false, close: true, keepAliveHeader: false, into: &output)
        _ = output.withUnsafeBytes { Socket.send(connection.fd, $0) }
        resetOutput()
    }

    func flush(_ connection: Connection) {
        guard !output.isEmpty else {
            if connection.pending.isEmpty { finishClose(connection) }
            return
        }
        let sent = output.withUnsafeBytes { Socket.send(connection.fd, $0) }
        if sent == output.count {
            resetOutput()
            finishClose(connection)
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
        connection.state.outputWaits(connection.pending.count, now: Self.now())
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
        if sent > 0 { connection.state.wroteSome(now: Self.now()) }
        guard connection.pendingOffset >= connection.pending.count else { return }
        connection.pending = []
        connection.pendingOffset = 0
        context.budget.release(connection.state.outputDrained())
        if connection.state.closeAfterWrite {
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
        guard !connection.isClosed, connection.state.closeAfterWrite else { return }
        switch connection.state.outputSent(now: Self.now()) {
        case .none:
            break
        case .close:
            close(connection)
        case .linger(let reading):
            shutdown(connection.fd, Int32(SHUT_WR))
            setInterest(connection, reading ? UInt32(CMH_EPOLLIN) : 0)
        }
    }

    /// Runs on the loop's timer: enforces header, body, idle, write and linger deadlines.
    func checkDeadlines() {
        if trimPending {
            trimPending = false
            // Off the loop: a trim after a thousand large bodies takes milliseconds, which the
            // connections on this loop should not wait for.
            DispatchQueue.global(qos: .utility).async { _ = cmh_malloc_trim() }
        }
        let now = Self.now()
        for case let connection? in connections {
            switch connection.state.timerFired(now: now, writePending: !connection.pending.isEmpty) {
            case .none:
                continue
            case .close:
                close(connection)
            case .requestTimeout:
                encodeError(connection, .requestTimeout, "The request took too long to arrive.")
                flush(connection)
            }
        }
    }
}
