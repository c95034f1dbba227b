/// How each construction assigns roles. Every reading needs an accused; the accuser may stay
/// open (an agentless passive, a bare violation) for the item to fill in.
///
/// - active: `A accused B of …`, `A sued B and C`, `A and B fined C`, `A took B to court`
///   (subject before the verb, skipping a parenthetical; object after it, a few words in).
/// - passive: `B was accused by A`, `B, fined €3m by A,` `B accused by A of …` (headline);
///   an active verb in participle form after `be`, or followed by `by A` with no object.
/// - noun: `A filed a lawsuit against B`, `A's complaint against B`, `the lawsuit by A against
///   B`, `B faces a probe by A`, `B is under investigation`, `A hit B with a lawsuit`,
///   `A's allegation that B …`, `B's €1bn fine` (possessor accused for fines and penalties).
/// - violation: `B violated …` / `B breached …`, accuser from attribution in the sentence
///   (`A said`, `A found that`, `according to A`) or the victim (`infringed A's copyrights`).
/// - complement (reported speech): `A alleged that B …`, `A says B distilled …`, `B copied its
///   models, A said`, `…, said A` — the content must carry a category, violation or noun cue;
///   the accused is the organisation nearest before that cue.
/// - reported: `according to A, B …` / `B …, according to A`.
extension AllegationExtractor {
    func readings(
        _ r: SentenceReading, matches: [(match: PhraseLexicon.Match, kind: CueKind)], content: [Int],
        partyDenies: Bool = false
    ) -> [Reading] {
        var out: [Reading] = []
        let denialAt = matches.filter { $0.kind == .denial }.map(\.match.first).min()
        let ordered = matches.filter { $0.kind != .denial }.sorted { a, b in
            a.kind != b.kind ? a.kind < b.kind : a.match.first < b.match.first
        }
        var read: Set<Int> = []
        for (m, kind) in ordered {
            // What a party's denial rejects is not a new accusation (a court rejecting a claim still reports it).
            if let d = denialAt, m.first > d, partyDenies { continue }
            // `B said it rejects A's claim …`: a denial's speaker does not accuse.
            if partyDenies, kind == .complement || kind == .reported { continue }
            if out.contains(where: { $0.kind.isPrimary }) && !kind.isPrimary { break }
            if read.contains(m.first) { continue }  // one reading per verb: `accused by` before `accuse ... of`
            let cue = m.entry >= 0 ? cues.lexicon.entries[m.entry].cue : r.text.lowercased(m.first)
            var reading: Reading?
            switch kind {
            case .passive: reading = passive(r, m, cue: cue)
            case .active: reading = active(r, m, cue: cue)
            case .noun:
                reading = noun(r, m, cue: cue)
                let word = r.text.lowercased(m.last)
                reading?.plural = word.hasSuffix("s") && !word.hasSuffix("ss") && cue.lowercased() != word
            case .violation: reading = violation(r, m, cue: cue, matches: matches)
            case .complement: reading = complement(r, m, cue: cue, content: content)
            case .reported: reading = reported(r, m, cue: cue, content: content)
            case .denial, .negative: reading = nil
            }
            if let reading {
                read.formUnion(m.tokens)
                if !out.contains(where: { same($0, reading) }) { out.append(reading) }
            }
        }
        return out
    }

    private func same(_ a: Reading, _ b: Reading) -> Bool { a.accusers == b.accusers && a.accused == b.accused }

    private func passive(_ r: SentenceReading, _ m: PhraseLexicon.Match, cue: String) -> Reading? {
        guard let accused = r.subject(before: m.first) else { return nil }
        // `sued by A`, `under investigation by A`: the agent follows; `accused of …`: look for `by A` later.
        let last = r.text.lowercased(m.last)
        let agent: Party? =
            last == "by" || last == "from"
            ? r.agentParty(after: m.last - 1) : r.agentParty(after: m.last)
        return Reading(
            accusers: agent, accused: accused, kind: .passive, agentless: agent == nil, sentence: r.index,
            anchor: m.first, cues: [cue])
    }

