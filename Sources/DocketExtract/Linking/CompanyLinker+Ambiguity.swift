/// Which candidate names count: the ambiguity rules.
///
/// - An unambiguous name, alias or product always counts.
/// - An ambiguous name (the ordinary-word name of a company flagged `ambiguous`) counts when
///   the item names the same company unambiguously elsewhere (`Facebook`, `Llama` for Meta);
///   or it carries a corporate suffix (`Apple Inc`, `Meta Platforms`); or it is a possessive
///   followed by a company noun (`Meta's chatbot`); or a context word stands next to it (`Apple
///   said`, `rival Amazon`, `Mistral, the French startup`) — before it only mid-sentence, where
///   the capital letter itself is evidence; or it is listed with another company (`Google and
///   Apple`). Once a name is established in an item, its other mentions there count too.
/// - A single letter (X) counts only with strong evidence: `X Corp`, `X, formerly Twitter`,
///   `the X platform`, `X users`, `posted on X`, `social network X`, `X's owner`.
/// - Mid-sentence, a capitalised name that is not part of a longer proper name or a place
///   (`the Amazon`, `the Big Apple`, `Apple Daily`, `Model X`) is the company: the capital
///   letter is the evidence there (`partnership with Oracle and SAP`, `sue Perplexity`).
/// - A hyphen compound with a lowercase word (`Meta-analysis`) is never evidence by itself.
extension CompanyLinker {
    func resolve(_ candidates: [Candidate], tokens: [TextToken]) -> [LinkedMention] {
        var accepted: [LinkedMention?] = Array(repeating: nil, count: candidates.count)
        var pending: [Int] = []
        var sure: Set<Int> = []  // companies named unambiguously (resolved indices)
        var conflicts: [Int] = []

        for (index, candidate) in candidates.enumerated() {
            let entries = candidate.forms.map { (form: $0, entry: trie.payloads[$0]) }
            let clear = entries.filter { !$0.entry.ambiguous }
            let companiesNamed = Set(clear.map { resolvedIndex[$0.entry.company] })
            if companiesNamed.count == 1, let pick = clear.first {
                accepted[index] = mention(candidate, pick.form)
                sure.insert(resolvedIndex[pick.entry.company])
            } else if companiesNamed.count > 1 {
                conflicts.append(index)
            } else {
                pending.append(index)
            }
        }

        // Two companies share a name: the one the item names otherwise wins, else the first listed.
        for index in conflicts {
            let candidate = candidates[index]
            let clear = candidate.forms.filter { !trie.payloads[$0].ambiguous }
            let pick = clear.first(where: { sure.contains(resolvedIndex[trie.payloads[$0].company]) }) ?? clear[0]
            accepted[index] = mention(candidate, pick)
        }

        // Ambiguous names: co-mention or local evidence.
        var established: Set<Int> = []
        var waiting: [Int] = []
        for index in pending {
            let candidate = candidates[index]
            var chosen: Int?
            for form in candidate.forms {
                let entry = trie.payloads[form]
                let company = resolvedIndex[entry.company]
                let local = localEvidence(candidate, entry, tokens: tokens)
                let coMention = sure.contains(company) && (!entry.singleLetter || weakLetterEvidence(candidate, tokens))
                if local || coMention {
                    chosen = form
                    if local { established.insert(company) }
                    break
                }
            }
            if let chosen {
                accepted[index] = mention(candidate, chosen)
            } else {
                waiting.append(index)
            }
        }

        // Established names count everywhere in the item; names listed with an accepted company count.
        var changed = !waiting.isEmpty
        var rounds = 0
        while changed, rounds < 3 {
            changed = false
            rounds += 1
            let starts = Set(accepted.compactMap { $0?.first })
            let ends = Set(accepted.compactMap { $0?.last })
            for index in waiting where accepted[index] == nil {
                let candidate = candidates[index]
                for form in candidate.forms {
                    let entry = trie.payloads[form]
                    if entry.singleLetter { continue }
                    if hyphenCompound(candidate, tokens) { continue }
                    let company = resolvedIndex[entry.company]
                    if established.contains(company) || listedWithCompany(candidate, starts: starts, ends: ends, tokens: tokens) {
                        accepted[index] = mention(candidate, form)
                        established.insert(company)
                        changed = true
                        break
                    }
                }
            }
        }
        return accepted.compactMap { $0 }
    }

    private func mention(_ candidate: Candidate, _ form: Int) -> LinkedMention {
        let entry = trie.payloads[form]
        return LinkedMention(company: entry.company, formIndex: form, tokens: candidate.tokens, form: entry.form)
    }

    /// Whether a token starts a sentence (or a line, or a quotation after one).
    static func startsSentence(_ token: TextToken) -> Bool {
        let gap = token.gap
        if !gap.intersection([.start, .newline, .paragraph]).isEmpty { return true }
        return !gap.intersection([.period, .stop, .ellipsis, .colon]).isEmpty
    }

