import DocketModel
import Foundation

/// The state of the knowledge base a briefing showed, kept under `briefs/` next to the
/// rendered briefing, so that the next one can say what changed since: which allegations
/// existed and their statuses, which regulations and their statuses and milestones.
public struct BriefingSnapshot: Codable, Sendable, Hashable {
    public static let currentFormat = 1

    public var format: Int
    public var period: BriefingPeriod
    /// Allegation id → status.
    public var allegations: [String: String]
    /// Regulation id → status and milestones.
    public var regulations: [String: RegulationState]

    /// What a snapshot keeps of one regulation.
    public struct RegulationState: Codable, Sendable, Hashable {
        public var status: String
        public var milestones: [MilestoneKey]

        public init(status: String, milestones: [MilestoneKey]) {
            self.status = status
            self.milestones = milestones
        }
    }

    /// A milestone's identity: its day and what happens then.
    public struct MilestoneKey: Codable, Sendable, Hashable, Comparable {
        /// `YYYY-MM-DD`.
        public var date: String
        public var what: String

        public init(date: String, what: String) {
            self.date = date
            self.what = what
        }

        public init(_ milestone: Regulation.Milestone) {
            self.init(date: ISO8601.dateString(from: milestone.date), what: PlainText.oneLine(milestone.what))
        }

        public static func < (a: MilestoneKey, b: MilestoneKey) -> Bool {
            (a.date, a.what) < (b.date, b.what)
        }

        /// Compared case-insensitively, so that a re-extraction that changed capitals is not new.
        func matches(_ other: MilestoneKey) -> Bool {
            date == other.date && what.lowercased() == other.what.lowercased()
        }
    }

    public init(
        period: BriefingPeriod, allegations: [String: String], regulations: [String: RegulationState],
        format: Int = BriefingSnapshot.currentFormat
    ) {
        self.format = format
        self.period = period
        self.allegations = allegations
        self.regulations = regulations
    }

    /// The JSON kept on disk: sorted keys, ISO 8601 dates, a final newline.
    public func encoded() throws -> Data {
        var data = try DocketJSON.encoder().encode(self)
        data.append(0x0A)
        return data
    }

    public static func decode(_ data: Data) throws -> BriefingSnapshot {
        try DocketJSON.decoder().decode(BriefingSnapshot.self, from: data)
    }
}
