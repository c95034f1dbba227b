import DocketModel
import Foundation

/// From an item's readings to candidate allegations.
///
/// - References (`the Chinese startup`, `the regulator`, `it`) resolve to the nearest earlier
///   organisation of the right kind in the item that is not in the other role (else the next one).
/// - An accusation with no accuser in its sentence (`B was fined €3m`) takes the one authority
///   the item names, if there is exactly one; an accuser-less reading of the same accused and
///   category as a complete one joins it.
/// - The category is the taxonomy's best match in the sentence (cue words of the accusation
///   itself count only when nothing else does), else in the title, else in the whole item;
///   with no category cue anywhere the allegation is `other` and its confidence halved.
/// - Products: every product the sentence names, then products of the parties named elsewhere in the item.
/// - Confidence = construction (active/passive with agent .9, noun .8, reported speech and
///   violation .7, denial .6, agentless .55) × category source (sentence 1, title .9, item .8,
///   none .5) × party resolution (named 1, reference .8, fallback authority .8, no accuser .6);
///   each further sentence reporting it adds .05 (at most .99).
extension AllegationExtractor {
    struct Denial {
        let denier: Party
        let accusers: PartyGroup?
        let sentence: Int
        let anchor: Int
        let cues: [String]
    }

    /// One allegation being built from one or more sentences of the item.
    private struct Draft {
        var accusers: [String]
        var accused: [String]
        var names: [String]
        var category: String
        var categoryCues: [String]
        var products: [String]
        var evidence: [Evidence]
        var confidence: Double
        var sentences: Int
        var denied: Bool
        var firstSentence: Int
        /// The accusers came from the item's one authority, not from the sentence.
        var fallback = false
        /// No accuser at all, and a cue that names a co-defendant (`also named as a defendant`).
        var joinsLawsuit = false
        /// Named by grammar (a verb, a passive, a noun), not by reported speech.
        var primary = true
    }

    static let otherCategory = "other"

