import Glibc

/// A cached `Date: <IMF-fixdate>\r\n` header line, re-formatted at most once a second.
struct HTTPDate {
    private(set) var line: [UInt8] = []
    private var second: time_t = -1

    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The header line for the current second (`time()` is a vDSO call, not a system call).
    mutating func current() -> [UInt8] {
        let now = time(nil)
        if now != second {
            second = now
            line = Self.format(now)
        }
        return line
    }

    /// `Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n`.
    static func format(_ seconds: time_t) -> [UInt8] {
        var clock = seconds
        var parts = tm()
        gmtime_r(&clock, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let text =
            "Date: \(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) "
            + "\(parts.tm_year + 1900) \(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT\r\n"
        return Array(text.utf8)
    }
}
