/// A date filter compiled for the doc table: a record is admitted when its span (earliest
/// date to date) overlaps `[since, until)`. Records without a date are never admitted.
struct DateWindow: Sendable, Equatable {
    var since: Int64?
    var until: Int64?

    @inline(__always)
    func admits(_ docTable: DocTable, _ doc: UInt32) -> Bool {
        let date = docTable.date(doc)
        guard date != DocRecord.noDate else { return false }
        if let since, date < since { return false }
        if let until, date - Int64(docTable.span(doc)) >= until { return false }
        return true
    }
}