    func assemble(
        _ readings: [Reading], denials: [Denial], cueTokens: [Int: Set<Int>], actTokens: [Int: Set<Int>],
        text: AnalyzedText, itemID: String, date: Date?
    ) -> (allegations: [Allegation], statusReports: [AllegationStatusReport]) {
        var drafts: [Draft] = []
        let authorities = itemAuthorities(text)

        func add(_ draft: Draft) {
            if let index = drafts.firstIndex(where: {
                $0.accusers == draft.accusers && $0.accused == draft.accused && $0.category == draft.category
                    && $0.names == draft.names
            }) {
                var merged = drafts[index]
                for e in draft.evidence where !merged.evidence.contains(where: { $0.sentence == e.sentence }) {
                    merged.evidence.append(e)
                    merged.sentences += 1
                }
                for p in draft.products where !merged.products.contains(p) { merged.products.append(p) }
                merged.confidence = max(merged.confidence, draft.confidence)
                merged.denied = merged.denied || draft.denied
                drafts[index] = merged
            } else {
                drafts.append(draft)
            }
        }

        // Who accused and who was accused in each sentence, for references (`the newspaper also sued …`).
        var roles: [(sentence: Int, accusers: [String], accused: [String])] = []
        for reading in readings {
            roles.append((reading.sentence, reading.accusers?.group?.ids ?? [], reading.accused.group?.ids ?? []))
        }
        for reading in readings {
            let earlierAccusers = roles.filter { $0.sentence < reading.sentence }.flatMap(\.accusers)
            let earlierAccused = roles.filter { $0.sentence < reading.sentence }.flatMap(\.accused)
            var accused = resolve(reading.accused, excluding: [], preferring: earlierAccused, text: text)
            var accusers =
                reading.accusers.map {
                    resolve($0, excluding: Set(accused.ids), preferring: earlierAccusers, text: text)
                } ?? Resolved()
            if accused.ids.isEmpty, case .reference = reading.accused {
                accused = resolve(reading.accused, excluding: Set(accusers.ids), preferring: earlierAccused, text: text)
            }
            accused.ids.removeAll { accusers.ids.contains($0) }
            guard !accused.ids.isEmpty else { continue }
            var partyFactor = accusers.factor * accused.factor
            let authorityAction = reading.cues.contains { cue in
                GrammarWords.authorityActions.contains { cue.lowercased().contains($0) }
            }
            if accusers.ids.isEmpty && accusers.names.isEmpty {
                let candidates = authorities.filter { !accused.ids.contains($0) }
                if candidates.count == 1, authorityAction {
                    accusers.ids = candidates
                    partyFactor *= 0.8
                } else {
                    partyFactor *= 0.6
                }
            }
            var fallback = false
            if accusers.ids.isEmpty && accusers.names.isEmpty, !authorities.isEmpty,
                authorities.filter({ !accused.ids.contains($0) }).count == 1, authorityAction
            {
                fallback = true
            }
            let remit = accusers.ids.compactMap { remits[$0] }.first
            var (category, categoryCues, categoryFactor) = category(
                for: reading.sentence, anchor: reading.anchor, cueTokens: cueTokens, acts: actTokens[reading.sentence] ?? [],
                text: text, remit: remit)

            if category != "distillation", distillationByUse(accusers: accusers.ids, sentence: reading.sentence, text: text) {
                category = "distillation"
                categoryCues.append("model use")
                categoryFactor = max(categoryFactor, 1)
            }
            let base: Double
            switch reading.kind {
            case .active, .passive: base = reading.agentless ? 0.55 : 0.9
            case .noun: base = reading.agentless ? 0.55 : 0.8
            case .violation: base = reading.agentless ? 0.55 : 0.7
            case .complement, .reported: base = 0.7
            case .denial, .negative: base = 0.6
            }
            let sentence = text.sentenceText(reading.sentence)
            let parties = Set(accusers.ids + accused.ids)
            // `The DPC and the Garante opened investigations into B`: one act per accuser.
            let groups = reading.plural && accusers.ids.count > 1 ? accusers.ids.map { [$0] } : [accusers.ids.sorted()]
            for group in groups {
                add(
                    Draft(
                        accusers: group, accused: accused.ids.sorted(), names: accusers.names,
                        category: category, categoryCues: categoryCues,
                        products: products(sentence: reading.sentence, parties: parties, text: text),
                        evidence: [Evidence(item: itemID, sentence: sentence, cues: reading.cues + categoryCues, date: date)],
                        confidence: base * categoryFactor * partyFactor, sentences: 1, denied: false,
                        firstSentence: reading.sentence, fallback: fallback,
                        joinsLawsuit: accusers.ids.isEmpty && accusers.names.isEmpty
                            && reading.cues.contains { $0.contains("defendant") || $0.contains("also") },
                        primary: reading.kind.isPrimary))
            }
        }

        // One act per accuser and category: a co-defendant named in another sentence joins it,
        // unless that sentence dates its act in a year the other does not (`The Garante fined
        // OpenAI in December 2024` in a story about a new fine is an earlier, separate act).
        var joined: [Draft] = []
        for draft in drafts {
            let lawsuit = draft.joinsLawsuit ? joined.indices.max(by: { joined[$0].confidence < joined[$1].confidence }) : nil
            let years = Self.years(in: draft.evidence.map(\.sentence))
            if let index = lawsuit ?? (draft.accusers.isEmpty || draft.fallback || !draft.primary ? nil : joined.firstIndex(where: {
                $0.accusers == draft.accusers && $0.category == draft.category && $0.names == draft.names && !$0.fallback
                    && $0.primary && years.isSubset(of: Self.years(in: $0.evidence.map(\.sentence)))
            })) {
                var merged = joined[index]
                merged.accused = Array(Set(merged.accused + draft.accused)).sorted()
                for e in draft.evidence where !merged.evidence.contains(where: { $0.sentence == e.sentence }) {
                    merged.evidence.append(e)
                    merged.sentences += 1
                }
                for p in draft.products where !merged.products.contains(p) { merged.products.append(p) }
                merged.confidence = max(merged.confidence, draft.confidence)
                joined[index] = merged
            } else {
                joined.append(draft)
            }
        }
        drafts = joined
        // A draft with no category, a headline's shorter list of parties, or an accuser-less
        // mention of the same accusation joins the fuller account elsewhere in the item.
        func absorbedBy(_ draft: Draft, _ other: Draft) -> Bool {
            guard other.evidence != draft.evidence, !Set(other.accused).isDisjoint(with: draft.accused) else { return false }
            let accusersFit = Set(draft.accusers).isSubset(of: other.accusers) && (draft.names == other.names || draft.names.isEmpty)
            let accusedFit = Set(draft.accused).isSubset(of: other.accused)
            if draft.category == Self.otherCategory, other.category != Self.otherCategory {
                return accusersFit || draft.accusers.isEmpty
            }
            guard draft.category == other.category, accusersFit, accusedFit else { return false }
            let smaller = draft.accusers.count + draft.accused.count + draft.names.count
                < other.accusers.count + other.accused.count + other.names.count
            return smaller
        }
        drafts = drafts.filter { draft in !drafts.contains { absorbedBy(draft, $0) } }
        // The same parties in several sentences with different categories are one act told
        // twice: the best supported category stays (an act with findings in two categories is
        // told in one sentence, and two readings of it share that sentence).
        // A headline compresses: at equal confidence the body's account of the act names its category.
        var kept: [Draft] = []
        let inTitle = { (d: Draft) in text.sentences[d.firstSentence].inTitle }
        let ranked = drafts.sorted { a, b in
            a.confidence != b.confidence ? a.confidence > b.confidence : (!inTitle(a) && inTitle(b))
        }
        for draft in ranked {
            if let index = kept.firstIndex(where: {
                $0.accusers == draft.accusers && $0.accused == draft.accused && $0.names == draft.names
                    && $0.category != draft.category && !$0.accusers.isEmpty
                    && Set($0.evidence.map(\.sentence)).isDisjoint(with: draft.evidence.map(\.sentence))
            }) {
                for e in draft.evidence where !kept[index].evidence.contains(where: { $0.sentence == e.sentence }) {
                    kept[index].evidence.append(e)
                }
                continue
            }
            kept.append(draft)
        }
        drafts = kept

        // Accuser-less drafts join a complete draft about the same accused and category.
        drafts = drafts.filter { draft in
            guard draft.accusers.isEmpty, draft.names.isEmpty else { return true }
            // … or a complete reading of the same sentence (`A says B used A's models …, according
            // to the FT`: the newspaper is no accuser, and the act is the one A alleges).
            let sentences = Set(draft.evidence.map(\.sentence))
            return !drafts.contains {
                !$0.accusers.isEmpty && $0.accused == draft.accused
                    && ($0.category == draft.category || !sentences.isDisjoint(with: $0.evidence.map(\.sentence)))
            }
        }

        // Denials: status reports; and the allegation they answer when the sentence names its accusers.
        var reports: [AllegationStatusReport] = []
        for d in denials {
            let denier = resolve(d.denier, excluding: Set(d.accusers?.ids ?? []), text: text)
            guard !denier.ids.isEmpty else { continue }
            let accusers = (d.accusers?.ids ?? []).filter { !denier.ids.contains($0) }
            let (category, categoryCues, categoryFactor) = category(
                for: d.sentence, anchor: d.anchor, cueTokens: cueTokens, text: text)
            let evidence = Evidence(
                item: itemID, sentence: text.sentenceText(d.sentence), cues: d.cues + categoryCues, date: date)
            reports.append(
                AllegationStatusReport(
                    status: .denied, accused: denier.ids.sorted(), accusers: accusers.sorted(),
                    category: category == Self.otherCategory ? nil : category, evidence: evidence))
            if let index = drafts.firstIndex(where: {
                Set($0.accused).isSuperset(of: denier.ids) && (accusers.isEmpty || $0.accusers == accusers.sorted())
            }) {
                drafts[index].denied = true
                if !drafts[index].evidence.contains(where: { $0.sentence == evidence.sentence }) {
                    drafts[index].evidence.append(evidence)
                }
            } else if !accusers.isEmpty {
                add(
                    Draft(
                        accusers: accusers.sorted(), accused: denier.ids.sorted(), names: [], category: category,
                        categoryCues: categoryCues,
                        products: products(sentence: d.sentence, parties: Set(accusers + denier.ids), text: text),
                        evidence: [evidence], confidence: 0.6 * categoryFactor, sentences: 1, denied: true,
                        firstSentence: d.sentence))
            }
        }

        let allegations = drafts.sorted { $0.firstSentence < $1.firstSentence }.map { draft -> Allegation in
            let confidence = min(0.99, draft.confidence + 0.05 * Double(draft.sentences - 1))
            let day = date.map(ISO8601.dateString(from:)) ?? ""
            let id = StableID.make(
                ["allegation", draft.accusers.joined(separator: ","), draft.names.joined(separator: ",").lowercased(),
                    draft.accused.joined(separator: ","), draft.category, day])
            let summary = draft.evidence.first.map { String($0.sentence.prefix(300)) } ?? ""
            return Allegation(
                id: id, accusers: draft.accusers, accused: draft.accused, accuserNames: draft.names,
                category: draft.category, summary: summary, products: draft.products,
                status: draft.denied ? .denied : .candidate,
                history: draft.denied && date != nil ? [StatusChange(status: "denied", date: date!, source: itemID)] : [],
                firstReported: date, lastReported: date, evidence: draft.evidence,
                confidence: (confidence * 100).rounded() / 100)
        }
        return (allegations, reports)
    }

