/// One sentence prepared for reading constructions: its tokens, the organisations in it (as
/// units indexed by first and last token), and searches for the subject, the object and the
/// agent of a cue.
struct SentenceReading {
    let text: AnalyzedText
    let index: Int
    let range: Range<Int>
    let words: GrammarWords
    /// Organisations in the sentence, by first token and by last token.
    private(set) var unitAt: [Int: PartyGroup] = [:]
    private(set) var unitEndingAt: [Int: PartyGroup] = [:]
    /// Tokens that belong to an organisation's name.
    private(set) var inUnit: Set<Int> = []
    /// Tokens of cue words (so coordination does not swallow them).
    var cueTokens: Set<Int> = []
    /// Where the sentence says what was done (category, violation and content cues).
    var contentAnchors: [Int]?

    init(text: AnalyzedText, sentence: Int, linker: CompanyLinker, words: GrammarWords) {
        self.text = text
        self.index = sentence
        self.range = text.sentences[sentence].tokens
        self.words = words
        let tokens = text.tokens
        var units: [PartyGroup] = []
        for m in text.mentionsBySentence[sentence] {
            let mention = text.mentions[m]
            // `OpenAI-backed`, `Anthropic-Alibaba dispute`: a modifier, not a party; but a group
            // `DeepSeek-linked` or `Alibaba-affiliated` stands for that company.
            let next = mention.last + 1
            if next < range.upperBound, tokens[next].gap.isCompoundHyphen, !tokens[mention.last].has(.possessive),
                !words.affiliation.contains(tokens[next].key)
            {
                continue
            }
            if mention.first > range.lowerBound, tokens[mention.first].gap.isCompoundHyphen,
                !tokens[mention.first - 1].isCapitalised || text.mentions.contains(where: { $0.last == mention.first - 1 })
            {
                continue
            }
            let unit = PartyGroup(
                ids: [linker.id(of: mention)], first: mention.first, last: mention.last,
                possessive: tokens[mention.last].has(.possessive))
            // `OpenAI's ChatGPT`: a possessive followed by the same company's product is one unit;
            // `News Corp's Dow Jones`: an owner before its subsidiary is not a party.
            if var previous = units.last, previous.possessive, previous.last + 1 == unit.first {
                if previous.ids == unit.ids {
                    previous.last = unit.last
                    previous.possessive = unit.possessive
                    units[units.count - 1] = previous
                } else {
                    units[units.count - 1] = unit
                }
                continue
            }
            units.append(unit)
        }
        for unit in units {
            unitAt[unit.first] = unit
            unitEndingAt[unit.last] = unit
            for t in unit.first...unit.last { inUnit.insert(t) }
        }
    }

    var tokens: [TextToken] { text.tokens }
    var units: [PartyGroup] { unitAt.values.sorted { $0.first < $1.first } }

    func key(_ t: Int) -> UInt64 { text.tokens[t].key }
    func gap(_ t: Int) -> GapFlags { text.tokens[t].gap }
    func isIn(_ t: Int, _ set: Set<UInt64>) -> Bool { t >= range.lowerBound && t < range.upperBound && set.contains(key(t)) }

    /// A clause break between token `t - 1` and `t` that a subject or object search does not cross.
    func hardBreak(_ t: Int) -> Bool {
        !gap(t).intersection([.semicolon, .colon, .newline, .paragraph, .stop, .dash, .openParen]).isEmpty
    }

    // MARK: coordination

