import Testing

@testable import DocketExtract

@Suite struct SentenceSplitterTests {
    func split(_ text: String) -> [String] { SentenceSplitter().split(text).map(\.text) }

    @Test func keepsAbbreviationsTitlesAndInitialsInside() {
        #expect(split("Mr. Smith met Dr. Jones on Jan. 5. They talked.") == ["Mr. Smith met Dr. Jones on Jan. 5.", "They talked."])
        #expect(split("John F. Kennedy spoke. Then he left.") == ["John F. Kennedy spoke.", "Then he left."])
        #expect(split("Rules, e.g. the AI Act, apply vs. guidance. Next.") == ["Rules, e.g. the AI Act, apply vs. guidance.", "Next."])
        #expect(split("See No. 5 for details. Done.") == ["See No. 5 for details.", "Done."])
    }

    @Test func endsAfterAFormThatMayEndASentenceOnlyBeforeAnOpener() {
        #expect(split("He sued Apple Inc. The company denied it.") == ["He sued Apple Inc.", "The company denied it."])
        #expect(split("Apple Inc. CEO Tim Cook spoke.") == ["Apple Inc. CEO Tim Cook spoke."])
        #expect(split("It was filed in the U.S. The case continues.") == ["It was filed in the U.S.", "The case continues."])
        #expect(split("The U.S. Senate voted.") == ["The U.S. Senate voted."])
    }

    @Test func keepsDecimalsNumbersAndAddressesInside() {
        #expect(split("GPT-3.5 scored 71.2 percent. Claude 3.5 did better.") == ["GPT-3.5 scored 71.2 percent.", "Claude 3.5 did better."])
        #expect(split("Visit openai.com today. Or not.") == ["Visit openai.com today.", "Or not."])
    }

    @Test func handlesQuotesAfterThePeriod() {
        #expect(split("He said \"We will appeal.\" The court agreed.") == ["He said \"We will appeal.\"", "The court agreed."])
        #expect(split("“We reject these allegations,” a spokesperson said. Next.") == ["“We reject these allegations,” a spokesperson said.", "Next."])
        #expect(split("“Is this legal?” she asked. Yes.") == ["“Is this legal?” she asked.", "Yes."])
        #expect(split("He said ‘no.’ Then left.") == ["He said ‘no.’", "Then left."])
    }

    @Test func handlesEllipsesAndHeadlines() {
        #expect(split("It was... odd. Then it ended.") == ["It was... odd.", "Then it ended."])
        #expect(split("Wait… Then go.") == ["Wait…", "Then go."])
        #expect(split("Anthropic accuses Alibaba\n\nThe lab said so.") == ["Anthropic accuses Alibaba", "The lab said so."])
        #expect(split("Headline without period\nBody starts here.") == ["Headline without period", "Body starts here."])
        #expect(split("a line that\ncontinues here.") == ["a line that\ncontinues here."])
    }

    @Test func reportsByteRanges() {
        let text = "One. Two."
        let sentences = SentenceSplitter().split(text)
        #expect(sentences.map(\.utf8Range) == [0..<4, 5..<9])
    }
}