    /// Years (1990–2099) written in sentences: `in December 2024`, `since 2019`.
    static func years(in sentences: [String]) -> Set<Int> {
        var out: Set<Int> = []
        for sentence in sentences {
            let bytes = Array(sentence.utf8)
            var i = 0
            while i + 4 <= bytes.count {
                let isBoundaryBefore = i == 0 || !(bytes[i - 1] >= 0x30 && bytes[i - 1] <= 0x39)
                let isBoundaryAfter = i + 4 == bytes.count || !(bytes[i + 4] >= 0x30 && bytes[i + 4] <= 0x39)
                if isBoundaryBefore, isBoundaryAfter, bytes[i..<(i + 4)].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                    let value = bytes[i..<(i + 4)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
                    if (1990...2099).contains(value) { out.insert(value) }
                }
                i += 1
            }
        }
        return out
    }

    private struct Resolved {
        var ids: [String] = []
        var names: [String] = []
        var factor: Double = 1
    }

    /// A party's ids. A reference prefers who played the same role earlier in the item (`The
    /// New York Times sued OpenAI. The newspaper also sued Microsoft.`), else the nearest
    /// earlier organisation of the right kind, else the next one.
    private func resolve(_ party: Party, excluding: Set<String>, preferring: [String] = [], text: AnalyzedText) -> Resolved {
        switch party {
        case .group(let g): return Resolved(ids: g.ids, names: [], factor: 1)
        case .names(let names):
            // `The Times` after `The New York Times`: the end of a name the item gives in full.
            if names.count == 1, let id = shortName(names[0], text: text), !excluding.contains(id) {
                return Resolved(ids: [id], names: [], factor: 0.85)
            }
            return Resolved(ids: [], names: names, factor: 0.9)
        case .reference(let authority, let sentence, let token):
            let position = text.sentences[sentence].tokens.lowerBound
            if authority, let id = describedAuthority(head: token, sentence: sentence, text: text), !excluding.contains(id) {
                return Resolved(ids: [id], names: [], factor: 0.85)
            }
            if let id = preferring.last(where: { id in
                !excluding.contains(id) && (authority == isAuthority(kinds[id] ?? .company))
            }) {
                return Resolved(ids: [id], names: [], factor: 0.85)
            }
            let fits: (LinkedMention) -> Bool = { m in
                let id = linker.id(of: m)
                guard !excluding.contains(id), m.form != .product || !authority else { return false }
                let kind = kinds[id] ?? .company
                let isAuthority = kind == .regulator || kind == .court || kind == .government || kind == .legislature
                return authority == isAuthority
            }
            // Nearest earlier mention, else the first later one.
            if let m = text.mentions.last(where: { $0.first < position && fits($0) })
                ?? text.mentions.first(where: { $0.first >= position && fits($0) })
            {
                return Resolved(ids: [linker.id(of: m)], names: [], factor: 0.8)
            }
            return Resolved(ids: [], names: [], factor: 0.8)
        }
    }

