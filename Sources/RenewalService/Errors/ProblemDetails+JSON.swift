package import RenewalDocuments

extension ProblemDetails: JSONWritable {
    /// An RFC 9457 problem: `{"detail","status","title","type"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("detail", detail)
            $0.member("status", status)
            $0.member("title", title)
            $0.member("type", type)
        }
    }
}
