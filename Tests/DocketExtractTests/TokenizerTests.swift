import Testing

@testable import DocketExtract

@Suite struct TokenizerTests {
    @Test func foldsCaseAndAccentsIntoOneKey() {
        #expect(Tokenizer.keys(of: "Société") == Tokenizer.keys(of: "societe"))
        #expect(Tokenizer.keys(of: "OPENAI") == Tokenizer.keys(of: "OpenAI"))
        #expect(Tokenizer.keys(of: "Meta") != Tokenizer.keys(of: "Metaverse"))
    }

    @Test func readsPossessivesWithEitherApostrophe() {
        for text in ["Meta's chatbot", "Meta’s chatbot"] {
            let tokens = Tokenizer.tokenize(text)
            #expect(tokens.count == 2)
            #expect(tokens[0].has(.possessive))
            #expect(tokens[0].key == Tokenizer.keys(of: "Meta")[0])
        }
        let plural = Tokenizer.tokenize("publishers' lawsuit")
        #expect(plural.count == 2)
        #expect(plural[0].has(.possessive))
        // A contraction stays one word.
        #expect(Tokenizer.tokenize("don't").count == 1)
    }

    @Test func splitsHyphenCompoundsAndRecordsTheHyphen() {
        let tokens = Tokenizer.tokenize("OpenAI-backed startup")
        #expect(tokens.count == 3)
        #expect(tokens[1].gap.isCompoundHyphen)
        #expect(!tokens[2].gap.isCompoundHyphen)
    }

    @Test func writesCJKOneCharacterPerToken() {
        let tokens = Tokenizer.tokenize("百度发布")
        #expect(tokens.count == 4)
        #expect(tokens.allSatisfy { $0.has(.cjk) })
    }

    @Test func inflectsLemmasAndStems() {
        let accuse = Morphology.forms(of: "accuse")
        #expect(accuse.isSuperset(of: ["accuses", "accused", "accusing"]))
        #expect(Morphology.forms(of: "sue").isSuperset(of: ["sues", "sued", "suing"]))
        #expect(Morphology.forms(of: "distil").isSuperset(of: ["distilled", "distilling", "distillation"]))
        #expect(Morphology.forms(of: "say").contains("said"))
        // Inflection alone does not derive nouns: `act` does not become `action`.
        #expect(!Morphology.forms(of: "act", derivational: false).contains("action"))
        #expect(Morphology.lemmas(of: "invites").contains("invite"))
    }
}