    /// `Italy's privacy watchdog`, `the UK's competition regulator`: the one authority of that
    /// country and remit in the dictionary.
    private func describedAuthority(head: Int, sentence: Int, text: AnalyzedText) -> String? {
        let range = text.sentences[sentence].tokens
        var place: String?
        var remit: String?
        var k = head - 1
        while k >= range.lowerBound, k >= head - 4 {
            let token = text.tokens[k]
            if let r = Self.remitDescriptions[text.lowercased(k)], remit == nil { remit = r }
            for match in places.matches(at: k, in: text.tokens, end: head) {
                if let code = match.payloads.first.map({ places.payloads[Int($0)] }), place == nil { place = code }
            }
            if text.tokens[k + 1].gap.isClauseBreak || token.gap.isClauseBreak && k < head - 1 { break }
            k -= 1
        }
        guard let place, let remit, let ids = authoritiesByRemit["\(place)|\(remit)"], ids.count == 1 else { return nil }
        return ids[0]
    }

    /// The organisation whose name (as the item writes it) ends with `phrase` (`The Times`).
    private func shortName(_ phrase: String, text: AnalyzedText) -> String? {
        let the = Tokenizer.keys(of: "the")[0]
        let tokens = Tokenizer.tokenize(phrase).filter { $0.key != the }
        guard !tokens.isEmpty, tokens.count <= 3, tokens.allSatisfy(\.isCapitalised) else { return nil }
        let keys = tokens.map(\.key)
        var found: Set<String> = []
        for m in text.mentions where m.form != .product {
            let name = text.tokens[m.tokens].map(\.key).filter { $0 != the }
            if name.count > keys.count, Array(name.suffix(keys.count)) == keys { found.insert(linker.id(of: m)) }
        }
        return found.count == 1 ? found.first : nil
    }

