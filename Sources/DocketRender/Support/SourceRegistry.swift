import DocketModel
import Foundation

/// Numbers the items a document cites, in the order they are first cited, looking each up
/// once. Items with the same link share a number.
struct SourceRegistry {
    private let lookup: ItemLookup
    private let outlets: [String: String]
    private let escaper: MarkdownEscaper
    private var numbers: [String: Int] = [:]
    private var numbersByLink: [String: Int] = [:]
    private var cache: [String: Item?] = [:]
    private(set) var sources: [SourceView] = []

    init(lookup: @escaping ItemLookup, feeds: [Feed], escaper: MarkdownEscaper) {
        self.lookup = lookup
        var outlets: [String: String] = [:]
        for feed in feeds { outlets[feed.id] = feed.title.flatMap { $0.isEmpty ? nil : $0 } ?? feed.id }
        self.outlets = outlets
        self.escaper = escaper
    }

    /// The item, looked up once.
    mutating func item(_ id: String) throws -> Item? {
        if let cached = cache[id] { return cached }
        let found = try lookup(id)
        cache[id] = found
        return found
    }

    /// Makes an item the caller already holds known, so citing it costs no lookup.
    mutating func remember(_ item: Item) {
        if cache[item.id] == nil { cache[item.id] = item }
    }

    /// The source number of an item, numbering it when first cited; nil when the knowledge
    /// base has no such item.
    mutating func cite(_ id: String) throws -> Int? {
        if let n = numbers[id] { return n }
        guard let item = try item(id) else { return nil }
        let link = escaper.link(item.link) ?? escaper.link(item.guid)
        if let link, let n = numbersByLink[link] {
            numbers[id] = n
            return n
        }
        let n = sources.count + 1
        numbers[id] = n
        if let link { numbersByLink[link] = n }
        sources.append(
            SourceView(
                number: n, ref: "[\(n)]", title: Self.title(item, escaper), outlet: escaper.text(outlet(of: item)),
                date: Self.date(item).map(ISO8601.dateString), link: link,
                reference: link.map { "[\(n)]: \($0)" }))
        return n
    }

    /// Cites each id (unknown ids are skipped) and returns `[1] [2]` in ascending order, or
    /// nil when nothing was cited.
    mutating func citations(_ ids: [String]) throws -> String? {
        var found = Set<Int>()
        for id in ids { if let n = try cite(id) { found.insert(n) } }
        return Self.citationText(found)
    }

    func outlet(of item: Item) -> String { outlets[item.feed] ?? item.feed }

    /// `[1] [2]` (ascending, without repeats), or nil for none. Separated by spaces: `[1][2]`
    /// would be read by CommonMark as a link to source 2 labelled 1.
    static func citationText<S: Sequence>(_ numbers: S) -> String? where S.Element == Int {
        let sorted = Set(numbers).sorted()
        return sorted.isEmpty ? nil : sorted.map { "[\($0)]" }.joined(separator: " ")
    }

    static func title(_ item: Item, _ escaper: MarkdownEscaper) -> String {
        if let t = item.title, !PlainText.oneLine(t).isEmpty { return escaper.text(t, limit: 200) }
        if let s = item.summary, !PlainText.oneLine(s).isEmpty { return escaper.text(s, limit: 120) }
        return "(untitled)"
    }

    static func date(_ item: Item) -> Date? { item.published ?? item.updated ?? item.fetched }
}
