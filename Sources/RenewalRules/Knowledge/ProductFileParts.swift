import Yams

/// The rule file's `products`: for each product line, the names people type for it.
enum ProductFileParts {
    /// The names, or `nil` after recording why not. No name may stand for two products, and every
    /// name must find its own product once looked up the way a request's is (a leading "Kaspersky"
    /// dropped), so that nothing listed as accepted routes elsewhere.
    static func names(_ node: Node, reader: RuleFileReader) -> ProductNames? {
        guard case .mapping(let mapping) = node else {
            reader.problem(node, "products must map each product line to the names people type for it")
            return nil
        }
        let before = reader.problems.count
        var names: [(line: ProductLine, names: [String])] = []
        var found: [(text: String, node: Node, line: ProductLine)] = []
        for (key, value) in mapping {
            guard let id = reader.text(key, "products") else { continue }
            guard let line = reader.member(id, of: ProductLine.self, key, "products", "product", "products") else {
                continue
            }
            guard let items = reader.sequence(value, "the names of \(id)") else { continue }
            guard items.count <= RuleFileLimits.productNames else {
                reader.problem(value, "the names of \(id) are \(items.count); at most \(RuleFileLimits.productNames)")
                continue
            }
            let texts = items.compactMap { item in reader.text(item, "a name of \(id)").map { (item, $0) } }
            for (item, text) in texts where ProductNames.key(text).isEmpty {
                reader.problem(item, "'\(text)' has no letter or digit to look up")
            }
            found += [(id, key, line)] + texts.map { ($0.1, $0.0, line) }
            names.append((line, texts.map(\.1)))
        }
        for line in ProductLine.allCases where !names.contains(where: { $0.line == line }) {
            reader.problem(node, "products has no entry for \(line.rawValue): give the names people type for it")
        }
        guard reader.problems.count == before else { return nil }
        let product = ProductNames(names)
        for name in found {
            guard let answer = product.line(named: name.text), answer != name.line else { continue }
            reader.problem(
                name.node,
                "'\(name.text)' names both \(answer.rawValue) and \(name.line.rawValue) "
                    + "(a leading Kaspersky is dropped): a name stands for one product")
        }
        return reader.problems.count == before ? product : nil
    }
}
