/// A plain blocking GET on libcurl, for one-off fetches such as `docket parse URL`.
///
/// Same safety rules as the feed fetcher (`CurlTransfer`); no scheduling, no state.
public struct HTTPClient: Sendable {
    public var limits: FetchLimits

    public init(limits: FetchLimits = FetchLimits()) {
        self.limits = limits
    }

    /// Fetches `url`; an error status (4xx, 5xx) is returned, not thrown.
    public func get(_ url: String, headers: [String: String] = [:]) throws -> HTTPResponse {
        let transfer = try CurlTransfer(url: url, limits: limits, requestHeaders: headers)
        return try transfer.perform()
    }
}
