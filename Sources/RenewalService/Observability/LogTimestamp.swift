import Glibc
import RenewalDocuments

/// UTC log timestamps, `2026-11-28T03:07:54.123Z`, formatted without a lock or a cache.
///
/// Every log line (one per request at the default level) needs one, from several event loops at
/// once. A shared per-second cache needed a mutex; the calendar arithmetic below (days to civil
/// date, after Howard Hinnant's `civil_from_days`) costs less than taking it.
enum LogTimestamp {
    /// Appends the current time.
    static func append(to writer: inout JSONWriter) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        append(seconds: Int(now.tv_sec), milliseconds: Int(now.tv_nsec / 1_000_000), to: &writer)
    }

    /// The last second of 9999: a four-digit year.
    static let latestSeconds = 253_402_300_799

    /// Appends a given time: seconds since 1970 and milliseconds, clamped to 1970-01-01T00:00:00.000Z
    /// through 9999-12-31T23:59:59.999Z (a system clock set outside that range is not worth a crash).
    static func append(seconds: Int, milliseconds: Int, to writer: inout JSONWriter) {
        let seconds = min(max(seconds, 0), latestSeconds)
        let milliseconds = min(max(milliseconds, 0), 999)
        let days = seconds / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        // `YYYY-MM-DDTHH:MM:SS.mmmZ`, filled in place and appended once.
        var text: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &text) { bytes in
            func put(_ value: Int, _ at: Int, _ count: Int) {
                var rest = value
                for offset in stride(from: at + count - 1, through: at, by: -1) {
                    bytes[offset] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, 0, 4)
            bytes[4] = UInt8(ascii: "-")
            put(month, 5, 2)
            bytes[7] = UInt8(ascii: "-")
            put(day, 8, 2)
            bytes[10] = UInt8(ascii: "T")
            put(secondOfDay / 3600, 11, 2)
            bytes[13] = UInt8(ascii: ":")
            put(secondOfDay / 60 % 60, 14, 2)
            bytes[16] = UInt8(ascii: ":")
            put(secondOfDay % 60, 17, 2)
            bytes[19] = UInt8(ascii: ".")
            put(milliseconds, 20, 3)
            bytes[23] = UInt8(ascii: "Z")
            writer.output.append(UnsafeRawBufferPointer(bytes))
        }
    }

    /// Year, month (1–12) and day (1–31) of a day count since 1970-01-01 (negative before), proleptic
    /// Gregorian.
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
