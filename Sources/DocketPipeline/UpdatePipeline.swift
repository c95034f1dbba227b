import DocketExtract
import DocketFeeds
import DocketFetch
import DocketModel
import DocketStore
import Foundation

/// `docket update`: the pipeline that keeps a knowledge base fresh, as named steps.
///
/// ```
/// lock → select due feeds → fetch (libcurl, many at once) → parse (libxml2) → extract (new
/// items: companies, candidate allegations, regulation moves) → store (dedupe, append) →
/// merge the findings into allegations and regulations → save feed state → unlock
/// ```
///
/// Every feed is tried; a failing feed is recorded (state, run log, report) and never stops
/// the run. Items are appended in batches before the feed state that produced them is saved,
/// so a run killed at any moment loses at most the two batches in flight (one being
/// extracted while the next is fetched and parsed): those feeds keep their old validators and
/// are fetched again next time, and what was stored stays stored.
public struct UpdatePipeline: Sendable {
    public let knowledgeBase: KnowledgeBase
    public let options: UpdateOptions
    private let schedule: FetchSchedule

    public init(knowledgeBase: KnowledgeBase, options: UpdateOptions = UpdateOptions()) {
        self.knowledgeBase = knowledgeBase
        self.options = options
        schedule = FetchSchedule(initialBackoff: options.backoff, maximumDelay: options.maximumDelay)
    }

    /// Runs the update. Throws only when the knowledge base cannot be locked, read or written,
    /// or libcurl cannot be loaded; feed failures are in the report.
    public func run(progress: @Sendable (UpdateProgress) -> Void = { _ in }) async throws -> UpdateReport {
        var report = UpdateReport(started: options.now(), finished: options.now())

        // 1. Lock: one writer at a time (a second update waits up to --wait, then gives up).
        let writer = try knowledgeBase.beginWrite(waitingUpTo: options.waitForLock)
        var finished = false
        defer { if !finished { try? writer.finish() } }
        let log = try? RunLog.start(in: knowledgeBase, name: "update", now: report.started)
        defer { try? log?.close() }

        // 2. Select the feeds that are due, and prepare extraction.
        var feeds = try writer.feeds()
        let extraction = try prepareExtraction()
        let due = try selectDueFeeds(feeds, now: report.started)
        // Without libcurl no feed can be fetched: one error, and no feed marked as failing.
        if !due.isEmpty, let problem = FeedFetcher.unavailable { throw UpdateError.cannotFetch(problem) }
        let index = Dictionary(uniqueKeysWithValues: feeds.enumerated().map { ($1.id, $0) })
        var batch = Batch()
        var pending: PendingBatch?
        var lastFlush = ContinuousClock.now
        progress(UpdateProgress(done: 0, total: due.count, newItems: 0, failures: 0))

        // 3. Fetch them, many at once, and 4. parse each as it arrives (a 304 costs nothing),
        // on as many cores as there are, while 5. this task stores what is parsed: in batches,
        // items first, then the state that produced them. A batch's new items are extracted
        // while the next batch is fetched and parsed, and stored after that.
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let outcomes = fetch(due)
        let snapshot = feeds
        func flush() async throws {
            let next = try beginStore(batch, writer: writer, extraction: extraction)
            batch = Batch()
            if let previous = pending {
                try await finishStore(previous, into: &feeds, writer: writer, extraction: extraction, report: &report, log: log)
            }
            pending = next
            lastFlush = ContinuousClock.now
        }
        try await withThrowingTaskGroup(of: (Int, FeedResult).self) { group in
            var parsing = 0
            func take(_ position: Int, _ result: FeedResult) async throws {
                batch.add(result, position: position)
                if batch.itemCount >= options.batchItems || ContinuousClock.now - lastFlush >= options.flushInterval {
                    try await flush()
                }
                let waiting = batch.results.count + (pending?.batch.results.count ?? 0)
                progress(
                    UpdateProgress(
                        done: report.feeds.count + waiting, total: due.count, newItems: report.newItems,
                        failures: report.failures.count + batch.failureCount + (pending?.batch.failureCount ?? 0)))
            }
            for await outcome in outcomes {
                guard let position = index[outcome.feedID] else { continue }
                let feed = snapshot[position]
                let now = options.now()
                group.addTask { (position, self.parse(outcome, feed: feed, at: now)) }
                parsing += 1
                if parsing >= width, let (position, result) = try await group.next() {
                    parsing -= 1
                    try await take(position, result)
                }
            }
            for try await (position, result) in group { try await take(position, result) }
        }
        try await flush()
        if let last = pending {
            try await finishStore(last, into: &feeds, writer: writer, extraction: extraction, report: &report, log: log)
        }

        // 6. Unlock (the store brings its index up to date first).
        finished = true
        try writer.finish()
        report.finished = options.now()
        try? log?.record(RunSummary(report: report))
        return report
    }

    // MARK: - Steps

