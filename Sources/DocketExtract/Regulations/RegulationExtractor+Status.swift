import DocketModel
import Foundation

/// Which status cue applies to which instrument, where the instrument applies, and the record.
///
/// A cue used as a transitive verb (`Newsom signed SB 53`, `EU delays the AI Act`, `consultation
/// on the … Bill`) applies to the instrument right after it; a passive or intransitive cue (`SB
/// 53 was signed`, `the AI Act enters into force`) to the nearest instrument before it in the
/// clause; else to the next one. A cue inside a relative clause after the instrument (`SB 53,
/// which was introduced in January, passed …`) counts less than the main verb. Negated cues
/// (`has not been signed`) do not count.
extension RegulationExtractor {
    struct StatusAssignment: Sendable {
        let status: String
        let cue: String
        let distance: Int
        let factor: Double
        /// An earlier stage told as background (`had passed`, `, which was introduced …`).
        let background: Bool
    }

    func assignStatuses(_ text: AnalyzedText, sentence s: Int, mentions: [InstrumentMention], linker: CompanyLinker)
        -> [StatusAssignment?]
    {
        let range = text.sentences[s].tokens
        let tokens = text.tokens
        var best: [StatusAssignment?] = Array(repeating: nil, count: mentions.count)
        let instrumentTokens = Set(mentions.flatMap { Array($0.tokens) })
        let parties = text.mentionsBySentence[s].map { text.mentions[$0] }
        for cue in statusCues.matches(in: tokens, range: range) {
            if cue.tokens.contains(where: instrumentTokens.contains) { continue }  // `Draft AI Act` as a name
            if negated(text, cue.first, range: range, skipping: instrumentTokens)
                || hypothetical(text, cue.first, range: range)
            {
                continue
            }
            // `a proposed moratorium`: a participle describing another noun, not the instrument.
            let cueWord = text.lowercased(cue.first)
            if cue.tokens.count == 1, cueWord.hasSuffix("ed") || cueWord == "draft",
                cue.first > range.lowerBound, words.determiners.contains(tokens[cue.first - 1].key),
                cue.last + 1 < range.upperBound, !instrumentTokens.contains(cue.last + 1),
                (tokens[cue.last + 1].has(.hasLower) && !tokens[cue.last + 1].isCapitalised)
                    || tokens[cue.last + 1].isNumber  // `a proposed 10-year moratorium`
            {
                continue
            }
            // `after months of delay`: a noun after `of`, not a move.
            if cue.first > range.lowerBound, tokens[cue.first - 1].key == words.of { continue }
            let entry = statusCues.entries[cue.entry]
            var status = statuses[entry.tag]
            // `proposes delaying the AI Act`: what is proposed is a change; the proposal is the subject.
            let proposesChange =
                status == "proposed" && cue.last + 1 < range.upperBound && words.changes.contains(tokens[cue.last + 1].key)
            // Who acts: a company signing a voluntary code or a deal is no status move; a
            // legislature that `enacted` or `signed` a bill passed it.
            if let actor = actor(before: cue.first, parties: parties, text: text, range: range, instruments: instrumentTokens) {
                let kind = linker.kind(of: actor)
                if kind == .company || kind == .lab || kind == .organisation { continue }
                if kind == .legislature, status == "signed" { status = "passed" }
            } else if status == "signed", legislatureActs(text, before: cue.first, range: range) {
                status = "passed"
            }
            if status == "in-force" || status == "applicable", postponed(text, after: cue.last, range: range) {
                status = "delayed"
            }
            let passive = isPassive(text, cue, range: range)
            var target: Int?
            var distance = 0
            var background = pastPerfect(text, cue.first, range: range)
            if !passive, !proposesChange, let next = mentions.indices.first(where: {
                mentions[$0].tokens.lowerBound > cue.last && mentions[$0].tokens.lowerBound <= cue.last + 5
                    && !breaks(text, from: cue.last + 1, to: mentions[$0].tokens.lowerBound)
            }) {
                target = next
                distance = mentions[next].tokens.lowerBound - cue.last
            }
            if target == nil, let previous = mentions.indices.last(where: {
                mentions[$0].tokens.upperBound <= cue.first
                    && !hardBreaks(text, from: mentions[$0].tokens.upperBound, to: cue.first)
            }) {
                target = previous
                distance = cue.first - mentions[previous].tokens.upperBound + 1
                if relativeClause(text, from: mentions[previous].tokens.upperBound, to: cue.first) {
                    distance += 10
                    background = true
                }
            }
            if target == nil, !proposesChange, let next = mentions.indices.first(where: {
                mentions[$0].tokens.lowerBound > cue.last && mentions[$0].tokens.lowerBound <= cue.last + 12
            }) {
                target = next
                distance = mentions[next].tokens.lowerBound - cue.last + 5
            }
            // `proposes to delay … in its Digital Omnibus`: the proposing instrument comes after `in`/`through`.
            if target == nil, proposesChange, let vehicle = mentions.indices.first(where: { i in
                let start = mentions[i].tokens.lowerBound
                return start > cue.last && start <= cue.last + 16
                    && ((start - 3)..<start).contains { $0 > cue.last && words.vehicles.contains(tokens[$0].key) }
            }) {
                target = vehicle
                distance = 6
            }
            guard let target else { continue }
            let assignment = StatusAssignment(
                status: status, cue: entry.cue, distance: distance, factor: distance <= 6 ? 1 : 0.85,
                background: background)
            if let current = best[target] {
                // A draft published for comment is a consultation, whatever else calls it a proposal.
                let consultation = assignment.status == "consultation" && current.status == "proposed"
                let keep = current.status == "consultation" && assignment.status == "proposed"
                if !consultation {
                    if keep { continue }
                    if current.background == assignment.background, current.distance <= distance { continue }
                    if !current.background, assignment.background { continue }
                }
            }
            best[target] = assignment
        }
        // `AB 2013, HB 3773 and TRAIGA take effect`: instruments listed with one that has a status share it.
        for i in mentions.indices where best[i] == nil {
            for j in [i - 1, i + 1] where j >= 0 && j < mentions.count {
                guard let status = best[j], listed(text, mentions[min(i, j)].tokens, mentions[max(i, j)].tokens) else { continue }
                best[i] = StatusAssignment(
                    status: status.status, cue: status.cue, distance: status.distance + 2, factor: status.factor * 0.9,
                    background: status.background)
                break
            }
        }
        // Once more, for longer lists.
        for i in mentions.indices where best[i] == nil {
            for j in [i - 1, i + 1] where j >= 0 && j < mentions.count {
                guard let status = best[j], listed(text, mentions[min(i, j)].tokens, mentions[max(i, j)].tokens) else { continue }
                best[i] = status
                break
            }
        }
        return best
    }

