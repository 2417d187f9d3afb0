/// Another company whose name on a receipt, an order e-mail or a statement line means the purchase
/// is its own: a security vendor (Norton, ESET) or a shop (Amazon, ヨドバシカメラ). Its order
/// numbers can have the shape of a Kaspersky reseller's, and its charges can run through the same
/// stores, so its name beside them decides: `Norton 注文番号 22122857` is Norton's.
public struct OtherVendor: Sendable, Hashable {
    /// The name people see, as the rule file gives it.
    public let name: String
    /// What sort of company it is.
    public let kind: OtherVendorKind
}

/// What sort of company another vendor is.
public enum OtherVendorKind: String, Sendable, Hashable, CaseIterable {
    /// A maker of security software other than Kaspersky.
    case securityVendor = "security-vendor"
    /// A shop that sells software and much else.
    case shop
}

/// The other vendors of the rule file, with the names people write for each.
final class OtherVendorDirectory: Sendable {
    /// Every vendor, in the file's order.
    let vendors: [OtherVendor]
    /// Each name's vendor, by the name's position in the index.
    private let owners: [Int]
    private let names: [[UInt8]]

    /// - Parameter entries: each vendor with the names people write for it (its own name included).
    init(_ entries: [(vendor: OtherVendor, names: [String])]) {
        vendors = entries.map(\.vendor)
        var owners: [Int] = []
        var names: [[UInt8]] = []
        for (position, entry) in entries.enumerated() {
            for name in [entry.vendor.name] + entry.names {
                names.append(TextNormalizer.foldedBytes(name))
                owners.append(position)
            }
        }
        self.owners = owners
        self.names = names
    }

    /// Every name with its vendor's place in ``vendors``, folded: what the reading's index is
    /// made of.
    var phrases: [(phrase: [UInt8], vendor: Int)] {
        Array(zip(names, owners))
    }
}
