import DocketFetch
import DocketTestSupport
import Foundation
import Testing

@Suite("Slow, broken and hostile servers", .timeLimit(.minutes(1)))
struct FaultTests {
    @Test("Headers slower than the total timeout: timed out at the limit")
    func slowHeaders() async throws {
        try await withServer { server, base in
            server.route("/feed") { _ in
                var response = LoopbackHTTPServer.Response(body: "late")
                response.headDelay = .seconds(8)
                return response
            }
            let outcome = try await fetchOne(base + "/feed", limits: testLimits(totalTimeout: 2))
            let error = try #require(outcome.result.error)
            #expect(error.isTimedOut, "\(error)")
            #expect(outcome.result.status == nil)
            #expect(outcome.elapsed >= .milliseconds(1900) && outcome.elapsed < .seconds(5), "\(outcome.elapsed)")
        }
    }

    @Test("A body trickling below the low-speed limit is aborted")
    func tricklingBody() async throws {
        try await withServer { server, base in
            server.route("/feed") { _ in
                var response = LoopbackHTTPServer.Response(body: [UInt8](repeating: 0x61, count: 4000))
                response.chunkSize = 10
                response.chunkDelay = .milliseconds(250)  // 40 bytes/s: 100 s for the whole body
                return response
            }
            let limits = testLimits(totalTimeout: 30, lowSpeedBytes: 1000, lowSpeedSeconds: 1)
            let outcome = try await fetchOne(base + "/feed", limits: limits)
            let error = try #require(outcome.result.error)
            #expect(error.isTimedOut, "\(error)")
            #expect(error.description.contains("too slow"), "\(error)")
            #expect(outcome.result.status == 200)
            #expect(outcome.elapsed < .seconds(5), "\(outcome.elapsed)")
        }
    }

    @Test("A body over the cap with no Content-Length is stopped while streaming")
    func oversizedStreamingBody() async throws {
        try await withServer { server, base in
            server.route("/feed") { _ in
                var response = LoopbackHTTPServer.Response(body: [UInt8](repeating: 0x61, count: 4 * 1024 * 1024))
                response.contentLength = false  // chunked: the size is only known by reading
                response.chunkSize = 16 * 1024
                return response
            }
            let outcome = try await fetchOne(base + "/feed", limits: testLimits(maxBodyBytes: 256 * 1024))
            #expect(outcome.result.error == .tooLarge(url: base + "/feed", limit: 256 * 1024))
            #expect(outcome.result.error?.description.contains("256 KB") == true)
        }
    }

    @Test("A declared Content-Length over the cap is refused before the body")
    func oversizedDeclaredBody() async throws {
        try await withServer { server, base in
            server.route("/feed") { _ in .init(body: [UInt8](repeating: 0x61, count: 512 * 1024)) }
            let outcome = try await fetchOne(base + "/feed", limits: testLimits(maxBodyBytes: 64 * 1024))
            #expect(outcome.result.error == .tooLarge(url: base + "/feed", limit: 64 * 1024))
        }
    }

    @Test("A gzip body is decoded")
    func gzipBody() async throws {
        try await withServer { server, base in
            let compressed = try fixture("feed.xml.gz")
            let plain = try fixture("feed.xml")
            server.route("/feed") { _ in
                .init(headers: [("Content-Type", "application/rss+xml"), ("Content-Encoding", "gzip")], body: compressed)
            }
            let response = try #require(try await fetchOne(base + "/feed").result.response)
            #expect(response.body == plain)
            #expect(response.body != compressed)
        }
    }

    @Test("A gzip bomb (50 KB inflating to 50 MB) stops at the cap")
    func gzipBomb() async throws {
        try await withServer { server, base in
            let bomb = try fixture("zeros-50MB.gz")
            #expect(bomb.count < 100 * 1024)
            server.route("/feed") { _ in .init(headers: [("Content-Encoding", "gzip")], body: bomb) }
            let outcome = try await fetchOne(base + "/feed", limits: testLimits(maxBodyBytes: 1024 * 1024))
            #expect(outcome.result.error == .tooLarge(url: base + "/feed", limit: 1024 * 1024))
        }
    }

    @Test("The connection closed mid-body is a transfer error")
    func resetMidBody() async throws {
        try await withServer { server, base in
            server.route("/feed") { _ in
                var response = LoopbackHTTPServer.Response(body: [UInt8](repeating: 0x61, count: 100_000))
                response.closeAfterBodyBytes = 1000
                return response
            }
            let outcome = try await fetchOne(base + "/feed")
            let error = try #require(outcome.result.error)
            #expect(error.isTransfer, "\(error)")
            #expect(error.description.contains("connection lost"), "\(error)")
            #expect(outcome.result.status == 200)
        }
    }

    @Test("A feed served as text/plain is still fetched: the parser decides")
    func wrongContentType() async throws {
        try await withServer { server, base in
            let xml = try fixture("feed.xml")
            server.route("/feed") { _ in .init(headers: [("Content-Type", "text/plain; charset=utf-8")], body: xml) }
            let response = try #require(try await fetchOne(base + "/feed").result.response)
            #expect(response[header: "Content-Type"] == "text/plain; charset=utf-8")
            #expect(response.body == xml)
        }
    }

    @Test("Nobody listening: cannot connect")
    func connectionRefused() async throws {
        let server = LoopbackHTTPServer()
        let port = try await server.start()
        await server.stop()
        let outcome = try await fetchOne("http://127.0.0.1:\(port)/feed")
        let error = try #require(outcome.result.error)
        guard case .cannotConnect = error else {
            Issue.record("expected cannotConnect, got \(error)")
            return
        }
        #expect(outcome.result.status == nil)
    }
}
