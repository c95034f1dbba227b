/// A `docket table` request that cannot be answered as asked (a usage error).
public enum TableRequestError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownColumn(String, allowed: [String])
    case unknownCompany(String)
    case noColumns

    public var description: String {
        switch self {
        case .unknownColumn(let name, let allowed):
            "unknown column '\(name)'; use one of \(allowed.joined(separator: ", "))"
        case .unknownCompany(let id):
            "no company '\(id)' in the knowledge base (ids are slugs such as 'anthropic')"
        case .noColumns:
            "--columns names no column"
        }
    }
}