    private func active(_ r: SentenceReading, _ m: PhraseLexicon.Match, cue: String) -> Reading? {
        // `B was accused by A of …`, `B, accused by A,`: passive, whatever the phrase.
        if r.isPassive(at: m.first, end: m.first) {
            guard let accused = r.subject(before: m.first) else { return nil }
            let agent = r.agentParty(after: m.first)
            return Reading(
                accusers: agent, accused: accused, kind: .passive, agentless: agent == nil, sentence: r.index,
                anchor: m.first, cues: [cue])
        }
        // `file a complaint with the regulator against B`: the object of `with` is the forum.
        if cue.lowercased().hasSuffix(" with") {
            guard let accused = r.unit(afterWordIn: r.words.against, from: m.last, within: 12) else { return nil }
            return Reading(
                accusers: r.subject(before: m.first), accused: .group(accused), kind: .active, sentence: r.index,
                anchor: m.first, cues: [cue])
        }
        // `A sued B, accusing it of …`: a participle after a comma takes the sentence's subject,
        // and a pronoun object stands for the organisation named before it.
        if r.text.lowercased(m.first).hasSuffix("ing"), r.gap(m.first).contains(.comma),
            let main = r.sentenceSubject(before: m.first)
        {
            let pronounObject = m.first + 1 < r.range.upperBound && r.isIn(m.first + 1, words.objectPronouns)
            if pronounObject {
                guard let antecedent = r.nearestGroup(before: m.first, excluding: Set(main.ids)) else { return nil }
                return Reading(
                    accusers: .group(main), accused: .group(antecedent), kind: .active, sentence: r.index,
                    anchor: m.first, cues: [cue])
            }
        }
        // `B, which A accused of …`, `B, which A fined for …`: the object is the relative's antecedent.
        let subject = r.subject(before: m.first)
        if let antecedent = r.relativeAntecedent(subject: subject) {
            let next = m.tokens.count > 1 ? m.tokens[1] : m.last + 1
            let nothingInside = m.tokens.count > 1 ? next == m.first + 1 : true
            let stopAfter = m.last + 1 >= r.range.upperBound || r.isIn(m.last + 1, words.objectStops)
                || r.hardBreak(m.last + 1) || r.gap(m.last + 1).contains(.comma)
            if nothingInside && (m.tokens.count > 1 || stopAfter) {
                return Reading(
                    accusers: subject, accused: .group(antecedent), kind: .active, sentence: r.index, anchor: m.first,
                    cues: [cue])
            }
        }
        // A phrase with a gap (`accuse ... of`, `order ... to stop`): the object sits inside it.
        if m.tokens.count > 1, m.tokens[1] > m.first + 1 {
            for t in (m.first + 1)..<m.tokens[1] {
                if let unit = r.unitAt[t] {
                    return Reading(
                        accusers: r.subject(before: m.first), accused: .group(r.coordinatedRight(unit)), kind: .active,
                        sentence: r.index, anchor: m.first, cues: [cue])
                }
            }
            if let described = r.object(after: m.first, maxSkip: 4), case .reference = described {
                return Reading(
                    accusers: r.subject(before: m.first), accused: described, kind: .active, sentence: r.index,
                    anchor: m.first, cues: [cue])
            }
            // Something else fills the gap (`accusing them of …`): no object to find after it.
            return nil
        }
        // `investigating whether B …`: the accused is named in the question, before what it did.
        if m.last + 1 < r.range.upperBound, r.isIn(m.last + 1, r.words.question),
            let accused = questionSubject(r, after: m.last + 1)
        {
            return Reading(
                accusers: r.subject(before: m.first), accused: .group(accused), kind: .active, sentence: r.index,
                anchor: m.first, cues: [cue])
        }
        guard let accused = r.object(after: m.last) else { return nil }
        return Reading(
            accusers: r.subject(before: m.first), accused: accused, kind: .active, sentence: r.index, anchor: m.first,
            cues: [cue])
    }

    /// In `whether B improperly obtained …`: the subject of the question, its first organisation.
    private func questionSubject(_ r: SentenceReading, after q: Int) -> PartyGroup? {
        var k = q + 1
        while k < r.range.upperBound, k <= q + 7 {
            if r.hardBreak(k) { return nil }
            if let unit = r.unitAt[k] { return r.coordinatedRight(unit) }
            k += 1
        }
        return nil
    }

