import DocketModel
import Foundation

/// A recursive-descent parser from tokens to `QueryNode`:
///
/// ```
/// query   := or EOF
/// or      := and ("OR" and)*
/// and     := unary (["AND"] unary)*
/// unary   := "-" primary | primary
/// primary := WORD | PHRASE | FILTER | "(" or ")"
/// ```
///
/// Words side by side must all match. A word or phrase whose text has no letters or digits
/// is dropped (`—`); a query left with nothing to match is an error.
struct QueryParser {
    /// Parentheses nested deeper than this are an error: the parser and everything that walks
    /// the tree recurse once a level, and 20,000 levels overflowed the stack.
    static let maximumNesting = 100

    private let tokens: [QueryToken]
    private var at = 0
    private var nesting = 0
    private let analyzer = TextAnalyzer()

    private init(tokens: [QueryToken]) {
        self.tokens = tokens
    }

    static func parse(_ text: String) throws(QuerySyntaxError) -> QueryNode {
        let tokens = try QueryLexer.tokens(text)
        guard !tokens.isEmpty else { throw QuerySyntaxError("empty query", column: 1) }
        var parser = QueryParser(tokens: tokens)
        let node = try parser.parseOr()
        if parser.at < tokens.count {
            let token = tokens[parser.at]
            throw QuerySyntaxError("unmatched ')'", column: token.column)
        }
        guard let node else { throw QuerySyntaxError("nothing to search for: no letters or digits", column: 1) }
        return node
    }

    private var peek: QueryToken? { at < tokens.count ? tokens[at] : nil }

    /// True at the end, before `)`, `OR` or `AND`: where an operand is missing.
    private var atOperandEnd: Bool {
        guard let kind = peek?.kind else { return true }
        return kind == .close || kind == .or || kind == .and
    }

    private mutating func parseOr() throws(QuerySyntaxError) -> QueryNode? {
        if let token = peek, token.kind == .or {
            throw QuerySyntaxError("OR needs a term before it", column: token.column)
        }
        var operands: [QueryNode?] = [try parseAnd()]
        while let token = peek, token.kind == .or {
            at += 1
            if atOperandEnd { throw QuerySyntaxError("OR needs a term after it", column: token.column) }
            operands.append(try parseAnd())
        }
        let kept = operands.compactMap { $0 }
        if operands.count == 1 { return kept.first }
        // `a OR —`: a side with nothing searchable leaves the other side alone.
        if kept.count <= 1 { return kept.first }
        return .or(kept.flatMap { if case .or(let inner) = $0 { return inner } else { return [$0] } })
    }

    private mutating func parseAnd() throws(QuerySyntaxError) -> QueryNode? {
        var operands: [QueryNode] = []
        var count = 0
        while let token = peek {
            switch token.kind {
            case .close, .or:
                return Self.conjunction(operands)
            case .and:
                if count == 0 { throw QuerySyntaxError("AND needs a term before it", column: token.column) }
                at += 1
                if atOperandEnd { throw QuerySyntaxError("AND needs a term after it", column: token.column) }
            default:
                count += 1
                if let node = try parseUnary() { operands.append(node) }
            }
        }
        return Self.conjunction(operands)
    }

    private static func conjunction(_ operands: [QueryNode]) -> QueryNode? {
        if operands.count <= 1 { return operands.first }
        return .and(operands.flatMap { if case .and(let inner) = $0 { return inner } else { return [$0] } })
    }

    private mutating func parseUnary() throws(QuerySyntaxError) -> QueryNode? {
        guard let token = peek, token.kind == .minus else { return try parsePrimary() }
        at += 1
        if atOperandEnd || peek?.kind == .minus {
            throw QuerySyntaxError("'-' must be followed by a word, phrase, filter or group", column: token.column)
        }
        return try parsePrimary().map { .not($0) }
    }

