import DocketModel
import Foundation
import Testing

@testable import DocketExtract

@Suite struct ExtractionDictionaryTests {
    @Test func bundledSeedDataLoads() throws {
        let dictionary = try ExtractionDictionary.bundled()
        #expect(!dictionary.companies.isEmpty)
        #expect(!dictionary.categories.isEmpty)
        #expect(!dictionary.accusation.active.isEmpty)
        #expect(!dictionary.instruments.isEmpty)
        #expect(!dictionary.jurisdictions.isEmpty)
        #expect(!dictionary.regulationCues.statuses.isEmpty)
    }

    @Test func theModelCaseWorksWithTheSeedData() throws {
        let extractor = try Extractor()
        let found = extractor.extract(
            item: Fixtures.item("Anthropic accused Alibaba of distilling Claude to build its next Qwen model."))
        let allegation = try #require(found.allegations.first)
        #expect(allegation.accusers == ["anthropic"])
        #expect(allegation.accused == ["alibaba"])
        #expect(allegation.category == "distillation")
        #expect(allegation.products.contains("Claude") && allegation.products.contains("Qwen"))
        #expect(found.companies == ["alibaba", "anthropic"])
    }

    func folder(with files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docket-dict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    @Test func aMalformedFileIsNamedInTheError() throws {
        let url = try folder(with: ["taxonomy.json": "[{\"id\": \"privacy\", \"cues\": [\"gdpr\",]"])
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try ExtractionDictionary.load(from: url, fallback: Fixtures.dictionary)
            Issue.record("a malformed file loaded")
        } catch let error as DictionaryError {
            #expect(error.file.hasSuffix("taxonomy.json"))
            if case .malformed = error.reason {} else { Issue.record("expected malformed, got \(error.reason)") }
            #expect(error.description.contains("taxonomy.json"))
        }
    }

    @Test func aWrongShapeSaysWhere() throws {
        let url = try folder(with: ["companies.json": "[{\"id\": \"a\", \"name\": 5}]"])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: DictionaryError.self) { try ExtractionDictionary.load(from: url, fallback: Fixtures.dictionary) }
        do {
            _ = try ExtractionDictionary.load(from: url, fallback: Fixtures.dictionary)
        } catch let error as DictionaryError {
            #expect(error.description.contains("companies.json"))
            #expect(error.description.contains("[0].name"))
        }
    }

    @Test func duplicateIDsAreInvalid() throws {
        let company = #"{"id": "acme", "name": "Acme"}"#
        let url = try folder(with: ["companies.json": "[\(company), \(company)]"])
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try ExtractionDictionary.load(from: url, fallback: Fixtures.dictionary)
            Issue.record("duplicate ids loaded")
        } catch let error as DictionaryError {
            #expect(error.reason == .invalid("duplicate company id \"acme\""))
        }
    }

    @Test func aMissingFileWithoutFallbackIsReported() throws {
        let url = try folder(with: [:])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: DictionaryError(file: url.appendingPathComponent("companies.json").path, reason: .missing)) {
            try ExtractionDictionary.load(from: url)
        }
    }

    @Test func aKnowledgeBasesCompaniesReplaceTheBundledOnes() {
        let own = [Company(id: "acme", name: "Acme Robotics", aliases: ["Acme"])]
        let extractor = Extractor(dictionary: Fixtures.dictionary.replacingCompanies(own))
        #expect(extractor.linker.companyIDs(in: "Acme sued Anthropic.") == ["acme"])
    }
}
