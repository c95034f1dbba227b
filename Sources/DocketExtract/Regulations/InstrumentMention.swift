/// An instrument named in a sentence, before status and jurisdiction are settled.
struct InstrumentMention: Sendable {
    enum Source: Sendable {
        /// A name from `instruments.json` (index).
        case named(Int)
        /// A bill or order number (`SB 53`, `H.R. 1`, `Executive Order 14179`), or an EU act number.
        case numbered(prefix: String, number: String)
        /// A capitalised name ending in an instrument word (`Kids Online Safety Act`).
        case titled(String)
    }

    let source: Source
    let sentence: Int
    let tokens: Range<Int>
    /// The instrument type (`bill`, `act`, `executive-order`, …).
    let instrument: String
    /// Jurisdiction fixed by the form itself (`Regulation (EU)` → EU, `H.R.` → US), if any.
    let fixedJurisdiction: String?
    /// Whether a sub-national jurisdiction is expected (`SB`, `AB`, `HB` are state bills).
    let wantsState: Bool
    /// The text as written.
    let written: String
    /// For a bare number that a seed instrument lists (`SB 53`): that seed, whose jurisdiction
    /// is used when the item names none.
    var seed: Int? = nil
}
