/// A growable byte buffer for the hot path: an append is one capacity check and one copy.
///
/// Responses and log lines are made of many short pieces, and `[UInt8].append(contentsOf:)` pays a
/// uniqueness check and a generic sequence copy for each (Benchmarks/README.md has the callgrind
/// figure). The writer owns its memory and is non-copyable, so the buffer can never be shared or
/// freed twice.
public struct ByteWriter: ~Copyable {
    @usableFromInline var start: UnsafeMutablePointer<UInt8>
    @usableFromInline var used: Int
    @usableFromInline var capacity: Int

    /// An empty writer with room for `capacity` bytes before it first grows.
    public init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
        used = 0
    }

    deinit {
        start.deallocate()
    }

    /// The number of bytes written.
    @inlinable public var count: Int { used }

    /// Whether nothing has been written.
    @inlinable public var isEmpty: Bool { used == 0 }

    /// Appends raw bytes.
    @inline(__always) @inlinable public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (start + used).initialize(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        used += bytes.count
    }

    /// Appends one byte.
    @inline(__always) @inlinable public mutating func append(_ byte: UInt8) {
        reserve(1)
        start[used] = byte
        used += 1
    }

    /// Appends the bytes of an array.
    @inlinable public mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
    }

    /// Appends a literal's UTF-8.
    @inline(__always) @inlinable public mutating func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `count` bytes that `body` writes in place from the pointer it is given: one capacity
    /// check and no intermediate buffer for several small parts written together.
    @inline(__always) @inlinable public mutating func append(
        count: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Void
    ) {
        reserve(count)
        body(start + used)
        used += count
    }

    /// Appends a string's UTF-8.
    @inlinable public mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// Appends an integer in decimal, most significant digit first, without an intermediate string.
    public mutating func append(decimal value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// Makes room for `extra` more bytes, doubling the capacity as needed.
    @inline(__always) @inlinable public mutating func reserve(_ extra: Int) {
        if capacity - used < extra { grow(to: used + extra) }
    }

    @usableFromInline mutating func grow(to minimum: Int) {
        var newCapacity = capacity * 2
        while newCapacity < minimum { newCapacity *= 2 }
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.initialize(from: start, count: used)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }

    /// Forgets what was written. The memory is kept, unless the buffer grew past `maximumKept`
    /// bytes: then it is replaced by a fresh one of that size (at least 16 bytes).
    public mutating func removeAll(keepingAtMost maximumKept: Int = .max) {
        used = 0
        if capacity > maximumKept {
            start.deallocate()
            capacity = max(maximumKept, 16)
            start = .allocate(capacity: capacity)
        }
    }

    /// Calls `body` with the bytes written so far.
    @inlinable public func withUnsafeBytes<Result>(
        _ body: (UnsafeRawBufferPointer) throws -> Result
    ) rethrows
        -> Result
    {
        try body(UnsafeRawBufferPointer(start: start, count: used))
    }

    /// A copy of the bytes written.
    public var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: start, count: used))
    }

    /// A copy of the bytes from `offset` (0 through ``count``) on.
    public func bytes(from offset: Int) -> [UInt8] {
        precondition(offset >= 0 && offset <= used, "offset \(offset) outside 0...\(used)")
        return Array(UnsafeBufferPointer(start: start + offset, count: used - offset))
    }
}
