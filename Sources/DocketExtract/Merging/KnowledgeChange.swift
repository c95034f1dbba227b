/// One change the merger made to the knowledge base, for logs and `docket update` reports.
public struct KnowledgeChange: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case allegationAdded = "allegation-added"
        case allegationEvidence = "allegation-evidence"
        case allegationStatus = "allegation-status"
        case regulationAdded = "regulation-added"
        case regulationEvidence = "regulation-evidence"
        case regulationStatus = "regulation-status"
        case regulationMilestone = "regulation-milestone"
    }

    public var kind: Kind
    /// The id of the record changed.
    public var record: String
    /// The item that caused it.
    public var item: String?
    /// What changed, in words (`candidate → denied`, `2026-08-02: applies from`).
    public var detail: String

    public init(kind: Kind, record: String, item: String?, detail: String = "") {
        self.kind = kind
        self.record = record
        self.item = item
        self.detail = detail
    }

    public var description: String {
        [kind.rawValue, record, item ?? "-", detail].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
