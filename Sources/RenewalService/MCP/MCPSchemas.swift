import RenewalDocuments
import Yams

/// The tools' output schemas, taken from `openapi.yaml`'s component schemas rather than written a
/// second time: each schema with the components it refers to under `$defs`, its `$ref`s pointed
/// there (OpenAPI 3.1's schemas are JSON Schema 2020-12).
enum MCPSchemas {
    /// Component schemas as self-contained JSON Schemas, written as JSON, by name: the served
    /// document is read once for all of them.
    static func schemas(_ names: [String]) -> [String: [UInt8]] {
        let text = String(decoding: PackageResources.openapi_yaml, as: UTF8.self)
        let document = (try? Yams.load(yaml: text)) as? [String: Any]
        let components = ((document?["components"] as? [String: Any])?["schemas"] as? [String: Any]) ?? [:]
        return Dictionary(uniqueKeysWithValues: names.map { ($0, schema($0, in: components)) })
    }

    private static func schema(_ name: String, in components: [String: Any]) -> [UInt8] {
        var needed: [String] = []
        collect(name, in: components, into: &needed)
        var writer = JSONWriter(capacity: 8_192)
        var root = rewritten(components[name] ?? [:]) as? [String: Any] ?? [:]
        root["$defs"] = Dictionary(
            uniqueKeysWithValues: needed.filter { $0 != name }.map { ($0, rewritten(components[$0] ?? [:])) })
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        write(root, into: &writer)
        return writer.bytes
    }

    /// Every component a schema refers to, itself included, each once.
    private static func collect(_ name: String, in components: [String: Any], into names: inout [String]) {
        guard !names.contains(name) else { return }
        names.append(name)
        for reference in references(in: components[name] ?? [:]) { collect(reference, in: components, into: &names) }
    }

    private static let prefix = "#/components/schemas/"

    private static func references(in value: Any) -> [String] {
        switch value {
        case let object as [String: Any]:
            let own = (object["$ref"] as? String).flatMap {
                $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : nil
            }
            return (own.map { [$0] } ?? []) + object.values.flatMap(references(in:))
        case let array as [Any]: return array.flatMap(references(in:))
        default: return []
        }
    }

    /// The value with its `$ref`s pointed at `$defs`, and OpenAPI's `example` keywords dropped.
    private static func rewritten(_ value: Any) -> Any {
        switch value {
        case var object as [String: Any]:
            if let reference = object["$ref"] as? String, reference.hasPrefix(prefix) {
                object["$ref"] = "#/$defs/" + reference.dropFirst(prefix.count)
            }
            object["example"] = nil
            return Dictionary(
                uniqueKeysWithValues: object.map { key, member in
                    // `properties` maps names to schemas: the names are kept (a property may be named
                    // `example`), each schema rewritten.
                    (
                        key,
                        key == "properties"
                            ? ((member as? [String: Any])?.mapValues(rewritten) ?? member) : rewritten(member)
                    )
                })
        case let array as [Any]: return array.map(rewritten)
        default: return value
        }
    }

    /// Writes a YAML-loaded value as JSON, object members in key order.
    static func write(_ value: Any, into writer: inout JSONWriter) {
        switch value {
        case let object as [String: Any]:
            writer.raw("{")
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { writer.raw(",") }
                writer.string(key)
                writer.raw(":")
                write(object[key] as Any, into: &writer)
            }
            writer.raw("}")
        case let array as [Any]:
            writer.raw("[")
            for (index, item) in array.enumerated() {
                if index > 0 { writer.raw(",") }
                write(item, into: &writer)
            }
            writer.raw("]")
        case let string as String: writer.string(string)
        case let bool as Bool: writer.bool(bool)
        case let integer as Int: writer.number(integer)
        case let double as Double: writer.number(double)
        default: writer.raw("null")
        }
    }
}
