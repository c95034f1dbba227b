/// The syndication format and version a feed was written in.
///
/// Raw values are short, stable identifiers for scripts (`docket parse --json`);
/// `displayName` is for people.
public enum FeedFormat: String, Sendable, Codable, CaseIterable {
    case rss090, rss091netscape = "rss091n", rss091userland = "rss091u", rss092, rss093, rss094, rss20
    /// An `<rss>` root without a version, or a version Docket does not know.
    case rss
    case rss10
    case atom03, atom10
    /// An Atom `<feed>` without a namespace or version Docket recognises.
    case atom

    public var displayName: String {
        switch self {
        case .rss090: "RSS 0.90"
        case .rss091netscape: "RSS 0.91 (Netscape)"
        case .rss091userland: "RSS 0.91 (UserLand)"
        case .rss092: "RSS 0.92"
        case .rss093: "RSS 0.93"
        case .rss094: "RSS 0.94"
        case .rss20: "RSS 2.0"
        case .rss: "RSS"
        case .rss10: "RSS 1.0"
        case .atom03: "Atom 0.3"
        case .atom10: "Atom 1.0"
        case .atom: "Atom"
        }
    }

    public var isAtom: Bool { self == .atom03 || self == .atom10 || self == .atom }
}
