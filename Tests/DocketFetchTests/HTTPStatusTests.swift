import DocketFetch
import DocketModel
import DocketTestSupport
import Foundation
import Testing

@Suite("HTTP error statuses and what the schedule makes of them")
struct HTTPStatusTests {
    let schedule = FetchSchedule()
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("404 is a failure with the status, backed off")
    func notFound() async throws {
        try await withServer { _, base in
            let outcome = try await fetchOne(base + "/missing")
            #expect(outcome.result.error == .http(url: base + "/missing", status: 404))
            #expect(outcome.result.status == 404)
            #expect(outcome.result.error?.description.contains("not found") == true)
            let state = schedule.state(after: outcome.result, from: FeedState(), at: now)
            #expect(state.lastStatus == 404)
            #expect(state.consecutiveFailures == 1)
            #expect(state.gone == false)
            #expect(state.nextDue == now.addingTimeInterval(15 * 60))
            #expect(state.lastError?.contains("HTTP 404") == true)
        }
    }

    @Test("410 marks the feed gone: never due again unless forced")
    func gone() async throws {
        try await withServer { server, base in
            server.route("/feed") { _ in .init(status: 410, body: "gone") }
            let outcome = try await fetchOne(base + "/feed")
            #expect(outcome.result.error == .http(url: base + "/feed", status: 410))
            let state = schedule.state(after: outcome.result, from: FeedState(), at: now)
            #expect(state.gone)
            #expect(state.lastStatus == 410)
            #expect(!schedule.isDue(state, now: now.addingTimeInterval(365 * 86400)))
            #expect(schedule.isDue(state, now: now, force: true))
        }
    }

    @Test("429 with Retry-After in seconds sets the next due time")
    func retryAfterSeconds() async throws {
        try await withServer { server, base in
            server.route("/feed") { _ in .init(status: 429, headers: [("Retry-After", "120")], body: "slow down") }
            let outcome = try await fetchOne(base + "/feed")
            #expect(outcome.result.status == 429)
            #expect(outcome.result.retryAfter == 120)
            let state = schedule.state(after: outcome.result, from: FeedState(), at: now)
            #expect(state.nextDue == now.addingTimeInterval(120))
            #expect(state.consecutiveFailures == 1)
            #expect(!schedule.isDue(state, now: now.addingTimeInterval(60)))
            #expect(schedule.isDue(state, now: now.addingTimeInterval(120)))
        }
    }

    @Test("429 with Retry-After as an HTTP-date sets the next due time")
    func retryAfterDate() async throws {
        try await withServer { server, base in
            server.route("/feed") { _ in
                let formatter = DateFormatter()
                formatter.locale = Locale(identifier: "en_US_POSIX")
                formatter.timeZone = TimeZone(identifier: "GMT")
                formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
                let when = formatter.string(from: Date().addingTimeInterval(600))
                return .init(status: 429, headers: [("Retry-After", when)], body: "slow down")
            }
            let outcome = try await fetchOne(base + "/feed")
            let seconds = try #require(outcome.result.retryAfter)
            #expect((598...601).contains(seconds), "Retry-After read as \(seconds) s")
            let state = schedule.state(after: outcome.result, from: FeedState(), at: now)
            #expect(state.nextDue == now.addingTimeInterval(TimeInterval(seconds)))
        }
    }

    @Test("503 with a Retry-After over a day is capped at 24 h")
    func retryAfterCapped() async throws {
        try await withServer { server, base in
            server.route("/feed") { _ in .init(status: 503, headers: [("Retry-After", "999999")], body: "") }
            let outcome = try await fetchOne(base + "/feed")
            #expect(outcome.result.retryAfter == 999_999)
            let state = schedule.state(after: outcome.result, from: FeedState(), at: now)
            #expect(state.nextDue == now.addingTimeInterval(86400))
        }
    }

    @Test("500 again and again: the backoff doubles from 15 min and stops at 24 h")
    func serverErrorBackoff() async throws {
        try await withServer { server, base in
            server.route("/feed") { _ in .init(status: 500, body: "oops") }
            var state = FeedState()
            var delays: [TimeInterval] = []
            var clock = now
            for _ in 0..<10 {
                let outcome = try await fetchOne(base + "/feed")
                #expect(outcome.result.error == .http(url: base + "/feed", status: 500))
                #expect(outcome.result.retryAfter == nil)
                state = schedule.state(after: outcome.result, from: state, at: clock)
                let due = try #require(state.nextDue)
                delays.append(due.timeIntervalSince(clock))
                clock = due
            }
            let minutes = delays.map { Int($0 / 60) }
            #expect(minutes == [15, 30, 60, 120, 240, 480, 960, 1440, 1440, 1440])
            #expect(state.consecutiveFailures == 10)
            #expect(state.lastStatus == 500)
            #expect(server.requests.count == 10)

            // One success resets the count.
            server.route("/feed") { _ in .init(body: "feed") }
            let recovered = try await fetchOne(base + "/feed")
            state = schedule.state(after: recovered.result, from: state, at: clock)
            #expect(state.consecutiveFailures == 0)
            #expect(state.lastError == nil)
            #expect(state.lastSuccess == clock)
        }
    }
}
