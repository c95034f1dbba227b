/// One document of a segment: what ranking, filtering and snippet rendering need without
/// reading the record itself.
///
/// - `date`: seconds since 1970 of the record's date (an item's publication, else fetch
///   time; an allegation's last report), `DocRecord.noDate` when it has none;
/// - `location`: where the record is: for items the packed `ItemLocation` of its line (month
///   file and byte offset), for other kinds its index in the record file;
/// - `titleLength`, `bodyLength`: terms in the title and the body (saturating at 65,535);
/// - `span`: seconds from the record's earliest date to `date` (an allegation reported over
///   months), so date filters match records whose span overlaps the range.
///
/// On disk the doc table is stored by column (`DocTable`), so ranking reads only lengths.
struct DocRecord: Equatable, Sendable {
    static let noDate = Int64.min

    var date: Int64
    var location: UInt64
    var titleLength: UInt16
    var bodyLength: UInt16
    var span: UInt32

    var earliest: Int64 { date == Self.noDate ? date : date - Int64(span) }
}
