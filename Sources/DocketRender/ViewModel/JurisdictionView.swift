/// The regulations of one jurisdiction with developments in the period.
public struct JurisdictionView: Sendable {
    /// `EU`, `US`, `US-CA`, `GB`.
    public var code: String
    /// `European Union`, `California (US)`; the code when Docket does not know the name.
    public var name: String
    public var regulations: [RegulationView]
}
