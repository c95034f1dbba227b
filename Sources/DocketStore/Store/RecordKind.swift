/// The kinds of record the knowledge base holds, for exports and messages.
public enum RecordKind: String, Sendable, CaseIterable, Codable {
    case feeds, items, companies, allegations, regulations
}
