/// How one fetch ended.
public enum FetchResult: Sendable {
    /// 304: the stored copy is current; there is no body to parse.
    case notModified
    /// A 2xx response with its body, headers, final URL and redirect chain (see
    /// `HTTPResponse.permanentRedirect` for whether the stored URL should move). The body
    /// may be anything: the parser decides whether it is a feed.
    case fetched(HTTPResponse)
    /// The transfer failed or the server answered with an error status. `status` is the
    /// HTTP status of the last response received (nil when none arrived); `retryAfter` is
    /// the server's `Retry-After` in seconds, read for 429 and 503.
    case failed(FetchError, status: Int?, retryAfter: Int?)
}
