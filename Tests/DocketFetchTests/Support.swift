import DocketFetch
import DocketTestSupport
import Foundation
import Testing

/// A loopback server started for one test and stopped after it, whatever happens.
func withServer<T>(_ body: (LoopbackHTTPServer, _ base: String) async throws -> T) async throws -> T {
    let server = LoopbackHTTPServer()
    let port = try await server.start()
    do {
        let result = try await body(server, "http://127.0.0.1:\(port)")
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}

/// Limits small enough for fault tests to end in a second or two.
func testLimits(
    totalTimeout: Int = 10, lowSpeedBytes: Int = 1, lowSpeedSeconds: Int = 10, maxBodyBytes: Int = 16 * 1024 * 1024
) -> FetchLimits {
    FetchLimits(
        connectTimeout: 5, totalTimeout: totalTimeout, lowSpeedBytes: lowSpeedBytes, lowSpeedSeconds: lowSpeedSeconds,
        maxBodyBytes: maxBodyBytes)
}

/// Every outcome of one `fetch` call, in completion order.
func fetchAll(_ requests: [FetchRequest], configuration: FeedFetcher.Configuration = .init(limits: testLimits()))
    async -> [FetchOutcome]
{
    var outcomes: [FetchOutcome] = []
    for await outcome in FeedFetcher(configuration: configuration).fetch(requests) { outcomes.append(outcome) }
    return outcomes
}

/// The one outcome of fetching `url`.
func fetchOne(
    _ url: String, etag: String? = nil, lastModified: String? = nil, limits: FetchLimits = testLimits(),
    contact: String? = nil
) async throws -> FetchOutcome {
    let request = FetchRequest(feedID: "feed", url: url, etag: etag, lastModified: lastModified)
    let outcomes = await fetchAll([request], configuration: .init(limits: limits, contact: contact))
    try #require(outcomes.count == 1)
    #expect(outcomes[0].feedID == "feed")
    #expect(outcomes[0].requestedURL == url)
    return outcomes[0]
}

/// Polls `condition` every 20 ms until it holds or `timeout` passes.
func eventually(within timeout: Duration = .seconds(3), _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return condition()
}

func fixture(_ name: String) throws -> Data {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
    return try Data(contentsOf: url)
}

extension FetchResult {
    var response: HTTPResponse? {
        if case .fetched(let response) = self { return response }
        return nil
    }

    var error: FetchError? {
        if case .failed(let error, _, _) = self { return error }
        return nil
    }

    var status: Int? {
        switch self {
        case .notModified: 304
        case .fetched(let response): response.status
        case .failed(_, let status, _): status
        }
    }

    var retryAfter: Int? {
        if case .failed(_, _, let retryAfter) = self { return retryAfter }
        return nil
    }

    var isNotModified: Bool {
        if case .notModified = self { return true }
        return false
    }
}

extension FetchError {
    var isTimedOut: Bool { if case .timedOut = self { true } else { false } }
    var isTooLarge: Bool { if case .tooLarge = self { true } else { false } }
    var isBadRedirect: Bool { if case .badRedirect = self { true } else { false } }
    var isTransfer: Bool { if case .transfer = self { true } else { false } }
}

extension Duration {
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}