    private mutating func parsePrimary() throws(QuerySyntaxError) -> QueryNode? {
        guard let token = peek else { throw QuerySyntaxError("a term is missing", column: 1) }
        at += 1
        switch token.kind {
        case .word(let text):
            return textNode(text)
        case .phrase(let text):
            guard let node = textNode(text) else {
                throw QuerySyntaxError("empty phrase: no letters or digits between the quotes", column: token.column)
            }
            return node
        case .filter(let field, let value, let valueColumn):
            return .filter(try Self.filter(field: field, value: value, column: token.column, valueColumn: valueColumn, analyzer: analyzer))
        case .open:
            if let next = peek, next.kind == .close {
                throw QuerySyntaxError("empty parentheses", column: token.column)
            }
            guard nesting < Self.maximumNesting else {
                throw QuerySyntaxError("parentheses nested too deeply (at most \(Self.maximumNesting))", column: token.column)
            }
            nesting += 1
            defer { nesting -= 1 }
            let inner = try parseOr()
            guard let close = peek, close.kind == .close else {
                throw QuerySyntaxError("unclosed parenthesis", column: token.column)
            }
            _ = close
            at += 1
            return inner
        case .close:
            throw QuerySyntaxError("unmatched ')'", column: token.column)
        case .minus, .or, .and:
            throw QuerySyntaxError("a term is missing", column: token.column)
        }
    }

    /// A word or phrase as terms: none (dropped), one, or a phrase.
    private func textNode(_ text: String) -> QueryNode? {
        let terms = analyzer.terms(text)
        switch terms.count {
        case 0: return nil
        case 1: return .term(terms[0])
        default: return .phrase(terms)
        }
    }

    static func filter(field: String, value: String, column: Int, valueColumn: Int, analyzer: TextAnalyzer) throws(QuerySyntaxError) -> QueryFilter {
        switch field {
        case "kind":
            guard let kind = SearchKind(name: value) else {
                if value.isEmpty { throw QuerySyntaxError("missing value after 'kind:'", column: column) }
                throw QuerySyntaxError("unknown kind '\(value)' (use item, allegation, regulation or company)", column: valueColumn)
            }
            return .kind(kind)
        case "since", "until":
            if value.isEmpty { throw QuerySyntaxError("missing date after '\(field):'", column: column) }
            guard let range = Self.dateRange(value) else {
                throw QuerySyntaxError("invalid date '\(value)' (use YYYY-MM-DD, YYYY-MM or YYYY)", column: valueColumn)
            }
            return field == "since" ? .since(range.lowerBound) : .until(range.upperBound)
        default:
            let normalised = analyzer.filterValue(value)
            guard !normalised.isEmpty else {
                throw QuerySyntaxError("missing value after '\(field):'", column: column)
            }
            switch field {
            case "company": return .company(normalised)
            case "category": return .category(normalised)
            case "jurisdiction": return .jurisdiction(normalised)
            case "status": return .status(normalised)
            default: return .feed(normalised)
            }
        }
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as the half-open range of instants it covers (UTC).
    static func dateRange(_ text: String) -> Range<Date>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let numbers = parts.map { Int($0)! }
        let year = numbers[0]
        func day(_ y: Int, _ m: Int, _ d: Int) -> Date {
            Date(timeIntervalSince1970: TimeInterval(ISO8601.days(fromCivil: y, m, d) * 86_400))
        }
        switch numbers.count {
        case 1:
            return day(year, 1, 1)..<day(year + 1, 1, 1)
        case 2:
            let m = numbers[1]
            guard (1...12).contains(m) else { return nil }
            return day(year, m, 1)..<(m == 12 ? day(year + 1, 1, 1) : day(year, m + 1, 1))
        default:
            let m = numbers[1], d = numbers[2]
            guard (1...12).contains(m), d >= 1, d <= daysIn(year, m) else { return nil }
            let start = day(year, m, d)
            return start..<start.addingTimeInterval(86_400)
        }
    }

    static func daysIn(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
