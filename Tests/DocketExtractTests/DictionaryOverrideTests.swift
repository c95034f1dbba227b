import DocketModel
import Foundation
import Testing

@testable import DocketExtract

/// A knowledge base's own dictionaries: files in its `dictionaries/` folder override the seeds.
@Suite struct DictionaryOverrideTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docket-dict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func filesInTheFolderOverrideTheSeedsAndTheCompaniesAreTheKnowledgeBases() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let taxonomy = #"[{"id": "astroturfing", "cues": ["fake grassroots"], "weight": 1}]"#
        try Data(taxonomy.utf8).write(to: folder.appendingPathComponent("taxonomy.json"))
        let companies = [Company(id: "acme", name: "Acme Robotics")]
        let dictionary = try ExtractionDictionary.forKnowledgeBase(overrides: folder, companies: companies)
        #expect(dictionary.categories.map(\.id) == ["astroturfing"])
        #expect(dictionary.companies.map(\.id) == ["acme"])
        // the other files are the bundled ones
        #expect(dictionary.instruments == (try ExtractionDictionary.bundled()).instruments)
    }

    @Test func noFolderMeansTheSeedsAndABrokenFileNamesItself() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("docket-none-\(UUID().uuidString)")
        let seeds = try ExtractionDictionary.bundled()
        let dictionary = try ExtractionDictionary.forKnowledgeBase(overrides: missing, companies: seeds.companies)
        #expect(dictionary.categories.map(\.id) == seeds.categories.map(\.id))
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("[{\"id\": ".utf8).write(to: folder.appendingPathComponent("taxonomy.json"))
        #expect {
            try ExtractionDictionary.forKnowledgeBase(overrides: folder, companies: [])
        } throws: { error in
            String(describing: error).contains("taxonomy.json") && !String(describing: error).contains("\n")
        }
    }
}
