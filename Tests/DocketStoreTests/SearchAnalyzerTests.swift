import Foundation
import Testing

@testable import DocketStore

/// Tokenising, folding and stemming: the same at index and query time.
@Suite struct SearchAnalyzerTests {
    let analyzer = TextAnalyzer()

    @Test func splitsOnPunctuationAndLowercases() {
        #expect(analyzer.terms("Anthropic: Alibaba queried CLAUDE, at scale!") == ["anthropic", "alibaba", "queried", "claude", "at", "scale"])
    }

    @Test func foldsDiacriticsAndSpecialLetters() {
        #expect(analyzer.terms("Zürich Ærø straße Łódź ÉCOLE naïve") == ["zurich", "aero", "strasse", "lodz", "ecole", "naive"])
    }

    @Test func foldsCompatibilityForms() {
        #expect(analyzer.terms("ﬁle ＡＢＣ") == ["file", "abc"])
    }

    @Test func combiningMarksJoinTheWord() {
        #expect(analyzer.terms("Cafe\u{0301} re\u{0301}sume\u{0301}") == ["cafe", "resume"])
    }

    @Test func possessivesAreDropped() {
        #expect(analyzer.terms("Alibaba's model, Meta’s lab, the companies' bills") == ["alibaba", "model", "meta", "lab", "the", "company", "bill"])
    }

    @Test func apostropheInsideAWordJoins() {
        #expect(analyzer.terms("don't O'Brien") == ["dont", "obrien"])
    }

    @Test func pluralsAreStemmedConservatively() {
        #expect(analyzer.terms("allegations policies companies rules") == ["allegation", "policy", "company", "rule"])
        #expect(analyzer.terms("access status analysis news gas its") == ["access", "status", "analysis", "news", "gas", "its"])
        #expect(analyzer.terms("gpt4s llms") == ["gpt4s", "llm"])
    }

    @Test func hanAndKanaAreOneTermEach() {
        #expect(analyzer.terms("阿里巴巴 AI") == ["阿", "里", "巴", "巴", "ai"])
        #expect(analyzer.terms("カタカナ") == ["カ", "タ", "カ", "ナ"])
    }

    @Test func rangesPointAtTheSourceBytes() {
        let text = "Ünïcode’s plan"
        let terms = analyzer.termsWithRanges(text)
        #expect(terms.map(\.term) == ["unicode", "plan"])
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[terms[0].range], as: UTF8.self) == "Ünïcode’s")
        #expect(String(decoding: bytes[terms[1].range], as: UTF8.self) == "plan")
    }

    @Test func longTermsAreCut() {
        let long = String(repeating: "a", count: 200)
        #expect(analyzer.terms(long) == [String(repeating: "a", count: TextAnalyzer.maximumTermLength)])
    }

    @Test func invalidUTF8Separates() {
        var bytes = Array("abc".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Array("def".utf8))
        var out: [String] = []
        bytes.withUnsafeBytes { raw in analyzer.forEachTerm(in: raw) { t, _ in out.append(String(decoding: t, as: UTF8.self)) } }
        #expect(out == ["abc", "def"])
    }

    @Test func filterValuesAreFoldedSlugs() {
        #expect(analyzer.filterValue("AI Policy") == "ai-policy")
        #expect(analyzer.filterValue("US-CA") == "us-ca")
        #expect(analyzer.filterValue("Société Générale") == "societe-generale")
        #expect(analyzer.filterValue("rules") == "rules")
    }
}
