import CMicroHTTPShims
import Glibc

extension EventLoop {
    /// Reads once into the loop's buffer and parses in place; only unconsumed bytes are copied.
    func readable(_ connection: Connection) {
        if connection.phase == .lingering {
            discard(connection)
            return
        }
        let count = read(connection.fd, readBuffer.baseAddress, readBuffer.count)
        if count > 0 {
            bytesThisTurn += count
            if connection.phase == .idle {
                connection.phase = .head
                connection.deadline = Self.now() + timeouts.header
            }
            if connection.inbound.isEmpty {
                let bytes = UnsafeRawBufferPointer(rebasing: readBuffer[0..<count])
                let consumed = process(connection, bytes)
                if !connection.isClosed && connection.phase != .lingering && consumed < count {
                    connection.inbound.append(contentsOf: bytes[consumed...])
                }
            } else {
                connection.inbound.append(contentsOf: UnsafeRawBufferPointer(rebasing: readBuffer[0..<count]))
                processInbound(connection)
            }
            if !connection.isClosed { flush(connection) }
        } else if count == 0 {
            close(connection)
        } else {
            let code = errno
            if code == EAGAIN || code == EWOULDBLOCK || code == EINTR { return }
            close(connection)
        }
    }

    /// Parses what is buffered on the connection (after a read, or once a pending write drained).
    func processInbound(_ connection: Connection) {
        let consumed = connection.inbound.withUnsafeBytes { process(connection, $0) }
        if connection.isClosed || connection.phase == .lingering {
            connection.inbound = []
        } else if consumed == connection.inbound.count {
            // Give the capacity back: a connection that once buffered 64 KiB should not keep it idle.
            connection.inbound = []
        } else if consumed > 0 {
            connection.inbound.removeSubrange(0..<consumed)
        }
    }

    /// Reads and drops input after the final response, until EOF, an error, `lingerMaxBytes`, a second
    /// without input or `lingerTotalNanoseconds` in all.
    private func discard(_ connection: Connection) {
        let count = read(connection.fd, readBuffer.baseAddress, readBuffer.count)
        if count > 0 {
            connection.lingeredBytes += count
            // As nginx's lingering_timeout and lingering_time: each read buys another second, within
            // a total bound and a byte bound.
            if connection.lingeredBytes > Self.lingerMaxBytes {
                close(connection)
            } else {
                connection.deadline = min(Self.now() + Self.lingerNanoseconds, connection.lingerEnds)
            }
        } else if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            close(connection)
        }
    }

    /// Parses complete requests from `bytes` and answers them in order into `output`; returns bytes consumed.
    /// Stops while a write is pending, so a pipelining client cannot make us buffer without bound.
    /// Must not touch `connection.inbound` (the caller may be reading it).
    func process(_ connection: Connection, _ bytes: UnsafeRawBufferPointer) -> Int {
        var offset = 0
        parsing: while !connection.closeAfterWrite && connection.pending.isEmpty && !connection.isClosed
            && connection.phase != .working
        {
            let (event, consumed) = connection.parser.parse(UnsafeRawBufferPointer(rebasing: bytes[offset...]))
            offset += consumed
            switch event {
            case .needMoreData:
                if consumed == 0 { break parsing }
            case .head(let head):
                beginRequest(connection, head)
            case .body(let chunk):
                if connection.discardingBody { continue }
                // A chunked body is charged as it comes; a sized one was charged with its head.
                if connection.bodyCharge < connection.body.count + chunk.count {
                    let more = connection.body.count + chunk.count - connection.bodyCharge
                    guard context.budget.reserve(more) else {
                        refuseOverBudget(connection, version: connection.head?.version ?? .http11)
                        break parsing
                    }
                    connection.bodyCharge += more
                }
                connection.body.append(contentsOf: chunk)
            case .end:
                completeRequest(connection)
            case .error(let error):
                respondWithError(connection, error.status, error.detail)
            }
        }
        // Bytes of a next request, even a lone CR the parser waits to see completed, start the header
        // timer: the idle timer is for connections that have sent nothing since their last answer.
        if connection.phase == .idle && (!connection.parser.isIdle || offset < bytes.count)
            && !connection.closeAfterWrite
        {
            connection.phase = .head
            connection.deadline = Self.now() + timeouts.header
        }
        return offset
    }
}
