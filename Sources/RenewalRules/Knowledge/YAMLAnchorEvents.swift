internal import CYaml

/// Finds anchors and aliases the way the YAML parser sees them: libyaml's event stream, read once
/// and never composed, so no alias is expanded however many nodes it would stand for. A byte scan
/// cannot know every way YAML breaks a line or starts a node; the parser does.
enum YAMLAnchorEvents {
    /// The 1-based line of the first anchor or alias in the text, or `nil` when it has none (or
    /// when the text is not YAML: the composer then reports the syntax error with its line).
    static func firstLine(_ yaml: String) -> Int? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(yaml.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Int? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                switch event.type {
                case YAML_ALIAS_EVENT: return line
                case YAML_SCALAR_EVENT where event.data.scalar.anchor != nil: return line
                case YAML_SEQUENCE_START_EVENT where event.data.sequence_start.anchor != nil: return line
                case YAML_MAPPING_START_EVENT where event.data.mapping_start.anchor != nil: return line
                case YAML_STREAM_END_EVENT: return nil
                default: continue
                }
            }
            return nil
        }
    }
}
