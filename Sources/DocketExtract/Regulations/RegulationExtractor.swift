import DocketModel
import Foundation

/// Finds rules that move: instruments named in `instruments.json` or recognised by pattern
/// (`… Act`, `… Bill`, `SB 53`, `H.R. 1`, `Executive Order 14179`, `Regulation (EU) 2024/1689`,
/// `Directive (EU) 2019/790`, named rules, guidance and strategies), with the jurisdiction
/// (the instrument's own, else the nearest jurisdiction named in the sentence, else in the
/// item), the instrument type, a status from the sentence's status cues, and milestones from
/// its dates. An instrument is reported only when a status cue applies to it.
///
/// Ids: a named instrument keeps its seed id; a numbered one is `<jurisdiction>-<prefix>-<number>`
/// (`us-ca-sb-53`, `us-eo-14179`, `eu-regulation-2024-1689`) unless a seed instrument has that
/// number; a titled one is `<jurisdiction>-<slug of its name>` (`us-kids-online-safety-act`).
public struct RegulationExtractor: Sendable {
    let instruments: [NamedInstrument]
    let instrumentTrie: TokenTrie<InstrumentName>
    /// `"US-CA|sb-53"` → seed index, for numbers written in the seed names.
    let seedNumbers: [String: Int]
    let jurisdictionTrie: TokenTrie<(code: String, rules: [CaseRule])>
    let parents: [String: String]
    let statusCues: PhraseLexicon
    let statuses: [String]
    /// Instrument words: single-word heads (`act`, `bill`, `rule`) → type.
    let heads: [UInt64: String]
    let splitter: SentenceSplitter
    let dates = DateScanner()
    let words = RegulationWords()

    public init(dictionary: ExtractionDictionary) {
        self.init(dictionary: dictionary, splitter: SentenceSplitter())
    }

    init(dictionary: ExtractionDictionary, splitter: SentenceSplitter) {
        self.splitter = splitter
        instruments = dictionary.instruments
        var trie = TokenTrie<InstrumentName>()
        var numbers: [String: Int] = [:]
        for (index, instrument) in dictionary.instruments.enumerated() {
            var seen: Set<[UInt64]> = []
            for name in ([instrument.title] + instrument.names).flatMap(Self.variants) {
                let tokens = Tokenizer.tokenize(name)
                guard !tokens.isEmpty, seen.insert(tokens.map(\.key)).inserted else { continue }
                let number = NumberPattern.parse(name)
                trie.insert(tokens.map(\.key), InstrumentName(index: index, tokens: tokens, number: number))
                if let number {
                    numbers["\(instrument.jurisdiction.uppercased())|\(number.slug)"] = index
                }
            }
        }
        instrumentTrie = trie
        seedNumbers = numbers
        var jurisdictions = TokenTrie<(code: String, rules: [CaseRule])>()
        var parents: [String: String] = [:]
        for j in dictionary.jurisdictions {
            if let parent = j.parent { parents[j.code.uppercased()] = parent.uppercased() }
            for name in j.names {
                let tokens = Tokenizer.tokenize(name)
                guard !tokens.isEmpty else { continue }
                jurisdictions.insert(tokens.map(\.key), (j.code.uppercased(), tokens.map(CaseRule.init(dictionaryToken:))))
            }
        }
        jurisdictionTrie = jurisdictions
        self.parents = parents
        var lexicon = PhraseLexicon()
        var statuses: [String] = []
        for cue in dictionary.regulationCues.statuses {
            statuses.append(cue.status)
            for phrase in cue.cues { lexicon.add(phrase, tag: statuses.count - 1, inflect: true, lemmatize: true) }
        }
        statusCues = lexicon
        self.statuses = statuses
        var heads = RegulationWords.defaultHeads
        for (type, cues) in dictionary.regulationCues.instruments {
            for cue in cues {
                let tokens = Tokenizer.tokenize(cue)
                // Single lowercase words only: `SB`, `H.R.` are numbered forms, read by `NumberPattern`.
                if tokens.count == 1, tokens[0].has(.hasLower) { heads[tokens[0].key] = type }
            }
        }
        self.heads = heads
    }

