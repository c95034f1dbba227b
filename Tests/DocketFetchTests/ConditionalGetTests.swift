import DocketFetch
import DocketModel
import DocketTestSupport
import Foundation
import Testing

@Suite("Conditional GET and request headers")
struct ConditionalGetTests {
    static let etag = "\"v1-abc\""
    static let lastModified = "Mon, 23 Nov 2026 09:00:00 GMT"

    @Test("200 with ETag and Last-Modified, then 304 on the conditional request")
    func conditionalGet() async throws {
        try await withServer { server, base in
            let xml = try fixture("feed.xml")
            server.route("/feed") { request in
                if request.header("If-None-Match") == Self.etag { return .init(status: 304) }
                return .init(
                    headers: [("Content-Type", "application/rss+xml"), ("ETag", Self.etag), ("Last-Modified", Self.lastModified)],
                    body: xml)
            }
            let schedule = FetchSchedule()
            let now = Date(timeIntervalSince1970: 1_800_000_000)

            let first = try await fetchOne(base + "/feed")
            let response = try #require(first.result.response)
            #expect(response.status == 200)
            #expect(response.body == xml)
            #expect(response.finalURL == base + "/feed")
            #expect(response.permanentRedirect == nil)
            let stored = schedule.state(after: first.result, from: FeedState(), at: now, minimumInterval: 3600)
            #expect(stored.etag == Self.etag)
            #expect(stored.lastModified == Self.lastModified)
            #expect(stored.nextDue == now.addingTimeInterval(3600 - 120))  // an hour, less the cron slack

            let feed = Feed(id: "feed", url: base + "/feed", added: now, state: stored)
            let second = await fetchAll([FetchRequest(feed: feed)])
            try #require(second.count == 1)
            #expect(second[0].result.isNotModified)

            let requests = server.requests
            try #require(requests.count == 2)
            #expect(requests[0].header("If-None-Match") == nil)
            #expect(requests[0].header("If-Modified-Since") == nil)
            #expect(requests[1].header("If-None-Match") == Self.etag)
            #expect(requests[1].header("If-Modified-Since") == Self.lastModified)

            let later = now.addingTimeInterval(7200)
            let kept = schedule.state(after: second[0].result, from: stored, at: later)
            #expect(kept.etag == Self.etag)
            #expect(kept.lastModified == Self.lastModified)
            #expect(kept.lastStatus == 304)
            #expect(kept.lastSuccess == later)
            #expect(kept.nextDue == later.addingTimeInterval(3600 - 120))  // the stored interval still applies
        }
    }

    @Test("Stored validators cannot smuggle extra header lines")
    func validatorsAreSanitised() async throws {
        try await withServer { server, base in
            server.route("/feed") { _ in .init(body: "ok") }
            _ = try await fetchOne(base + "/feed", etag: "\"a\"\r\nX-Injected: 1", lastModified: "\n")
            let request = try #require(server.requests.first)
            #expect(request.header("X-Injected") == nil)
            #expect(request.header("If-None-Match") == "\"a\"X-Injected: 1")
            #expect(request.header("If-Modified-Since") == nil)
        }
    }

    @Test("User-Agent names Docket, its version, the project and the contact")
    func userAgent() async throws {
        try await withServer { server, base in
            server.route("/feed") { _ in .init(body: "ok") }
            _ = try await fetchOne(base + "/feed", contact: "ops@example.org")
            _ = try HTTPClient(limits: testLimits()).get(base + "/feed")
            let agents = server.requests.map { $0.header("User-Agent") ?? "" }
            try #require(agents.count == 2)
            #expect(agents[0] == "Docket/\(DocketInfo.version) (+\(DocketInfo.projectURL); ops@example.org)")
            #expect(agents[1] == "Docket/\(DocketInfo.version) (+\(DocketInfo.projectURL))")
            #expect(agents.allSatisfy { $0.contains("Docket/") })
        }
    }

    @Test("Accept-Encoding offers what libcurl decodes")
    func acceptEncoding() async throws {
        try await withServer { server, base in
            server.route("/feed") { _ in .init(body: "ok") }
            _ = try await fetchOne(base + "/feed")
            let offered = try #require(server.requests.first?.header("Accept-Encoding"))
            for encoding in ["gzip", "deflate", "br", "zstd"] { #expect(offered.contains(encoding), "\(offered)") }
        }
    }
}
