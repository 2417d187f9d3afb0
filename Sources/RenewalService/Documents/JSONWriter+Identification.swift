package import RenewalRules

extension JSONWriter {
    /// `{"id":…,"name":…}` or `null`.
    mutating func provider(_ reference: ProviderReference?) {
        guard let reference else { return raw("null") }
        idAndName(id: reference.id, name: reference.name)
    }

    /// `{"id":…,"name":…}` or `null`.
    mutating func intermediary(_ intermediary: IntermediaryDocument?) {
        guard let intermediary else { return raw("null") }
        idAndName(id: intermediary.id, name: intermediary.name)
    }

    private mutating func idAndName(id: String, name: String) {
        raw(#"{"id":"#)
        string(id)
        raw(#","name":"#)
        string(name)
        raw("}")
    }

    /// `{"grade":…,"id":…,"title":…,"url":…}` or `null`.
    mutating func source(_ source: SourceDocument?) {
        guard let source else { return raw("null") }
        raw(#"{"grade":"#)
        verbatimString(source.grade.rawValue)
        raw(#","id":"#)
        verbatimString(source.id)
        raw(#","title":"#)
        string(source.title)
        raw(#","url":"#)
        optionalString(source.url)
        raw("}")
    }

    /// An identification; `guides`, when given, are already-written guide documents embedded as
    /// the `guides` member (`include=guide`).
    package mutating func identification(_ document: IdentificationDocument, guides: [[UInt8]]? = nil) {
        raw(#"{"candidates":"#)
        array(document.candidates) { $0.candidate($1) }
        raw(#","confidence":"#)
        number(document.confidence)
        raw(#","guide":"#)
        guidePath(document.guideID)
        if let guides {
            raw(#","guides":"#)
            array(guides) { $0.append($1) }
        }
        raw(#","intermediary":"#)
        intermediary(document.intermediary)
        raw(#","kind":"#)
        verbatimString(document.kind.rawValue)
        raw(#","namesKaspersky":"#)
        bool(document.namesKaspersky)
        raw(#","next":"#)
        optionalString(document.next)
        raw(#","normalized":"#)
        string(document.normalized)
        raw(#","otherVendor":"#)
        if let vendor = document.otherVendor {
            raw(#"{"kind":"#)
            verbatimString(vendor.kind)
            raw(#","name":"#)
            string(vendor.name)
            raw("}")
        } else {
            raw("null")
        }
        raw(#","provider":"#)
        provider(document.provider)
        raw(#","query":"#)
        string(document.query)
        raw(#","reason":"#)
        string(document.reason)
        raw(#","setAside":"#)
        array(document.setAside) { writer, part in
            writer.raw(#"{"kind":"#)
            writer.verbatimString(part.kind)
            writer.raw(#","note":"#)
            writer.string(part.note)
            writer.raw(#","text":"#)
            writer.string(part.text)
            writer.raw("}")
        }
        raw(#","source":"#)
        source(document.source)
        raw(#","status":"#)
        verbatimString(document.status.rawValue)
        raw("}")
    }

    private mutating func candidate(_ candidate: IdentificationDocument.CandidateDocument) {
        raw(#"{"confidence":"#)
        number(candidate.confidence)
        raw(#","evidence":"#)
        optionalString(candidate.evidence)
        raw(#","guide":"#)
        guidePath(candidate.guideID)
        raw(#","provider":"#)
        provider(candidate.provider)
        raw(#","reason":"#)
        string(candidate.reason)
        raw(#","source":"#)
        source(candidate.source)
        raw("}")
    }

    /// `"/guide/<id>"`, written in place rather than built as a string first: every answer has one
    /// per candidate.
    mutating func guidePath(_ id: String) {
        byte(UInt8(ascii: "\""))
        raw(Route.guidePrefix)
        let quote = id.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
        if quote {
            // Not from the rules (identifiers are tokens), but escaped all the same.
            var escaped = JSONWriter(capacity: id.utf8.count + 8)
            escaped.string(id)
            append(Array(escaped.bytes.dropFirst().dropLast()))
        } else {
            output.append(utf8: id)
        }
        byte(UInt8(ascii: "\""))
    }

    /// A scanned statement: the layout, the column read, the counts, each distinct related text with
    /// its lines, and the related lines past those by seller.
    package mutating func scan(_ document: ScanDocument) {
        raw(#"{"column":"#)
        if let column = document.column {
            raw(#"{"index":"#)
            number(column.index)
            raw(#","name":"#)
            optionalString(column.name)
            raw("}")
        } else {
            raw("null")
        }
        raw(#","groups":"#)
        array(document.groups) { $0.scanGroup($1) }
        raw(#","layout":"#)
        verbatimString(document.layout.rawValue)
        raw(#","linesRead":"#)
        number(document.linesRead)
        raw(#","linesSkipped":"#)
        number(document.linesSkipped)
        raw(#","matches":"#)
        array(document.matches) { writer, match in
            writer.raw(#"{"identification":"#)
            writer.identification(match.identification)
            writer.raw(#","line":"#)
            writer.number(match.line)
            writer.raw(#","lines":"#)
            writer.array(match.lines) { $0.number($1) }
            writer.raw(#","text":"#)
            writer.string(match.text)
            writer.raw("}")
        }
        raw(#","omitted":"#)
        array(document.omitted) { writer, part in
            writer.raw(#"{"lines":"#)
            writer.array(part.lines) { $0.number($1) }
            writer.raw(#","provider":"#)
            writer.provider(part.provider)
            writer.raw("}")
        }
        raw("}")
    }
}