    /// Two instruments side by side in a list: `A, B`, `A and B`, `A's …, B's …` is not enough.
    private func listed(_ text: AnalyzedText, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let between = a.upperBound..<b.lowerBound
        guard between.count <= 8 else { return false }
        if between.isEmpty { return text.tokens[b.lowerBound].gap.contains(.comma) }
        if between.contains(where: { text.tokens[$0].gap.intersection([.semicolon, .colon, .stop, .newline]).isEmpty == false }) {
            return false
        }
        if text.tokens[b.lowerBound].gap.intersection([.semicolon, .colon, .stop, .newline]).isEmpty == false { return false }
        let joined = between.contains { ["and", "or"].contains(text.lowercased($0)) }
            || text.tokens[between.lowerBound].gap.contains(.comma)
        return joined && !between.contains(where: { statusCues.matches(in: text.tokens, range: $0..<($0 + 1)).count > 0 })
    }

    /// The organisation just before a cue in its clause (`Meta signed`, `the European Parliament approved`).
    private func actor(
        before t: Int, parties: [LinkedMention], text: AnalyzedText, range: Range<Int>, instruments: Set<Int>
    ) -> LinkedMention? {
        guard let m = parties.last(where: { $0.last < t && $0.last >= t - 3 }) else { return nil }
        for k in (m.last + 1)..<t {
            if instruments.contains(k) { return nil }
            if text.tokens[k + 1 <= t ? k + 1 : k].gap.isClauseBreak { return nil }
        }
        if t <= range.upperBound, text.tokens[t].gap.isClauseBreak || text.tokens[t].gap.contains(.comma) { return nil }
        return m
    }

