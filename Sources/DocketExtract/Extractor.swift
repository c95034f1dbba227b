import DocketModel
import Foundation

/// The extraction the pipeline calls: companies, allegations and regulation moves from items,
/// and merging them into the knowledge base. Immutable and `Sendable`: build it once per
/// dictionary and share it across threads.
///
/// ```swift
/// let extractor = try Extractor(companies: knowledgeBase.companies)   // bundled cues, the KB's companies
/// let found = extractor.extract(items: newItems)                        // per item: companies, candidates
/// let merged = extractor.merge(found, allegations: kb.allegations, regulations: kb.regulations)
/// ```
public struct Extractor: Sendable {
    public let dictionary: ExtractionDictionary
    public let linker: CompanyLinker
    public let allegations: AllegationExtractor
    public let regulations: RegulationExtractor
    public let splitter: SentenceSplitter
    public let merger: KnowledgeMerger
    /// Candidates less sure than this are left out (0…1).
    public let minimumConfidence: Double
    /// Kinds that are context, not parties (left out of `ItemExtraction.companies`).
    let contextOnly: Set<String>

    public init(
        dictionary: ExtractionDictionary, merger: KnowledgeMerger = KnowledgeMerger(), minimumConfidence: Double = 0.4
    ) {
        self.dictionary = dictionary
        self.minimumConfidence = minimumConfidence
        let splitter = SentenceSplitter()
        let linker = CompanyLinker(companies: dictionary.companies)
        self.splitter = splitter
        self.linker = linker
        self.allegations = AllegationExtractor(dictionary: dictionary, linker: linker, splitter: splitter)
        self.regulations = RegulationExtractor(dictionary: dictionary, splitter: splitter)
        self.merger = merger
        var context: Set<String> = []
        for (index, company) in linker.companies.enumerated() where company.kind == .legislature {
            context.insert(linker.resolvedIDs[index])
        }
        self.contextOnly = context
    }

    /// The bundled dictionaries, with a knowledge base's own company list when given.
    public init(companies: [Company]? = nil) throws {
        var dictionary = try ExtractionDictionary.bundled()
        if let companies { dictionary = dictionary.replacingCompanies(companies) }
        self.init(dictionary: dictionary)
    }

    /// Extracts from each item (in parallel; the result is in the items' order).
    public func extract(items: [Item]) -> [ItemExtraction] {
        guard items.count > 1 else { return items.map(extract(item:)) }
        let results = ResultSlots<ItemExtraction>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, extract(item: items[index]))
        }
        return results.values()
    }

    /// Extracts from one item: its title, summary and content read as one text.
    public func extract(item: Item) -> ItemExtraction {
        let text = AnalyzedText(title: item.title, body: ItemText.body(of: item), linker: linker, splitter: splitter)
        let date = ItemText.date(of: item)
        let found = allegations.extract(text, itemID: item.id, date: date)
        let moves = regulations.extract(text, itemID: item.id, date: date, linker: linker)
        let mentions = text.bytes.withUnsafeBufferPointer { bytes in
            text.mentions.map { linker.describe($0, tokens: text.tokens, bytes: bytes) }
        }
        let companies = linker.ids(of: text.mentions).filter { !contextOnly.contains($0) }
        return ItemExtraction(
            item: item.id, date: date, companies: companies, mentions: mentions,
            allegations: found.allegations.filter { $0.confidence >= minimumConfidence },
            statusReports: found.statusReports, regulations: moves.filter { $0.confidence >= minimumConfidence })
    }

    /// Merges extractions into the knowledge base's records (see `KnowledgeMerger`).
    public func merge(_ extractions: [ItemExtraction], allegations: [Allegation], regulations: [Regulation])
        -> KnowledgeMerger.Result
    {
        merger.merge(extractions, allegations: allegations, regulations: regulations)
    }
}

/// Fixed slots that concurrent workers fill, one index each.
private final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [T] { slots.map { $0! } }
}
