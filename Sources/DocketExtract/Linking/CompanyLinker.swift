import DocketModel

/// Finds the organisations a text names, with where it names them.
///
/// Names, aliases and products of every company go into one token trie, built once; a text is
/// tokenized once and walked token by token (leftmost, longest name first), so linking is
/// linear in the text and independent of the number of companies. Matching is case-aware
/// (`CaseRule`), word-bounded (tokens), reads possessives (`Meta's`, `Meta’s`) and hyphen
/// compounds (`OpenAI-backed`). Products and aliases map to their company; `merged_into` is followed.
///
/// Names of companies flagged `ambiguous` (Apple, Amazon, Meta, Mistral, X) count only with
/// evidence that the company is meant; see `CompanyLinker+Ambiguity.swift`.
public struct CompanyLinker: Sendable {
    /// One way of naming a company.
    struct FormEntry: Sendable {
        let company: Int
        let form: CompanyMention.Form
        let canonical: String
        let rules: [CaseRule]
        /// An ordinary word as well as the company's name: needs evidence.
        let ambiguous: Bool
        /// A single letter (`X`): needs strong evidence.
        let singleLetter: Bool
        /// Word positions where the name itself has a possessive (`Information Commissioner's Office`).
        let possessives: [Int]

        /// Whether the text's words from `t` agree in case and in inner possessives.
        func accepts(_ tokens: [TextToken], at t: Int) -> Bool {
            for (offset, rule) in rules.enumerated() {
                let token = tokens[t + offset]
                if !rule.accepts(token) { return false }
                if offset > 0, offset < rules.count - 1, token.has(.possessive), !possessives.contains(offset) { return false }
            }
            return true
        }
    }

    /// The companies, in dictionary order; ids resolved through `merged_into`.
    let companies: [Company]
    let resolvedIDs: [String]
    /// For each company, the index of the company its id resolves to (itself unless merged).
    let resolvedIndex: [Int]
    let trie: TokenTrie<FormEntry>
    let cues: ContextCues

    public init(companies: [Company]) {
        self.companies = companies
        var byID: [String: Int] = [:]
        for (index, company) in companies.enumerated() where byID[company.id] == nil { byID[company.id] = index }
        // Follow merged_into (bounded, in case of a cycle).
        let ids = companies.map { company in
            var id = company.id
            var hops = 0
            while let index = byID[id], let target = companies[index].mergedInto, target != id, hops < 8 {
                id = target
                hops += 1
            }
            return id
        }
        resolvedIDs = ids
        // One index per resolved id (the first company that resolves to it).
        var first: [String: Int] = [:]
        resolvedIndex = ids.enumerated().map { index, id in
            if let known = first[id] { return known }
            first[id] = index
            return index
        }
        var trie = TokenTrie<FormEntry>()
        for (index, company) in companies.enumerated() {
            let nameTokens = Tokenizer.tokenize(company.name)
            let nameHead = nameTokens.first?.key
            var seen: Set<[UInt64]> = []
            let named: [(String, CompanyMention.Form)] =
                [(company.name, .name)] + company.aliases.map { ($0, .alias) } + company.products.map { ($0, .product) }
            for (text, form) in named {
                let tokens = Tokenizer.tokenize(text)
                let keys = tokens.map(\.key)
                guard !keys.isEmpty, seen.insert(keys).inserted else { continue }
                // An ambiguous company's single-word name (or the first word of its name) is the ordinary word.
                let ambiguous =
                    company.ambiguous && form != .product && tokens.count == 1
                    && (keys[0] == nameHead || nameTokens.count == 1)
                let single = tokens.count == 1 && tokens[0].length == 1 && tokens[0].has(.hasLetter)
                trie.insert(
                    keys,
                    FormEntry(
                        company: index, form: form, canonical: text,
                        rules: tokens.map(CaseRule.init(dictionaryToken:)),
                        ambiguous: ambiguous || single, singleLetter: single,
                        possessives: tokens.indices.filter { tokens[$0].has(.possessive) }))
            }
        }
        self.trie = trie
        self.cues = ContextCues()
    }

    /// Every accepted mention in `text`, in text order.
    public func mentions(in text: String) -> [CompanyMention] {
        var copy = text
        return copy.withUTF8 { bytes in
            let tokens = Tokenizer.tokenize(bytes)
            return link(tokens).map { describe($0, tokens: tokens, bytes: bytes) }
        }
    }

    /// How many tokens `text` has (for benchmarks).
    public func tokenCount(in text: String) -> Int { Tokenizer.tokenize(text).count }

    /// The ids of the companies `text` mentions, sorted.
    public func companyIDs(in text: String) -> [String] {
        let tokens = Tokenizer.tokenize(text)
        return ids(of: link(tokens))
    }

    func ids(of mentions: [LinkedMention]) -> [String] {
        var seen = Set<Int>()
        var out: [String] = []
        for m in mentions where seen.insert(resolvedIndex[m.company]).inserted { out.append(resolvedIDs[m.company]) }
        return out.sorted()
    }

    func id(of mention: LinkedMention) -> String { resolvedIDs[mention.company] }

    func kind(of mention: LinkedMention) -> Company.Kind { companies[mention.company].kind }

    func canonical(of mention: LinkedMention) -> String { trie.payloads[mention.formIndex].canonical }

    func describe(_ m: LinkedMention, tokens: [TextToken], bytes: UnsafeBufferPointer<UInt8>) -> CompanyMention {
        let start = Int(tokens[m.first].start), end = Int(tokens[m.last].end)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return CompanyMention(
            companyID: resolvedIDs[m.company], form: m.form, text: text, canonical: canonical(of: m),
            utf8Range: start..<end, isPossessive: tokens[m.last].has(.possessive))
    }

    /// Candidate names (leftmost longest, case rules applied), then the ambiguity filter.
    func link(_ tokens: [TextToken]) -> [LinkedMention] {
        var candidates: [Candidate] = []
        var t = 0
        let n = tokens.count
        while t < n {
            guard trie.starts(with: tokens[t].key) else {
                t += 1
                continue
            }
            var advanced = false
            for match in trie.matches(at: t, in: tokens, end: n) {
                var forms: [Int] = []
                for p in match.payloads where trie.payloads[Int(p)].accepts(tokens, at: t) {
                    forms.append(Int(p))
                }
                if !forms.isEmpty {
                    candidates.append(Candidate(tokens: t..<match.end, forms: forms))
                    t = match.end
                    advanced = true
                    break
                }
            }
            if !advanced { t += 1 }
        }
        return resolve(candidates, tokens: tokens)
    }

    /// A name found in the text, possibly naming several companies (two share a product name).
    struct Candidate {
        let tokens: Range<Int>
        let forms: [Int]
    }
}
