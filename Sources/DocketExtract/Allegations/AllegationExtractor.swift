import DocketModel
import Foundation

/// Finds allegations in items: sentences with an accusation cue and parties become candidate
/// `Allegation`s (status `candidate`), with roles from the sentence's construction, a category
/// from the taxonomy's cues, the products involved, the evidence and a confidence score.
/// Denials (`B denied the allegations`) become `AllegationStatusReport`s.
///
/// How constructions are read is in `AllegationExtractor+Constructions.swift`; how an item's
/// readings become candidates (categories, products, references, confidence) in
/// `AllegationExtractor+Item.swift`.
public struct AllegationExtractor: Sendable {
    let linker: CompanyLinker
    let splitter: SentenceSplitter
    let cues: AccusationCues
    let categories: CategoryCues
    let words: GrammarWords
    /// Company id → kind, for telling authorities from companies.
    let kinds: [String: Company.Kind]
    /// Authority id → the category of its remit (`uk-cma` → antitrust, `irish-dpc` → privacy),
    /// for accusations whose sentence names no category.
    let remits: [String: String]
    /// Place names (`Italy's`, `Dutch`, `UK`) → jurisdiction code, for descriptions of authorities.
    let places: TokenTrie<String>
    /// `"IT|privacy"` → the authorities of that country and remit, for `Italy's privacy watchdog`.
    let authoritiesByRemit: [String: [String]]
    /// Names of laws whose topic is one category (`Digital Markets Act` → antitrust, `GDPR` →
    /// privacy): the law broken tells the category when the sentence has no cue.
    let lawCategories: TokenTrie<(category: String, rules: [CaseRule])>

    /// Instrument topics that are categories, or stand for one.
    static let topicCategories: [String: String] = [
        "competition": "antitrust", "antitrust": "antitrust", "privacy": "privacy", "data-protection": "privacy",
        "child-safety": "child-safety", "safety": "safety", "content-moderation": "safety", "copyright": "copyright", "cybersecurity": "security",
        "security": "security", "consumer-protection": "deception", "dark-patterns": "deception",
        "employment": "labor", "labor": "labor", "discrimination": "discrimination", "bias": "discrimination",
        "export-controls": "export-controls", "exports": "export-controls",
    ]

    /// Words in an authority's names that say what it enforces.
    static let remitWords: [(String, String)] = [
        ("competition", "antitrust"), ("antitrust", "antitrust"), ("fair trade", "antitrust"),
        ("market regulation", "antitrust"), ("consumers and markets", "antitrust"), ("concurrence", "antitrust"),
        ("kartell", "antitrust"), ("data protection", "privacy"), ("privacy", "privacy"),
        ("personal information", "privacy"), ("information commissioner", "privacy"), ("labor", "labor"),
        ("labour", "labor"), ("civil rights", "discrimination"), ("equal employment", "discrimination"),
        ("export", "export-controls"), ("industry and security", "export-controls"), ("traffic safety", "safety"),
    ]

    static let debug = ProcessInfo.processInfo.environment["DOCKET_EXTRACT_DEBUG"] != nil

    public init(dictionary: ExtractionDictionary) {
        self.init(dictionary: dictionary, linker: CompanyLinker(companies: dictionary.companies))
    }

    init(dictionary: ExtractionDictionary, linker: CompanyLinker, splitter: SentenceSplitter = SentenceSplitter()) {
        self.linker = linker
        self.splitter = splitter
        self.cues = AccusationCues(dictionary.accusation)
        self.categories = CategoryCues(dictionary.categories)
        self.words = GrammarWords()
        var kinds: [String: Company.Kind] = [:]
        for (index, company) in linker.companies.enumerated() where kinds[linker.resolvedIDs[index]] == nil {
            kinds[linker.resolvedIDs[index]] = company.kind
        }
        self.kinds = kinds
        let known = Set(dictionary.categories.map(\.id))
        var remits: [String: String] = [:]
        for (index, company) in linker.companies.enumerated()
        where company.kind == .regulator || company.kind == .government {
            // The name and the notes say what it enforces; aliases may name a division (`Antitrust Division`).
            let names = [company.name, company.notes ?? ""].joined(separator: " | ").lowercased()
            if let (_, category) = Self.remitWords.first(where: { names.contains($0.0) && known.contains($0.1) }) {
                remits[linker.resolvedIDs[index]] = category
            }
        }
        self.remits = remits
        var places = TokenTrie<String>()
        for j in dictionary.jurisdictions {
            for name in j.names { places.insert(Tokenizer.keys(of: name), j.code.uppercased()) }
        }
        self.places = places
        var byRemit: [String: [String]] = [:]
        for (index, company) in linker.companies.enumerated() where company.kind == .regulator {
            guard let country = company.country?.uppercased(), let remit = remits[linker.resolvedIDs[index]] else { continue }
            byRemit["\(country)|\(remit)", default: []].append(linker.resolvedIDs[index])
        }
        self.authoritiesByRemit = byRemit.mapValues { Array(Set($0)).sorted() }
        var laws = TokenTrie<(category: String, rules: [CaseRule])>()
        for instrument in dictionary.instruments where instrument.topics.count <= 2 {
            let mapped = Set(instrument.topics.compactMap { Self.topicCategories[$0] }).filter(known.contains)
            guard mapped.count == 1, let category = mapped.first else { continue }
            for name in [instrument.title] + instrument.names {
                let tokens = Tokenizer.tokenize(name)
                guard !tokens.isEmpty else { continue }
                laws.insert(tokens.map(\.key), (category, tokens.map(CaseRule.init(dictionaryToken:))))
            }
        }
        self.lawCategories = laws
    }

