import RenewalDocuments

/// `tools/list`'s answer, written once: each tool's description an agent can act on, its input
/// schema, its output schema (from `openapi.yaml`) and its hints (read-only, idempotent).
enum MCPToolList {
    static let json: [UInt8] = {
        let schemas = MCPSchemas.schemas(tools.map(\.output))
        var writer = JSONWriter(capacity: 64 << 10)
        writer.object {
            $0.member("tools", tools) { writer, tool in
                writer.object {
                    $0.key("annotations")
                    $0.object {
                        $0.member("destructiveHint", false)
                        $0.member("idempotentHint", true)
                        $0.member("openWorldHint", false)
                        $0.member("readOnlyHint", true)
                        $0.member("title", tool.title)
                    }
                    $0.member("description", tool.description)
                    $0.member("inputSchema", json: Array(tool.input.utf8))
                    $0.member("name", tool.name)
                    $0.member("outputSchema", json: schemas[tool.output] ?? Array("{}".utf8))
                    $0.member("title", tool.title)
                }
            }
        }
        return writer.bytes
    }()

    private struct Tool {
        let name: String
        let title: String
        let description: String
        let input: String
        let output: String
    }

    private static let lang =
        #""lang":{"type":"string","enum":["ja","en"],"description":"The answer's language (default: the server's, Japanese unless configured)."}"#

    private static let tools = [
        Tool(
            name: "identify", title: "Who sold this Kaspersky licence?",
            description:
                "Finds where a Kaspersky licence on auto-renewal was bought (My Kaspersky, Allsoft, Nexway, Digital River, "
                + "2Checkout, the App Store, Google Play or Huawei's store), how sure that is and why, from anything the "
                + "customer pasted: an order number, a card-statement line, a forwarded confirmation e-mail or a sentence. "
                + "Answers `unknown` or `ambiguous` with what to do next rather than guess. Pass what the customer wrote as "
                + "it is; set includeGuide to get the steps to turn auto-renewal off in the same answer.",
            input:
                #"{"type":"object","properties":{"query":{"type":"string","minLength":1,"maxLength":65536,"description":"What the customer pasted, as it is."},"#
                + lang
                + #","includeGuide":{"type":"boolean","description":"Embed the guide to follow (guides)."}},"required":["query"],"additionalProperties":false}"#,
            output: "Identification"),
        Tool(
            name: "scan_statement", title: "Find the Kaspersky renewal in a card statement",
            description:
                "Scans a whole card or bank statement (pasted lines, or a CSV export as text) for the lines that relate "
                + "to Kaspersky, answers each with its seller, groups them by seller with their charges, cadence "
                + "(monthly, yearly) and next expected charge, and lists App Store charges that may include Kaspersky's. "
                + "At most 20,000 lines.",
            input:
                #"{"type":"object","properties":{"statement":{"type":"string","minLength":1,"description":"The statement: pasted lines, or a CSV export's text."},"layout":{"type":"string","enum":["lines","csv"],"description":"Default: csv when most lines have the same separated fields."},"column":{"type":"string","description":"The CSV description column, by header or 1-based index."},"dateColumn":{"type":"string"},"amountColumn":{"type":"string"},"#
                + lang + #"},"required":["statement"],"additionalProperties":false}"#,
            output: "Scan"),
        Tool(
            name: "get_guide", title: "How to turn off auto-renewal with a seller",
            description:
                "The steps to turn off a Kaspersky licence's auto-renewal with one seller, quoting the screens' labels, "
                + "with the pages to open, each step's source, and what to hand customer service if it fails. provider is "
                + "a seller's identifier or name (my-kaspersky, allsoft, nexway, digital-river, 2checkout, app-store, "
                + "google-play, huawei, customer-service, or an alias such as 2co or ios); product narrows Nexway's guide.",
            input:
                #"{"type":"object","properties":{"provider":{"type":"string","minLength":1,"maxLength":100},"product":{"type":"string","description":"A Kaspersky product (plus, premium, safe kids, …)."},"#
                + lang + #"},"required":["provider"],"additionalProperties":false}"#,
            output: "Guide"),
    ]
}
