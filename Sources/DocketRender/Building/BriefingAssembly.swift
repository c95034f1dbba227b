import DocketModel
import Foundation

/// The work of `BriefingBuilder`: one pass over the records, section by section in the
/// order the default template shows them, so that sources are numbered in reading order.
struct BriefingAssembly {
    let input: BriefingInput
    let escaper: MarkdownEscaper
    let directory: CompanyDirectory
    var registry: SourceRegistry

    /// Allegations known by the period's end, not duplicates (rejected ones included).
    let considered: [AllegationFacts]
    /// Of those, the ones a briefing may show: not rejected, and confirmed when asked.
    let visible: [AllegationFacts]
    /// Regulations known by the period's end, not merged into another.
    let regulations: [RegulationFacts]

    /// Filled as sections are built.
    var newAllegationIDs: Set<String> = []
    var previousStatus: [String: String] = [:]
    var moves: [(score: Int, move: MoveView)] = []
    var allegationCitations: [String: [Int]] = [:]
    /// The allegations section's records, in its order.
    var shown: [AllegationFacts] = []

    init(input: BriefingInput, escaper: MarkdownEscaper, lookup: @escaping ItemLookup) {
        self.input = input
        self.escaper = escaper
        directory = CompanyDirectory(input.companies)
        registry = SourceRegistry(lookup: lookup, feeds: input.feeds, escaper: escaper)
        let end = input.period.end
        considered = input.allegations
            .filter { $0.duplicateOf == nil }
            .map { AllegationFacts($0, period: input.period) }
            .filter { $0.firstSeen.map { $0 < end } ?? true }
            .sorted { $0.allegation.id < $1.allegation.id }
        let confirmedOnly = input.options.confirmedOnly
        visible = considered.filter {
            $0.allegation.status != .rejected && !(confirmedOnly && $0.allegation.status == .candidate)
        }
        regulations = input.regulations
            .filter { $0.mergedInto == nil }
            .map { RegulationFacts($0, period: input.period) }
            .filter { $0.firstSeen.map { $0 < end } ?? true }
            .sorted { $0.regulation.id < $1.regulation.id }
    }

    mutating func build() throws -> BriefingView {
        let period = input.period
        let changes = try buildChanges()
        let allegations = try buildAllegations()
        let jurisdictions = try buildRegulations()
        let upcoming = try buildUpcoming(from: period.end, days: input.options.upcomingDays)
        let tables = buildTables()
        let timeline = buildTimeline()
        let watches = try buildWatches()
        let summary = buildSummary(
            changes: changes, allegations: allegations.count,
            regulations: jurisdictions.reduce(0) { $0 + $1.regulations.count }, upcoming: upcoming.count)
        let title = input.options.title.map { escaper.text($0) } ?? "Docket briefing: \(escaper.text(period.label))"
        return BriefingView(
            title: title,
            period: PeriodView(
                label: period.label, week: period.week, start: ISO8601.dateString(from: period.start),
                end: ISO8601.dateString(from: period.lastDay), days: period.days),
            generator: "Docket \(DocketInfo.version)",
            summary: summary,
            changes: changes,
            allegations: allegations, hasAllegations: !allegations.isEmpty,
            jurisdictions: jurisdictions, hasRegulations: !jurisdictions.isEmpty,
            upcoming: upcoming, hasUpcoming: !upcoming.isEmpty, upcomingDays: input.options.upcomingDays,
            tables: tables, hasTables: !tables.isEmpty,
            timeline: timeline, hasTimeline: timeline.hasEvents,
            watches: watches, hasWatches: !watches.isEmpty,
            sources: registry.sources, hasSources: !registry.sources.isEmpty)
    }

    // MARK: - Shared wording

    /// Names of a list of company ids (and free-text parties), as written.
    func names(_ ids: [String], extra: [String] = []) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for name in ids.map(directory.name) + extra where !PlainText.oneLine(name).isEmpty {
            if seen.insert(name).inserted { out.append(name) }
        }
        return out
    }

    /// `Anthropic → Alibaba`, raw (unescaped).
    func headline(_ a: Allegation) -> String {
        let accusers = Wording.list(names(a.accusers, extra: a.accuserNames))
        let accused = Wording.list(names(a.accused))
        return "\(accusers.isEmpty ? "(unnamed)" : accusers) → \(accused.isEmpty ? "(unnamed)" : accused)"
    }

    /// `Anthropic accuses Alibaba of distillation`, raw.
    func sentence(_ a: Allegation) -> String {
        let accuserList = names(a.accusers, extra: a.accuserNames)
        let accusers = accuserList.isEmpty ? "Someone" : Wording.list(accuserList)
        let accused = Wording.list(names(a.accused))
        let verb = accuserList.count > 1 ? "accuse" : "accuses"
        return "\(accusers) \(verb) \(accused.isEmpty ? "an unnamed party" : accused) of \(Wording.accusationOf(a.category))"
    }

    /// `EU AI Act (EU)`, raw.
    func regulationName(_ r: Regulation) -> String { "\(r.title) (\(r.jurisdiction))" }

    /// True unless every checked evidence item came from a feed's first fetch (backlog):
    /// what only backlog items show is never new. An allegation without evidence (added by
    /// a person) counts as new; items the knowledge base no longer has count as news.
    mutating func hasNews(_ evidence: [Evidence], limit: Int = 8) throws -> Bool {
        guard !evidence.isEmpty else { return true }
        let newestFirst = AllegationFacts.dated(evidence).reversed() + evidence.filter { $0.date == nil }
        for e in newestFirst.prefix(limit) {
            guard let item = try registry.item(e.item) else { return true }
            if !item.backlog { return true }
        }
        return false
    }

    /// Up to `citationLimit` item ids from evidence, oldest first, without repeats.
    func evidenceIDs(_ evidence: [Evidence]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for e in evidence where seen.insert(e.item).inserted {
            out.append(e.item)
            if out.count == input.options.citationLimit { break }
        }
        return out
    }

    func day(_ date: Date) -> String { ISO8601.dateString(from: date) }

    func nonEmpty(_ s: String) -> String? { s.isEmpty ? nil : s }
}
