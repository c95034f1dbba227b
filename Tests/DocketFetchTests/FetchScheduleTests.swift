import DocketModel
import Foundation
import Testing

@testable import DocketFetch

@Suite("FetchSchedule: the policy alone")
struct FetchScheduleTests {
    let schedule = FetchSchedule()
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func fetched(_ headers: [String: String]) -> FetchResult {
        .fetched(HTTPResponse(status: 200, headers: headers, body: Data("x".utf8), finalURL: "https://example.org/feed"))
    }

    @Test("A 200 stores its validators and clears those it lacks")
    func validators() {
        var state = FeedState()
        state.etag = "\"old\""
        state.lastModified = "Sun, 01 Nov 2026 00:00:00 GMT"
        let withETag = schedule.state(after: fetched(["etag": "\"new\""]), from: state, at: now)
        #expect(withETag.etag == "\"new\"")
        #expect(withETag.lastModified == nil)
        let without = schedule.state(after: fetched([:]), from: state, at: now)
        #expect(without.etag == nil && without.lastModified == nil)
    }

    @Test("The polite interval sets the next due time; none means due next run; capped at a day")
    func politeInterval() {
        let ttl = schedule.state(after: fetched([:]), from: FeedState(), at: now, minimumInterval: 3600)
        #expect(ttl.nextDue == now.addingTimeInterval(3600 - 120))
        #expect(ttl.minimumInterval == 3600)
        #expect(!schedule.isDue(ttl, now: now.addingTimeInterval(1800)))
        #expect(schedule.isDue(ttl, now: now.addingTimeInterval(3600 - 60)))  // an early cron run still counts
        let short = schedule.state(after: fetched([:]), from: FeedState(), at: now, minimumInterval: 300)
        #expect(short.nextDue == now.addingTimeInterval(270))  // slack: a tenth at most
        let none = schedule.state(after: fetched([:]), from: ttl, at: now, minimumInterval: nil)
        #expect(none.minimumInterval == nil)
        #expect(schedule.isDue(none, now: now))
        let weekly = schedule.state(after: fetched([:]), from: FeedState(), at: now, minimumInterval: 7 * 86400)
        #expect(weekly.nextDue == now.addingTimeInterval(86400 - 120))
        let negative = schedule.state(after: fetched([:]), from: FeedState(), at: now, minimumInterval: -5)
        #expect(negative.nextDue == now)
    }

    @Test("Success after failures resets the count, the error and gone")
    func recovery() {
        var state = FeedState()
        state.consecutiveFailures = 4
        state.lastError = "boom"
        state.gone = true
        let next = schedule.state(after: .notModified, from: state, at: now)
        #expect(next.consecutiveFailures == 0)
        #expect(next.lastError == nil)
        #expect(!next.gone)
        #expect(next.lastStatus == 304)
        #expect(next.lastAttempt == now && next.lastSuccess == now)
    }

    @Test("A transport failure records no status and a one-line error; validators are kept")
    func transportFailure() {
        var state = FeedState()
        state.etag = "\"v\""
        state.lastStatus = 200
        let error = FetchError.transfer(url: "https://example.org/feed", detail: "line one\nline two\r\n\tthree")
        let next = schedule.state(after: .failed(error, status: nil, retryAfter: nil), from: state, at: now)
        #expect(next.lastStatus == nil)
        #expect(next.etag == "\"v\"")
        #expect(next.lastError == "https://example.org/feed: transfer failed (line one line two three)")
        #expect(next.lastSuccess == nil)
        let long = schedule.state(afterFailure: String(repeating: "x", count: 1000), status: 200, from: state, at: now)
        #expect(long.lastError?.count == 300)
    }

    @Test("Retry-After is only honoured for 429 and 503")
    func retryAfterOnlyFor429And503() {
        let other = schedule.state(afterFailure: "HTTP 500", status: 500, retryAfter: 10, from: FeedState(), at: now)
        #expect(other.nextDue == now.addingTimeInterval(15 * 60))
        let limited = schedule.state(afterFailure: "HTTP 503", status: 503, retryAfter: 10, from: FeedState(), at: now)
        #expect(limited.nextDue == now.addingTimeInterval(10))
    }

