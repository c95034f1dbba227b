import DocketModel
import Foundation

@testable import DocketExtract

/// The small test dictionaries under `Fixtures/dictionaries/`, independent of the seed data.
enum Fixtures {
    static let folder: URL = {
        guard let url = Bundle.module.url(forResource: "dictionaries", withExtension: nil, subdirectory: "Fixtures") else {
            fatalError("test fixtures missing")
        }
        return url
    }()

    static let dictionary: ExtractionDictionary = {
        do {
            return try ExtractionDictionary.load(from: folder)
        } catch {
            fatalError("fixture dictionaries do not load: \(error)")
        }
    }()

    static let extractor = Extractor(dictionary: dictionary)
    static let linker = extractor.linker

    /// Publication date of test items: 2026-11-20.
    static let date = ISO8601.date(from: "2026-11-20T12:00:00Z")!

    static func item(_ text: String, title: String? = nil, id: String = "item-1", date: Date? = Fixtures.date) -> Item {
        Item(id: id, feed: "test", title: title, published: date, content: text)
    }

    static func extract(_ text: String, title: String? = nil, id: String = "item-1", date: Date? = Fixtures.date)
        -> ItemExtraction
    {
        extractor.extract(item: item(text, title: title, id: id, date: date))
    }

    /// `[accusers] → [accused] category` of each allegation, for compact expectations.
    static func triples(_ text: String, title: String? = nil) -> [String] {
        extract(text, title: title).allegations.map { "\($0.accusers) → \($0.accused) \($0.category)" }
    }

    static func companies(_ text: String) -> [String] {
        linker.companyIDs(in: text)
    }

    static func day(_ text: String) -> Date { ISO8601.date(from: text)! }
}
