import DocketModel
import Foundation
import Testing

@testable import DocketStore

/// The query language: one test per construct, one per malformed form.
@Suite struct SearchQueryTests {
    func parse(_ text: String) throws -> String { try SearchQuery(text).description }

    func error(_ text: String) -> QuerySyntaxError? {
        do {
            _ = try SearchQuery(text)
            return nil
        } catch {
            return error
        }
    }

    func date(_ text: String) -> Date { Sample.date(text) }

    // MARK: - Constructs

    @Test func wordsMustAllMatch() throws {
        #expect(try parse("distillation alibaba") == "(and distillation alibaba)")
        #expect(try SearchQuery("distillation alibaba").root == .and([.term("distillation"), .term("alibaba")]))
    }

    @Test func singleWordIsATerm() throws {
        #expect(try SearchQuery("Anthropic").root == .term("anthropic"))
    }

    @Test func caseAndDiacriticsAreFolded() throws {
        #expect(try SearchQuery("ZÜRICH Société").root == .and([.term("zurich"), .term("societe")]))
    }

    @Test func pluralsAndPossessivesAreStemmed() throws {
        #expect(try SearchQuery("allegations").root == .term("allegation"))
        #expect(try SearchQuery("Alibaba's").root == .term("alibaba"))
        #expect(try SearchQuery("Alibaba’s policies").root == .and([.term("alibaba"), .term("policy")]))
    }

    @Test func quotedPhrase() throws {
        #expect(try SearchQuery("\"export controls\"").root == .phrase(["export", "control"]))
    }

    @Test func quotedSingleWordIsATerm() throws {
        #expect(try SearchQuery("\"Claude\"").root == .term("claude"))
    }

    @Test func hyphenatedWordIsAPhrase() throws {
        #expect(try SearchQuery("export-controls").root == .phrase(["export", "control"]))
    }

    @Test func exclusion() throws {
        #expect(try SearchQuery("openai -lawsuit").root == .and([.term("openai"), .not(.term("lawsuit"))]))
        #expect(try SearchQuery("-\"open source\" model").root == .and([.not(.phrase(["open", "source"])), .term("model")]))
    }

    @Test func orBindsLooserThanAnd() throws {
        #expect(try parse("a b OR c") == "(or (and a b) c)")
        #expect(try parse("a OR b OR c") == "(or a b c)")
    }

    @Test func lowercaseOrIsAWord() throws {
        #expect(try SearchQuery("this or that").root == .and([.term("this"), .term("or"), .term("that")]))
    }

    @Test func explicitAnd() throws {
        #expect(try parse("a AND b") == "(and a b)")
    }

    @Test func parenthesesGroup() throws {
        #expect(try parse("distillation (alibaba OR deepseek)") == "(and distillation (or alibaba deepseek))")
        #expect(try parse("-(a OR b) c") == "(and -(or a b) c)")
        #expect(try parse("((a))") == "a")
    }

    @Test func companyFilter() throws {
        #expect(try SearchQuery("company:Alibaba").root == .filter(.company("alibaba")))
        #expect(try SearchQuery("company:\"Google DeepMind\"").root == .filter(.company("google-deepmind")))
    }

    @Test func categoryFilter() throws {
        #expect(try SearchQuery("category:export-controls").root == .filter(.category("export-controls")))
    }

    @Test func jurisdictionFilter() throws {
        #expect(try SearchQuery("jurisdiction:US-CA").root == .filter(.jurisdiction("us-ca")))
    }

    @Test func statusFilter() throws {
        #expect(try SearchQuery("status:confirmed").root == .filter(.status("confirmed")))
    }

    @Test func feedFilter() throws {
        #expect(try SearchQuery("feed:reuters-tech").root == .filter(.feed("reuters-tech")))
    }

    @Test func kindFilter() throws {
        #expect(try SearchQuery("kind:allegations").root == .filter(.kind(.allegation)))
        #expect(try SearchQuery("KIND:Item").root == .filter(.kind(.item)))
    }

    @Test func sinceTakesTheStartOfADayMonthOrYear() throws {
        #expect(try SearchQuery("since:2026-09-15").root == .filter(.since(date("2026-09-15"))))
        #expect(try SearchQuery("since:2026-09").root == .filter(.since(date("2026-09-01"))))
        #expect(try SearchQuery("since:2026").root == .filter(.since(date("2026-01-01"))))
    }

    @Test func untilIncludesTheWholeDayOrMonth() throws {
        #expect(try SearchQuery("until:2026-09-15").root == .filter(.until(date("2026-09-16"))))
        #expect(try SearchQuery("until:2026-12").root == .filter(.until(date("2027-01-01"))))
        #expect(try SearchQuery("until:2028-02-29").root == .filter(.until(date("2028-03-01"))))
    }