    private func isAuthority(_ kind: Company.Kind) -> Bool {
        kind == .regulator || kind == .court || kind == .government || kind == .legislature
    }

    /// Authorities (regulators, courts, governments, legislatures) the item names.
    private func itemAuthorities(_ text: AnalyzedText) -> [String] {
        var out: [String] = []
        for m in text.mentions {
            let id = linker.id(of: m)
            let kind = kinds[id] ?? .company
            if kind == .regulator || kind == .court || kind == .government || kind == .legislature, !out.contains(id) {
                out.append(id)
            }
        }
        return out
    }

    /// `in breach of the DSA`, `breached its obligations`: a legal frame, not a security breach.
    /// A one-word category cue followed by `of`, by a law word or by an acronym of an instrument
    /// describes the rule broken, not the act.
    private func legalFrame(_ m: PhraseLexicon.Match, text: AnalyzedText, range: Range<Int>) -> Bool {
        guard m.tokens.count == 1 else { return false }
        // `in breach`, `is in violation`
        if m.first > range.lowerBound, text.lowercased(m.first - 1) == "in" { return true }
        var k = m.last + 1
        var steps = 0
        // The object of `breached` may be a long noun phrase: `breaching the EU's online content rules`.
        while k < range.upperBound, steps < 6 {
            let token = text.tokens[k]
            if token.gap.isClauseBreak || token.gap.contains(.comma) { return false }
            if steps == 0, token.key == words.of { return true }
            if words.lawWords.contains(token.key) { return true }
            if token.has(.allUpper), token.length >= 3, !token.has(.hasDigit) { return true }
            k += 1
            steps += 1
        }
        return false
    }