    /// Words of a description that say what an authority enforces (`privacy watchdog`, `competition regulator`).
    static let remitDescriptions: [String: String] = [
        "competition": "antitrust", "antitrust": "antitrust", "market": "antitrust", "markets": "antitrust",
        "data": "privacy", "privacy": "privacy", "information": "privacy", "labor": "labor", "labour": "labor",
        "employment": "labor",
    ]

    /// Candidate allegations and status reports in one item (title and text).
    public func extract(from item: Item) -> (allegations: [Allegation], statusReports: [AllegationStatusReport]) {
        let analyzed = AnalyzedText(title: item.title, body: ItemText.body(of: item), linker: linker, splitter: splitter)
        return extract(analyzed, itemID: item.id, date: ItemText.date(of: item))
    }

    func extract(_ text: AnalyzedText, itemID: String, date: Date?) -> (
        allegations: [Allegation], statusReports: [AllegationStatusReport]
    ) {
        var readings: [Reading] = []
        var denials: [Denial] = []
        var cueTokens: [Int: Set<Int>] = [:]
        var actTokens: [Int: Set<Int>] = [:]
        for s in text.sentences.indices {
            // A sentence with fewer than one organisation and no description cannot name parties.
            let tokens = text.sentences[s].tokens
            guard !tokens.isEmpty else { continue }
            let found = cueMatches(text, sentence: s)
            guard !found.isEmpty else { continue }
            var reading = SentenceReading(text: text, sentence: s, linker: linker, words: words)
            for (m, kind) in found {
                reading.cueTokens.formUnion(m.tokens)
                // The accusation's own words do not choose its category (`fine`, `sanctions`, `charges`);
                // what it says was done does (`scraped`, `without permission`).
                if kind == .violation { actTokens[s, default: []].formUnion(m.tokens) }
                if kind == .complement {
                    cueTokens[s, default: []].formUnion(m.tokens)
                } else if kind != .violation {
                    cueTokens[s, default: []].formUnion(m.tokens)
                }
            }
            if reading.unitAt.isEmpty && !found.contains(where: { $0.kind.isPrimary }) { continue }
            let content = contentCues(text, sentence: s, matches: found)
            reading.contentAnchors = content
            var sentenceDenial: (denier: Party, accusers: PartyGroup?)?
            for (m, kind) in found where kind == .denial {
                if let d = denial(reading, m) {
                    sentenceDenial = d
                    denials.append(
                        Denial(
                            denier: d.denier, accusers: d.accusers, sentence: s, anchor: m.first,
                            cues: [cues.lexicon.entries[m.entry].cue]))
                    break
                }
            }
            let sentenceReadings = self.readings(
                reading, matches: found, content: content, partyDenies: sentenceDenial != nil)
            if Self.debug {
                let described = found.map { "\($0.kind):\($0.match.entry >= 0 ? cues.lexicon.entries[$0.match.entry].cue : text.lowercased($0.match.first))" }
                print("   [debug] sentence \(s): cues \(described) readings \(sentenceReadings.map { "\($0.kind) \(String(describing: $0.accusers)) -> \($0.accused)" })")
            }
            readings += sentenceReadings
        }
        return assemble(
            readings, denials: denials, cueTokens: cueTokens, actTokens: actTokens, text: text, itemID: itemID, date: date)
    }

