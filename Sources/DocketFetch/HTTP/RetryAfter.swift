import Foundation

/// Reads a `Retry-After` header (RFC 9110 §10.2.3): either a number of seconds or an
/// HTTP-date (IMF-fixdate, with the obsolete RFC 850 and asctime forms accepted).
public enum RetryAfter {
    /// Seconds to wait from `now`; a date in the past gives 0; nil when the value is neither
    /// form.
    public static func seconds(from value: String, now: Date) -> Int? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) {
            return Int(text) ?? Int.max  // absurdly long numbers saturate; callers cap the delay
        }
        guard let date = date(from: text) else { return nil }
        let delta = date.timeIntervalSince(now)
        return delta <= 0 ? 0 : Int(delta.rounded(.up))
    }

    /// An HTTP-date, or nil.
    public static func date(from text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