    /// `B`, `B and C`, `B, C and D`, `B and its partner C`, `B as well as C`. A list joined by
    /// commas alone (`B, C`) counts only in a headline; elsewhere the comma may open an apposition.
    func coordinatedRight(_ start: PartyGroup, commas: Bool = true) -> PartyGroup {
        var group = start
        var beforeCommas: PartyGroup?
        var current = start
        var sawCoordinator = false
        while true {
            var k = current.last + 1
            // `Google €325 million and Shein`, `Meta AI Studio and Character.AI`: skip an amount or
            // the rest of a product name before the coordinator.
            var skip = k
            while skip < range.upperBound, skip <= current.last + 4, unitAt[skip] == nil, !hardBreak(skip),
                !gap(skip).contains(.comma) || isIn(skip, words.coordinators),
                isIn(skip, words.amounts) || tokens[skip].isNumber || (tokens[skip].isCapitalised && tokens[skip].has(.hasLetter))
            {
                if isIn(skip, words.coordinators) { break }
                skip += 1
            }
            if skip > k, skip < range.upperBound, isIn(skip, words.coordinators) || gap(skip).contains(.comma) { k = skip }
            guard k < range.upperBound, !hardBreak(k) else { break }
            if gap(k).contains(.comma) && !commas { break }
            if gap(k).contains(.comma), let next = unitAt[k], !current.possessive {
                if beforeCommas == nil { beforeCommas = group }
                group.absorb(next)
                current = next
                continue
            }
            var j = -1
            if isIn(k, words.coordinators) {
                j = k + 1
            } else if k + 2 < range.upperBound, text.lowercased(k) == "as", text.lowercased(k + 1) == "well",
                text.lowercased(k + 2) == "as"
            {
                j = k + 3
            }
            guard j >= 0, !current.possessive else { break }
            var skipped = 0
            while j < range.upperBound, unitAt[j] == nil, skipped < 2, !hardBreak(j), !gap(j).contains(.comma),
                !tokens[j].isCapitalised || isIn(j, words.determiners) || isPlacePossessive(j), !isIn(j, words.objectStops),
                !cueTokens.contains(j)
            {
                j += 1
                skipped += 1
            }
            guard j < range.upperBound, let next = unitAt[j], !hardBreak(j) else { break }
            group.absorb(next)
            current = next
            sawCoordinator = true
        }
        if let beforeCommas, !sawCoordinator, !text.sentences[index].inTitle { return beforeCommas }
        return group
    }

    /// `A and B accused …`, `A, B and C sued …`, `The FTC and the DOJ sued …`.
    func coordinatedLeft(_ start: PartyGroup) -> PartyGroup {
        var group = start
        var current = start
        var commaOnly: PartyGroup?
        var sawCoordinator = false
        while true {
            // Determiners before the unit: `and the DOJ`.
            var k = current.first - 1
            var steps = 0
            while k >= range.lowerBound, steps < 2, isIn(k, words.determiners) || isPlacePossessive(k), !hardBreak(k + 1),
                !gap(k + 1).contains(.comma)
            {
                k -= 1
                steps += 1
            }
            let head = k + 1
            guard k >= range.lowerBound, !hardBreak(head) else { break }
            if gap(head).contains(.comma), let previous = unitEndingAt[k], !previous.possessive {
                if commaOnly == nil { commaOnly = group }
                group.absorb(previous)
                current = previous
                continue
            }
            guard isIn(k, words.coordinators), k - 1 >= range.lowerBound, !hardBreak(k) else { break }
            var p = k - 1
            steps = 0
            while p >= range.lowerBound, steps < 2, unitEndingAt[p] == nil, isIn(p, words.determiners) || isPlacePossessive(p) {
                p -= 1
                steps += 1
            }
            // `California Attorney General Rob Bonta and …`: an office, then the name of who holds it.
            var names = 0
            while p > range.lowerBound, names < 3, unitEndingAt[p] == nil, !inUnit.contains(p), tokens[p].isCapitalised,
                tokens[p].has(.hasLower), !tokens[p].has(.possessive), !hardBreak(p), !gap(p).contains(.comma)
            {
                p -= 1
                names += 1
            }
            guard p >= range.lowerBound, let previous = unitEndingAt[p], !previous.possessive else { break }
            group.absorb(previous)
            current = previous
            sawCoordinator = true  // `A, B and C`: the commas belong to the list
        }
        if let commaOnly, !sawCoordinator, !text.sentences[index].inTitle { return commaOnly }
        return group
    }

    /// `Italy's` in `Italy's Garante`: a capitalised possessive that is not an organisation.
    func isPlacePossessive(_ t: Int) -> Bool {
        tokens[t].has(.possessive) && tokens[t].isCapitalised && !inUnit.contains(t)
    }

    // MARK: roles

