/// `taxonomy.json` compiled: one phrase lexicon whose tags are category indices.
struct CategoryCues: Sendable {
    let categories: [AllegationCategory]
    let lexicon: PhraseLexicon

    init(_ categories: [AllegationCategory]) {
        self.categories = categories
        var lexicon = PhraseLexicon()
        for (index, category) in categories.enumerated() {
            for cue in category.cues where !cue.trimmingCharacters(in: .whitespaces).isEmpty {
                lexicon.add(cue, tag: index, weight: category.weight, inflect: true, derive: true)
            }
        }
        self.lexicon = lexicon
    }

    /// The best category among matches: highest total weight, then nearest to `anchor`, then taxonomy order.
    /// `acts`: tokens of what the accused is said to have done (violation verbs, reported content):
    /// a category cue there (`scraped`) describes the act and counts double.
    func best(_ matches: [PhraseLexicon.Match], anchor: Int, acts: Set<Int> = []) -> (category: Int, cues: [String])? {
        guard !matches.isEmpty else { return nil }
        var score: [Int: Double] = [:]
        var distance: [Int: Int] = [:]
        var cues: [Int: [String]] = [:]
        var counted: Set<[Int]> = []
        for m in matches {
            let entry = lexicon.entries[m.entry]
            // One stretch of text counts once per category (`distil` and `distill` both match `distilled`).
            guard counted.insert([entry.tag] + m.tokens).inserted else { continue }
            let act = m.tokens.contains(where: acts.contains) ? 2.0 : 1.0
            score[entry.tag, default: 0] += entry.weight * Double(m.tokens.count > 1 ? 1.25 : 1) * act
            distance[entry.tag] = min(distance[entry.tag] ?? .max, abs(m.first - anchor))
            if !(cues[entry.tag] ?? []).contains(entry.cue) { cues[entry.tag, default: []].append(entry.cue) }
        }
        let pick = score.keys.sorted { a, b in
            if score[a]! != score[b]! { return score[a]! > score[b]! }
            if distance[a]! != distance[b]! { return distance[a]! < distance[b]! }
            return a < b
        }[0]
        return (pick, cues[pick] ?? [])
    }
}

import Foundation