    private func noun(_ r: SentenceReading, _ m: PhraseLexicon.Match, cue: String) -> Reading? {
        let n = m.last
        let end = r.range.upperBound
        // The accused after a preposition: `against B`, `into the Chinese startup B`, `on B`, `of B`.
        var accusedAfter: Party?
        var k = n + 1
        while k < end, k <= n + 8 {
            if r.hardBreak(k) { break }
            if r.isIn(k, words.against) {
                if r.key(k) == words.of {
                    // `of` only with an organisation right after (`investigation of Meta`), not `of distillation`.
                    var j = k + 1
                    while j < end, j <= k + 2, r.unitAt[j] == nil, r.isIn(j, words.determiners) { j += 1 }
                    if j < end, let unit = r.unitAt[j] {
                        accusedAfter = .group(r.coordinatedRight(unit))
                        break
                    }
                } else if let object = r.object(after: k, maxSkip: 4) {
                    accusedAfter = object
                    break
                }
            }
            if r.cueTokens.contains(k) && k > n + 1 { break }
            k += 1
        }
        let agentAfter = r.agentParty(after: n, window: 6) ?? r.agent(after: n, window: 6, allowFrom: true).map(Party.group)
        // A possessive just before: `Anthropic's lawsuit`, `the FTC's new complaint`, `Meta's fine`.
        var possessor: PartyGroup?
        var j = m.first - 1
        while j >= r.range.lowerBound, j >= m.first - 4 {
            if let unit = r.unitEndingAt[j] {
                // `Anthropic's lawsuit`, or attributive right before the noun: `FTC allegations`, `EU probe`.
                if unit.possessive || j >= m.first - 2 && !r.gap(j + 1).contains(.comma) { possessor = r.coordinatedLeft(unit) }
                break
            }
            if r.hardBreak(j + 1) { break }
            j -= 1
        }
        // A verb of undergoing before the noun: `B faces a lawsuit`, `B is under investigation`.
        var undergoAt: Int?
        j = (possessor?.first ?? m.first) - 1
        while j >= r.range.lowerBound, j >= m.first - 5 {
            if r.isIn(j, words.undergo) {
                undergoAt = j
                break
            }
            if r.unitEndingAt[j] != nil || r.hardBreak(j + 1) { break }
            j -= 1
        }
        // `A hit B with a lawsuit`: `with` before the noun, an organisation before `with`.
        var withObject: PartyGroup?
        j = m.first - 1
        while j > r.range.lowerBound, j >= m.first - 4 {
            if r.key(j) == words.with {
                if let unit = r.unitEndingAt[j - 1], !unit.possessive { withObject = r.coordinatedLeft(unit) }
                break
            }
            if r.hardBreak(j + 1) { break }
            j -= 1
        }
        let patient = r.isIn(n, words.patientNouns)

        if let u = undergoAt {
            guard let accused = r.subject(before: u) else { return nil }
            if let p = possessor, case .group(let g) = accused, Set(g.ids) == Set(p.ids) { return nil }
            let accuser = agentAfter ?? possessor.map(Party.group)
            return Reading(
                accusers: accuser, accused: accused, kind: .noun, agentless: accuser == nil, sentence: r.index,
                anchor: m.first, cues: [cue])
        }
        if let object = withObject, let subject = r.subject(before: object.first) {
            return Reading(
                accusers: subject, accused: .group(object), kind: .noun, sentence: r.index, anchor: m.first, cues: [cue])
        }
        if let accused = accusedAfter {
            let accuser = agentAfter ?? possessor.map(Party.group) ?? r.subject(before: possessor?.first ?? m.first)
            return Reading(
                accusers: accuser, accused: accused, kind: .noun, agentless: accuser == nil, sentence: r.index,
                anchor: m.first, cues: [cue])
        }
        if let possessor {
            if patient {
                return Reading(
                    accusers: agentAfter, accused: .group(possessor), kind: .noun, agentless: agentAfter == nil,
                    sentence: r.index, anchor: m.first, cues: [cue])
            }
            // `Anthropic's allegation that Alibaba distilled Claude`
            var t = n + 1
            while t < end, t <= n + 3 {
                if r.key(t) == words.that, let accused = r.object(after: t, maxSkip: 2) {
                    return Reading(
                        accusers: .group(possessor), accused: accused, kind: .noun, sentence: r.index, anchor: m.first,
                        cues: [cue])
                }
                t += 1
            }
            return nil
        }
        if let agent = agentAfter, let accused = r.subject(before: m.first), accused != agent {
            // `B is the target of a lawsuit by A`
            return Reading(accusers: agent, accused: accused, kind: .noun, sentence: r.index, anchor: m.first, cues: [cue])
        }
        return nil
    }

