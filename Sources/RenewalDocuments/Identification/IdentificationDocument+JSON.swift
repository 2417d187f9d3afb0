import RenewalRules

extension IdentificationDocument: JSONWritable {
    /// The identification as `openapi.yaml`'s `Identification`.
    package func write(to json: inout JSONWriter) {
        write(to: &json, guides: nil)
    }

    /// The identification; `guides`, when given, are guide documents written already, embedded as
    /// the `guides` member (`include=guide`).
    package func write(to json: inout JSONWriter, guides: [[UInt8]]?) {
        json.object {
            $0.member("candidates", candidates)
            $0.member("confidence", confidence)
            $0.member("guide", GuidePath(guideID))
            if let guides { $0.member("guides", guides) { $0.append($1) } }
            $0.member("intermediary", intermediary)
            $0.member("kind", kind)
            $0.member("namesKaspersky", namesKaspersky)
            $0.member("next", next)
            $0.member("normalized", normalized)
            $0.member("otherVendor", otherVendor)
            $0.member("provider", provider)
            $0.member("query", query)
            $0.member("reason", reason)
            $0.member("setAside", setAside)
            $0.member("source", source)
            $0.member("status", status)
        }
    }
}

extension IdentificationDocument.CandidateDocument: JSONWritable {
    /// `{"confidence","evidence","guide","provider","reason","source"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("confidence", confidence)
            $0.member("evidence", evidence)
            $0.member("guide", GuidePath(guideID))
            $0.member("provider", provider)
            $0.member("reason", reason)
            $0.member("source", source)
        }
    }
}

extension IdentificationDocument.SetAsideDocument: JSONWritable {
    /// `{"kind","note","text"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("kind", token: kind)
            $0.member("note", note)
            $0.member("text", text)
        }
    }
}

extension IdentificationDocument.OtherVendorDocument: JSONWritable {
    /// `{"kind","name"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("kind", token: kind)
            $0.member("name", name)
        }
    }
}
