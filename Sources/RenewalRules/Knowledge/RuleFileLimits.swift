/// What one rule file may hold: bounds that keep loading and matching cheap whatever a file says
/// (the matchers' tables grow with the square of a text's length and the number of texts).
public enum RuleFileLimits {
    /// The largest rule file read, in bytes.
    public static let fileBytes = 1 << 20
    /// The longest text, in UTF-8 bytes: a descriptor, a search term, a pattern, an example.
    public static let textLength = 64
    /// The most rules of each kind (formats, descriptors in all, patterns).
    public static let rulesPerKind = 200
    /// The most examples of a format, and search terms of a descriptor.
    public static let listLength = 10
    /// The most problems reported for one file; past it, their number.
    public static let problems = 100
    /// The fewest letters and digits a descriptor has, one a letter: a shorter one would match
    /// ordinary statement lines (`PAY` is in every "APPLE PAY").
    public static let descriptorCharacters = 4
    /// The fewest letters and digits of a name looked for in running text (a provider's name and
    /// `names`): `2co` is the shortest that means a seller wherever it stands.
    public static let nameCharacters = 3
    /// The longest text a guide shows (a title, a step, a note), in UTF-8 bytes.
    public static let proseLength = 1024
    /// The most sections of a guide, steps of a section, or notes of a guide; and the most named
    /// notes and step lists.
    public static let guideParts = 20
    /// The most text one guide shows, in UTF-8 bytes of both languages, its shared notes, steps
    /// and fallback counted wherever they appear: what bounds a rendered guide, and every answer
    /// that embeds one.
    public static let guideBytes = 16 << 10
    /// The most names of one product line.
    public static let productNames = 40
}