    /// `seven companies, including Alphabet, Meta and OpenAI`, `AI chatbot makers: Meta, Snap …`:
    /// the list after a plural description, from token `p`.
    func listAfter(_ p: Int, description: Range<Int>) -> PartyGroup? {
        guard description.contains(where: { isIn($0, words.pluralHeads) }) else { return nil }
        var k = p
        while k < range.upperBound, k <= p + 8 {
            if isIn(k, words.listOpeners) || gap(k).contains(.colon) || gap(k).contains(.dash) || gap(k).contains(.openParen) {
                var j = isIn(k, words.listOpeners) ? k + 1 : k
                if j < range.upperBound, text.lowercased(j) == "as" { j += 1 }
                while j < range.upperBound, j <= k + 3, unitAt[j] == nil { j += 1 }
                if j < range.upperBound, let unit = unitAt[j] { return listFrom(unit) }
                return nil
            }
            if unitAt[k] != nil { return nil }
            k += 1
        }
        return nil
    }

    /// A list of organisations joined by commas and `and`, whatever the sentence.
    private func listFrom(_ unit: PartyGroup) -> PartyGroup {
        var group = unit
        var current = unit
        while true {
            var k = current.last + 1
            guard k < range.upperBound, gap(k).intersection([.semicolon, .stop, .period, .newline]).isEmpty else { break }
            if isIn(k, words.coordinators) { k += 1 }
            while k < range.upperBound, unitAt[k] == nil, isIn(k, words.determiners) { k += 1 }
            guard k < range.upperBound, let next = unitAt[k], k <= current.last + 3 else { break }
            group.absorb(next)
            current = next
        }
        return group
    }

    /// The object after token `t`: an organisation within a few words (`accused rival Alibaba`,
    /// `sued the maker of ChatGPT`), with coordination; or a description (`the Chinese startup`).
    func object(after t: Int, maxSkip: Int = 4, allowThat: Bool = false) -> Party? {
        var k = t + 1
        var skipped = 0
        while k < range.upperBound {
            if hardBreak(k) {
                if let list = listAfter(k, description: (t + 1)..<k) { return .group(list) }
                return nil
            }
            if let unit = unitAt[k] { return .group(coordinatedRight(unit)) }
            if gap(k).contains(.comma), skipped > 0 || !allowThat { return nil }
            if isIn(k, words.objectStops) || isIn(k, words.listOpeners) {
                let passable =
                    (key(k) == words.of && k > range.lowerBound && isIn(k - 1, words.roleNouns))
                    || (allowThat && key(k) == words.that && skipped == 0)
                if !passable {
                    if let list = listAfter(k, description: (t + 1)..<k) { return .group(list) }
                    return describedParty(from: t + 1, to: k)
                }
            }
            if cueTokens.contains(k) && skipped > 0 { return nil }
            if tokens[k].has(.possessive) && !isIn(k, words.determiners) {
                // `accused the company's rival`: give up rather than guess.
                return describedParty(from: t + 1, to: k + 1)
            }
            skipped += 1
            if skipped > maxSkip { return describedParty(from: t + 1, to: k) }
            k += 1
        }
        return describedParty(from: t + 1, to: k)
    }

    /// `the Chinese startup`, `its rival`, `the regulator`: a description ending in a company or authority noun.
    func describedParty(from a: Int, to b: Int) -> Party? {
        guard b > a, b - a <= 6, a >= range.lowerBound, b <= range.upperBound else { return nil }
        guard isIn(a, words.determiners) else { return nil }
        let head = b - 1
        if isIn(head, words.authorityHeads) { return .reference(authority: true, sentence: index, token: head) }
        guard b - a <= 4 else { return nil }
        if isIn(head, words.companyHeads) { return .reference(authority: false, sentence: index, token: head) }
        return nil
    }

    /// The subject before token `t`: the nearest organisation in the clause, skipping a
    /// parenthetical (`Anthropic, which makes Claude, accused …`), with coordination; else a
    /// description or pronoun (`The company`, `It`), else people (`A group of authors`).
    func subject(before t: Int) -> Party? {
        // `A and B, two units of C, which accuse …`: the relative's antecedent, past an apposition.
        if t - 1 > range.lowerBound, isIn(t - 1, words.relativePronouns), gap(t - 1).contains(.comma),
            let antecedent = appositionAntecedent(endingAt: t - 2)
        {
            return .group(antecedent)
        }
        var k = t - 1
        // Where the clause's subject ends: before a skipped parenthetical (`The data-labelling
        // company, which counts OpenAI and Meta among its customers, has been sued …`).
        var end = t
        while k >= range.lowerBound {
            if hardBreak(k + 1) { break }
            if let unit = unitEndingAt[k] {
                if let skip = parentheticalStart(containing: unit, before: t) {
                    k = skip - 1
                    end = skip
                    continue
                }
                return .group(coordinatedLeft(unit))
            }
            k -= 1
        }
        return describedSubject(before: end)
    }

