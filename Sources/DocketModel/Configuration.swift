import Foundation

/// The knowledge base's settings (`config.json`): fetch limits, politeness, extraction
/// thresholds and briefing defaults. Every field has a default, so an absent file or key
/// means "as Docket ships"; `docket config set` validates each value.
public struct Configuration: Codable, Sendable, Hashable {
    public var fetch = Fetch()
    public var extraction = Extraction()
    public var briefing = Briefing()

    public init() {}

    /// How feeds are fetched.
    public struct Fetch: Codable, Sendable, Hashable {
        /// Concurrent transfers.
        public var jobs = 16
        /// Concurrent transfers to one host.
        public var perHost = 2
        /// Seconds to connect.
        public var connectTimeout = 10
        /// Seconds for a whole transfer.
        public var totalTimeout = 60
        /// Largest response body, in MB (after decompression).
        public var maxBodyMB = 16
        /// Who publishers can reach: added to the User-Agent (an e-mail or URL).
        public var contact: String?
        /// First wait after a failure, in minutes; doubled after each further failure.
        public var backoffMinutes = 15
        /// Longest wait between attempts, in hours.
        public var backoffMaxHours = 24

        public init() {}

        enum CodingKeys: String, CodingKey {
            case jobs, contact
            case perHost = "per_host"
            case connectTimeout = "connect_timeout"
            case totalTimeout = "total_timeout"
            case maxBodyMB = "max_body_mb"
            case backoffMinutes = "backoff_minutes"
            case backoffMaxHours = "backoff_max_hours"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let d = Fetch()
            jobs = try c.decodeIfPresent(Int.self, forKey: .jobs) ?? d.jobs
            perHost = try c.decodeIfPresent(Int.self, forKey: .perHost) ?? d.perHost
            connectTimeout = try c.decodeIfPresent(Int.self, forKey: .connectTimeout) ?? d.connectTimeout
            totalTimeout = try c.decodeIfPresent(Int.self, forKey: .totalTimeout) ?? d.totalTimeout
            maxBodyMB = try c.decodeIfPresent(Int.self, forKey: .maxBodyMB) ?? d.maxBodyMB
            contact = try c.decodeIfPresent(String.self, forKey: .contact)
            backoffMinutes = try c.decodeIfPresent(Int.self, forKey: .backoffMinutes) ?? d.backoffMinutes
            backoffMaxHours = try c.decodeIfPresent(Int.self, forKey: .backoffMaxHours) ?? d.backoffMaxHours
        }
    }

    /// What extraction keeps.
    public struct Extraction: Codable, Sendable, Hashable {
        /// Candidates below this confidence (0…1) are not stored.
        public var minConfidence = 0.35
        /// Candidates at or above this confidence are confirmed without review (nil: never).
        public var autoConfirmAbove: Double?

        public init() {}

        enum CodingKeys: String, CodingKey {
            case minConfidence = "min_confidence"
            case autoConfirmAbove = "auto_confirm_above"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            minConfidence = try c.decodeIfPresent(Double.self, forKey: .minConfidence) ?? 0.35
            autoConfirmAbove = try c.decodeIfPresent(Double.self, forKey: .autoConfirmAbove)
        }
    }

    /// Briefing defaults.
    public struct Briefing: Codable, Sendable, Hashable {
        /// Template name or path.
        public var template = "weekly"
        /// markdown or html.
        public var format = "markdown"
        /// Where `docket cron` has the weekly brief written.
        public var outputDirectory: String?

        public init() {}

        enum CodingKeys: String, CodingKey {
            case template, format
            case outputDirectory = "output_directory"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            template = try c.decodeIfPresent(String.self, forKey: .template) ?? "weekly"
            format = try c.decodeIfPresent(String.self, forKey: .format) ?? "markdown"
            outputDirectory = try c.decodeIfPresent(String.self, forKey: .outputDirectory)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fetch = try c.decodeIfPresent(Fetch.self, forKey: .fetch) ?? Fetch()
        extraction = try c.decodeIfPresent(Extraction.self, forKey: .extraction) ?? Extraction()
        briefing = try c.decodeIfPresent(Briefing.self, forKey: .briefing) ?? Briefing()
    }

    enum CodingKeys: String, CodingKey {
        case fetch, extraction, briefing
    }
}
