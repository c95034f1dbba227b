/// Splits a query into tokens: words, `"phrases"`, `field:value` filters (the value may be
/// quoted), `-`, `OR`, `AND` (upper case only) and parentheses.
struct QueryLexer {
    private let chars: [Character]
    private var at = 0

    init(_ text: String) {
        chars = Array(text)
    }

    static func tokens(_ text: String) throws(QuerySyntaxError) -> [QueryToken] {
        var lexer = QueryLexer(text)
        var out: [QueryToken] = []
        while let token = try lexer.next() { out.append(token) }
        return out
    }

    private func isSpace(_ c: Character) -> Bool { c.isWhitespace }

    /// Ends a bare word: whitespace, parentheses, a quote.
    private func endsWord(_ c: Character) -> Bool { c.isWhitespace || c == "(" || c == ")" || c == "\"" }

    mutating func next() throws(QuerySyntaxError) -> QueryToken? {
        while at < chars.count, isSpace(chars[at]) { at += 1 }
        guard at < chars.count else { return nil }
        let column = at + 1
        let c = chars[at]
        switch c {
        case "(":
            at += 1
            return QueryToken(kind: .open, column: column)
        case ")":
            at += 1
            return QueryToken(kind: .close, column: column)
        case "\"":
            let text = try quoted()
            return QueryToken(kind: .phrase(text), column: column)
        case "-":
            at += 1
            guard at < chars.count, !isSpace(chars[at]), chars[at] != ")" else {
                throw QuerySyntaxError("'-' must be followed by a word, phrase, filter or group", column: column)
            }
            return QueryToken(kind: .minus, column: column)
        default:
            break
        }
        var word = ""
        while at < chars.count, !endsWord(chars[at]) {
            word.append(chars[at])
            at += 1
            if chars[at - 1] == ":", let field = Self.field(word.dropLast()) {
                let valueColumn = at + 1
                let value: String
                if at < chars.count, chars[at] == "\"" {
                    value = try quoted()
                } else {
                    var v = ""
                    while at < chars.count, !endsWord(chars[at]) {
                        v.append(chars[at])
                        at += 1
                    }
                    value = v
                }
                return QueryToken(kind: .filter(field: field, value: value, valueColumn: valueColumn), column: column)
            }
        }
        if word == "OR" { return QueryToken(kind: .or, column: column) }
        if word == "AND" { return QueryToken(kind: .and, column: column) }
        return QueryToken(kind: .word(word), column: column)
    }

    /// The text between a quote at `at` and the next quote.
    private mutating func quoted() throws(QuerySyntaxError) -> String {
        let column = at + 1
        at += 1
        var text = ""
        while at < chars.count, chars[at] != "\"" {
            text.append(chars[at])
            at += 1
        }
        guard at < chars.count else { throw QuerySyntaxError("unclosed quote", column: column) }
        at += 1
        return text
    }

    private static func field(_ name: Substring) -> String? {
        let lower = name.lowercased()
        return QueryFilter.fieldNames.contains(lower) ? lower : nil
    }
}