    private func violation(
        _ r: SentenceReading, _ m: PhraseLexicon.Match, cue: String, matches: [(match: PhraseLexicon.Match, kind: CueKind)]
    ) -> Reading? {
        guard let accused = r.subject(before: m.first) else { return nil }
        let accusedFirst = accused.group?.first ?? m.first
        var accuser: Party? = speaker(r, excluding: accusedFirst..<(m.last + 1), matches: matches)
        if accuser == nil {
            // Whose case it is: `… did not illegally monopolise, rejecting the FTC's antitrust case`.
            for (other, kind) in matches where kind == .noun && !r.isIn(other.last, words.patientNouns) {
                var j = other.first - 1
                while j >= r.range.lowerBound, j >= other.first - 3 {
                    if let unit = r.unitEndingAt[j], unit.possessive, Set(unit.ids) != Set(accused.group?.ids ?? []) {
                        accuser = .group(unit)
                        break
                    }
                    j -= 1
                }
                if accuser != nil { break }
            }
        }
        if accuser == nil {
            // The victim: `infringed A's copyrights`.
            var t = m.last + 1
            while t < r.range.upperBound, t <= m.last + 3 {
                if let unit = r.unitAt[t], unit.possessive {
                    accuser = .group(unit)
                    break
                }
                if r.hardBreak(t) { break }
                t += 1
            }
        }
        return Reading(
            accusers: accuser, accused: accused, kind: .violation, agentless: accuser == nil, sentence: r.index,
            anchor: m.first, cues: [cue])
    }

    /// Who says so in this sentence: `A said (that) B violated …` (the saying verb right before
    /// the accused), `B violated …, A said` (at the end), `according to A`.
    private func speaker(
        _ r: SentenceReading, excluding span: Range<Int>, matches: [(match: PhraseLexicon.Match, kind: CueKind)]
    ) -> Party? {
        for (m, kind) in matches where kind == .reported {
            if r.text.lowercased(m.last) == "to" || r.text.lowercased(m.last) == "for",
                let unit = firstUnit(r, after: m.last, within: 5)
            {
                return .group(unit)
            }
        }
        for (m, kind) in matches where kind == .complement {
            let t = m.first
            // Before the accused: `A said (that) B …` — the verb within two words of the accused.
            if t < span.lowerBound, span.lowerBound - m.last <= 2, let unit = r.unitEndingAt[t - 1] ?? r.unitEndingAt[t - 2],
                !unit.possessive
            {
                return .group(r.coordinatedLeft(unit))
            }
            // At the end: `…, A said`, `…, said A`.
            if t > span.upperBound {
                if let unit = r.unitEndingAt[t - 1] ?? r.unitEndingAt[t - 2], !unit.possessive {
                    return .group(r.coordinatedLeft(unit))
                }
                if t + 1 < r.range.upperBound, let unit = r.unitAt[t + 1] { return .group(unit) }
            }
        }
        return nil
    }

    private func firstUnit(_ r: SentenceReading, after t: Int, within window: Int) -> PartyGroup? {
        var k = t + 1
        while k < r.range.upperBound, k <= t + window {
            if let unit = r.unitAt[k] { return r.coordinatedRight(unit, commas: false) }
            if r.hardBreak(k) || (r.gap(k).contains(.comma) && k > t + 1) { return nil }
            k += 1
        }
        return nil
    }

