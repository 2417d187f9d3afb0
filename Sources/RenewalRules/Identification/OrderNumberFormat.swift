/// One order-number format from the article's table: which provider issues it, what it looks like,
/// and the article's own examples.
public struct OrderNumberFormat: Sendable {
    /// The provider whose order numbers look like this.
    public let provider: ProviderID
    /// The shape an order number must have.
    public let shape: OrderNumberShape
    /// How sure a match makes us, from 0 to 1.
    public let confidence: Double
    /// The article's examples of this format.
    public let examples: [String]
    /// Where the format is stated.
    public let source: Source
    /// What any number of this shape has (first byte, length), to skip the format cheaply.
    let gate: ShapeGate

    /// Declares a format, as the rule file's `order-number-formats` do.
    public init(
        _ provider: ProviderID, _ shape: OrderNumberShape, confidence: Double, examples: [String], source: Source
    ) {
        self.provider = provider
        self.shape = shape
        self.confidence = min(confidence, source.grade.maximumConfidence)
        self.examples = examples
        self.source = source
        self.gate = ShapeGate(shape)
    }
}

/// The shapes of order number the article describes.
public enum OrderNumberShape: Sendable, Hashable {
    /// Starts with this literal text (compared in upper case), e.g. `ALLSOFT` or `A`.
    case prefix(String)
    /// Consists of digits only, with a length in the range, e.g. 11 or 12 digits.
    case digits(ClosedRange<Int>)
    /// Starts with one of these characters and mixes letters and digits, e.g. `2A123BEC45D`.
    case mixed(startingWith: String)

    /// Whether a compact order number (upper case, see ``TextNormalizer/compactOrderNumber(_:)``) has
    /// this shape in any form, typical of the article's examples or not.
    func matches(_ compact: [UInt8]) -> Bool {
        fit(compact) != nil
    }

    /// The format in words, as the article's table describes it.
    public var description: LocalizedText {
        switch self {
        case .prefix(let prefix):
            LocalizedText(ja: "注文番号が\(prefix)で始まる", en: "order number starts with \(prefix)")
        case .digits(let lengths) where lengths.count == 1:
            LocalizedText(ja: "注文番号が\(lengths.lowerBound)桁の数字", en: "order number of \(lengths.lowerBound) digits")
        case .digits(let lengths) where lengths.count == 2:
            LocalizedText(
                ja: "注文番号が\(lengths.lowerBound)桁または\(lengths.upperBound)桁の数字",
                en: "order number of \(lengths.lowerBound) or \(lengths.upperBound) digits")
        case .digits(let lengths):
            LocalizedText(
                ja: "注文番号が\(lengths.lowerBound)〜\(lengths.upperBound)桁の数字",
                en: "order number of \(lengths.lowerBound) to \(lengths.upperBound) digits")
        case .mixed(let first):
            LocalizedText(
                ja: "注文番号が\(first.map(String.init).joined(separator: "または"))で始まり、数字とアルファベットが混在",
                en:
                    "order number starts with \(first.map(String.init).joined(separator: " or ")) and mixes digits and letters"
            )
        }
    }
}

/// The first bytes and lengths a shape allows: a test of two comparisons and a bit that every
/// order number runs against every format before the full ``OrderNumberShape/fit(_:)``. It admits
/// at least everything the shape fits.
struct ShapeGate: Sendable {
    private var firstBytes: (UInt64, UInt64) = (0, 0)
    private let lengths: ClosedRange<Int>
    /// Digits alone (`true`), a letter somewhere (`false`), or either (`nil`).
    private let digitsOnly: Bool?

    init(_ shape: OrderNumberShape) {
        switch shape {
        case .prefix(let prefix):
            lengths = prefix.utf8.count + 1...Int.max
            // A prefix with a letter in it is never all digits; one of digits may be followed by either.
            digitsOnly = prefix.utf8.contains(where: \.isASCIILetter) ? false : nil
            if let first = prefix.utf8.first { allow(first) }
        case .digits(let digits):
            lengths = digits
            digitsOnly = true
            for digit in UInt8(ascii: "0")...UInt8(ascii: "9") { allow(digit) }
        case .mixed(let first):
            lengths = 2...Int.max
            digitsOnly = false
            for byte in first.utf8 { allow(byte) }
        }
    }

    private mutating func allow(_ byte: UInt8) {
        if byte < 64 { firstBytes.0 |= 1 << byte } else if byte < 128 { firstBytes.1 |= 1 << (byte - 64) }
    }

    /// Whether a compact order number may fit the shape; `digitsOnly` says whether it is all digits.
    @inline(__always) func admits(_ compact: [UInt8], digitsOnly: Bool) -> Bool {
        guard self.digitsOnly == nil || digitsOnly == self.digitsOnly, let first = compact.first,
            lengths.contains(compact.count)
        else {
            return false
        }
        return first < 64 ? firstBytes.0 & (1 << first) != 0 : first < 128 && firstBytes.1 & (1 << (first - 64)) != 0
    }
}