    /// `A, two units of C` / `A, the owner of C` ending at `e`: an apposition whose head is a role
    /// noun (`units`, `owner`, `publisher`) describes A, so A (with its coordination) is what a
    /// following `which`/`who` refers to. Nil when the phrase is not such an apposition.
    func appositionAntecedent(endingAt e: Int) -> PartyGroup? {
        guard e > range.lowerBound, let inner = unitEndingAt[e] else { return nil }
        // Back over the owner's name and determiners (`Rupert Murdoch's`, `the`) to `of`.
        var k = inner.first - 1
        var steps = 0
        while k > range.lowerBound, steps < 4, !isIn(k, [words.of]), !hardBreak(k + 1), !gap(k + 1).contains(.comma),
            isIn(k, words.determiners) || tokens[k].isCapitalised || tokens[k].has(.possessive)
        {
            k -= 1
            steps += 1
        }
        guard k > range.lowerBound, key(k) == words.of, isIn(k - 1, words.roleNouns) else { return nil }
        // Back over the apposition's determiner or number to its opening comma.
        var c = k - 1
        steps = 0
        while c > range.lowerBound, steps < 3, !gap(c).contains(.comma), !hardBreak(c) {
            c -= 1
            steps += 1
        }
        guard c > range.lowerBound, gap(c).contains(.comma), let head = unitEndingAt[c - 1] else { return nil }
        return coordinatedLeft(head)
    }

    /// If `unit` sits in `, which … ,` or `, the maker of …,` that closes before `t`, the index of its opening comma token.
    private func parentheticalStart(containing unit: PartyGroup, before t: Int) -> Int? {
        // A comma between the unit and t closes the parenthetical.
        var closes = false
        var j = unit.last + 1
        while j <= t, j < range.upperBound {
            if gap(j).contains(.comma) {
                closes = true
                break
            }
            j += 1
        }
        guard closes else { return nil }
        // Its opening: the nearest comma at or before the unit, whose next word opens a parenthetical.
        var s = unit.first
        while s > range.lowerBound {
            if gap(s).contains(.comma) {
                if isIn(s, words.parentheticalOpeners), unitEndingAt[s - 1] != nil || hasUnit(before: s) { return s }
                // `The lawsuits, coordinated by the RIAA, accuse …`: a participle phrase with its agent.
                if s + 1 < range.upperBound, isParticiple(s), key(s + 1) == words.by, s > range.lowerBound { return s }
                // `, which …,` after a description: a non-restrictive relative clause never holds the subject.
                if isIn(s, words.relativePronouns), describedSubject(before: s) != nil { return s }
                return nil
            }
            if hardBreak(s) { return nil }
            s -= 1
        }
        return nil
    }

    private func hasUnit(before t: Int) -> Bool {
        unitAt.keys.contains { $0 < t && $0 >= range.lowerBound }
    }

    /// A subject that is not an organisation: `The company`, `It`, `The regulator`, `A group of authors`, `Elon Musk`.
    func describedSubject(before t: Int) -> Party? {
        guard t > range.lowerBound else { return nil }
        // The clause start: after the last hard break or comma before t.
        var s = t - 1
        while s > range.lowerBound, !hardBreak(s), !gap(s).contains(.comma) { s -= 1 }
        // Skip auxiliaries and adverbs right before the verb.
        var e = t
        while e - 1 >= s, isIn(e - 1, words.be) || isIn(e - 1, words.adverbs) { e -= 1 }
        guard e > s else { return nil }
        let length = e - s
        // `South Korea's privacy regulator`: an authority, however described.
        if length <= 6, isIn(e - 1, words.authorityHeads) {
            return .reference(authority: true, sentence: index, token: e - 1)
        }
        // `The data-labelling company`, `The San Francisco-based start-up`: a determiner, modifiers, a company noun.
        if length <= 5, isIn(e - 1, words.companyHeads), isIn(s, words.determiners) {
            return .reference(authority: false, sentence: index, token: e - 1)
        }
        if length <= 3 {
            let head = e - 1
            if isIn(head, words.authorityHeads) { return .reference(authority: true, sentence: index, token: head) }
            if isIn(head, words.companyHeads) && isIn(s, words.determiners) {
                return .reference(authority: false, sentence: index, token: head)
            }
            if length == 1, text.lowercased(s) == "it" || text.lowercased(s) == "they" {
                return .reference(authority: false, sentence: index, token: s)
            }
        }
        if length <= 6 {
            // People and groups: `A group of authors`, `Elon Musk`, `Three novelists`.
            let phrase = s..<e
            let hasHead = phrase.contains { isIn($0, words.plaintiffHeads) }
            let names = phrase.filter { tokens[$0].isCapitalised && tokens[$0].has(.hasLower) }
            let proper = names.count >= 2 && names.count == length && s != range.lowerBound
            let properAtStart = names.count >= 2 && names.count == length && length <= 3
            if hasHead || proper || properAtStart {
                return .names([text.text(tokens: phrase)])
            }
        }
        return nil
    }

