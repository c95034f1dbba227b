/// A person or organisation credited with an item: RSS `author`, `dc:creator`, Atom `author`.
public struct Author: Codable, Sendable, Hashable {
    public var name: String?
    public var email: String?
    public var uri: String?

    public init(name: String? = nil, email: String? = nil, uri: String? = nil) {
        self.name = name
        self.email = email
        self.uri = uri
    }

    /// True when nothing is known.
    public var isEmpty: Bool { name == nil && email == nil && uri == nil }
}
