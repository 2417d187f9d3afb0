/// One access-log entry: what was asked, what was answered, how long it took. Never the query.
///
/// It travels through swift-log as a single metadata value; ``JSONLogHandler`` writes its fields as
/// top-level JSON fields (`bytes`, `duration_ms`, `method`, `request_id`, `route`, `status`), and any
/// other handler prints its ``description``. One value instead of six strings keeps access logging
/// cheap on the hot path. It is a class so the handler can recognise it by its type alone, without
/// a dynamic cast from the metadata value's existential (which cost more than the rest of the line).
public final class AccessRecord: CustomStringConvertible, Sendable {
    /// The request id.
    public let requestID: String
    /// The request method.
    public let method: String
    /// The route template, or `unmatched`: never the raw path, which may hold customer data.
    public let route: String
    /// The response status code.
    public let status: Int
    /// The response body size.
    public let bytes: Int
    /// The time to answer, in microseconds.
    public let microseconds: Int64

    /// A record of one answered request.
    public init(requestID: String, method: String, route: String, status: Int, bytes: Int, microseconds: Int64) {
        self.requestID = requestID
        self.method = method
        self.route = route
        self.status = status
        self.bytes = bytes
        self.microseconds = microseconds
    }

    /// `GET /identify 200 450B 0.123ms id=…`
    public var description: String {
        "\(method) \(route) \(status) \(bytes)B \(Self.milliseconds(microseconds))ms id=\(requestID)"
    }

    /// Writes the fields, keys sorted, each preceded by a comma.
    func write(into writer: inout JSONWriter) {
        writer.raw(#","bytes":"#)
        writer.number(bytes)
        writer.raw(#","duration_ms":"#)
        writer.number(Int(microseconds / 1000))
        writer.raw(".")
        let fraction = Int(microseconds % 1000)
        if fraction < 100 { writer.raw("0") }
        if fraction < 10 { writer.raw("0") }
        writer.number(fraction)
        writer.raw(#","method":"#)
        writer.string(method)
        writer.raw(#","request_id":"#)
        writer.string(requestID)
        writer.raw(#","route":"#)
        writer.string(route)
        writer.raw(#","status":"#)
        writer.number(status)
    }

    /// Microseconds as milliseconds with three decimals, without floating point: `1234` → `1.234`.
    static func milliseconds(_ microseconds: Int64) -> String {
        let whole = microseconds / 1000
        let fraction = microseconds % 1000
        let padding = fraction < 10 ? "00" : fraction < 100 ? "0" : ""
        return "\(whole).\(padding)\(fraction)"
    }
}
