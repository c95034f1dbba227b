/// A file attached to an item: RSS `enclosure`, Atom `link rel="enclosure"`, `media:content`.
public struct Enclosure: Codable, Sendable, Hashable {
    public var url: String
    public var type: String?
    /// Size in bytes, as the feed states it (feeds often say 0 or nothing).
    public var length: Int64?

    public init(url: String, type: String? = nil, length: Int64? = nil) {
        self.url = url
        self.type = type
        self.length = length
    }
}
