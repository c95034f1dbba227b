import DocketFetch
import DocketTestSupport
import Foundation
import Testing

@Suite("Concurrency, politeness and cancellation", .timeLimit(.minutes(1)))
struct ConcurrencyTests {
    @Test("40 feeds over 2 hosts, jobs 8, perHost 2: never more than 2 at once per host, all complete")
    func perHostLimit() async throws {
        try await withServer { server, base in
            server.route("/feed") { _ in
                var response = LoopbackHTTPServer.Response(body: "feed")
                response.headDelay = .milliseconds(100)  // keeps requests open long enough to overlap
                return response
            }
            let port = try #require(URL(string: base)?.port)
            let requests = (0..<40).map { i in
                let host = i.isMultiple(of: 2) ? "127.0.0.1" : "localhost"
                return FetchRequest(feedID: "feed-\(i)", url: "http://\(host):\(port)/feed?n=\(i)")
            }
            let outcomes = await fetchAll(requests, configuration: .init(jobs: 8, perHost: 2, limits: testLimits()))

            #expect(outcomes.count == 40)
            #expect(Set(outcomes.map(\.feedID)) == Set(requests.map(\.feedID)))
            #expect(outcomes.allSatisfy { $0.result.response?.status == 200 })
            #expect(server.requests.count == 40)
            // Exactly 2: the limit held, and the two slots of each host were used together.
            #expect(server.maxOpenRequests(host: "127.0.0.1") == 2)
            #expect(server.maxOpenRequests(host: "localhost") == 2)
            #expect(server.maxOpenRequests <= 4)
        }
    }

    @Test("jobs caps the transfers running at once")
    func jobsLimit() async throws {
        try await withServer { server, base in
            server.route("/feed") { _ in
                var response = LoopbackHTTPServer.Response(body: "feed")
                response.headDelay = .milliseconds(100)
                return response
            }
            let requests = (0..<12).map { FetchRequest(feedID: "f\($0)", url: base + "/feed?n=\($0)") }
            let outcomes = await fetchAll(requests, configuration: .init(jobs: 3, perHost: 10, limits: testLimits()))
            #expect(outcomes.count == 12)
            #expect(server.maxOpenRequests == 3)
        }
    }

    @Test("Outcomes arrive as each transfer completes, not all at the end")
    func streaming() async throws {
        try await withServer { server, base in
            server.route("/fast") { _ in .init(body: "fast") }
            server.route("/slow") { _ in
                var response = LoopbackHTTPServer.Response(body: "slow")
                response.headDelay = .milliseconds(1500)
                return response
            }
            let fetcher = FeedFetcher(configuration: .init(limits: testLimits()))
            let start = ContinuousClock.now
            var arrivals: [(String, Duration)] = []
            let requests = [FetchRequest(feedID: "slow", url: base + "/slow"), FetchRequest(feedID: "fast", url: base + "/fast")]
            for await outcome in fetcher.fetch(requests) {
                arrivals.append((outcome.feedID, ContinuousClock.now - start))
            }
            #expect(arrivals.map(\.0) == ["fast", "slow"])
            #expect(arrivals[0].1 < .seconds(1), "the fast feed waited for the slow one: \(arrivals)")
        }
    }

    @Test("Cancelling the consuming task stops the transfers")
    func cancellation() async throws {
        try await withServer { server, base in
            server.route("/feed") { _ in
                var response = LoopbackHTTPServer.Response(body: "late")
                response.headDelay = .seconds(20)
                return response
            }
            let requests = (0..<6).map { FetchRequest(feedID: "f\($0)", url: base + "/feed?n=\($0)") }
            let fetcher = FeedFetcher(configuration: .init(limits: testLimits(totalTimeout: 30, lowSpeedSeconds: 30)))
            let consumer = Task {
                var count = 0
                for await _ in fetcher.fetch(requests) { count += 1 }
                return count
            }
            #expect(await eventually { server.openRequests == 2 })  // perHost 2: two running, four waiting
            let cancelledAt = ContinuousClock.now
            consumer.cancel()
            let yielded = await consumer.value
            #expect(yielded == 0)
            #expect(await eventually(within: .seconds(2)) { server.openConnections == 0 }, "libcurl kept connections open")
            #expect(ContinuousClock.now - cancelledAt < .seconds(3))
            try await Task.sleep(for: .milliseconds(300))
            #expect(server.requests.count == 2, "waiting requests were started after cancellation")
        }
    }

    @Test("Leaving the loop early stops the remaining transfers")
    func dropStream() async throws {
        try await withServer { server, base in
            server.route("/fast") { _ in .init(body: "fast") }
            server.route("/slow") { _ in
                var response = LoopbackHTTPServer.Response(body: "slow")
                response.headDelay = .seconds(20)
                return response
            }
            let fetcher = FeedFetcher(configuration: .init(jobs: 4, perHost: 4, limits: testLimits(totalTimeout: 30, lowSpeedSeconds: 30)))
            let requests = [FetchRequest(feedID: "fast", url: base + "/fast")]
                + (0..<3).map { FetchRequest(feedID: "slow\($0)", url: base + "/slow?n=\($0)") }
            var first: String?
            for await outcome in fetcher.fetch(requests) {
                first = outcome.feedID
                // The three slow requests are waiting on the server when the loop ends.
                #expect(await eventually { server.openRequests == 3 })
                break
            }
            #expect(first == "fast")
            #expect(await eventually(within: .seconds(3)) { server.openConnections == 0 }, "transfers went on after the loop ended")
        }
    }
}