    @Test func unknownFieldIsText() throws {
        #expect(try SearchQuery("https://example.com/a").root == .phrase(["http", "example", "com", "a"]))
        #expect(try SearchQuery("topic:chips").root == .phrase(["topic", "chip"]))
    }

    @Test func punctuationOnlyWordIsDropped() throws {
        #expect(try SearchQuery("openai — anthropic").root == .and([.term("openai"), .term("anthropic")]))
    }

    @Test func negatedFilterAndCombination() throws {
        let q = try SearchQuery("distillation company:alibaba since:2026-09 -status:rejected")
        #expect(
            q.root
                == .and([
                    .term("distillation"), .filter(.company("alibaba")), .filter(.since(date("2026-09-01"))),
                    .not(.filter(.status("rejected"))),
                ]))
    }

    // MARK: - Malformed

    @Test func unclosedQuote() {
        #expect(error("distillation \"alibaba claude") == QuerySyntaxError("unclosed quote", column: 14))
        #expect(error("distillation \"alibaba claude")?.description == "unclosed quote at column 14")
    }

    @Test func unclosedQuoteInFilterValue() {
        #expect(error("company:\"Google") == QuerySyntaxError("unclosed quote", column: 9))
    }

    @Test func unclosedParenthesis() {
        #expect(error("a (b OR c") == QuerySyntaxError("unclosed parenthesis", column: 3))
    }

    @Test func unmatchedClosingParenthesis() {
        #expect(error("a b) c") == QuerySyntaxError("unmatched ')'", column: 4))
    }

    @Test func emptyParentheses() {
        #expect(error("a ( ) b") == QuerySyntaxError("empty parentheses", column: 3))
    }

    @Test func orWithoutLeftOperand() {
        #expect(error("OR chips") == QuerySyntaxError("OR needs a term before it", column: 1))
        #expect(error("(OR chips)") == QuerySyntaxError("OR needs a term before it", column: 2))
    }

    @Test func orWithoutRightOperand() {
        #expect(error("chips OR") == QuerySyntaxError("OR needs a term after it", column: 7))
        #expect(error("chips OR OR x") == QuerySyntaxError("OR needs a term after it", column: 7))
        #expect(error("(chips OR)") == QuerySyntaxError("OR needs a term after it", column: 8))
    }

    @Test func andWithoutOperand() {
        #expect(error("AND chips") == QuerySyntaxError("AND needs a term before it", column: 1))
        #expect(error("chips AND") == QuerySyntaxError("AND needs a term after it", column: 7))
    }

    @Test func danglingMinus() {
        #expect(error("chips -") == QuerySyntaxError("'-' must be followed by a word, phrase, filter or group", column: 7))
        #expect(error("chips - tariffs")?.column == 7)
        #expect(error("(chips -)")?.column == 8)
        #expect(error("--chips")?.column == 1)
    }

    @Test func emptyFilterValue() {
        #expect(error("company: alibaba") == QuerySyntaxError("missing value after 'company:'", column: 1))
        #expect(error("x feed:") == QuerySyntaxError("missing value after 'feed:'", column: 3))
        #expect(error("kind:")?.message == "missing value after 'kind:'")
        #expect(error("since:")?.message == "missing date after 'since:'")
    }

    @Test func unknownKind() {
        #expect(error("kind:tweet") == QuerySyntaxError("unknown kind 'tweet' (use item, allegation, regulation or company)", column: 6))
    }

    @Test func invalidDates() {
        #expect(error("since:2026-13") == QuerySyntaxError("invalid date '2026-13' (use YYYY-MM-DD, YYYY-MM or YYYY)", column: 7))
        #expect(error("a until:2026-02-30")?.column == 9)
        #expect(error("since:yesterday")?.column == 7)
        #expect(error("since:26-09-01")?.column == 7)
    }

    @Test func emptyQuery() {
        #expect(error("") == QuerySyntaxError("empty query", column: 1))
        #expect(error("   ") == QuerySyntaxError("empty query", column: 1))
    }

    @Test func emptyPhrase() {
        #expect(error("a \"\"") == QuerySyntaxError("empty phrase: no letters or digits between the quotes", column: 3))
        #expect(error("\" -- \"")?.column == 1)
    }

    @Test func nothingSearchable() {
        #expect(error("— …")?.message == "nothing to search for: no letters or digits")
    }

    @Test func columnsCountCharactersNotBytes() {
        // "é" is two bytes in UTF-8 and one character.
        #expect(error("café \"x") == QuerySyntaxError("unclosed quote", column: 6))
    }
}
