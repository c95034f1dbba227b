/// Why a period given on the command line was refused.
public enum BriefingPeriodError: Error, Sendable, Hashable, CustomStringConvertible {
    case badWeek(String)
    case badDate(String)
    case emptyRange(String, String)

    public var description: String {
        switch self {
        case .badWeek(let text): "\"\(text)\" is not an ISO week: use YYYY-Www, e.g. 2026-W48"
        case .badDate(let text): "\"\(text)\" is not a date: use YYYY-MM-DD"
        case .emptyRange(let a, let b): "the period from \(a) until \(b) is empty: --since must not be after --until"
        }
    }
}
