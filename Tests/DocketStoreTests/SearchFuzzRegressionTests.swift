import Foundation
import Testing

@testable import DocketStore

/// Inputs that `fuzz-query-parser` (Fuzz/, `make fuzz`) found crashing, kept so that they stay
/// fixed. Each is the fuzzer's artifact, byte for byte: queries are short, so they live here as
/// literals rather than as fixture files.
@Suite struct SearchFuzzRegressionTests {
    /// crash-f3a3a890402ef2491a033d0478da2241231aa753: "Fatal access conflict detected" in
    /// `TextAnalyzer.forEachTerm`. A possessive `'s` followed by more text set the term's end
    /// through an `inout` argument while `flush`, called from the same function, read it: a
    /// runtime exclusivity violation, so any query, item or snippet with a possessive crashed.
    @Test func possessiveFollowedByText() throws {
        let query = try SearchQuery("Alibaba's allegations")
        #expect(query.root == .and([.term("alibaba"), .term("allegation")]))
        for text in ["Alibaba's allegations", "Meta’s lab", "OpenAI's", "it's", "x'S y", "a' b", "''s"] {
            _ = TextAnalyzer().terms(text)
            _ = try? SearchQuery(text)
        }
        // The possessive stays inside the term's source range (snippets highlight it whole).
        let text = "Alibaba's allegations"
        let terms = TextAnalyzer().termsWithRanges(text)
        let bytes = Array(text.utf8)
        #expect(terms.map(\.term) == ["alibaba", "allegation"])
        #expect(terms.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["Alibaba's", "allegations"])
    }

    /// Found by running the target on long inputs (its `-max_len` is 1024): 5,000 nested
    /// parentheses overflowed the stack (ASan: stack-overflow in `QueryParser.parseAnd`), as
    /// would a watch saved in a shared knowledge base. Nesting now stops at 100 levels.
    @Test func deepNestingIsAnErrorNotACrash() throws {
        let depth = QueryParser.maximumNesting
        // Each opening, and the column of its 101st parenthesis.
        for (open, column) in [("(", 101), ("-(", 202), ("(a OR ", 601)] {
            let deep = String(repeating: open, count: 20_000) + "b" + String(repeating: ")", count: 20_000)
            #expect(throws: QuerySyntaxError("parentheses nested too deeply (at most \(depth))", column: column)) {
                try SearchQuery(deep)
            }
        }
        // As deep as allowed still parses, to the same tree as no parentheses at all.
        let allowed = String(repeating: "(", count: depth) + "b" + String(repeating: ")", count: depth)
        #expect(try SearchQuery(allowed).root == .term("b"))
    }
}
