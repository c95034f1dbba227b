/// The safety limits every transfer runs under. Times are whole seconds (libcurl's own unit
/// for these options); tests use small values.
public struct FetchLimits: Sendable, Hashable {
    /// Seconds allowed to establish the connection (TCP and TLS).
    public var connectTimeout: Int = 10
    /// Seconds for the whole transfer, redirects included.
    public var totalTimeout: Int = 60
    /// Abort when slower than `lowSpeedBytes` per second for `lowSpeedSeconds` in a row.
    public var lowSpeedBytes: Int = 1024
    public var lowSpeedSeconds: Int = 20
    /// Largest body accepted, counted after decompression (a gzip bomb stops here).
    public var maxBodyBytes: Int = 16 * 1024 * 1024
    /// Redirects followed before giving up.
    public var maxRedirects: Int = 5

    public init(
        connectTimeout: Int = 10, totalTimeout: Int = 60, lowSpeedBytes: Int = 1024, lowSpeedSeconds: Int = 20,
        maxBodyBytes: Int = 16 * 1024 * 1024, maxRedirects: Int = 5
    ) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.lowSpeedBytes = lowSpeedBytes
        self.lowSpeedSeconds = lowSpeedSeconds
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
    }
}