    /// Accusation cues in a sentence, with negatives, negations and hyphen compounds removed and
    /// each token read as one thing (a verb or a noun, the longest phrase).
    func cueMatches(_ text: AnalyzedText, sentence s: Int) -> [(match: PhraseLexicon.Match, kind: CueKind)] {
        let range = text.sentences[s].tokens
        let all = cues.lexicon.matches(in: text.tokens, range: range)
        var negativeTokens: Set<Int> = []
        for m in all where cues.lexicon.entries[m.entry].tag == CueKind.negative.rawValue {
            negativeTokens.formUnion(m.first...m.last)
        }
        let tokens = text.tokens
        var kept: [(match: PhraseLexicon.Match, kind: CueKind)] = []
        let sorted = all.sorted { a, b in a.first != b.first ? a.first < b.first : a.tokens.count > b.tokens.count }
        for m in sorted {
            guard let kind = CueKind(rawValue: cues.lexicon.entries[m.entry].tag), kind != .negative else { continue }
            if m.tokens.contains(where: negativeTokens.contains) { continue }
            if m.tokens.count == 1 {
                let t = m.first
                let joinedAfter = t + 1 < range.upperBound && tokens[t + 1].gap.isCompoundHyphen
                let joinedBefore = t > range.lowerBound && tokens[t].gap.isCompoundHyphen
                if joinedAfter || joinedBefore { continue }  // `fine-tuned`, `anti-fine`
            }
            if kind != .denial, isNegated(text, m.first, range: range) { continue }
            // A token already read by a longer phrase, or by the other reading of a verb/noun.
            if let index = kept.firstIndex(where: { Set($0.match.tokens).isSuperset(of: m.tokens) }) {
                let other = kept[index]
                if other.match.tokens.count == m.tokens.count, other.kind != kind,
                    Set([other.kind, kind]) == Set([CueKind.active, .noun])
                {
                    let nounReading = readsAsNoun(text, m.first, range: range)
                    if (nounReading && kind == .noun) || (!nounReading && kind == .active) { kept[index] = (m, kind) }
                }
                continue
            }
            kept.append((m, kind))
        }
        // Verbs of saying (grammar, built in) introduce reported content: `A said B copied …`.
        let taken = Set(kept.flatMap(\.match.tokens))
        for t in range where !cues.hasSpeech && words.saying.contains(tokens[t].key) && !taken.contains(t)
            && !negativeTokens.contains(t)
        {
            if isNegated(text, t, range: range) { continue }
            kept.append((PhraseLexicon.Match(entry: -1, tokens: [t]), .complement))
        }
        return kept
    }

    /// `a probe`, `the FTC's fine`, `a €1bn fine`, `antitrust probe into`: a noun; `EU probes Meta`,
    /// `regulator fines Uber`, `will fine`: a verb.
    func readsAsNoun(_ text: AnalyzedText, _ t: Int, range: Range<Int>) -> Bool {
        guard t > range.lowerBound else { return false }
        let prev = t - 1
        let key = text.tokens[prev].key
        if words.determiners.contains(key) || words.amounts.contains(key) || text.tokens[prev].has(.possessive) {
            return true
        }
        if text.tokens[prev].isNumber { return true }
        if words.modals.contains(key) || words.be.contains(key) || words.adverbs.contains(key) { return false }
        // An object right after (`fines Uber`, `probes the company`) makes it a verb.
        if t + 1 < range.upperBound {
            let next = text.tokens[t + 1]
            if words.objectStops.contains(next.key) { return true }
            if text.mentions.contains(where: { $0.first == t + 1 }) { return false }
            if words.determiners.contains(next.key) { return false }
        }
        if text.tokens[prev].isCapitalised || text.tokens[t].gap.contains(.comma) { return false }
        return true
    }

    func isNegated(_ text: AnalyzedText, _ t: Int, range: Range<Int>) -> Bool {
        var k = t - 1
        var steps = 0
        while k >= range.lowerBound, steps < 3 {
            if words.negations.contains(text.tokens[k].key) {
                // `the court ruled that B did not infringe A's copyright`: the ruling goes against
                // the accusation, but the item still reports it.
                return !ruledOn(text, before: k, range: range)
            }
            let gap = text.tokens[k + 1].gap
            if gap.isClauseBreak || gap.contains(.comma) { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// A ruling verb earlier in the clause (`ruled that`, `found that`, `held that`).
    func ruledOn(_ text: AnalyzedText, before t: Int, range: Range<Int>) -> Bool {
        var k = t - 1
        while k >= range.lowerBound, k >= t - 8 {
            if words.rulings.contains(text.tokens[k].key) { return true }
            if text.tokens[k + 1].gap.isClauseBreak { return false }
            k -= 1
        }
        return false
    }

    /// Where a sentence says what was done: category cues, violation and noun cues, the last word of gap cues.
    func contentCues(_ text: AnalyzedText, sentence s: Int, matches: [(match: PhraseLexicon.Match, kind: CueKind)])
        -> [Int]
    {
        var positions: [Int] = []
        for m in categories.lexicon.matches(in: text.tokens, range: text.sentences[s].tokens) { positions.append(m.first) }
        for m in cues.content.matches(in: text.tokens, range: text.sentences[s].tokens) { positions.append(m.first) }
        for (m, kind) in matches where kind == .violation || kind == .noun || kind == .active {
            positions.append(m.first)
        }
        return positions.sorted()
    }
}
