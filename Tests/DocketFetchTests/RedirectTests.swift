import DocketFetch
import DocketTestSupport
import Foundation
import Testing

@Suite("Redirects")
struct RedirectTests {
    @Test("A permanent redirect (301, 308) moves the stored URL", arguments: [301, 308])
    func permanent(status: Int) async throws {
        try await withServer { server, base in
            server.route("/old") { _ in .redirect(status, to: base + "/new") }
            server.route("/new") { _ in .init(body: "feed") }
            let outcome = try await fetchOne(base + "/old")
            let response = try #require(outcome.result.response)
            #expect(response.status == 200)
            #expect(response.finalURL == base + "/new")
            #expect(response.redirects.map(\.status) == [status])
            #expect(response.permanentRedirect == base + "/new")
            #expect(String(decoding: response.body, as: UTF8.self) == "feed")
        }
    }

    @Test("A temporary redirect (302, or a 302 anywhere in the chain) leaves the URL alone")
    func temporary() async throws {
        try await withServer { server, base in
            server.route("/moved") { _ in .redirect(302, to: "/new") }  // relative Location
            server.route("/a") { _ in .redirect(301, to: base + "/b") }
            server.route("/b") { _ in .redirect(302, to: base + "/new") }
            server.route("/new") { _ in .init(body: "feed") }

            let direct = try #require(try await fetchOne(base + "/moved").result.response)
            #expect(direct.finalURL == base + "/new")
            #expect(direct.redirects.map(\.status) == [302])
            #expect(direct.permanentRedirect == nil)

            let chain = try #require(try await fetchOne(base + "/a").result.response)
            #expect(chain.redirects.map(\.status) == [301, 302])
            #expect(chain.finalURL == base + "/new")
            #expect(chain.permanentRedirect == nil)
        }
    }

    @Test("A redirect loop stops after the redirect limit")
    func loop() async throws {
        try await withServer { server, base in
            server.route("/loop") { _ in .redirect(302, to: base + "/loop") }
            var limits = testLimits()
            limits.maxRedirects = 5
            let outcome = try await fetchOne(base + "/loop", limits: limits)
            let error = try #require(outcome.result.error)
            #expect(error.isBadRedirect, "\(error)")
            #expect(error.description.contains("more than 5 redirects"))
            #expect(server.requests.count == 6)  // the request and five redirects
        }
    }

    @Test("A redirect to file:///etc/passwd is refused")
    func fileScheme() async throws {
        try await withServer { server, base in
            server.route("/evil") { _ in .redirect(302, to: "file:///etc/passwd") }
            let outcome = try await fetchOne(base + "/evil")
            let error = try #require(outcome.result.error)
            #expect(error.isBadRedirect, "\(error)")
            #expect(error.description.contains("file:///etc/passwd"))
            #expect(outcome.result.status == 302)
        }
    }

    @Test("A feed URL that is not http(s) is refused without a transfer")
    func unsupportedURL() async throws {
        let outcome = try await fetchOne("file:///etc/passwd")
        #expect(outcome.result.error == .unsupportedURL("file:///etc/passwd"))
    }
}
