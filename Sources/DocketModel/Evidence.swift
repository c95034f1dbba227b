import Foundation

/// Why the knowledge base believes a fact: the item it came from, the sentence, and the
/// words that triggered the extraction.
public struct Evidence: Codable, Sendable, Hashable {
    /// The id of the stored item.
    public var item: String
    public var sentence: String
    /// The cue words or patterns that matched (`accused`, `distil`).
    public var cues: [String]
    /// The item's publication date, for timelines.
    public var date: Date?

    public init(item: String, sentence: String, cues: [String] = [], date: Date? = nil) {
        self.item = item
        self.sentence = sentence
        self.cues = cues
        self.date = date
    }
}

/// A dated change of status, with what showed it.
public struct StatusChange: Codable, Sendable, Hashable {
    public var status: String
    public var date: Date
    /// Item id, or `manual` for a person's decision.
    public var source: String

    public init(status: String, date: Date, source: String) {
        self.status = status
        self.date = date
        self.source = source
    }
}
