import DocketModel
import Foundation

/// `accusation.json` compiled: one phrase lexicon whose tags are `CueKind`s, the content words
/// of reported-speech cues, and the outcome cues that move an allegation on.
struct AccusationCues: Sendable {
    let lexicon: PhraseLexicon
    /// What reported content says was done, from the second half of gap cues (`say ... copied` → `copied`).
    let content: PhraseLexicon
    /// Outcome cues (`settled`, `dismissed the case`); tags index `outcomeStatuses`.
    let outcomes: PhraseLexicon
    let outcomeStatuses: [Allegation.Status]
    /// Whether the dictionary lists verbs of saying (else the built-in English ones are used).
    let hasSpeech: Bool

    /// Lemmas of verbs of saying: an active cue that starts with one reads as reported content.
    static let sayingLemmas: Set<String> = [
        "say", "claim", "allege", "argue", "contend", "assert", "tell", "write", "state", "insist", "maintain",
        "complain", "find", "rule", "conclude",
    ]
    /// Verbs of saying that mark journalism, not accusation: a newspaper that `reported` something
    /// does not accuse anyone of it.
    static let reportingLemmas: Set<String> = ["report"]

    init(_ lexicon: AccusationLexicon) {
        var compiled = PhraseLexicon()
        var content = PhraseLexicon()
        for cue in lexicon.active {
            let words = cue.lowercased().split(separator: " ").map(String.init)
            let complement =
                Self.sayingLemmas.contains(words.first ?? "") || words.last == "that"
                || (Self.sayingLemmas.contains(words.first ?? "") && (cue.contains("...") || cue.contains("…")))
            compiled.add(cue, tag: (complement ? CueKind.complement : .active).rawValue, inflect: true, lemmatize: true)
            let parts = cue.replacingOccurrences(of: "…", with: "...").components(separatedBy: "...")
            if complement, parts.count > 1, let tail = parts.last?.trimmingCharacters(in: .whitespaces), !tail.isEmpty {
                content.add(tail, tag: 0, inflect: true)
            }
        }
        for cue in lexicon.speech where !Self.reportingLemmas.contains(cue.lowercased()) {
            compiled.add(cue, tag: CueKind.complement.rawValue, inflect: true, lemmatize: true)
        }
        for cue in lexicon.passive { compiled.add(cue, tag: CueKind.passive.rawValue, inflect: false) }
        for cue in lexicon.reported { compiled.add(cue, tag: CueKind.reported.rawValue, inflect: false) }
        for cue in lexicon.nouns { compiled.add(cue, tag: CueKind.noun.rawValue, inflect: true) }
        // Denials keep their nouns (`denial` of `deny` is irregular, not derived).
        for cue in lexicon.violation { compiled.add(cue, tag: CueKind.violation.rawValue, inflect: true, lemmatize: true) }
        for cue in lexicon.denial { compiled.add(cue, tag: CueKind.denial.rawValue, inflect: true, lemmatize: true) }
        for cue in lexicon.negative { compiled.add(cue, tag: CueKind.negative.rawValue, inflect: true, lemmatize: true) }
        var outcomes = PhraseLexicon()
        var statuses: [Allegation.Status] = []
        for (name, cues) in lexicon.outcomes.sorted(by: { $0.key < $1.key }) {
            guard let status = Allegation.Status(rawValue: name) else { continue }
            statuses.append(status)
            for cue in cues { outcomes.add(cue, tag: statuses.count - 1, inflect: true, lemmatize: true) }
        }
        self.lexicon = compiled
        self.content = content
        self.outcomes = outcomes
        self.outcomeStatuses = statuses
        self.hasSpeech = !lexicon.speech.isEmpty
    }
}