    @Test("Backoff: 15 min doubling, 24 h at most, whatever the count")
    func backoff() {
        #expect((1...9).map { schedule.backoff(afterFailures: $0) / 60 } == [15, 30, 60, 120, 240, 480, 960, 1440, 1440])
        #expect(schedule.backoff(afterFailures: 10_000) == 86400)
        #expect(schedule.backoff(afterFailures: 0) == 900)
    }

    @Test("Due: never fetched, past due, future, gone, forced")
    func due() {
        var state = FeedState()
        #expect(schedule.isDue(state, now: now))
        state.nextDue = now.addingTimeInterval(-1)
        #expect(schedule.isDue(state, now: now))
        state.nextDue = now.addingTimeInterval(3600)
        #expect(!schedule.isDue(state, now: now))
        #expect(schedule.isDue(state, now: now, force: true))
        state.nextDue = nil
        state.gone = true
        #expect(!schedule.isDue(state, now: now))
        #expect(schedule.isDue(state, now: now, force: true))
    }

    @Test("Retry-After: seconds, the three HTTP-date forms, the past, junk")
    func retryAfterParsing() {
        let base = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT
        #expect(RetryAfter.seconds(from: "120", now: base) == 120)
        #expect(RetryAfter.seconds(from: " 0 ", now: base) == 0)
        #expect(RetryAfter.seconds(from: "Sun, 06 Nov 1994 08:51:37 GMT", now: base) == 120)
        #expect(RetryAfter.seconds(from: "Sunday, 06-Nov-94 08:51:37 GMT", now: base) == 120)
        #expect(RetryAfter.seconds(from: "Sun Nov  6 08:51:37 1994", now: base) == 120)
        #expect(RetryAfter.seconds(from: "Sun, 06 Nov 1994 08:00:00 GMT", now: base) == 0)
        #expect(RetryAfter.seconds(from: "-5", now: base) == nil)
        #expect(RetryAfter.seconds(from: "soon", now: base) == nil)
        #expect(RetryAfter.seconds(from: "", now: base) == nil)
    }

    @Test("The permanent redirect is the final URL only when every hop was 301/308 and not a downgrade")
    func permanentRedirect() {
        func response(_ hops: [(Int, String, String)], final: String) -> HTTPResponse {
            HTTPResponse(
                status: 200, headers: [:], body: Data(), finalURL: final,
                redirects: hops.map { .init(status: $0.0, from: $0.1, to: $0.2) })
        }
        #expect(response([], final: "https://a/x").permanentRedirect == nil)
        #expect(response([(301, "https://a/x", "https://b/y"), (308, "https://b/y", "https://c/z")], final: "https://c/z").permanentRedirect == "https://c/z")
        #expect(response([(301, "https://a/x", "https://b/y"), (307, "https://b/y", "https://c/z")], final: "https://c/z").permanentRedirect == nil)
        #expect(response([(301, "https://a/x", "http://a/x")], final: "http://a/x").permanentRedirect == nil)
        #expect(response([(301, "http://a/x", "https://a/x")], final: "https://a/x").permanentRedirect == "https://a/x")
    }
}

@Suite("HostQueue: the per-host waiting line")
struct HostQueueTests {
    @Test("First come, first served, but a busy host's requests wait while others go")
    func order() {
        var queue = HostQueue<Int>(perHost: 2)
        for (i, host) in ["a", "a", "a", "b", "a", "c"].enumerated() { queue.append(i, host: host) }
        var started: [Int] = []
        while let (_, element) = queue.next() { started.append(element) }
        #expect(started == [0, 1, 3, 5])  // 2 and 4 wait for a slot on "a"
        #expect(queue.count == 2)
        queue.finished(host: "a")
        #expect(queue.next()?.element == 2)
        #expect(queue.next() == nil)
        queue.finished(host: "a")
        queue.finished(host: "a")
        #expect(queue.next()?.element == 4)
        #expect(queue.isEmpty)
    }

    @Test("The host key ignores case and port")
    func hostKey() {
        #expect(HostQueue<Int>.host(of: "https://Example.ORG:8443/feed") == "example.org")
        #expect(HostQueue<Int>.host(of: "http://127.0.0.1:80/x") == "127.0.0.1")
    }
}
