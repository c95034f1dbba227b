import Foundation

/// What a server answered: status, headers, body, and where the request ended up.
public struct HTTPResponse: Sendable {
    /// HTTP status of the last response (after redirects).
    public var status: Int
    /// Header names are lowercased; a repeated header keeps its last value.
    public var headers: [String: String]
    public var body: Data
    /// The URL of the last request (after redirects).
    public var finalURL: String
    /// Every redirect followed, in order.
    public var redirects: [Redirect]

    public init(status: Int, headers: [String: String], body: Data, finalURL: String, redirects: [Redirect] = []) {
        self.status = status
        self.headers = headers
        self.body = body
        self.finalURL = finalURL
        self.redirects = redirects
    }

    /// One hop of a redirect chain.
    public struct Redirect: Sendable, Hashable {
        public var status: Int
        public var from: String
        public var to: String

        /// 301 and 308 are permanent: the stored URL should follow them.
        public var isPermanent: Bool { status == 301 || status == 308 }
    }

    public subscript(header name: String) -> String? { headers[name.lowercased()] }

    /// Where the stored feed should move: the final URL when every redirect followed was
    /// permanent (301, 308); nil when there was none, when any hop was temporary (302,
    /// 303, 307), or when the move would leave https for plain http.
    public var permanentRedirect: String? {
        guard let first = redirects.first, redirects.allSatisfy(\.isPermanent) else { return nil }
        let wasSecure = first.from.lowercased().hasPrefix("https:")
        if wasSecure && !finalURL.lowercased().hasPrefix("https:") { return nil }
        return finalURL
    }

    /// The document's base URL: Content-Location resolved against the final URL, else the final URL.
    public var baseURL: String {
        guard let location = self[header: "content-location"], !location.isEmpty,
            let resolved = URL(string: location, relativeTo: URL(string: finalURL))?.absoluteString
        else { return finalURL }
        return resolved
    }
}
