/// A problem with the `briefs/` folder.
public enum BriefingArchiveError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadableSnapshot(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadableSnapshot(let path, let reason):
            "\(path): not a briefing snapshot (\(reason)); fix or delete it"
        }
    }
}
