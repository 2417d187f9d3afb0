import CMicroHTTPShims
import Glibc

extension EventLoop {
    /// Reads once into the loop's buffer and parses in place; only unconsumed bytes are copied.
    func readable(_ connection: Connection) {
        if connection.state.phase == .lingering {
            discard(connection)
            return
        }
        let count = read(connection.fd, readBuffer.baseAddress, readBuffer.count)
        if count > 0 {
            bytesThisTurn += count
            connection.state.requestBegan(now: Self.now())
            if connection.inbound.isEmpty {
                let bytes = UnsafeRawBufferPointer(rebasing: readBuffer[0..<count])
                let consumed = process(connection, bytes)
                if !connection.isClosed && connection.state.phase != .lingering && consumed < count {
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
        if connection.isClosed || connection.state.phase == .lingering {
            connection.inbound = []
        } else if consumed == connection.inbound.count {
            // Give the capacity back: a connection that once buffered 64 KiB should not keep it idle.
            connection.inbound = []
        } else if consumed > 0 {
            connection.inbound.removeSubrange(0..<consumed)
        }
    }

    /// Reads and drops input after the final response, until EOF, an error, or a bound of
    /// ``ConnectionState/lingered(bytes:now:)``.
    private func discard(_ connection: Connection) {
        let count = read(connection.fd, readBuffer.baseAddress, readBuffer.count)
        if count > 0 {
            if !connection.state.lingered(bytes: count, now: Self.now()) { close(connection) }
        } else if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            close(connection)
        }
    }

    /// Parses complete requests from `bytes` and answers them in order into `output`; returns bytes consumed.
    /// Stops while a write is pending, so a pipelining client cannot make us buffer without bound.
    /// Must not touch `connection.inbound` (the caller may be reading it).
    func process(_ connection: Connection, _ bytes: UnsafeRawBufferPointer) -> Int {
        var offset = 0
        parsing: while connection.acceptsRequests {
            let (event, consumed) = connection.parser.parse(UnsafeRawBufferPointer(rebasing: bytes[offset...]))
            offset += consumed
            switch event {
            case .needMoreData:
                if consumed == 0 { break parsing }
            case .head(let head):
                beginRequest(connection, head)
            case .body(let chunk):
                switch connection.state.bodyArrived(chunk.count, held: connection.body.count, budget: context.budget) {
                case .keep:
                    connection.body.append(contentsOf: chunk)
                case .drop:
                    continue
                case .refuseOverBudget:
                    refuseOverBudget(connection, head: connection.head)
                    break parsing
                }
            case .end:
                completeRequest(connection)
            case .error(let error):
                respondWithError(connection, error.status, error.detail, head: connection.parser.refusedHead)
            }
        }
        // Bytes of a next request, even a lone CR the parser waits to see completed, start the header timer.
        if !connection.parser.isIdle || offset < bytes.count {
            connection.state.requestBegan(now: Self.now())
        }
        return offset
    }
}