    private func hyphenCompound(_ c: Candidate, _ tokens: [TextToken]) -> Bool {
        let next = c.tokens.upperBound
        if next < tokens.count, tokens[next].gap.isCompoundHyphen, !tokens[next].isCapitalised { return true }
        if c.tokens.lowerBound > 0, tokens[c.tokens.lowerBound].gap.isCompoundHyphen,
            !tokens[c.tokens.lowerBound - 1].isCapitalised
        {
            return true
        }
        return false
    }

    private func localEvidence(_ c: Candidate, _ entry: FormEntry, tokens: [TextToken]) -> Bool {
        if hyphenCompound(c, tokens) { return false }
        if entry.singleLetter { return strongLetterEvidence(c, tokens) }
        let first = c.tokens.lowerBound, last = c.tokens.upperBound - 1
        let n = tokens.count
        let initial = Self.startsSentence(tokens[first])
        let lastToken = tokens[last]

        // Corporate suffix right after: `Apple Inc.`, `Apple, Inc.`, `Meta Platforms`.
        if !lastToken.has(.possessive), last + 1 < n {
            let next = tokens[last + 1]
            let gap = next.gap.subtracting([.comma])
            if (gap.joinsName || gap == .space) && cues.suffixes.contains(next.key) && next.isCapitalised {
                return true
            }
        }
        // Possessive + company noun: `Meta's chatbot`, `Meta's new AI chatbot`.
        if lastToken.has(.possessive) {
            var k = last + 1
            while k < n, k <= last + 3, !tokens[k].gap.isClauseBreak, !tokens[k].gap.contains(.comma) {
                if cues.possessed.contains(tokens[k].key) { return true }
                k += 1
            }
        }
        // A context word after: within three words mid-sentence, two at the start of a sentence.
        // Auxiliaries do not count (`Perplexity has been accused`).
        var reach = initial ? 2 : 3
        var k = last + 1
        while k < n, k <= last + reach {
            let gap = tokens[k].gap
            if gap.isClauseBreak || gap.contains(.comma) || gap.contains(.quote) { break }
            if cues.after.contains(tokens[k].key) { return true }
            if tokens[k].has(.possessive) { break }
            if cues.auxiliaries.contains(tokens[k].key) { reach += 1 }
            k += 1
        }
        // A relative clause about it: `Perplexity, which …`, `Apple, whose …`.
        if last + 1 < n, tokens[last + 1].gap.contains(.comma), !tokens[last + 1].gap.isClauseBreak,
            cues.relatives.contains(tokens[last + 1].key)
        {
            return true
        }
        // Appositive: `Mistral, the French AI startup,`.
        if last + 1 < n, tokens[last + 1].gap.contains(.comma), !tokens[last + 1].gap.isClauseBreak {
            var k = last + 1
            while k < n, k <= last + 5 {
                if k > last + 1 && (tokens[k].gap.isClauseBreak || tokens[k].gap.contains(.comma)) { break }
                if cues.appositive.contains(tokens[k].key) { return true }
                k += 1
            }
        }
        // Mid-sentence proper noun, not inside a longer name or a place.
        if !initial, properNoun(first: first, last: last, tokens: tokens) { return true }
        // A context word before, mid-sentence only.
        if !initial {
            var k = first - 1
            var gapAfter = tokens[first].gap
            while k >= 0, k >= first - 3 {
                if gapAfter.isClauseBreak || gapAfter.contains(.comma) { break }
                if cues.before.contains(tokens[k].key) { return true }
                gapAfter = tokens[k].gap
                k -= 1
            }
        }
        return false
    }

    /// A capitalised word mid-sentence that stands alone: not after `the` or another capitalised
    /// word (`the Amazon`, `Big Apple`), not before a capitalised word or a number (`Apple Daily`),
    /// not in an all-capitals or title-case line (where capitals say nothing).
    private func properNoun(first: Int, last: Int, tokens: [TextToken]) -> Bool {
        let token = tokens[first]
        guard token.isCapitalised, token.has(.hasLower) else { return false }
        guard first > 0 else { return false }
        let previous = tokens[first - 1]
        if cues.determinerLike.contains(previous.key) && !token.gap.contains(.comma) { return false }
        if previous.isCapitalised && previous.has(.hasLetter) && !token.gap.contains(.comma) && !token.gap.isClauseBreak {
            return false
        }
        if last + 1 < tokens.count {
            let next = tokens[last + 1]
            let gap = next.gap
            let attached = gap == .space || gap.isCompoundHyphen
            if attached && (next.isCapitalised && next.has(.hasLetter) || next.isNumber) && !tokens[last].has(.possessive) {
                return false
            }
        }
        // In a title-case line most words are capitalised: no evidence there.
        var capitals = 0, words = 0
        var k = first - 1
        while k >= 0, first - k <= 6 {
            if tokens[k].has(.hasLetter) {
                words += 1
                if tokens[k].isCapitalised { capitals += 1 }
            }
            if Self.startsSentence(tokens[k]) { break }
            k -= 1
        }
        if words >= 3 && capitals * 4 >= words * 3 { return false }
        return true
    }

