import Foundation

/// The few fields of a stored line that dedupe and indexing need, decoded without building a
/// whole `Item`.
struct ItemKeyFields: Decodable {
    var id: String
    var feed: String?
    var guid: String?
    var link: String?
    var title: String?
    var published: Date?
    var duplicateOf: String?

    enum CodingKeys: String, CodingKey {
        case id, feed, guid, link, title, published
        case duplicateOf = "duplicate_of"
    }
}
