import DocketModel
import Foundation
import Testing

@testable import DocketStore

@Suite struct RunLogTests {
    struct Event: Codable, Equatable {
        var event: String
        var feed: String?
        var at: Date
    }

    @Test func recordsEventsAsJSONLines() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        let log = try RunLog.start(in: kb, now: Sample.date("2026-11-26T05:58:05Z"))
        #expect(log.url.lastPathComponent == "update-20261126T055805Z.jsonl")
        let events = [Event(event: "start", feed: nil, at: Sample.date("2026-11-26T05:58:05Z")), Event(event: "fetched", feed: "alpha\nbeta", at: Sample.date("2026-11-26T05:58:06Z"))]
        for e in events { try log.record(e) }
        try log.close()
        #expect(throws: KnowledgeBaseError.self) { try log.record(events[0]) }
        let lines = String(decoding: Sample.bytes(log.url), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first == #"{"at":"2026-11-26T05:58:05Z","event":"start"}"#)
        #expect(try lines.map { try DocketJSON.decoder().decode(Event.self, from: Data($0.utf8)) } == events)
        // Same second: a second log gets its own file.
        let again = try RunLog.start(in: kb, now: Sample.date("2026-11-26T05:58:05Z"))
        #expect(again.url.lastPathComponent == "update-20261126T055805Z-2.jsonl")
    }

    @Test func keepsOnlyTheNewestLogs() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        let base = Sample.date("2026-11-01T00:00:00Z")
        for i in 0..<35 {
            let log = try RunLog.start(in: kb, now: base.addingTimeInterval(Double(i) * 3600))
            try log.record(["run": i])
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: kb.logsURL.path).sorted()
        #expect(names.count == 30)
        #expect(names.first == "update-20261101T050000Z.jsonl")
        #expect(names.last == "update-20261102T100000Z.jsonl")
    }
}