    /// Reported speech: the speaker accuses; the accused is named in the content, nearest before its cue.
    func complement(_ r: SentenceReading, _ m: PhraseLexicon.Match, cue: String, content: [Int]) -> Reading? {
        let v = m.first
        var speakerParty: Party?
        var trailing = false
        if v + 1 < r.range.upperBound, let unit = r.unitAt[v + 1], r.gap(v).contains(.comma) {
            speakerParty = .group(unit)  // `…, said Anthropic`
            trailing = true
        } else if let unit = r.adjacentSubject(before: v) {
            speakerParty = .group(unit)
            if unit.first > r.range.lowerBound, r.gap(unit.first).contains(.comma) { trailing = true }
        } else if let described = r.describedSubject(before: v), case .reference = described {
            speakerParty = described  // `the company said`, `the regulator alleged`
            if let head = r.clauseStart(before: v), head > r.range.lowerBound, r.gap(head).contains(.comma) {
                trailing = true
            }
        }
        // `The court ruled that B infringed A's copyright`: no party speaks, the victim accuses.
        if speakerParty == nil, m.tokens.count > 1 {
            let clause = (m.first + 1)..<r.range.upperBound
            guard let accused = firstUnit(r, in: (m.first + 1)..<m.last, excluding: []) else { return nil }
            var victim: PartyGroup?
            var t = m.last + 1
            while t < r.range.upperBound, t <= m.last + 3 {
                if let unit = r.unitAt[t], unit.possessive { victim = unit }
                if victim != nil || r.hardBreak(t) { break }
                t += 1
            }
            _ = clause
            return Reading(
                accusers: victim.map(Party.group), accused: .group(accused), kind: .violation, agentless: victim == nil,
                sentence: r.index, anchor: m.first, cues: [cue])
        }
        guard let speakerParty else { return nil }
        let speakerIDs = Set(speakerParty.group?.ids ?? [])
        var contentRange: Range<Int>
        if trailing {
            contentRange = r.range.lowerBound..<(speakerParty.group?.first ?? r.clauseStart(before: v) ?? v)
        } else {
            contentRange = (v + 1)..<r.range.upperBound
        }
        // The cue of the content: a gap phrase's last word (`say ... copied`), else the content
        // cues in order; the accused is the organisation nearest before one of them.
        func anchorsIn(_ range: Range<Int>) -> [Int] {
            var found = content.filter { range.contains($0) && !m.tokens.contains($0) }
            if m.tokens.count > 1, range.contains(m.last) { found.insert(m.last, at: 0) }
            return found
        }
        var anchors = anchorsIn(contentRange)
        // `Earlier this month, A warned B that …`: a fronted adverbial says nothing; the content follows.
        if anchors.isEmpty, trailing {
            contentRange = (v + 1)..<r.range.upperBound
            anchors = anchorsIn(contentRange)
        }
        guard !anchors.isEmpty else { return nil }
        // The subject of the content: its first organisation (not the speaker), if it comes
        // before what it is said to have done; else the agent after it (`was distilled by B`).
        var found: PartyGroup?
        if let firstAnchor = anchors.min(),
            let subject = firstUnit(r, in: contentRange.lowerBound..<firstAnchor, excluding: speakerIDs)
        {
            found = subject
        } else {
            for anchor in anchors {
                if let unit = nearestUnit(r, before: anchor, in: contentRange, excluding: speakerIDs)
                    ?? agentUnit(r, after: anchor, in: contentRange, excluding: speakerIDs)
                {
                    found = unit
                    break
                }
            }
        }
        guard let accused = found else { return nil }
        return Reading(
            accusers: speakerParty, accused: .group(accused), kind: .complement, sentence: r.index, anchor: v, cues: [cue])
    }