    /// Spellings of one name: `AI` for `Artificial Intelligence` and back, `labeling` for `labelling`.
    static func variants(_ name: String) -> [String] {
        var out: Set<String> = [name]
        func swap(_ text: String, _ a: String, _ b: String) -> String? {
            guard text.contains(a) else { return nil }
            return text.replacingOccurrences(of: a, with: b)
        }
        for form in Array(out) {
            if let v = swap(form, "Artificial Intelligence", "AI") { out.insert(v) }
            if let v = swap(form, "artificial intelligence", "AI") { out.insert(v) }
            let words = form.split(separator: " ").map(String.init)
            if words.contains("AI") {
                out.insert(words.map { $0 == "AI" ? "Artificial Intelligence" : $0 }.joined(separator: " "))
            }
        }
        for form in Array(out) {
            if let v = swap(form, "abelling", "abeling") { out.insert(v) }
            if let v = swap(form, "abeling", "abelling") { out.insert(v) }
        }
        return out.sorted()
    }

    /// The regulation moves one item reports (title and text). With a linker, the organisations
    /// the item names help (a legislature gives a jurisdiction; a company signing a voluntary
    /// code is not a status move).
    public func extract(from item: Item, linker: CompanyLinker? = nil) -> [Regulation] {
        let linker = linker ?? CompanyLinker(companies: [])
        let analyzed = AnalyzedText(title: item.title, body: ItemText.body(of: item), linker: linker, splitter: splitter)
        return extract(analyzed, itemID: item.id, date: ItemText.date(of: item), linker: linker)
    }

    func extract(_ text: AnalyzedText, itemID: String, date: Date?, linker: CompanyLinker) -> [Regulation] {
        let jurisdictionMentions = findJurisdictions(text, linker: linker)
        var found: [String: Regulation] = [:]
        var priority: [String: Int] = [:]
        var order: [String] = []
        var firstBody = true
        for s in text.sentences.indices {
            let mentions = findInstruments(text, sentence: s, jurisdictions: jurisdictionMentions)
            let inTitle = text.sentences[s].inTitle
            defer { if !inTitle && !mentions.isEmpty { firstBody = false } }
            guard !mentions.isEmpty else { continue }
            let assigned = assignStatuses(text, sentence: s, mentions: mentions, linker: linker)
            if AllegationExtractor.debug {
                print("   [debug] instruments \(mentions.map { "\($0.written) \($0.source)" }) statuses \(assigned.map { $0?.status ?? "-" })")
            }
            let sentenceDates = dates.dates(in: text, range: text.sentences[s].tokens, reference: date)
            for (mention, status) in zip(mentions, assigned) {
                guard let status else { continue }
                guard let (jurisdiction, jurisdictionFactor) = jurisdiction(for: mention, text: text, mentions: jurisdictionMentions)
                else { continue }
                guard let record = record(
                    for: mention, status: status, jurisdiction: jurisdiction, text: text, itemID: itemID, date: date,
                    dates: sentenceDates, confidence: jurisdictionFactor * status.factor)
                else { continue }
                // The news the item reports: the title first, then the lede; background stages last.
                let rank = (inTitle ? 30 : firstBody ? 20 : 10) - (status.background ? 25 : 0) - status.distance
                if var existing = found[record.id] {
                    if !existing.evidence.contains(where: { $0.sentence == record.evidence[0].sentence }) {
                        existing.evidence += record.evidence
                    }
                    for m in record.milestones where !existing.milestones.contains(m) { existing.milestones.append(m) }
                    for h in record.history where !existing.history.contains(where: { $0.status == h.status }) {
                        existing.history.append(h)
                    }
                    // A draft published for comment is a consultation, whatever else calls it a proposal.
                    let consultation = record.status == "consultation" && existing.status == "proposed"
                    let keepConsultation = existing.status == "consultation" && record.status == "proposed"
                    if (rank > priority[record.id]! || consultation) && !keepConsultation {
                        existing.status = record.status
                        existing.instrument = record.instrument
                        priority[record.id] = rank
                    }
                    existing.confidence = min(0.99, max(existing.confidence, record.confidence) + 0.05)
                    found[record.id] = existing
                } else {
                    found[record.id] = record
                    priority[record.id] = rank
                    order.append(record.id)
                }
            }
        }
        // The chosen status is the record's present; the others stay in its history.
        return order.compactMap { id in
            guard var record = found[id] else { return nil }
            if let index = record.history.firstIndex(where: { $0.status == record.status }), index != record.history.count - 1 {
                let current = record.history.remove(at: index)
                record.history.append(current)
            }
            return record
        }
    }
}
