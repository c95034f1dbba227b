import Foundation

/// `docket.json`: which schema the knowledge base is written in, when it was created, and
/// which Docket last changed its schema. Its presence marks a folder as a knowledge base.
public struct KnowledgeBaseManifest: Codable, Sendable, Equatable {
    public var schemaVersion: Int
    public var created: Date
    public var toolVersion: String

    public init(schemaVersion: Int, created: Date, toolVersion: String) {
        self.schemaVersion = schemaVersion
        self.created = created
        self.toolVersion = toolVersion
    }

    enum CodingKeys: String, CodingKey {
        case created
        case schemaVersion = "schema_version"
        case toolVersion = "tool_version"
    }

    /// A manifest without `schema_version` is schema 0 (written before versions existed).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? 0
        created = try c.decode(Date.self, forKey: .created)
        toolVersion = try c.decodeIfPresent(String.self, forKey: .toolVersion) ?? "unknown"
    }
}
