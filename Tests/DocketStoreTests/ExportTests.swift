import DocketModel
import Foundation
import Testing

@testable import DocketStore

@Suite struct ExportTests {
    func export(_ body: (FileHandle) throws -> Void, in tmp: TemporaryFolder) throws -> [UInt8] {
        let url = tmp.url.appendingPathComponent("export-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try body(handle)
        try handle.close()
        return Sample.bytes(url)
    }

    @Test func statsCountRecordsAndBytes() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase(companies: [Company(id: "a", name: "A"), Company(id: "b", name: "B")])
        try kb.write { w in
            try w.saveFeeds([Sample.feed("alpha"), Sample.feed("beta")])
            _ = try w.appendItems(
                [Sample.item(feed: "alpha", guid: "urn:1"), Sample.item(feed: "beta", guid: "urn:1"), Sample.item(feed: "alpha", guid: "g2", published: "2026-10-01T00:00:00Z")])
            try w.saveRegulations([Regulation(id: "r", title: "R", jurisdiction: "EU", instrument: "act", status: "adopted")])
        }
        let stats = try kb.stats()
        #expect(stats.feeds == 2)
        #expect(stats.items == 2)
        #expect(stats.duplicates == 1)
        #expect(stats.companies == 2)
        #expect(stats.allegations == 0)
        #expect(stats.regulations == 1)
        #expect(stats.months == 2)
        let itemBytes = Sample.bytes(kb.monthFile("2026-11")).count + Sample.bytes(kb.monthFile("2026-10")).count
        #expect(stats.bytes > Int64(itemBytes))
    }

    @Test func csvQuotesCommasQuotesAndNewlines() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        try kb.write { try $0.saveFeeds([Sample.feed("alpha")]) }
        var tricky = Sample.item(feed: "alpha", guid: "g1", title: "Say \"hi\", then\nleave", link: "https://alpha.example/a,b")
        tricky.companies = ["anthropic", "openai"]
        tricky.backlog = true
        let formula = Sample.item(feed: "alpha", guid: "g2", title: "=HYPERLINK(\"http://evil\")")
        try kb.append([tricky, formula])
        let csv = String(decoding: try export({ try kb.exportCSV(.items, to: $0) }, in: tmp), as: UTF8.self)
        let expected =
            "id,feed,published,title,link,companies,duplicate_of,backlog\r\n"
            + "\(tricky.id),alpha,2026-11-20T10:00:00Z,\"Say \"\"hi\"\", then\nleave\",\"https://alpha.example/a,b\",anthropic;openai,,true\r\n"
            + "\(formula.id),alpha,2026-11-20T10:00:00Z,\"'=HYPERLINK(\"\"http://evil\"\")\",https://alpha.example/g2,,,false\r\n"
        #expect(csv == expected)

        let feeds = String(decoding: try export({ try kb.exportCSV(.feeds, to: $0) }, in: tmp), as: UTF8.self)
        #expect(feeds.hasPrefix("id,url,title,site_url,tags,added,"))
        #expect(feeds.contains("\r\nalpha,https://alpha.example/feed.xml,Feed alpha,,,2026-01-01T00:00:00Z,"))
        for kind in RecordKind.allCases {
            let out = try export({ try kb.exportCSV(kind, to: $0) }, in: tmp)
            #expect(out.starts(with: Array("id,".utf8)), "\(kind)")
        }
    }

    @Test func jsonExportIsOneDocumentWithEverything() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase(companies: [Company(id: "anthropic", name: "Anthropic")])
        try kb.write { w in
            try w.saveFeeds([Sample.feed("alpha"), Sample.feed("beta")])
            _ = try w.appendItems([Sample.item(feed: "alpha", guid: "urn:1"), Sample.item(feed: "beta", guid: "urn:1"), Sample.item(feed: "alpha", guid: "g2")])
        }
        let bytes = try export({ try kb.exportJSON(to: $0) }, in: tmp)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(Set(document.keys) == ["allegations", "companies", "feeds", "items", "regulations", "schema_version"])
        let items = try #require(document["items"] as? [[String: Any]])
        #expect(items.count == 3)
        let kept = try #require(items.first { $0["guid"] as? String == "urn:1" && $0["feed"] as? String == "alpha" })
        let copy = try #require(items.first { $0["feed"] as? String == "beta" })
        #expect(kept["duplicates"] as? [String] == [copy["id"] as? String ?? "?"])
        #expect(copy["duplicate_of"] as? String == kept["id"] as? String)
        #expect((document["feeds"] as? [Any])?.count == 2)
        #expect((document["companies"] as? [Any])?.count == 1)
        // Items decode back into the model.
        let decoded = try DocketJSON.decoder().decode([String: [Item]].self, from: Data(JSONSerialization.data(withJSONObject: ["items": items])))
        #expect(decoded["items"]?.count == 3)
    }
}
