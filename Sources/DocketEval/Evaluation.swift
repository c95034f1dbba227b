import DocketExtract
import DocketModel
import Foundation

/// Runs the extractor over the labelled set and scores it.
struct Evaluation {
    var companies = Score()
    var allegations = Score()
    var allegationPairs = Score()
    var regulations = Score()
    var distractors = 0
    var distractorHits = 0
    var items = 0
    var kinds: [String: Int] = [:]
    /// One line per miss or false positive, for `--verbose`.
    var report: [String] = []

    struct Targets {
        static let companies = 0.95
        static let allegations = 0.85
        static let regulations = 0.85
        static let distractorRate = 0.05
    }

    var distractorRate: Double { distractors == 0 ? 0 : Double(distractorHits) / Double(distractors) }

    var meetsTargets: Bool {
        companies.f1 >= Targets.companies && allegations.f1 >= Targets.allegations
            && regulations.f1 >= Targets.regulations && distractorRate <= Targets.distractorRate
    }

    static func triple(_ accusers: [String], _ accused: [String], _ category: String) -> String {
        "[\(accusers.sorted().joined(separator: ","))] → [\(accused.sorted().joined(separator: ","))] \(category)"
    }

    mutating func run(_ evalItems: [EvalItem], extractor: Extractor, showText: Bool) {
        let results = extractor.extract(items: evalItems.map(\.item))
        for (item, found) in zip(evalItems, results) {
            items += 1
            kinds[item.kind, default: 0] += 1
            var lines: [String] = []

            let predictedCompanies = Set(found.companies)
            let expectedCompanies = Set(item.expected.companies)
            companies.add(predicted: predictedCompanies, expected: expectedCompanies)
            let missingCompanies = expectedCompanies.subtracting(predictedCompanies).sorted()
            let extraCompanies = predictedCompanies.subtracting(expectedCompanies).sorted()
            if !missingCompanies.isEmpty { lines.append("  company missed: \(missingCompanies.joined(separator: ", "))") }
            if !extraCompanies.isEmpty { lines.append("  company extra:  \(extraCompanies.joined(separator: ", "))") }

            let predicted = Set(found.allegations.map { Self.triple($0.accusers, $0.accused, $0.category) })
            let expected = Set(item.expected.allegations.map { Self.triple($0.accusers, $0.accused, $0.category) })
            allegations.add(predicted: predicted, expected: expected)
            func pairs(_ list: [(accusers: [String], accused: [String], category: String)]) -> Set<String> {
                var out: Set<String> = []
                for a in list {
                    for accused in a.accused {
                        for accuser in a.accusers.isEmpty ? [""] : a.accusers {
                            out.insert("\(accuser)|\(accused)|\(a.category)")
                        }
                    }
                }
                return out
            }
            allegationPairs.add(
                predicted: pairs(found.allegations.map { ($0.accusers, $0.accused, $0.category) }),
                expected: pairs(item.expected.allegations.map { ($0.accusers, $0.accused, $0.category) }))
            for miss in expected.subtracting(predicted).sorted() { lines.append("  allegation missed: \(miss)") }
            for extra in found.allegations
            where !expected.contains(Self.triple(extra.accusers, extra.accused, extra.category)) {
                let cues = extra.evidence.flatMap(\.cues).joined(separator: ", ")
                lines.append(
                    "  allegation extra:  \(Self.triple(extra.accusers, extra.accused, extra.category)) (\(String(format: "%.2f", extra.confidence)); \(cues))"
                )
                if showText { for e in extra.evidence { lines.append("      « \(e.sentence) »") } }
            }

            let predictedRegulations = Set(found.regulations.map { "\($0.id) \($0.jurisdiction) \($0.status)" })
            let expectedRegulations = Set(
                item.expected.regulations.map { "\($0.instrument) \($0.jurisdiction) \($0.status)" })
            regulations.add(predicted: predictedRegulations, expected: expectedRegulations)
            for miss in expectedRegulations.subtracting(predictedRegulations).sorted() {
                lines.append("  regulation missed: \(miss)")
            }
            for extra in found.regulations
            where !expectedRegulations.contains("\(extra.id) \(extra.jurisdiction) \(extra.status)") {
                let cues = extra.evidence.flatMap(\.cues).joined(separator: ", ")
                lines.append("  regulation extra:  \(extra.id) \(extra.jurisdiction) \(extra.status) (\(cues))")
                if showText { for e in extra.evidence { lines.append("      « \(e.sentence) »") } }
            }

            if item.kind == "distractor" {
                distractors += 1
                if !found.allegations.isEmpty || !found.regulations.isEmpty {
                    distractorHits += 1
                    lines.append("  distractor false positive")
                }
            }
            if !lines.isEmpty {
                let tags = (item.tags ?? []).isEmpty ? "" : "  [\((item.tags ?? []).joined(separator: ", "))]"
                report.append("\(item.id)\(tags)")
                report += lines
            }
        }
    }

    func table() -> String {
        func row(_ name: String, _ s: Score, target: Double?) -> String {
            let mark = target.map { s.f1 >= $0 ? "ok" : "UNDER" } ?? ""
            let goal = target.map { String(format: "F1 ≥ %.2f", $0) } ?? ""
            return name.padding(toLength: 22, withPad: " ", startingAt: 0)
                + String(format: "%6.3f %6.3f %6.3f   %5d %5d %5d   ", s.precision, s.recall, s.f1, s.truePositives,
                    s.falsePositives, s.falseNegatives) + goal.padding(toLength: 11, withPad: " ", startingAt: 0) + mark
        }
        var out: [String] = []
        out.append(
            "".padding(toLength: 22, withPad: " ", startingAt: 0) + "     P      R     F1      TP    FP    FN   target")
        out.append(row("companies", companies, target: Targets.companies))
        out.append(row("allegations", allegations, target: Targets.allegations))
        out.append(row("allegations (pairs)", allegationPairs, target: nil))
        out.append(row("regulations", regulations, target: Targets.regulations))
        let rate = String(format: "%d/%d = %.1f%%", distractorHits, distractors, distractorRate * 100)
        out.append(
            "distractor FP rate".padding(toLength: 22, withPad: " ", startingAt: 0)
                + rate.padding(toLength: 42, withPad: " ", startingAt: 0) + "≤ 5%".padding(toLength: 11, withPad: " ", startingAt: 0)
                + (distractorRate <= Targets.distractorRate ? "ok" : "OVER"))
        return out.joined(separator: "\n")
    }
}
