/// One lexical token of a query, with the 1-based column where it starts.
struct QueryToken: Equatable {
    enum Kind: Equatable {
        case word(String)
        case phrase(String)
        /// `field:value`; `valueColumn` is where the value starts.
        case filter(field: String, value: String, valueColumn: Int)
        case minus
        case or
        case and
        case open
        case close
    }

    var kind: Kind
    var column: Int
}
