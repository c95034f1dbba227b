import DocketModel
import Foundation

/// One labelled item of the development set (`Tests/DocketExtractTests/Fixtures/eval/*.jsonl`).
struct EvalItem: Decodable {
    struct Expected: Decodable {
        var companies: [String]
        var allegations: [ExpectedAllegation]
        var regulations: [ExpectedRegulation]

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            companies = try c.decodeIfPresent([String].self, forKey: .companies) ?? []
            allegations = try c.decodeIfPresent([ExpectedAllegation].self, forKey: .allegations) ?? []
            regulations = try c.decodeIfPresent([ExpectedRegulation].self, forKey: .regulations) ?? []
        }

        enum CodingKeys: String, CodingKey { case companies, allegations, regulations }
    }

    struct ExpectedAllegation: Decodable {
        var accusers: [String]
        var accused: [String]
        var category: String
    }

    struct ExpectedRegulation: Decodable {
        var instrument: String
        var jurisdiction: String
        var status: String
    }

    var id: String
    var kind: String
    var published: String?
    var title: String?
    var text: String
    var expected: Expected
    var tags: [String]?

    /// The item as the pipeline would store it.
    var item: Item {
        Item(
            id: id, feed: "eval", title: title, published: published.flatMap(ISO8601.date(from:)), content: text)
    }
}
