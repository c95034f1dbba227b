/// The columns a regulation table can show (`docket table --kind regulation --columns`).
public enum RegulationColumn: String, Sendable, CaseIterable {
    case jurisdiction
    /// Title and kind of instrument: `EU AI Act (act)`.
    case instrument
    case title
    case status
    /// The first milestone on or after the as-of day: `2026-12-02: obligations apply`.
    case nextMilestone = "next-milestone"
    case body
    case topics
    case sources

    /// Jurisdiction | Instrument | Status | Next milestone.
    public static let defaults: [RegulationColumn] = [.jurisdiction, .instrument, .status, .nextMilestone]

    var header: String {
        switch self {
        case .jurisdiction: "Jurisdiction"
        case .instrument: "Instrument"
        case .title: "Title"
        case .status: "Status"
        case .nextMilestone: "Next milestone"
        case .body: "Body"
        case .topics: "Topics"
        case .sources: "Sources"
        }
    }
}
