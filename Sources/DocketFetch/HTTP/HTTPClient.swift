/// A plain blocking GET on libcurl, for one-off fetches such as `docket parse URL`.
///
/// Same safety rules as `FeedFetcher` (`CurlTransfer`); no scheduling, no state.
public struct HTTPClient: Sendable {
    public var limits: FetchLimits
    /// Sent as `User-Agent`; see `UserAgent.docket(contact:)`.
    public var userAgent: String

    public init(limits: FetchLimits = FetchLimits(), userAgent: String = UserAgent.docket()) {
        self.limits = limits
        self.userAgent = userAgent
    }

    /// Fetches `url`; an error status (4xx, 5xx) is returned, not thrown. Transport
    /// failures (timeouts, refused redirects, the size cap) throw `FetchError`.
    public func get(_ url: String, headers: [String: String] = [:]) throws -> HTTPResponse {
        let transfer = try CurlTransfer(url: url, limits: limits, userAgent: userAgent, requestHeaders: headers)
        return try transfer.perform()
    }
}
