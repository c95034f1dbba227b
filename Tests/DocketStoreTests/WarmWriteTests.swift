import DocketModel
import Foundation
import Testing

@testable import DocketStore

@Suite struct WarmWriteTests {
    /// A warm update (every feed answered 304) rewrites feeds.json only: it must not open the
    /// month files or the index, so its cost does not grow with the items stored.
    @Test func feedsOnlyWriteDoesNotReadItemsOrIndex() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        try kb.write { w in
            try w.saveFeeds([Sample.feed("alpha")])
            _ = try w.appendItems((0..<50).map { Sample.item(feed: "alpha", guid: "urn:warm:\($0)") })
        }
        let month = kb.monthFile("2026-11")
        let keys = kb.indexURL.appendingPathComponent("keys.bin")
        let state = kb.indexURL.appendingPathComponent("state.json")
        // Anything that read these would fail: an item line that does not parse, an index
        // that is not one. (As root, chmod does not stop reads; otherwise it is used too.)
        try Sample.append("this line is not JSON\n", to: month)
        try Sample.write("not an index", to: keys)
        let monthBefore = Sample.bytes(month)
        let stateBefore = Sample.bytes(state)
        let locked = getuid() != 0
        if locked {
            chmod(month.path, 0)
            chmod(keys.path, 0)
        }

        let reopened = try KnowledgeBase.open(at: kb.root)
        var feed = Sample.feed("alpha")
        feed.state.etag = "\"304\""
        try reopened.write { try $0.saveFeeds([feed]) }
        try reopened.write { w in
            #expect(try w.appendItems([]).added.isEmpty)
            try w.saveFeeds([feed])
        }
        #expect(try reopened.feeds().first?.state.etag == "\"304\"")

        if locked {
            chmod(month.path, 0o644)
            chmod(keys.path, 0o644)
        }
        #expect(Sample.bytes(month) == monthBefore)
        #expect(Sample.bytes(keys) == Array("not an index".utf8))
        #expect(Sample.bytes(state) == stateBefore)
    }
}
