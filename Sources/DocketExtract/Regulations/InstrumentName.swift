/// One way the seed data names an instrument, compiled for matching.
struct InstrumentName: Sendable {
    let index: Int
    /// Case rules per word. A name of several words matches in any case (`digital omnibus`),
    /// except its acronyms (`GPAI Code of Practice`); a one-word name keeps its case (`DSA`, `GDPR`).
    let rules: [CaseRule]
    /// The punctuation between words as the name writes it (`Data (Use and Access) Act`).
    let gaps: [GapFlags]
    /// Set when the name is a bare number (`SB 53`).
    let number: NumberPattern?
    /// Word positions where the name itself has a possessive.
    let possessives: [Int]

    init(index: Int, tokens: [TextToken], number: NumberPattern?) {
        self.index = index
        self.number = number
        let several = tokens.count > 1
        rules = tokens.map { token in
            let rule = CaseRule(dictionaryToken: token)
            return several && rule == .capitalised ? .any : rule
        }
        gaps = tokens.dropFirst().map(\.gap)
        possessives = tokens.indices.filter { tokens[$0].has(.possessive) }
    }

    /// Whether the text's words starting at `t` agree with the name in case and punctuation.
    func accepts(_ tokens: [TextToken], at t: Int) -> Bool {
        for (offset, rule) in rules.enumerated() {
            let token = tokens[t + offset]
            if !rule.accepts(token) { return false }
            if offset > 0, offset < rules.count - 1, token.has(.possessive), !possessives.contains(offset) { return false }
        }
        for (offset, gap) in gaps.enumerated() {
            let text = tokens[t + 1 + offset].gap
            for mark in [GapFlags.comma, .openParen, .closeParen, .colon] where gap.contains(mark) != text.contains(mark) {
                return false
            }
        }
        return true
    }

    /// Punctuation a name may contain between words.
    static func joins(_ gap: GapFlags) -> Bool {
        gap.subtracting([.space, .comma, .openParen, .closeParen, .colon, .period]).isEmpty
    }
}
