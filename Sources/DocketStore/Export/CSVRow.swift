import DocketModel
import Foundation

/// One CSV record as RFC 4180 writes it: fields separated by commas, a field quoted when it
/// holds a comma, a quote, CR or LF (quotes doubled inside), CRLF at the end.
///
/// Free text from feeds is also defused for spreadsheets: a text field starting with `=`,
/// `+`, `-`, `@`, tab or CR gets a leading `'`, so a hostile title cannot become a formula.
struct CSVRow {
    private(set) var fields: [String] = []

    /// An identifier, URL, number or date: written as is.
    mutating func plain(_ value: String?) { fields.append(value ?? "") }

    /// Text a feed or a person wrote.
    mutating func text(_ value: String?) {
        guard let value, let first = value.unicodeScalars.first else {
            fields.append("")
            return
        }
        fields.append("=+-@\t\r".unicodeScalars.contains(first) ? "'" + value : value)
    }

    mutating func list(_ values: [String]) { text(values.joined(separator: ";")) }

    mutating func date(_ value: Date?) { plain(value.map { ISO8601.string(from: $0) }) }

    mutating func number<N: BinaryInteger>(_ value: N?) { plain(value.map { String($0) }) }

    mutating func bool(_ value: Bool) { plain(value ? "true" : "false") }

    var bytes: [UInt8] {
        var out: [UInt8] = []
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            let utf8 = Array(field.utf8)
            if utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
                out.append(UInt8(ascii: "\""))
                for b in utf8 {
                    if b == UInt8(ascii: "\"") { out.append(b) }
                    out.append(b)
                }
                out.append(UInt8(ascii: "\""))
            } else {
                out.append(contentsOf: utf8)
            }
        }
        out.append(0x0D)
        out.append(0x0A)
        return out
    }

    static func header(_ names: [String]) -> CSVRow {
        var row = CSVRow()
        for n in names { row.plain(n) }
        return row
    }
}
