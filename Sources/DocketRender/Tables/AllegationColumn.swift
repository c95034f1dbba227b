/// The columns a company comparison table can show (`docket table --columns`).
public enum AllegationColumn: String, Sendable, CaseIterable {
    /// The company (or other party) name.
    case company
    /// Its products the allegations name.
    case product
    /// `accuser`, `accused`.
    case role
    /// Role, what it is said to have done, citations: `accused: queried Claude … [1] [2]`.
    case strategy
    /// What it is said to have done (or whom it accuses), with citations, without the role.
    case claim
    /// The allegations' statuses.
    case status
    case category
    /// The other side: whom it accuses, or who accuses it.
    case counterparty
    /// Citations only.
    case sources
    /// The first report's day.
    case firstReported = "first-reported"

    /// What `docket table` shows unless told otherwise: Company | Product | Strategy (topic).
    public static let defaults: [AllegationColumn] = [.company, .product, .strategy]

    func header(topic: String) -> String {
        switch self {
        case .company: "Company"
        case .product: "Product"
        case .role: "Role"
        case .strategy: "Strategy (\(topic))"
        case .claim: "Said to have done"
        case .status: "Status"
        case .category: "Category"
        case .counterparty: "Counterparty"
        case .sources: "Sources"
        case .firstReported: "First reported"
        }
    }
}
