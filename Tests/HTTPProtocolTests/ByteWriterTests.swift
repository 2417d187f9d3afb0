import Testing

@testable import HTTPProtocol

@Suite struct ByteWriterTests {
    @Test func appendsEveryKindOfPieceInOrder() {
        var writer = ByteWriter(capacity: 16)
        let startsEmpty = writer.isEmpty
        #expect(startsEmpty)
        writer.append("HTTP/1.1 ")
        writer.append(UInt8(ascii: "2"))
        writer.append([UInt8(ascii: "0"), UInt8(ascii: "0")])
        writer.append(utf8: " OK – ✓")
        let tail: [UInt8] = Array("\r\n".utf8)
        tail.withUnsafeBytes { writer.append($0) }
        writer.append(UnsafeRawBufferPointer(start: nil, count: 0))
        let (all, count, tailFrom9, tailFromEnd) = (
            writer.bytes, writer.count, writer.bytes(from: 9), writer.bytes(from: writer.count)
        )
        #expect(String(decoding: all, as: UTF8.self) == "HTTP/1.1 200 OK – ✓\r\n")
        #expect(count == "HTTP/1.1 200 OK – ✓\r\n".utf8.count)
        #expect(String(decoding: tailFrom9, as: UTF8.self) == "200 OK – ✓\r\n")
        #expect(tailFromEnd.isEmpty)
    }

    /// Growth must keep every byte: compare with an array fed the same pieces, across many doublings.
    @Test func growsWithoutLosingBytes() {
        var writer = ByteWriter(capacity: 1)
        var expected: [UInt8] = []
        var generator = SystemRandomNumberGenerator()
        for round in 0..<2_000 {
            let piece = (0..<(round % 97)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            writer.append(piece)
            expected.append(contentsOf: piece)
            if round % 5 == 0 {
                writer.append(UInt8(truncatingIfNeeded: round))
                expected.append(UInt8(truncatingIfNeeded: round))
            }
        }
        let (count, written) = (writer.count, writer.bytes)
        let viewed = writer.withUnsafeBytes { Array($0) }
        #expect(count == expected.count)
        #expect(written == expected)
        #expect(viewed == expected)
    }

    @Test func removeAllEmptiesAndCanShrink() {
        var writer = ByteWriter(capacity: 16)
        writer.append([UInt8](repeating: 7, count: 10_000))
        writer.removeAll(keepingAtMost: 64)
        let emptied = writer.isEmpty
        #expect(emptied)
        writer.append("after")
        let after = writer.bytes
        #expect(after == Array("after".utf8))
        writer.removeAll()
        let cleared = writer.bytes
        #expect(cleared.isEmpty)
        // Keeping at most 0 (or less) bytes still leaves a buffer that can grow again.
        for keep in [0, -5, 1] {
            writer.append([UInt8](repeating: 1, count: 100))
            writer.removeAll(keepingAtMost: keep)
            writer.append([UInt8](repeating: 2, count: 40))
            let refilled = writer.bytes
            #expect(refilled == [UInt8](repeating: 2, count: 40))
            writer.removeAll()
        }
    }
}
