/// Instrument types and status cues (`regulation-cues.json`).
public struct RegulationCues: Codable, Sendable, Hashable {
    /// Instrument type → the words that name one (`bill`: `bill`, `SB`, `HB`, `AB`, `H.R.`).
    public var instruments: [String: [String]]
    /// Statuses and their cues, in the file's order.
    public var statuses: [StatusCue]

    /// A status (`signed`, `in-force`) and the phrases that signal it (`signed into law`, `takes effect`).
    public struct StatusCue: Codable, Sendable, Hashable {
        public var status: String
        public var cues: [String]

        public init(status: String, cues: [String]) {
            self.status = status
            self.cues = cues
        }
    }

    public init(instruments: [String: [String]] = [:], statuses: [StatusCue] = []) {
        self.instruments = instruments
        self.statuses = statuses
    }

    enum CodingKeys: String, CodingKey { case instruments, statuses }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        instruments = try c.decodeIfPresent([String: [String]].self, forKey: .instruments) ?? [:]
        statuses = try c.decodeIfPresent([StatusCue].self, forKey: .statuses) ?? []
    }
}
