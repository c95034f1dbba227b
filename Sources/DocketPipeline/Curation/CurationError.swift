/// Why a curation command was refused. Nothing is written when one is thrown.
public enum CurationError: Error, CustomStringConvertible, Equatable {
    case unknownRecord(kind: String, id: String)
    case unknownCompany(String)
    case invalidValue(field: String, value: String, expected: String)
    case invalidDate(String)
    case mergeIntoItself(String)
    case alreadyMerged(kind: String, id: String, into: String)
    case missing(field: String)

    public var description: String {
        switch self {
        case .unknownRecord(let kind, let id):
            "no \(kind) with id '\(id)' (see `docket \(kind)s list`)"
        case .unknownCompany(let id):
            "no company with id '\(id)' (see `docket companies list`, or add it with `docket companies add`)"
        case .invalidValue(let field, let value, let expected):
            "\(field): '\(value)' is not valid; expected \(expected)"
        case .invalidDate(let text):
            "'\(text)' is not a date; use YYYY-MM-DD"
        case .mergeIntoItself(let id):
            "cannot merge '\(id)' into itself"
        case .alreadyMerged(let kind, let id, let into):
            "\(kind) '\(id)' was already merged into '\(into)'"
        case .missing(let field):
            "\(field) is required"
        }
    }
}