    /// `the parliament enacted`, `lawmakers approved`: a legislature word just before the cue.
    private func legislatureActs(_ text: AnalyzedText, before t: Int, range: Range<Int>) -> Bool {
        var k = t - 1
        var steps = 0
        while k >= range.lowerBound, steps < 3 {
            if words.legislatureWords.contains(text.tokens[k].key) { return true }
            if text.tokens[k + 1].gap.isClauseBreak || text.tokens[k + 1].gap.contains(.comma) { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    private func negated(_ text: AnalyzedText, _ t: Int, range: Range<Int>, skipping: Set<Int> = []) -> Bool {
        var k = t - 1
        var steps = 0
        while k >= range.lowerBound, steps < 3 {
            if skipping.contains(k) { return false }  // `Law No. 132/2025 entered …`
            if words.negations.contains(text.tokens[k].key) { return true }
            k -= 1
            steps += 1
        }
        return false
    }

    /// `would delay`, `could enter into force`, `plans to repeal`, `was due to take effect`: not (yet) a move.
    private func hypothetical(_ text: AnalyzedText, _ t: Int, range: Range<Int>) -> Bool {
        var k = t - 1
        var steps = 0
        while k >= range.lowerBound, steps < 6 {
            let key = text.tokens[k].key
            if words.conditionals.contains(key) { return true }
            if key == words.due, k - 1 >= range.lowerBound, words.pastBe.contains(text.tokens[k - 1].key) { return true }
            if text.tokens[k + 1].gap.isClauseBreak { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// `will now take effect on 2 August 2026 instead of 1 January`: a start moved to a later
    /// date (`instead of` / `rather than` in the cue's clause) is a delay.
    func postponed(_ text: AnalyzedText, after t: Int, range: Range<Int>) -> Bool {
        var k = t + 1
        while k + 1 < range.upperBound, k <= t + 10 {
            if text.tokens[k].gap.isClauseBreak { return false }
            let word = text.lowercased(k)
            let next = text.lowercased(k + 1)
            if (word == "instead" && next == "of") || (word == "rather" && next == "than") { return true }
            k += 1
        }
        return false
    }

    /// `had passed`, `had been approved`: an earlier stage told as background.
    private func pastPerfect(_ text: AnalyzedText, _ t: Int, range: Range<Int>) -> Bool {
        var k = t - 1
        var steps = 0
        while k >= range.lowerBound, steps < 2 {
            if text.tokens[k].key == words.had { return true }
            k -= 1
            steps += 1
        }
        return false
    }

    /// `was signed`, `has been delayed`, `signed by`: the instrument is the subject.
    private func isPassive(_ text: AnalyzedText, _ cue: PhraseLexicon.Match, range: Range<Int>) -> Bool {
        var k = cue.first - 1
        var steps = 0
        while k >= range.lowerBound, steps < 2 {
            if words.be.contains(text.tokens[k].key) { return true }
            k -= 1
            steps += 1
        }
        return cue.last + 1 < range.upperBound && text.tokens[cue.last + 1].key == words.by
    }

    private func breaks(_ text: AnalyzedText, from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        return (a + 1...b).contains { $0 < text.tokens.count && (text.tokens[$0].gap.isClauseBreak || text.tokens[$0].gap.contains(.comma)) }
    }

    private func hardBreaks(_ text: AnalyzedText, from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        return (a...b).contains {
            $0 > a && $0 < text.tokens.count
                && !text.tokens[$0].gap.intersection([.semicolon, .colon, .newline, .paragraph, .stop]).isEmpty
        }
    }

    /// Whether the cue at `b` sits inside `, which … ,` opened after the instrument (and not closed before the cue).
    private func relativeClause(_ text: AnalyzedText, from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        guard let opener = (a..<b).last(where: {
            text.tokens[$0].gap.contains(.comma) && words.relative.contains(text.tokens[$0].key)
        }) else { return false }
        return !((opener + 1)...b).contains { text.tokens[$0].gap.contains(.comma) || text.tokens[$0].gap.isClauseBreak }
    }

    /// The instrument's jurisdiction: its own, else the nearest named in the sentence (a state
    /// for a state bill), else the one the item names most (title first).
    func jurisdiction(for mention: InstrumentMention, text: AnalyzedText, mentions: [JurisdictionMention])
        -> (String, Double)?
    {
        if let fixed = mention.fixedJurisdiction { return (fixed.uppercased(), 1) }
        let isState: (String) -> Bool = { self.parents[$0] != nil }
        let here = mentions.filter { $0.sentence == mention.sentence }
        // Nearest, preferring one before the instrument; a possessive (`Colorado's AI Act`) belongs
        // to what follows it, so it counts only when the instrument follows.
        func cost(_ j: JurisdictionMention) -> Int {
            var c = distance(j.tokens, mention.tokens)
            if j.tokens.lowerBound > mention.tokens.lowerBound { c += 4 }
            if text.tokens[j.tokens.upperBound - 1].has(.possessive), j.tokens.upperBound != mention.tokens.lowerBound {
                c += 6
            }
            return c
        }
        func nearest(_ list: [JurisdictionMention]) -> JurisdictionMention? {
            list.min { a, b in cost(a) < cost(b) }
        }
        if mention.wantsState {
            if let j = nearest(here.filter { isState($0.code) }) { return (j.code, 0.95) }
        } else if let j = nearest(here) {
            return (j.code, 0.95)
        }
        let pool = mention.wantsState ? mentions.filter { isState($0.code) } : mentions
        guard !pool.isEmpty else {
            if let seed = mention.seed { return (instruments[seed].jurisdiction.uppercased(), 0.7) }
            return nil
        }
        var counts: [String: Int] = [:]
        for j in pool { counts[j.code, default: 0] += text.sentences[j.sentence].inTitle ? 2 : 1 }
        let top = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!
        return (top.key, 0.8)
    }

    private func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.upperBound <= b.lowerBound { return b.lowerBound - a.upperBound }
        if b.upperBound <= a.lowerBound { return a.lowerBound - b.upperBound + 1 }
        return 0
    }

    func record(
        for mention: InstrumentMention, status: StatusAssignment, jurisdiction: String, text: AnalyzedText,
        itemID: String, date: Date?, dates: [DateScanner.Found], confidence factor: Double
    ) -> Regulation? {
        var id: String
        var title: String
        var body: String?
        var topics: [String] = []
        var instrument = mention.instrument
        var base: Double
        let prefix = jurisdiction.lowercased()
        switch mention.source {
        case .named(let index):
            let seed = instruments[index]
            id = seed.id
            title = seed.title
            body = seed.body
            topics = seed.topics
            base = 0.9
        case .numbered(let p, let n):
            let slug = "\(p)-\(n)"
            if let index = seedNumbers["\(jurisdiction)|\(slug)"] {
                let seed = instruments[index]
                id = seed.id
                title = seed.title
                body = seed.body
                topics = seed.topics
                instrument = seed.instrument
            } else {
                id = "\(prefix)-\(Slug.make(slug, maxLength: 64))"
                title = mention.written
            }
            base = 0.85
        case .titled(let name):
            let slug = Slug.make(strippingJurisdiction(name, text: text, mention: mention), maxLength: 64)
            guard !slug.isEmpty else { return nil }
            id = "\(prefix)-\(slug)"
            title = name
            base = 0.7
        }
        if status.status == "proposed", instrument == "rule" { instrument = "proposed-rule" }
        let sentence = text.sentenceText(mention.sentence)
        var milestones: [Regulation.Milestone] = []
        for found in dates {
            let what = milestoneLabel(text, date: found, status: status)
            let milestone = Regulation.Milestone(date: found.date, what: what, item: itemID)
            if !milestones.contains(milestone) { milestones.append(milestone) }
        }
        return Regulation(
            id: id, title: title, jurisdiction: jurisdiction, body: body, instrument: instrument, status: status.status,
            history: date.map { [StatusChange(status: status.status, date: $0, source: itemID)] } ?? [],
            milestones: milestones, topics: topics,
            evidence: [Evidence(item: itemID, sentence: sentence, cues: [status.cue, mention.written], date: date)],
            confidence: (base * factor * 100).rounded() / 100)
    }

    /// `EU AI Act` → `AI Act`: the id already says where.
    private func strippingJurisdiction(_ name: String, text: AnalyzedText, mention: InstrumentMention) -> String {
        let tokens = Tokenizer.tokenize(name)
        var drop = 0
        while drop < tokens.count {
            let matches = jurisdictionTrie.matches(at: drop, in: tokens, end: tokens.count)
            guard let first = matches.first, first.end < tokens.count else { break }
            drop = first.end
        }
        guard drop > 0, drop < tokens.count else { return name }
        let start = name.utf8.index(name.utf8.startIndex, offsetBy: Int(tokens[drop].start))
        return String(name[start...])
    }

    /// What a date in the sentence marks: the status whose cue comes just before it in its
    /// clause (`entered into force on 1 August 2024` → in-force), else the few words before it.
    private func milestoneLabel(_ text: AnalyzedText, date: DateScanner.Found, status: StatusAssignment) -> String {
        guard let sentence = text.sentences.first(where: { $0.tokens.contains(date.tokens.lowerBound) }) else {
            return status.status
        }
        let range = sentence.tokens
        let cues = statusCues.matches(in: text.tokens, range: range).filter {
            $0.last < date.tokens.lowerBound && date.tokens.lowerBound - $0.last <= 8
                && !((($0.last + 1)...date.tokens.lowerBound).contains { text.tokens[$0].gap.isClauseBreak })
        }
        if let cue = cues.max(by: { $0.last < $1.last }) { return statuses[statusCues.entries[cue.entry].tag] }
        var start = date.tokens.lowerBound
        var count = 0
        while start > range.lowerBound, count < 4, !text.tokens[start].gap.isClauseBreak,
            !text.tokens[start].gap.contains(.comma), !text.tokens[start - 1].isNumber, !text.tokens[start - 1].has(.allUpper)
        {
            start -= 1
            count += 1
        }
        while start < date.tokens.lowerBound, words.relative.contains(text.tokens[start].key) { start += 1 }
        let phrase = String(text.text(tokens: start..<date.tokens.lowerBound).trimmingWhitespace())
        return date.tokens.lowerBound - start <= 1 ? status.status : phrase
    }
}
