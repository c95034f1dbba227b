extension FeedFetcher {
    /// How many transfers run at once, how many per host, the safety limits, and who we are.
    public struct Configuration: Sendable, Hashable {
        /// Transfers running at once (`docket update --jobs N`).
        public var jobs: Int
        /// Transfers running at once to one host name (ports ignored): politeness.
        public var perHost: Int
        public var limits: FetchLimits
        /// Sent as `User-Agent`: `Docket/<version> (+<project URL>[; <contact>])`.
        public var userAgent: String

        /// - Parameter contact: an email address or URL publishers can reach the operator at,
        ///   added to the User-Agent.
        public init(jobs: Int = 16, perHost: Int = 2, limits: FetchLimits = FetchLimits(), contact: String? = nil) {
            self.jobs = max(1, jobs)
            self.perHost = max(1, perHost)
            self.limits = limits
            self.userAgent = UserAgent.docket(contact: contact)
        }
    }
}
