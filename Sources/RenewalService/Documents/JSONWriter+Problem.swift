extension JSONWriter {
    /// An RFC 9457 problem: `{"detail","status","title","type"}`.
    mutating func problem(_ problem: ProblemDetails) {
        raw(#"{"detail":"#)
        string(problem.detail)
        raw(#","status":"#)
        number(problem.status)
        raw(#","title":"#)
        string(problem.title)
        raw(#","type":"#)
        string(problem.type)
        raw("}")
    }
}
