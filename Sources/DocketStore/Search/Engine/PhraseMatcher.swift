/// Terms that must stand next to each other in this order, in the title or in one body part.
/// Scored as one term whose frequencies are the phrase's occurrences and whose idf is the
/// sum of its terms'.
final class PhraseMatcher: Matcher {
    private let cursors: [PostingCursor]
    private let idf: Double
    private let bm25: BM25
    private let docTable: DocTable
    private let terms: [String]
    private var lists: [[UInt32]]
    private var titleTF: UInt32 = 0
    private var bodyTF: UInt32 = 0

    init(cursors: [PostingCursor], idf: Double, bm25: BM25, docTable: DocTable, terms: [String]) {
        self.cursors = cursors
        self.idf = idf
        self.bm25 = bm25
        self.docTable = docTable
        self.terms = terms
        lists = Array(repeating: [], count: cursors.count)
    }

    override var cost: Int { cursors.map(\.df).min() ?? 0 }

    override func advance(to target: UInt32) -> UInt32 {
        if started && doc >= target { return doc }
        started = true
        var target = target
        let rarest = cursors.indices.min { cursors[$0].df < cursors[$1].df } ?? 0
        outer: while true {
            var d = cursors[rarest].advance(to: target)
            if d == Self.end { break }
            var i = 0
            while i < cursors.count {
                if i != rarest {
                    let di = cursors[i].advance(to: d)
                    if di == Self.end { break outer }
                    if di != d {
                        d = cursors[rarest].advance(to: di)
                        if d == Self.end { break outer }
                        i = 0
                        continue
                    }
                }
                i += 1
            }
            if occurrences(in: d) {
                doc = d
                return d
            }
            target = d + 1
        }
        doc = Self.end
        return doc
    }

    /// Counts the phrase in the current document; true when it occurs.
    private func occurrences(in d: UInt32) -> Bool {
        for i in cursors.indices { cursors[i].positions(into: &lists[i]) }
        let titleLength = UInt32(docTable.titleLength(d))
        var title: UInt32 = 0
        var body: UInt32 = 0
        var at = Array(repeating: 0, count: cursors.count)
        for start in lists[0] {
            var all = true
            for k in 1..<cursors.count {
                let want = start + UInt32(k)
                let list = lists[k]
                while at[k] < list.count && list[at[k]] < want { at[k] += 1 }
                if at[k] >= list.count {
                    all = false
                    break
                }
                if list[at[k]] != want {
                    all = false
                    break
                }
            }
            if all {
                if start < titleLength { title += 1 } else { body += 1 }
            }
        }
        titleTF = title
        bodyTF = body
        return title + body > 0
    }

    override func score() -> Double {
        bm25.score(
            idf: idf, titleTF: titleTF, bodyTF: bodyTF,
            titleLength: docTable.titleLength(doc), bodyLength: docTable.bodyLength(doc))
    }

    override func collectMatchedTerms(into out: inout [String]) {
        out.append("\"" + terms.joined(separator: " ") + "\"")
    }
}
