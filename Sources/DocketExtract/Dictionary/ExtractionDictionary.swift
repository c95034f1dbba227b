import DocketModel

/// Everything extraction knows about the world, as data: organisations, the allegation
/// taxonomy and its cues, accusation constructions, named instruments, jurisdictions and
/// regulation status cues. An immutable value, loaded once (`bundled()`), shared freely.
public struct ExtractionDictionary: Sendable, Hashable {
    public var companies: [Company]
    public var categories: [AllegationCategory]
    public var accusation: AccusationLexicon
    public var instruments: [NamedInstrument]
    public var jurisdictions: [Jurisdiction]
    public var regulationCues: RegulationCues

    public init(
        companies: [Company], categories: [AllegationCategory], accusation: AccusationLexicon,
        instruments: [NamedInstrument], jurisdictions: [Jurisdiction], regulationCues: RegulationCues
    ) {
        self.companies = companies
        self.categories = categories
        self.accusation = accusation
        self.instruments = instruments
        self.jurisdictions = jurisdictions
        self.regulationCues = regulationCues
    }

    /// The same dictionary with a knowledge base's own company list in place of the bundled one.
    public func replacingCompanies(_ companies: [Company]) -> ExtractionDictionary {
        var copy = self
        copy.companies = companies
        return copy
    }
}
