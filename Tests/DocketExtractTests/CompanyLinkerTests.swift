import DocketModel
import Testing

@testable import DocketExtract

@Suite struct CompanyLinkerTests {
    func companies(_ text: String) -> [String] { Fixtures.companies(text) }

    @Test func findsNamesCaseAwareAndWithinWordBoundaries() {
        #expect(companies("Anthropic released a model.") == ["anthropic"])
        #expect(companies("ANTHROPIC SUES RIVAL") == ["anthropic"])
        // lowercase common words and longer words are not the names
        #expect(companies("an anthropic principle and a copilot seat") == [])
        #expect(companies("The Anthropics and OpenAIs of the world") == [])
        // short all-capital names need capitals: `Sec.` is not the SEC, `ftc` is not the FTC
        #expect(companies("the ftc said") == [])
        #expect(companies("The FTC said") == ["ftc"])
    }

    @Test func readsPossessivesAndHyphenCompounds() {
        #expect(companies("OpenAI's board met.") == ["openai"])
        #expect(companies("OpenAI’s board met.") == ["openai"])
        #expect(companies("the OpenAI-backed startup") == ["openai"])
        let mention = Fixtures.linker.mentions(in: "Anthropic’s Claude")
        #expect(mention.first?.isPossessive == true)
        #expect(mention.first?.text == "Anthropic")
    }

    @Test func mapsAliasesAndProductsToTheirCompany() {
        #expect(companies("ChatGPT is down") == ["openai"])
        #expect(companies("Google DeepMind and Alibaba Cloud") == ["alibaba", "google"])
        let mentions = Fixtures.linker.mentions(in: "He used Claude Code and Qwen3.")
        #expect(mentions.map(\.companyID) == ["anthropic", "alibaba"])
        #expect(mentions.map(\.canonical) == ["Claude Code", "Qwen3"])
        #expect(mentions.map(\.form) == [.product, .product])
        // `merged_into` is followed
        #expect(companies("Twitter Inc sued") == ["x-corp"])
    }

    @Test func ambiguousNamesNeedEvidenceThatTheCompanyIsMeant() {
        // the ordinary words
        #expect(companies("Apple pie is sweet.") == [])
        #expect(companies("She bought an apple.") == [])
        #expect(companies("A meta-analysis of 40 studies.") == [])
        #expect(companies("Meta-analysis shows gains.") == [])
        #expect(companies("Deforestation in the Amazon rose.") == [])
        #expect(companies("The mistral blew all week.") == [])
        // the companies: a context word, a suffix, a possessive noun, an alias elsewhere, a list
        #expect(companies("Apple said it would appeal.") == ["apple"])
        #expect(companies("Shares of Apple Inc. fell.") == ["apple"])
        #expect(companies("Meta's chatbot gave bad advice.") == ["meta"])
        #expect(companies("The lab, Mistral, the French startup, raised money.") == ["mistral-ai"])
        #expect(companies("Meta owns Instagram.") == ["meta"])
        #expect(companies("Regulators met Google and Amazon on Monday.") == ["amazon", "google"])
        #expect(companies("The deal with Mistral was signed.") == ["mistral-ai"])
    }

    @Test func theLetterXNeedsStrongEvidence() {
        #expect(companies("An X-ray showed a fracture.") == [])
        #expect(companies("Tesla's Model X was recalled.") == [])
        #expect(companies("Solve for X in the equation.") == [])
        #expect(companies("X, formerly Twitter, was fined.") == ["x-corp"])
        #expect(companies("She posted on X about the ruling.") == ["x-corp"])
        #expect(companies("The X platform removed the posts.") == ["x-corp"])
        #expect(companies("Regulators opened an investigation into X over the images.") == ["x-corp"])
    }

    @Test func aPossessiveFirstWordMayBelongToTheName() {
        // `Japan's Fair Trade Commission` style: the fixture alias is `Italian Garante`; `Irish DPC` is plain.
        #expect(companies("Italy's Garante fined DeepSeek.") == ["deepseek", "italy-garante"])
    }

    @Test func linkingIsLinearAndStableOnLongText() {
        let sentence = "Anthropic said Meta's chatbot and ChatGPT were tested. "
        let text = String(repeating: sentence, count: 2000)
        #expect(companies(text) == ["anthropic", "meta", "openai"])
        #expect(Fixtures.linker.mentions(in: text).count == 6000)
    }
}