    /// `X Corp`, `X, formerly Twitter`, `the X platform`, `X users`, `posted on X`, `social network X`, `X's owner`.
    private func strongLetterEvidence(_ c: Candidate, _ tokens: [TextToken]) -> Bool {
        let i = c.tokens.lowerBound
        let n = tokens.count
        let x = tokens[i]
        guard x.has(.allUpper) else { return false }
        if i + 1 < n {
            let next = tokens[i + 1]
            let gap = next.gap
            if !x.has(.possessive), gap.subtracting([.comma]).joinsName || gap == .space,
                cues.suffixes.contains(next.key), next.isCapitalised
            {
                return true
            }
            // `X, formerly Twitter` / `X (formerly Twitter)` / `X, previously known as Twitter`
            var k = i + 1
            while k < n, k <= i + 3 {
                if cues.formerly.contains(tokens[k].key) { return true }
                if k > i + 1 && tokens[k].gap.isClauseBreak && !tokens[k].gap.contains(.openParen) { break }
                k += 1
            }
            if !x.has(.possessive), gap == .space, cues.platformNouns.contains(next.key), !next.isCapitalised || next.has(.allUpper) {
                // `Generation X users` is not the platform: the word before must not be capitalised mid-sentence.
                if i == 0 || Self.startsSentence(x) || !tokens[i - 1].isCapitalised || tokens[i - 1].key == cues.the {
                    return true
                }
            }
            if x.has(.possessive), cues.platformNouns.contains(next.key) || cues.possessed.contains(next.key) {
                return true
            }
        }
        // `X was fined`, `X has been sued`: an auxiliary, then an accusation participle.
        if i + 2 < n, !x.has(.possessive), cues.auxiliaries.contains(tokens[i + 1].key) {
            var k = i + 1
            while k < n, k <= i + 3, cues.auxiliaries.contains(tokens[k].key) { k += 1 }
            if k < n, cues.accusing.contains(tokens[k].key) { return true }
        }
        if i >= 1 {
            let prev = tokens[i - 1]
            // `posted on X`, `said in a post on X`: `on` right before, a posting word within three before it.
            if prev.key == cues.on, !x.gap.isClauseBreak {
                var k = i - 2
                while k >= 0, k >= i - 5 {
                    if cues.postingWords.contains(tokens[k].key) { return true }
                    if tokens[k + 1].gap.isClauseBreak { break }
                    k -= 1
                }
            }
            // The party of an accusation: `investigation into X`, `sued X`, `fined X`.
            if !x.gap.isClauseBreak, cues.accusing.contains(prev.key) { return true }
            // `social media platform X`, `social network X`
            if !x.gap.isClauseBreak, x.gap == .space, cues.platformBefore.contains(prev.key), !prev.isCapitalised {
                return true
            }
            // `Elon Musk's X`: an owner's possessive, and X not the start of a longer name (`Model X`, `iPhone X`).
            if prev.has(.possessive), prev.isCapitalised, x.gap == .space {
                if i + 1 >= n { return true }
                let next = tokens[i + 1]
                if !(next.gap == .space && (next.isCapitalised || next.isNumber)) && !next.gap.isCompoundHyphen {
                    return true
                }
            }
        }
        return false
    }

    /// For X named alongside Twitter or X Corp: `on X`, `X's …`, `X post`.
    private func weakLetterEvidence(_ c: Candidate, _ tokens: [TextToken]) -> Bool {
        let i = c.tokens.lowerBound
        let x = tokens[i]
        guard x.has(.allUpper), !hyphenCompound(c, tokens) else { return false }
        if strongLetterEvidence(c, tokens) { return true }
        if x.has(.possessive) { return true }
        if i >= 1, tokens[i - 1].key == cues.on { return true }
        if i + 1 < tokens.count, cues.platformNouns.contains(tokens[i + 1].key) { return true }
        return false
    }

    /// `Google and Apple`, `Apple, Google and Microsoft`: next to an accepted company, joined by `,` `and` `or` `&`.
    private func listedWithCompany(_ c: Candidate, starts: Set<Int>, ends: Set<Int>, tokens: [TextToken]) -> Bool {
        let first = c.tokens.lowerBound, last = c.tokens.upperBound - 1
        func isJoiner(_ k: Int) -> Bool { k >= 0 && k < tokens.count && cues.joiners.contains(tokens[k].key) }
        // After: `Apple and Google`, `Apple, Google`.
        if last + 1 < tokens.count {
            if isJoiner(last + 1), !tokens[last + 1].gap.isClauseBreak, starts.contains(last + 2),
                !tokens[last + 2].gap.isClauseBreak
            {
                return true
            }
            if tokens[last + 1].gap.contains(.comma), !tokens[last + 1].gap.isClauseBreak, starts.contains(last + 1) {
                return true
            }
        }
        // Before: `Google and Apple`, `Google, Apple`.
        if first >= 2, isJoiner(first - 1), !tokens[first].gap.isClauseBreak, ends.contains(first - 2),
            !tokens[first - 1].gap.isClauseBreak
        {
            return true
        }
        if first >= 1, tokens[first].gap.contains(.comma), !tokens[first].gap.isClauseBreak, ends.contains(first - 1) {
            return true
        }
        return false
    }
}
