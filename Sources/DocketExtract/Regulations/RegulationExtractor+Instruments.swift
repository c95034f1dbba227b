/// Finding instruments and jurisdictions in an item's tokens.
extension RegulationExtractor {
    /// A jurisdiction named in the item.
    struct JurisdictionMention: Sendable {
        let code: String
        let sentence: Int
        let tokens: Range<Int>
    }

    /// Jurisdiction names everywhere in the item (not inside a company's name: `New York Times`;
    /// but inside an authority's: `California Attorney General`), and the countries of the
    /// legislatures and governments it names (`the European Parliament` → EU).
    func findJurisdictions(_ text: AnalyzedText, linker: CompanyLinker) -> [JurisdictionMention] {
        var companyTokens: Set<Int> = []
        var out: [JurisdictionMention] = []
        for m in text.mentions {
            let kind = linker.kind(of: m)
            switch kind {
            case .company, .lab, .organisation:
                for t in m.tokens { companyTokens.insert(t) }
            case .legislature, .government:
                if let country = linker.companies[m.company].country?.uppercased(), !country.isEmpty,
                    let s = text.sentences.firstIndex(where: { $0.tokens.contains(m.first) })
                {
                    out.append(JurisdictionMention(code: country, sentence: s, tokens: m.tokens))
                }
            default: break
            }
        }
        for (s, sentence) in text.sentences.enumerated() {
            var t = sentence.tokens.lowerBound
            while t < sentence.tokens.upperBound {
                guard jurisdictionTrie.starts(with: text.tokens[t].key), !companyTokens.contains(t) else {
                    t += 1
                    continue
                }
                var advanced = false
                for match in jurisdictionTrie.matches(at: t, in: text.tokens, end: sentence.tokens.upperBound) {
                    let payload = match.payloads.map { jurisdictionTrie.payloads[Int($0)] }.first { entry in
                        entry.rules.enumerated().allSatisfy { $0.element.accepts(text.tokens[t + $0.offset]) }
                    }
                    if let payload, !(t..<match.end).contains(where: companyTokens.contains) {
                        out.append(JurisdictionMention(code: payload.code, sentence: s, tokens: t..<match.end))
                        t = match.end
                        advanced = true
                        break
                    }
                }
                if !advanced { t += 1 }
            }
        }
        return out.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Instruments named in one sentence: seed names first, then numbers, then capitalised titles.
    func findInstruments(_ text: AnalyzedText, sentence s: Int, jurisdictions: [JurisdictionMention] = [])
        -> [InstrumentMention]
    {
        let range = text.sentences[s].tokens
        let tokens = text.tokens
        var out: [InstrumentMention] = []
        var covered: Set<Int> = []
        var t = range.lowerBound
        while t < range.upperBound {
            if instrumentTrie.starts(with: tokens[t].key) {
                var hit: (end: Int, index: Int, number: NumberPattern?)?
                for match in instrumentTrie.matches(
                    at: t, in: tokens, end: range.upperBound, extraJoins: InstrumentName.joins)
                {
                    if let entry = match.payloads.map({ instrumentTrie.payloads[Int($0)] }).first(where: {
                        $0.accepts(tokens, at: t)
                    }) {
                        hit = (match.end, entry.index, entry.number)
                        break
                    }
                }
                if let hit, let number = hit.number {
                    // A bare number (`SB 53`): numbers repeat across states, so it is read as a number
                    // and identified with the jurisdiction the item gives.
                    var mention = InstrumentMention(
                        source: .numbered(prefix: number.prefix, number: number.number), sentence: s, tokens: t..<hit.end,
                        instrument: number.instrument, fixedJurisdiction: number.fixedJurisdiction,
                        wantsState: number.wantsState, written: text.text(tokens: t..<hit.end))
                    mention.seed = hit.index
                    out.append(mention)
                    for k in t..<hit.end { covered.insert(k) }
                    t = hit.end
                    continue
                }
                // `an AI action plan`: a name in lowercase after an indefinite article is a description.
                if let h = hit, t > range.lowerBound, ["a", "an"].contains(text.lowercased(t - 1)),
                    (t..<h.end).allSatisfy({ !tokens[$0].isCapitalised || tokens[$0].has(.allUpper) })
                {
                    hit = nil
                }
                // `Colorado's AI Act` is not the EU's: a place right before that is not the seed's own,
                // or a sentence that names only other places (`Colorado delays its AI Act`).
                let here = jurisdictions.filter { $0.sentence == s }
                let attached = jurisdictions.last(where: { $0.tokens.upperBound == t })
                let foreign: JurisdictionMention? = {
                    guard let h = hit, h.number == nil else { return nil }
                    let own = instruments[h.index].jurisdiction.uppercased()
                    if let attached { return related(attached.code, own) ? nil : attached }
                    guard !here.isEmpty, !here.contains(where: { related($0.code, own) }) else { return nil }
                    return here.min { abs($0.tokens.lowerBound - t) < abs($1.tokens.lowerBound - t) }
                }()
                if let h = hit, let place = foreign {
                    let written = text.text(tokens: t..<h.end)
                    out.append(
                        InstrumentMention(
                            source: .titled(written), sentence: s, tokens: t..<h.end, instrument: instruments[h.index].instrument,
                            fixedJurisdiction: place.code, wantsState: false, written: written))
                    for k in t..<h.end { covered.insert(k) }
                    t = h.end
                    continue
                }
                if let hit {
                    let seed = instruments[hit.index]
                    out.append(
                        InstrumentMention(
                            source: .named(hit.index), sentence: s, tokens: t..<hit.end, instrument: seed.instrument,
                            fixedJurisdiction: seed.jurisdiction, wantsState: false,
                            written: text.text(tokens: t..<hit.end)))
                    for k in t..<hit.end { covered.insert(k) }
                    t = hit.end
                    continue
                }
            }
            if let number = NumberPattern.match(tokens, bytes: text.bytes, at: t, end: range.upperBound) {
                out.append(
                    InstrumentMention(
                        source: .numbered(prefix: number.prefix, number: number.number), sentence: s,
                        tokens: t..<(t + number.length), instrument: number.instrument,
                        fixedJurisdiction: number.fixedJurisdiction, wantsState: number.wantsState,
                        written: number.display))
                for k in t..<(t + number.length) { covered.insert(k) }
                t += number.length
                continue
            }
            t += 1
        }
        out += titledInstruments(text, sentence: s, covered: covered)
        out.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        // An apposition names the same instrument twice (`HB 149, the Texas Responsible AI
        // Governance Act,` / `the AI Act (Regulation (EU) 2024/1689)`): keep the first, unless
        // only the second is a seed name.
        var kept: [InstrumentMention] = []
        for mention in out {
            if let previous = kept.last, appositive(text, previous, mention) {
                // Keep the better identified: a seed name, then a number, then a title.
                if strength(mention) > strength(previous) { kept[kept.count - 1] = mention }
                continue
            }
            kept.append(mention)
        }
        return kept
    }

    private func strength(_ m: InstrumentMention) -> Int {
        switch m.source {
        case .named: return 3
        case .numbered: return m.seed != nil ? 3 : 2
        case .titled: return 1
        }
    }

    /// Whether two jurisdiction codes are the same place or one contains the other (`US`, `US-CA`).
    func related(_ a: String, _ b: String) -> Bool {
        a == b || parents[a] == b || parents[b] == a || b == "INT" || a == "INT"
    }

    /// `A, the B` / `A (B)` / `A — B`: B names A again. Two numbers in a row are a list (`AB 2013,
    /// HB 3773`), not an apposition.
    private func appositive(_ text: AnalyzedText, _ first: InstrumentMention, _ second: InstrumentMention) -> Bool {
        let a = first.tokens, b = second.tokens
        guard b.lowerBound >= a.upperBound else { return false }
        var k = a.upperBound
        var article = false
        if k < b.lowerBound, text.tokens[k].key == words.the {
            k += 1
            article = true
        }
        guard k == b.lowerBound else { return false }
        let opener = text.tokens[a.upperBound].gap
        if opener.contains(.openParen) || opener.contains(.dash) { return true }
        guard opener.contains(.comma) else { return false }
        if article { return true }
        if case .numbered = first.source, case .numbered = second.source { return false }
        if case .named = first.source, case .named = second.source { return false }
        return true
    }

    /// `Kids Online Safety Act`, `AI Basic Act of 2024`, `Interim Measures for …` is left to the seed:
    /// a run of capitalised words (with `of`, `and`, `for` inside) ending in an instrument word.
    private func titledInstruments(_ text: AnalyzedText, sentence s: Int, covered: Set<Int>) -> [InstrumentMention] {
        let range = text.sentences[s].tokens
        let tokens = text.tokens
        var statusTokens: Set<Int> = []
        for m in statusCues.matches(in: tokens, range: range) { statusTokens.formUnion(m.tokens) }
        var companyTokens: Set<Int> = []
        for m in text.mentionsBySentence[s].map({ text.mentions[$0] }) { for t in m.tokens { companyTokens.insert(t) } }
        var out: [InstrumentMention] = []
        for h in range where !covered.contains(h) {
            let head = tokens[h]
            guard head.isCapitalised, head.has(.hasLower) || head.length > 2, let type = heads[head.key] else { continue }
            // An instrument word followed by a capitalised word is part of a longer name (`Act Now Coalition`).
            if h + 1 < range.upperBound, tokens[h + 1].isCapitalised, tokens[h + 1].has(.hasLetter),
                !tokens[h + 1].gap.isClauseBreak, !tokens[h + 1].gap.contains(.comma), tokens[h + 1].key != words.of,
                !head.has(.possessive)
            {
                continue
            }
            var start = h
            var named = 0
            while start - 1 >= range.lowerBound {
                let p = start - 1
                let gap = tokens[start].gap
                if !gap.subtracting([.space, .hyphen]).isEmpty { break }
                if tokens[p].has(.possessive) || covered.contains(p) || statusTokens.contains(p) { break }
                if companyTokens.contains(p) { break }
                if words.stops.contains(tokens[p].key), !(tokens[p].has(.allUpper) && tokens[p].length >= 2) { break }
                if tokens[p].isCapitalised && tokens[p].has(.hasLetter) || tokens[p].isNumber && tokens[p].length == 4 {
                    start = p
                    if !tokens[p].isNumber { named += 1 }
                    continue
                }
                if words.connectors.contains(tokens[p].key), p - 1 >= range.lowerBound, tokens[p - 1].isCapitalised,
                    !words.stops.contains(tokens[p - 1].key)
                {
                    start = p
                    continue
                }
                break
            }
            // Drop a leading `The` and connectors.
            while start < h, words.connectors.contains(tokens[start].key) || tokens[start].key == words.the {
                if tokens[start].isCapitalised, tokens[start].key != words.the { named -= 1 }
                start += 1
            }
            guard named >= (words.genericHeads.contains(head.key) ? 2 : 1) else { continue }
            var end = h + 1
            // `… Act of 2024`, `… Act 2023`
            if end + 1 < range.upperBound, tokens[end].key == words.of, tokens[end + 1].isNumber,
                tokens[end + 1].length == 4
            {
                end += 2
            } else if end < range.upperBound, tokens[end].isNumber, tokens[end].length == 4, tokens[end].gap == .space {
                end += 1
            }
            out.append(
                InstrumentMention(
                    source: .titled(text.text(tokens: start..<end)), sentence: s, tokens: start..<end, instrument: type,
                    fixedJurisdiction: nil, wantsState: false, written: text.text(tokens: start..<end)))
        }
        return out
    }
}