    /// Active feeds that are due (or forced), or exactly the feeds named with `--feed`.
    func selectDueFeeds(_ feeds: [Feed], now: Date) throws -> [Feed] {
        if let ids = options.feedIDs {
            let known = Dictionary(feeds.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return try ids.map { id in
                guard let feed = known[id], feed.isActive else { throw UpdateError.unknownFeed(id) }
                return feed
            }.filter { options.force || schedule.isDue($0.state, now: now) }
        }
        return feeds.filter { $0.isActive && schedule.isDue($0.state, now: now, force: options.force) }
    }

    /// Starts the transfers: conditional GETs from the stored validators.
    func fetch(_ feeds: [Feed]) -> FetchOutcomes {
        var configuration = FeedFetcher.Configuration(
            jobs: options.jobs, perHost: options.perHost, limits: options.limits, contact: options.contact)
        configuration.jobs = max(1, options.jobs)
        return FeedFetcher(configuration: configuration).fetch(feeds.map { FetchRequest(feed: $0) })
    }

    /// Turns one fetch outcome into the feed's new state and, for a 200, its parsed items.
    func parse(_ outcome: FetchOutcome, feed: Feed, at now: Date) -> FeedResult {
        let milliseconds = Int(outcome.elapsed.components.seconds * 1000 + outcome.elapsed.components.attoseconds / 1_000_000_000_000_000)
        var result = FeedResult(
            feed: feed.id, url: outcome.requestedURL, outcome: .failed, status: nil, items: [], state: feed.state,
            error: nil, movedTo: nil, milliseconds: milliseconds)
        switch outcome.result {
        case .notModified:
            result.outcome = .notModified
            result.status = 304
            result.state = schedule.state(after: outcome.result, from: feed.state, at: now)
        case .failed(let error, let status, _):
            result.status = status
            result.error = error.description
            result.state = schedule.state(after: outcome.result, from: feed.state, at: now)
        case .fetched(let response):
            result.status = response.status
            do {
                let parsed = try FeedParser.parse(
                    response.body, source: feed.url, url: response.baseURL,
                    contentType: response[header: "content-type"], feedID: feed.id)
                let backlog = feed.state.isFirstFetch
                result.items = parsed.items.map { item in
                    var item = item
                    item.fetched = now
                    item.backlog = backlog
                    return item
                }
                result.outcome = .fetched
                result.title = parsed.title
                result.siteURL = parsed.link
                result.state = schedule.state(
                    after: outcome.result, from: feed.state, at: now, minimumInterval: Self.politeInterval(parsed))
                if let moved = response.permanentRedirect, moved != feed.url { result.movedTo = moved }
            } catch {
                result.error = String(describing: error)
                result.state = schedule.state(
                    afterFailure: result.error!, status: response.status, from: feed.state, at: now)
            }
        }
        return result
    }

    /// The extractor and the settings it runs with.
    struct Extraction: Sendable {
        var extractor: Extractor?
        var autoConfirmAbove: Double?
    }

    func prepareExtraction() throws -> Extraction {
        guard options.extract else { return Extraction(extractor: nil) }
        let settings = try knowledgeBase.configuration().extraction
        // The bundled seeds, overridden by the knowledge base's own dictionaries/ when present,
        // with its companies.json: the same dictionaries `docket extract --all` uses.
        let dictionary = try ExtractionDictionary.forKnowledgeBase(
            overrides: knowledgeBase.root.appendingPathComponent("dictionaries", isDirectory: true),
            companies: try knowledgeBase.companies())
        return Extraction(
            extractor: Extractor(dictionary: dictionary, minimumConfidence: settings.minConfidence),
            autoConfirmAbove: settings.autoConfirmAbove)
    }

    /// A batch on its way to the store: its new items, and their extraction running meanwhile.
    struct PendingBatch {
        var batch: Batch
        var fresh: [Item]
        var extraction: Task<[ItemExtraction], Never>?
    }

    /// Starts storing a batch: picks the items not stored yet (a re-fetched feed's old items drop
    /// out) and starts extracting from them, on other cores, while the caller goes on.
    func beginStore(_ batch: Batch, writer: KnowledgeBaseWriter, extraction: Extraction) throws -> PendingBatch {
        // 5a. Extract from the items not stored yet.
        let fresh = batch.results.isEmpty ? [] : try writer.unstoredItems(batch.results.flatMap(\.result.items))
        let task = extraction.extractor.flatMap { extractor in
            fresh.isEmpty ? nil : Task.detached { extractor.extract(items: fresh) }
        }
        return PendingBatch(batch: batch, fresh: fresh, extraction: task)
    }

    /// Finishes storing a batch: appends its new items (deduplicated, with the companies
    /// extraction found), merges what extraction found into the allegations and regulations,
    /// then saves the feeds' new state.
    func finishStore(
        _ pending: PendingBatch, into feeds: inout [Feed], writer: KnowledgeBaseWriter, extraction: Extraction,
        report: inout UpdateReport, log: RunLog?
    ) async throws {
        guard !pending.batch.results.isEmpty else { return }
        var added: [String: Int] = [:]
        var duplicates: [String: Int] = [:]
        var fresh = pending.fresh
        let found = await pending.extraction?.value ?? []
        for (index, extraction) in zip(fresh.indices, found) { fresh[index].companies = extraction.companies }
        // 5b. Append them, deduplicated across feeds (and across batches: one extracted while
        // the batch before was stored may repeat an item of it).
        if !fresh.isEmpty {
            let appended = try writer.appendItems(fresh, now: options.now())
            for item in appended.added { added[item.feed, default: 0] += 1 }
            for duplicate in appended.duplicates { duplicates[duplicate.item.feed, default: 0] += 1 }
            // 5c. Merge what the new stories say into the allegations and regulations.
            let kept = Set(appended.added.map(\.id))
            try mergeFindings(found.filter { kept.contains($0.item) }, writer: writer, extraction: extraction, report: &report)
        }
        for (position, result) in pending.batch.results {
            var feed = feeds[position]
            feed.state = result.state
            feed.state.items += (added[feed.id] ?? 0) + (duplicates[feed.id] ?? 0)
            if let moved = result.movedTo { feed.url = moved }
            if feed.title == nil, let title = result.title, !title.isEmpty { feed.title = title }
            if feed.siteURL == nil, let site = result.siteURL { feed.siteURL = site }
            feeds[position] = feed
            let update = UpdateReport.FeedUpdate(
                feed: result.feed, url: result.url, outcome: result.outcome, status: result.status,
                newItems: added[feed.id] ?? 0, duplicates: duplicates[feed.id] ?? 0, error: result.error,
                movedTo: result.movedTo, milliseconds: result.milliseconds)
            report.feeds.append(update)
            try? log?.record(update)
        }
        try writer.saveFeeds(feeds)
    }

    /// Joins the findings to the existing records (the merger never overwrites what a person
    /// confirmed or edited) and saves the files that changed.
    func mergeFindings(
        _ found: [ItemExtraction], writer: KnowledgeBaseWriter, extraction: Extraction, report: inout UpdateReport
    ) throws {
        guard let extractor = extraction.extractor,
            found.contains(where: { !$0.allegations.isEmpty || !$0.regulations.isEmpty || !$0.statusReports.isEmpty })
        else { return }
        let allegations = try knowledgeBase.allegations()
        let regulations = try knowledgeBase.regulations()
        var merged = extractor.merge(found, allegations: allegations, regulations: regulations)
        if let threshold = extraction.autoConfirmAbove {
            for index in merged.allegations.indices
            where merged.allegations[index].status == .candidate && !merged.allegations[index].edited
                && merged.allegations[index].confidence >= threshold
            {
                merged.allegations[index].status = .confirmed
                merged.allegations[index].history.append(
                    StatusChange(status: "confirmed", date: options.now(), source: "auto-confirm"))
            }
        }
        if merged.allegations != allegations { try writer.saveAllegations(merged.allegations) }
        if merged.regulations != regulations { try writer.saveRegulations(merged.regulations) }
        report.changes += merged.changes.map(\.description)
        report.newAllegations += merged.changes.filter { $0.kind == .allegationAdded }.count
        report.newRegulations += merged.changes.filter { $0.kind == .regulationAdded }.count
    }

    /// The shortest interval the feed asked for, in seconds: RSS `ttl` (minutes) or `sy:updatePeriod`.
    static func politeInterval(_ feed: ParsedFeed) -> Int? {
        let intervals = [feed.ttl.map { $0 * 60 }, feed.updateInterval].compactMap { $0 }
        return intervals.max()
    }

    // MARK: - Types

    /// One feed's outcome between parse and store.
    struct FeedResult: Sendable {
        var feed: String
        var url: String
        var outcome: UpdateReport.FeedUpdate.Outcome
        var status: Int?
        var items: [Item]
        var state: FeedState
        var error: String?
        var movedTo: String?
        var milliseconds: Int
        var title: String?
        var siteURL: String?
    }

    /// Results waiting to be stored.
    struct Batch {
        var results: [(position: Int, result: FeedResult)] = []
        var itemCount = 0
        var failureCount = 0

        mutating func add(_ result: FeedResult, position: Int) {
            results.append((position, result))
            itemCount += result.items.count
            if result.outcome == .failed { failureCount += 1 }
        }
    }

    /// The run log's last line.
    struct RunSummary: Encodable {
        var summary: String
        var started: Date
        var finished: Date
        var feeds: Int
        var newItems: Int
        var failed: Int

        init(report: UpdateReport) {
            summary = report.summary
            started = report.started
            finished = report.finished
            feeds = report.feeds.count
            newItems = report.newItems
            failed = report.failures.count
        }

        enum CodingKeys: String, CodingKey {
            case summary, started, finished, feeds, failed
            case newItems = "new_items"
        }
    }
}

/// Why an update could not start.
public enum UpdateError: Error, CustomStringConvertible, Equatable {
    case unknownFeed(String)
    /// libcurl cannot be loaded (the detail says why).
    case cannotFetch(String)

    public var description: String {
        switch self {
        case .unknownFeed(let id): "no feed with id '\(id)' (see `docket feeds list`)"
        case .cannotFetch(let detail): detail
        }
    }
}