    private func reported(_ r: SentenceReading, _ m: PhraseLexicon.Match, cue: String, content: [Int]) -> Reading? {
        let last = r.text.lowercased(m.last)
        var speaker: PartyGroup?
        let after = last == "to" || last == "for"
        if after {
            speaker = firstUnit(r, after: m.last, within: 6)
        } else if let unit = r.adjacentSubject(before: m.first) {
            speaker = unit  // `A said in a statement`, `A wrote in a blog post`
        }
        // Content: what the rest of the sentence says (before the phrase, or after its clause).
        let contentRange: Range<Int>
        if after, m.first <= r.range.lowerBound + 1 {
            var k = (speaker?.last ?? m.last) + 1
            while k < r.range.upperBound, !r.gap(k).contains(.comma) { k += 1 }
            contentRange = k..<r.range.upperBound
        } else if after {
            contentRange = r.range.lowerBound..<m.first
        } else {
            contentRange = (m.last + 1)..<r.range.upperBound
        }
        guard !contentRange.isEmpty, let anchor = content.first(where: { contentRange.contains($0) }) else { return nil }
        let ids = Set(speaker?.ids ?? [])
        guard let accused = nearestUnit(r, before: anchor, in: contentRange, excluding: ids)
            ?? agentUnit(r, after: anchor, in: contentRange, excluding: ids)
        else { return nil }
        // A source cited once (`according to the Financial Times`) reports; it does not accuse.
        let source = speaker.map { isSourceOnly($0, r) } ?? false
        return Reading(
            accusers: speaker.flatMap { source ? nil : .group($0) }, accused: .group(accused), kind: .reported,
            agentless: speaker == nil || source, sentence: r.index, anchor: m.first, cues: [cue])
    }

    /// An organisation named only here in the whole item, as a source: a newspaper, not a party.
    private func isSourceOnly(_ group: PartyGroup, _ r: SentenceReading) -> Bool {
        let ids = Set(group.ids)
        let elsewhere = r.text.mentions.filter { ids.contains(linker.id(of: $0)) && !(group.first...group.last).contains($0.first) }
        return elsewhere.isEmpty
    }

    private func firstUnit(_ r: SentenceReading, in range: Range<Int>, excluding ids: Set<String>) -> PartyGroup? {
        for k in range {
            if let unit = r.unitAt[k], !Set(unit.ids).isSubset(of: ids) {
                var group = r.coordinatedRight(unit)
                group.ids.removeAll { ids.contains($0) }
                return group
            }
        }
        return nil
    }

    private func nearestUnit(_ r: SentenceReading, before t: Int, in range: Range<Int>, excluding ids: Set<String>)
        -> PartyGroup?
    {
        var k = t - 1
        while k >= range.lowerBound {
            if let unit = r.unitEndingAt[k], !Set(unit.ids).isSubset(of: ids) {
                var group = r.coordinatedLeft(unit)
                group.ids.removeAll { ids.contains($0) }
                return group
            }
            k -= 1
        }
        return nil
    }

    private func agentUnit(_ r: SentenceReading, after t: Int, in range: Range<Int>, excluding ids: Set<String>)
        -> PartyGroup?
    {
        guard let unit = r.agent(after: t, window: 6), range.contains(unit.first), !Set(unit.ids).isSubset(of: ids) else {
            return nil
        }
        return unit
    }

    /// A denial: the subject denies; the accusers are the possessive or `by`/`from` organisation after the cue.
    func denial(_ r: SentenceReading, _ m: PhraseLexicon.Match) -> (denier: Party, accusers: PartyGroup?)? {
        // `…, rejecting A's claims`: a participle after a comma has the sentence's subject (a
        // court, often, which is not a party).
        let participle = r.text.lowercased(m.first).hasSuffix("ing") && r.gap(m.first).contains(.comma)
        guard let denier = participle ? r.sentenceSubject(before: m.first).map(Party.group) : r.subject(before: m.first)
        else { return nil }
        let denierIDs = Set(denier.group?.ids ?? [])
        var k = m.last + 1
        while k < r.range.upperBound, k <= m.last + 8 {
            if r.hardBreak(k) { break }
            if let unit = r.unitAt[k], !Set(unit.ids).isSubset(of: denierIDs) {
                if unit.possessive || (k > 0 && r.isIn(k - 1, words.agent)) {
                    return (denier, r.coordinatedRight(unit))
                }
            }
            k += 1
        }
        return (denier, nil)
    }
}
