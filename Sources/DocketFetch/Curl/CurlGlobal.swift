import CCurl

/// libcurl's process-wide initialisation, done once before the first handle is made.
enum CurlGlobal {
    static func ensureInitialized() { _ = initialized }

    private static let initialized: Bool = {
        curl_global_init(Int(CURL_GLOBAL_ALL))
        return true
    }()

    /// libcurl's own description, e.g. "libcurl/7.88.1 OpenSSL/3.0.17 zlib/1.2.13 brotli/1.0.9 zstd/1.5.4".
    static var version: String {
        ensureInitialized()
        return curl_version().map { String(cString: $0) } ?? "libcurl"
    }
}
