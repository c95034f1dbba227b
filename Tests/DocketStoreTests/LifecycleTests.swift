import DocketModel
import Foundation
import Testing

@testable import DocketStore

@Suite struct LifecycleTests {
    @Test func createWritesLayoutAndManifest() throws {
        let tmp = try TemporaryFolder()
        let seed = [Company(id: "anthropic", name: "Anthropic", products: ["Claude"])]
        let kb = try tmp.knowledgeBase(companies: seed)
        for name in ["docket.json", "feeds.json", "companies.json", "allegations.json", "regulations.json", "items", "index", "briefs", "logs"] {
            #expect(FileManager.default.fileExists(atPath: kb.root.appendingPathComponent(name).path), "\(name) missing")
        }
        let manifest = try kb.manifest()
        #expect(manifest.schemaVersion == KnowledgeBase.schemaVersion)
        #expect(manifest.toolVersion == DocketInfo.version)
        #expect(abs(manifest.created.timeIntervalSinceNow) < 60)
        let text = String(decoding: Sample.bytes(kb.root.appendingPathComponent("docket.json")), as: UTF8.self)
        #expect(text.contains("\"schema_version\" : 1"))

        let reopened = try KnowledgeBase.open(at: kb.root)
        #expect(try reopened.companies() == seed)
        #expect(try reopened.feeds().isEmpty)
        #expect(try reopened.months().isEmpty)
    }

    @Test func createRefusesAnExistingKnowledgeBase() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        #expect(throws: KnowledgeBaseError.alreadyExists(path: kb.root.path)) { try KnowledgeBase.create(at: kb.root) }
        #expect(KnowledgeBaseError.alreadyExists(path: "/x").description.contains("already initialised"))
    }

    @Test func openRefusesAFolderThatIsNotAKnowledgeBase() throws {
        let tmp = try TemporaryFolder()
        let error = #expect(throws: KnowledgeBaseError.self) { try KnowledgeBase.open(at: tmp.url) }
        #expect(error == .notInitialised(path: tmp.url.path))
        #expect(error?.description.contains("not a knowledge base (run docket init)") == true)
        // And writing to it fails the same way.
        let kb = KnowledgeBase(root: tmp.url)
        #expect(throws: KnowledgeBaseError.notInitialised(path: tmp.url.path)) { try kb.write { _ in } }
    }

    @Test func newerSchemaIsRefused() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        try Sample.write(#"{"created":"2026-01-01T00:00:00Z","schema_version":99,"tool_version":"9.0.0"}"#, to: kb.manifestURL)
        let error = #expect(throws: KnowledgeBaseError.self) { try KnowledgeBase.open(at: kb.root) }
        #expect(error == .newerSchema(found: 99, supported: KnowledgeBase.schemaVersion))
        #expect(error?.description.contains("written by a newer Docket") == true)
        #expect(throws: KnowledgeBaseError.newerSchema(found: 99, supported: 1)) { try kb.write { try $0.saveFeeds([]) } }
    }

    @Test func corruptManifestNamesTheFileAndLine() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        try Sample.write("{\n  \"created\": \"2026-01-01T00:00:00Z\",\n  \"schema_version\": 1\n  \"tool_version\": \"x\"\n}\n", to: kb.manifestURL)
        let error = #expect(throws: KnowledgeBaseError.self) { try KnowledgeBase.open(at: kb.root) }
        guard case .corrupt(let file, let line, _) = error else {
            Issue.record("expected corrupt, got \(String(describing: error))")
            return
        }
        #expect(file == kb.manifestURL.path)
        #expect(line == 4)
    }

    @Test func locationFollowsFlagThenEnvironment() {
        let env = ["HOME": "/home/ana", "XDG_DATA_HOME": "/xdg", "DOCKET_KB": "/env/kb"]
        #expect(KnowledgeBase.location(explicit: "/flag/kb", environment: env).path == "/flag/kb")
        #expect(KnowledgeBase.location(explicit: "~/kb", environment: env).path == "/home/ana/kb")
        #expect(KnowledgeBase.location(explicit: nil, environment: env).path == "/env/kb")
        #expect(KnowledgeBase.location(explicit: nil, environment: ["HOME": "/home/ana", "XDG_DATA_HOME": "/xdg"]).path == "/xdg/docket")
        #expect(KnowledgeBase.location(explicit: nil, environment: ["HOME": "/home/ana", "XDG_DATA_HOME": "relative"]).path == "/home/ana/.local/share/docket")
        #expect(KnowledgeBase.location(explicit: nil, environment: ["HOME": "/home/ana"]).path == "/home/ana/.local/share/docket")
        #expect(KnowledgeBase.location(explicit: "", environment: ["HOME": "/home/ana", "DOCKET_KB": ""]).path == "/home/ana/.local/share/docket")
    }
}
