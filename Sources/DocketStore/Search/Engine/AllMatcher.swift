/// Every document of the segment (or none), optionally only those a date window admits.
final class AllMatcher: Matcher {
    private let count: UInt32
    private let window: DateWindow?
    private let docTable: DocTable

    init(count: Int, window: DateWindow? = nil, docTable: DocTable) {
        self.count = UInt32(count)
        self.window = window
        self.docTable = docTable
    }

    override var cost: Int { Int(count) }

    /// True when it admits every document (no window): a no-op inside an AND.
    var isPlain: Bool { window == nil }

    override func advance(to target: UInt32) -> UInt32 {
        if started && doc >= target { return doc }
        started = true
        var d = target
        if let window {
            while d < count && !window.admits(docTable, d) { d += 1 }
        }
        doc = d < count ? d : Self.end
        return doc
    }
}
