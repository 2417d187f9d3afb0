import RenewalRules

extension ScanDocument: JSONWritable {
    /// The scan as `openapi.yaml`'s `Scan`: the layout, the column read, the counts, each distinct
    /// related text with its lines, the related lines past those by seller, and the groups.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("column", column)
            $0.member("groups", groups)
            $0.member("layout", layout)
            $0.member("linesRead", linesRead)
            $0.member("linesSkipped", linesSkipped)
            $0.member("matches", matches)
            $0.member("omitted", omitted)
        }
    }
}

extension ScanDocument.ColumnDocument: JSONWritable {
    /// `{"index","name"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("index", index)
            $0.member("name", name)
        }
    }
}

extension ScanDocument.MatchDocument: JSONWritable {
    /// `{"identification","line","lines","text"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("identification", identification)
            $0.member("line", line)
            $0.member("lines", lines)
            $0.member("text", text)
        }
    }
}

extension ScanDocument.OmittedDocument: JSONWritable {
    /// `{"lines","provider"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("lines", lines)
            $0.member("provider", provider)
        }
    }
}