    /// `Perplexity, which Reddit accused of …`: the organisation a relative clause starting at the
    /// subject refers back to, when the subject follows `which`/`whom`/`that`.
    func relativeAntecedent(subject: Party?) -> PartyGroup? {
        guard case .group(let g)? = subject, g.first - 1 >= range.lowerBound else { return nil }
        let pronoun = g.first - 1
        guard ["which", "whom", "that"].contains(text.lowercased(pronoun)) else { return nil }
        var k = pronoun - 1
        while k >= range.lowerBound, k >= pronoun - 2 {
            if let unit = unitEndingAt[k], !unit.possessive { return unit }
            k -= 1
        }
        return nil
    }

    /// The subject of the sentence's main clause: organisations at its start (`Reddit sued …`).
    func sentenceSubject(before t: Int) -> PartyGroup? {
        var k = range.lowerBound
        while k < t, k <= range.lowerBound + 3 {
            if let unit = unitAt[k] { return coordinatedRight(unit) }
            k += 1
        }
        return nil
    }

    /// The organisations nearest before `t` (a pronoun's antecedent), not `ids`.
    func nearestGroup(before t: Int, excluding ids: Set<String>) -> PartyGroup? {
        var k = t - 1
        while k >= range.lowerBound {
            if let unit = unitEndingAt[k], !Set(unit.ids).isSubset(of: ids) { return coordinatedLeft(unit) }
            k -= 1
        }
        return nil
    }

    /// `by A` / `from A` within `window` words after `t` (skipping amounts: `fined €3m by A`).
    func agent(after t: Int, window: Int = 8, allowFrom: Bool = false) -> PartyGroup? {
        var k = t + 1
        while k < range.upperBound, k <= t + window {
            if hardBreak(k) || (gap(k).contains(.comma) && k > t + 1) { return nil }
            let isBy = key(k) == words.by
            if isBy || (allowFrom && isIn(k, words.agent)) {
                var j = k + 1
                var skipped = 0
                while j < range.upperBound, unitAt[j] == nil, skipped < 3, !hardBreak(j), !isIn(j, words.objectStops) {
                    j += 1
                    skipped += 1
                }
                if j < range.upperBound, let unit = unitAt[j] { return coordinatedRight(unit) }
                return nil
            }
            k += 1
        }
        return nil
    }

    /// The agent of a passive after token `t`: `by A` (an organisation, people such as
    /// `former contractors`, or a description such as `the regulator`), within a few words.
    func agentParty(after t: Int, window: Int = 8) -> Party? {
        var k = t + 1
        while k < range.upperBound, k <= t + window {
            if hardBreak(k) || (gap(k).contains(.comma) && k > t + 1) { return nil }
            if key(k) == words.by || (k == t + 1 && isIn(k, words.agent)) {
                var j = k + 1
                var skipped = 0
                while j < range.upperBound, unitAt[j] == nil, skipped < 3, !hardBreak(j), !isIn(j, words.objectStops),
                    !gap(j).contains(.comma)
                {
                    j += 1
                    skipped += 1
                }
                if j < range.upperBound, let unit = unitAt[j], !gap(j).contains(.comma) || j == k + 1 {
                    return .group(coordinatedRight(unit))
                }
                // People or groups: `by former contractors`, `by a Florida mother`, `by three authors`.
                var e = k + 1
                while e < range.upperBound, e <= k + 6, !hardBreak(e), !(e > k + 1 && gap(e).contains(.comma)),
                    !isIn(e, words.objectStops) || e == k + 1 && isIn(e, words.determiners)
                {
                    e += 1
                }
                let phrase = (k + 1)..<e
                guard !phrase.isEmpty else { return nil }
                if let described = describedParty(from: k + 1, to: e) { return described }
                if phrase.contains(where: { isIn($0, words.plaintiffHeads) })
                    || phrase.filter({ tokens[$0].isCapitalised && tokens[$0].has(.hasLower) }).count >= 2
                    || (isIn(k + 1, words.determiners) || tokens[k + 1].isNumber) && phrase.count >= 2
                {
                    return .names([text.text(tokens: phrase)])
                }
                return nil
            }
            k += 1
        }
        return nil
    }

