/// The safety limits every transfer runs under.
public struct FetchLimits: Sendable, Hashable {
    public var connectTimeout: Int = 10
    /// Seconds for the whole transfer.
    public var totalTimeout: Int = 60
    /// Abort when slower than `lowSpeedBytes` per second for `lowSpeedSeconds`.
    public var lowSpeedBytes: Int = 1024
    public var lowSpeedSeconds: Int = 20
    /// Largest body accepted, after decompression.
    public var maxBodyBytes: Int = 16 * 1024 * 1024
    public var maxRedirects: Int = 5
    /// Sent as `User-Agent`.
    public var userAgent: String = "Docket/0.1 (+https://github.com/docket-project/docket)"

    public init() {}
}
