/// A setting whose value cannot be used; the message names the setting and says what is expected.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The setting at fault.
    public let setting: Setting
    /// The value given.
    public let value: String
    /// What a valid value looks like.
    public let expected: String

    /// One line for the operator: `invalid --port / PORT "x": expected an integer from 0 to 65535`.
    public var description: String {
        "invalid \(setting.flag) / \(setting.environmentVariable) \"\(value)\": expected \(expected)"
    }
}