    /// The first organisation after a word of `set` (`against B`) within `window` words after `t`.
    func unit(afterWordIn set: Set<UInt64>, from t: Int, within window: Int) -> PartyGroup? {
        var k = t + 1
        while k < range.upperBound, k <= t + window {
            if hardBreak(k) { return nil }
            if isIn(k, set) {
                var j = k + 1
                while j < range.upperBound, j <= k + 3, unitAt[j] == nil, !hardBreak(j) { j += 1 }
                if j < range.upperBound, let unit = unitAt[j] { return coordinatedRight(unit) }
            }
            k += 1
        }
        return nil
    }

    /// The first organisation after token `t` in its clause, not one of `ids`.
    func nearestUnit(after t: Int, excluding ids: Set<String>) -> PartyGroup? {
        var k = t + 1
        while k < range.upperBound {
            if hardBreak(k) { return nil }
            if let unit = unitAt[k], !Set(unit.ids).isSubset(of: ids) { return coordinatedRight(unit) }
            k += 1
        }
        return nil
    }

    /// The subject of a verb of saying: an organisation right before it (`A said`, `A has
    /// long argued`), or before an apposition (`A, the maker of Claude, said`).
    func adjacentSubject(before v: Int) -> PartyGroup? {
        guard case .group(let g)? = subject(before: v) else { return nil }
        let between = (g.last + 1)..<v
        if between.count <= 3, !between.contains(where: { gap($0).contains(.comma) }), !gap(v).contains(.comma) {
            return g
        }
        if g.last + 1 < range.upperBound, gap(g.last + 1).contains(.comma), gap(v).contains(.comma) {
            return g  // `A, the maker of Claude, said`
        }
        return nil
    }

    /// The first token of the clause `v` is in (after the last comma or clause break before it).
    func clauseStart(before v: Int) -> Int? {
        var s = v
        while s > range.lowerBound, !hardBreak(s), !gap(s).contains(.comma) { s -= 1 }
        return s
    }

    /// Whether token `t` reads as a past participle (`accused`, `sued`, `fined`, `brought`).
    func isParticiple(_ t: Int) -> Bool {
        if words.participles.contains(key(t)) { return true }
        let word = text.lowercased(t)
        return word.hasSuffix("ed") || word.hasSuffix("en")
    }

    /// Whether the verb at `t` is passive: a form of `be` before it (adverbs skipped), or an agent after it.
    func isPassive(at t: Int, end: Int) -> Bool {
        guard isParticiple(t) else { return false }
        var k = t - 1
        var steps = 0
        while k >= range.lowerBound, steps < 3 {
            if isIn(k, words.be) {
                // `has accused` is active; `has been accused` is passive.
                let w = text.lowercased(k)
                if w == "has" || w == "have" || w == "had" { return false }
                return true
            }
            if !isIn(k, words.adverbs) { break }
            k -= 1
            steps += 1
        }
        if agent(after: end) != nil, object(after: end, maxSkip: 0) == nil { return true }
        return false
    }

    /// A negation just before token `t` (`did not accuse`, `never sued`, `without accusing`).
    func isNegated(_ t: Int) -> Bool {
        var k = t - 1
        var steps = 0
        while k >= range.lowerBound, steps < 3 {
            if isIn(k, words.negations) { return true }
            if hardBreak(k + 1) || gap(k + 1).contains(.comma) { return false }
            k -= 1
            steps += 1
        }
        return false
    }
}
