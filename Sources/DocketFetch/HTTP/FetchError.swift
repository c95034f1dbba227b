/// Why a fetch failed, in terms a user can act on. Matches libcurl's result codes and
/// HTTP statuses to a handful of cases a caller can switch over.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL is not http(s), or is malformed.
    case unsupportedURL(String)
    /// DNS, connection refused, unreachable.
    case cannotConnect(url: String, detail: String)
    /// Certificate or TLS handshake problem.
    case tls(url: String, detail: String)
    /// Connect, total or low-speed timeout.
    case timedOut(url: String, detail: String)
    /// More than the allowed number of redirects, or a redirect to a scheme that is not http(s).
    case badRedirect(url: String, detail: String)
    /// The body exceeded the size cap.
    case tooLarge(url: String, limit: Int)
    /// The connection broke mid-transfer or the server sent garbage.
    case transfer(url: String, detail: String)
    /// The server answered with an error status.
    case http(url: String, status: Int)

    public var description: String {
        switch self {
        case .unsupportedURL(let url):
            "\(url): only http and https URLs can be fetched"
        case .cannotConnect(let url, let detail):
            "\(url): cannot connect (\(detail)); check the address and your network"
        case .tls(let url, let detail):
            "\(url): TLS failed (\(detail)); the certificate is not trusted"
        case .timedOut(let url, let detail):
            "\(url): timed out (\(detail)); the server is slow or unreachable, Docket will retry later"
        case .badRedirect(let url, let detail):
            "\(url): redirect refused (\(detail))"
        case .tooLarge(let url, let limit):
            "\(url): response larger than \(Self.size(limit)) (after decompression); stopped. Raise the limit only if the feed is really that big"
        case .transfer(let url, let detail):
            "\(url): transfer failed (\(detail))"
        case .http(let url, let status):
            "\(url): HTTP \(status)\(Self.hint(status))"
        }
    }

    private static func size(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024, bytes % (1024 * 1024) == 0 { return "\(bytes / (1024 * 1024)) MB" }
        if bytes >= 1024, bytes % 1024 == 0 { return "\(bytes / 1024) KB" }
        return "\(bytes) bytes"
    }

    private static func hint(_ status: Int) -> String {
        switch status {
        case 300..<400: " (a redirect Docket could not follow: no usable Location)"
        case 401, 403: " (access denied; the feed may need a login)"
        case 404: " (not found; the feed may have moved)"
        case 410: " (gone; the publisher removed the feed)"
        case 429: " (rate limited; Docket will back off)"
        case 500...599: " (server error; usually temporary)"
        default: ""
        }
    }
}
