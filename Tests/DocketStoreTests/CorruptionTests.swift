import DocketModel
import Foundation
import Testing

@testable import DocketStore

@Suite struct CorruptionTests {
    @Test func syntaxErrorInAJSONFileNamesFileAndLineAndBlocksWrites() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        try kb.write { try $0.saveFeeds([Sample.feed("alpha"), Sample.feed("beta")]) }
        var text = String(decoding: Sample.bytes(kb.feedsURL), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Break the line holding beta's title: drop its trailing comma.
        let target = try #require(lines.firstIndex { $0.contains("\"Feed beta\"") })
        var broken = lines.map(String.init)
        broken[target] = broken[target].replacingOccurrences(of: "\",", with: "\"")
        text = broken.joined(separator: "\n")
        try Sample.write(text, to: kb.feedsURL)
        let damaged = Sample.bytes(kb.feedsURL)

        let error = #expect(throws: KnowledgeBaseError.self) { try kb.feeds() }
        guard case .corrupt(let file, let line, let message) = error else {
            Issue.record("expected corrupt, got \(String(describing: error))")
            return
        }
        #expect(file == kb.feedsURL.path)
        #expect(line == target + 2)  // the error is seen at the next key, on the following line
        #expect(message.contains("not valid JSON"))
        #expect(error?.description.hasPrefix("\(kb.feedsURL.path):\(target + 2): ") == true)

        let refused = #expect(throws: KnowledgeBaseError.self) { try kb.write { try $0.saveFeeds([Sample.feed("gamma")]) } }
        #expect(refused == error)
        #expect(Sample.bytes(kb.feedsURL) == damaged)
        // Other files still take writes.
        try kb.write { try $0.saveCompanies([Company(id: "x", name: "X")]) }
        #expect(Sample.bytes(kb.feedsURL) == damaged)
    }

    @Test func wrongTypeInAJSONFileNamesTheRecordsLine() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        try Sample.write(
            """
            [
              {"id": "a", "name": "A"},
              {"id": "b", "name": "B"},
              {"id": "c",
               "name": 42}
            ]
            """, to: kb.companiesURL)
        let error = #expect(throws: KnowledgeBaseError.self) { try kb.companies() }
        guard case .corrupt(let file, let line, let message) = error else {
            Issue.record("expected corrupt, got \(String(describing: error))")
            return
        }
        #expect(file == kb.companiesURL.path)
        #expect(line == 5)
        #expect(message.contains("[2].name"))
        #expect(throws: KnowledgeBaseError.self) { try kb.write { try $0.saveCompanies([]) } }
    }

    @Test func corruptItemLineNamesFileAndLine() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        try kb.write { try $0.saveFeeds([Sample.feed("alpha")]) }
        try kb.append([Sample.item(feed: "alpha", guid: "g1")])
        try Sample.append("{\"id\": \"broken\", \"feed\": \n", to: kb.monthFile("2026-11"))
        try Sample.append(String(decoding: StoredItem(item: Sample.item(feed: "alpha", guid: "g3")).line(), as: UTF8.self), to: kb.monthFile("2026-11"))
        let error = #expect(throws: KnowledgeBaseError.self) { try kb.items(month: "2026-11") }
        guard case .corrupt(let file, let line, _) = error else {
            Issue.record("expected corrupt, got \(String(describing: error))")
            return
        }
        #expect(file == kb.monthFile("2026-11").path)
        #expect(line == 2)
        let problems = try kb.verify()
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2)
        // A rebuild of the index reads every line: it refuses, naming the same place.
        try FileManager.default.removeItem(at: kb.indexURL)
        let refused = #expect(throws: KnowledgeBaseError.self) { try kb.append([Sample.item(feed: "alpha", guid: "g4")]) }
        guard case .corrupt(_, let refusedLine, _) = refused else {
            Issue.record("expected corrupt, got \(String(describing: refused))")
            return
        }
        #expect(refusedLine == 2)
    }

    @Test func locatorFindsLines() {
        let text = Array("[\n  {\"a\": 1},\n  {\"a\": [1,\n 2, }\n]".utf8)
        #expect(JSONLocator.syntaxError(in: text)?.line == 4)
        #expect(JSONLocator.syntaxError(in: Array("[1, 2]".utf8)) == nil)
        #expect(JSONLocator.syntaxError(in: Array("[1, 2] x".utf8))?.message == "unexpected text after the JSON value")
        #expect(JSONLocator.syntaxError(in: Array("[\"open\n".utf8))?.line == 1)
        #expect(JSONLocator.elementLines(in: Array("[\n{},\n\n{\"x\":\"a,b\"},\n3]".utf8)) == [2, 4, 5])
    }
}
