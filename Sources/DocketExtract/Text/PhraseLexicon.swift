/// A compiled list of cue phrases: words (each standing for its inflected forms) and gaps
/// (`...` in a cue: up to a few words). Matching a sentence is one hash lookup per token,
/// then a short walk for the few phrases that start with that token.
struct PhraseLexicon: Sendable {
    /// One cue phrase as compiled.
    struct Entry: Sendable {
        /// The cue as written in the dictionary.
        let cue: String
        let slots: [Slot]
        /// What the owner of the lexicon attaches (a category index, a cue kind).
        let tag: Int
        let weight: Double
    }

    enum Slot: Sendable {
        case word(Set<UInt64>)
        /// Up to this many tokens (at least one).
        case gap(Int)
    }

    /// A phrase found in a text: its entry and the token indices of its words.
    struct Match: Sendable {
        let entry: Int
        /// Indices (into the text's tokens) of the tokens that matched word slots, in order.
        let tokens: [Int]
        var first: Int { tokens[0] }
        var last: Int { tokens[tokens.count - 1] }
    }

    private(set) var entries: [Entry] = []
    private var byFirst: [UInt64: [Int]] = [:]
    static let gapWidth = 6

    init() {}

    /// Adds a cue. `inflect` expands each word to its inflected forms (`accuse` → accuses,
    /// accused, accusing); `derive` also to nouns and adverbs made from it (`distil` →
    /// distillation, `deceptive` → deceptively), for the taxonomy's stems.
    mutating func add(
        _ cue: String, tag: Int, weight: Double = 1, inflect: Bool, derive: Bool = false, lemmatize: Bool = false
    ) {
        var slots: [Slot] = []
        let parts = cue.replacingOccurrences(of: "…", with: "...").components(separatedBy: "...")
        for (index, part) in parts.enumerated() {
            if index > 0 { slots.append(.gap(Self.gapWidth)) }
            for word in part.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                let raw = String(word).lowercased()
                let keys = Tokenizer.keys(of: raw)
                if keys.count == 1 {
                    var forms: Set<String> = inflect ? Morphology.forms(of: raw, derivational: derive) : [raw]
                    if lemmatize {
                        for lemma in Morphology.lemmas(of: raw) { forms.formUnion(Morphology.forms(of: lemma, derivational: false)) }
                    }
                    slots.append(.word(Set(forms.flatMap { Tokenizer.keys(of: $0).prefix(1) })))
                } else {
                    // `fine-tune`, `h.r.`: several tokens, taken as written.
                    for key in keys { slots.append(.word([key])) }
                }
            }
        }
        while case .gap = slots.last { slots.removeLast() }
        while case .gap = slots.first { slots.removeFirst() }
        guard case .word(let first)? = slots.first else { return }
        let id = entries.count
        entries.append(Entry(cue: cue, slots: slots, tag: tag, weight: weight))
        for key in first { byFirst[key, default: []].append(id) }
    }

    var isEmpty: Bool { entries.isEmpty }

    /// All matches whose words lie in `range` of `tokens`. Words of a phrase may be separated by
    /// spaces, hyphens, apostrophes or quotes, not by a comma or a clause break; gaps do not
    /// cross a clause break.
    func matches(in tokens: [TextToken], range: Range<Int>) -> [Match] {
        var out: [Match] = []
        guard !byFirst.isEmpty else { return out }
        for t in range {
            guard let ids = byFirst[tokens[t].key] else { continue }
            for id in ids {
                var path: [Int] = [t]
                if walk(entries[id].slots, slot: 1, at: t + 1, tokens: tokens, end: range.upperBound, path: &path) {
                    out.append(Match(entry: id, tokens: path))
                }
            }
        }
        return out
    }

    private func walk(
        _ slots: [Slot], slot: Int, at t: Int, tokens: [TextToken], end: Int, path: inout [Int], afterGap: Bool = false
    ) -> Bool {
        if slot == slots.count { return true }
        switch slots[slot] {
        case .word(let forms):
            guard t < end, forms.contains(tokens[t].key) else { return false }
            let gap = tokens[t].gap
            guard afterGap ? !gap.isClauseBreak : Self.adjacent(gap) else { return false }
            path.append(t)
            if walk(slots, slot: slot + 1, at: t + 1, tokens: tokens, end: end, path: &path) { return true }
            path.removeLast()
            return false
        case .gap(let width):
            // Skip 0…width tokens, none of them after a clause break.
            var skip = 0
            while true {
                let next = t + skip
                if next > end { return false }
                if walk(slots, slot: slot + 1, at: next, tokens: tokens, end: end, path: &path, afterGap: true) {
                    return true
                }
                guard next < end, skip < width, !tokens[next].gap.isClauseBreak else { return false }
                skip += 1
            }
        }
    }

    @inline(__always)
    static func adjacent(_ gap: GapFlags) -> Bool {
        gap.subtracting([.space, .hyphen, .apostrophe, .quote]).isEmpty
    }
}

import Foundation