    /// The category for a reading: the sentence, then the title, then the accuser's remit (a
    /// competition authority's probe is antitrust), then the rest of the item.
    private func category(
        for sentence: Int, anchor: Int, cueTokens: [Int: Set<Int>], acts: Set<Int> = [], text: AnalyzedText,
        remit: String? = nil
    ) -> (String, [String], Double) {
        func matches(_ s: Int, strict: Bool) -> [PhraseLexicon.Match] {
            let range = text.sentences[s].tokens
            // Names are not cues: `Personal Information Protection Commission` says nothing about the act.
            var named = Set<Int>()
            for m in text.mentionsBySentence[s] { named.formUnion(text.mentions[m].tokens) }
            let found = categories.lexicon.matches(in: text.tokens, range: range).filter {
                !legalFrame($0, text: text, range: range) && !$0.tokens.contains(where: named.contains)
            }
            guard strict, let own = cueTokens[s] else { return found }
            return found.filter { !$0.tokens.allSatisfy(own.contains) }
        }
        let here = matches(sentence, strict: true)
        let sentenceMatches = here.isEmpty ? matches(sentence, strict: false) : here
        // An authority acts within its remit: a data protection authority's fine for a database of
        // scraped photos is a privacy case when the sentence also speaks of privacy.
        if let remit, let index = categories.categories.firstIndex(where: { $0.id == remit }),
            let best = categories.best(
                sentenceMatches.filter { categories.lexicon.entries[$0.entry].tag == index }, anchor: anchor)
        {
            return (remit, best.cues + ["remit"], 1)
        }
        if let best = categories.best(sentenceMatches, anchor: anchor, acts: acts) {
            return (categories.categories[best.category].id, best.cues, 1)
        }
        // The law it is said to break: `breaches of the Digital Markets Act` → antitrust.
        let range = text.sentences[sentence].tokens
        for t in range where lawCategories.starts(with: text.tokens[t].key) {
            for match in lawCategories.matches(at: t, in: text.tokens, end: range.upperBound) {
                if let law = match.payloads.map({ lawCategories.payloads[Int($0)] }).first(where: { law in
                    law.rules.enumerated().allSatisfy { $0.element.accepts(text.tokens[t + $0.offset]) }
                }) {
                    return (law.category, [text.text(tokens: t..<match.end)], 0.95)
                }
            }
        }
        let title = text.sentences.indices.filter { text.sentences[$0].inTitle && $0 != sentence }
        if let best = categories.best(title.flatMap { matches($0, strict: true) }, anchor: anchor) {
            return (categories.categories[best.category].id, best.cues, 0.9)
        }
        if let remit { return (remit, ["remit"], 0.9) }
        let rest = text.sentences.indices.filter { !text.sentences[$0].inTitle && $0 != sentence }
        if let best = categories.best(rest.flatMap { matches($0, strict: true) }, anchor: anchor) {
            return (categories.categories[best.category].id, best.cues, 0.8)
        }
        return (Self.otherCategory, [], 0.5)
    }

    /// A lab says another used its model to build theirs: a product of the accuser (or `its
    /// model`) with a word of training, querying or extracting outputs in the sentence.
    private func distillationByUse(accusers: [String], sentence s: Int, text: AnalyzedText) -> Bool {
        guard !accusers.isEmpty, categories.categories.contains(where: { $0.id == "distillation" }) else { return false }
        let range = text.sentences[s].tokens
        let ids = Set(accusers)
        let strong = range.contains { words.modelTraining.contains(text.tokens[$0].key) }
        guard strong || range.contains(where: { words.modelUse.contains(text.tokens[$0].key) }) else { return false }
        let mentions = text.mentionsBySentence[s].map { text.mentions[$0] }
        if mentions.contains(where: { $0.form == .product && ids.contains(linker.id(of: $0)) }) { return true }
        // `OpenAI's API`: the accuser's model by a possessive; `its models` when a lab says it
        // and speaks of training.
        let lab = accusers.contains { kinds[$0] == .lab }
        for t in range where words.modelNouns.contains(text.tokens[t].key) {
            for k in max(range.lowerBound, t - 2)..<t {
                if text.tokens[k].key == words.its, lab { return true }
                if text.tokens[k].has(.possessive), let m = mentions.first(where: { $0.last == k }),
                    ids.contains(linker.id(of: m))
                {
                    return true
                }
                // `the US company's proprietary models`: a reference to the accusing lab, when it is
                // the only lab among the parties (the accused's own models are `its own`).
                if text.tokens[k].has(.possessive), words.companyHeads.contains(text.tokens[k].key), lab,
                    !mentions.contains(where: { $0.last == k }), strong
                {
                    return true
                }
            }
        }
        return false
    }

    /// Products named in the sentence, then the parties' products named elsewhere in the item.
    private func products(sentence: Int, parties: Set<String>, text: AnalyzedText) -> [String] {
        var out: [String] = []
        for m in text.mentionsBySentence[sentence].map({ text.mentions[$0] }) where m.form == .product {
            let name = linker.canonical(of: m)
            if !out.contains(name) { out.append(name) }
        }
        for m in text.mentions where m.form == .product && parties.contains(linker.id(of: m)) {
            let name = linker.canonical(of: m)
            if !out.contains(name) { out.append(name) }
        }
        return out
    }
}
