/// A company mention in token coordinates, as the extractors use it.
struct LinkedMention: Sendable, Hashable {
    /// Index into `CompanyLinker.companies`.
    let company: Int
    /// Index into `CompanyLinker.forms`.
    let formIndex: Int
    /// Token indices.
    let tokens: Range<Int>
    let form: CompanyMention.Form
    var first: Int { tokens.lowerBound }
    var last: Int { tokens.upperBound - 1 }
}
