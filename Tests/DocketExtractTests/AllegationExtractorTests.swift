import DocketModel
import Testing

@testable import DocketExtract

@Suite struct AllegationExtractorTests {
    func triples(_ text: String, title: String? = nil) -> [String] { Fixtures.triples(text, title: title) }

    // MARK: the model case

    @Test func theModelCaseYieldsTheDistillationAllegationWithBothProducts() throws {
        let found = Fixtures.extract(
            "Anthropic accused Alibaba of distilling Claude to build its next Qwen model.", id: "technews-1")
        let allegation = try #require(found.allegations.first)
        #expect(found.allegations.count == 1)
        #expect(allegation.accusers == ["anthropic"])
        #expect(allegation.accused == ["alibaba"])
        #expect(allegation.category == "distillation")
        #expect(allegation.products.contains("Claude"))
        #expect(allegation.products.contains("Qwen"))
        #expect(allegation.status == .candidate)
        let evidence = try #require(allegation.evidence.first)
        #expect(evidence.item == "technews-1")
        #expect(evidence.sentence == "Anthropic accused Alibaba of distilling Claude to build its next Qwen model.")
        #expect(evidence.cues.contains("accuse"))
        #expect(evidence.date == Fixtures.date)
        #expect(allegation.confidence > 0.5 && allegation.confidence <= 1)
        #expect(allegation.firstReported == Fixtures.date)
    }

    @Test func productsNamedElsewhereInTheItemAreImplicated() throws {
        let found = Fixtures.extract(
            "Anthropic accused Alibaba of distilling Claude. Alibaba plans to release a new Qwen model next month.")
        #expect(try #require(found.allegations.first).products == ["Claude", "Qwen"])
    }

    // MARK: constructions

    @Test func activeVoice() {
        #expect(triples("Anthropic accused Alibaba of distilling Claude.") == [#"["anthropic"] → ["alibaba"] distillation"#])
        #expect(triples("Getty Images sued Stability AI over copyrighted photos.") == [#"["getty-images"] → ["stability-ai"] copyright"#])
        #expect(triples("Anthropic on Tuesday formally accused rival DeepSeek of distillation.") == [#"["anthropic"] → ["deepseek"] distillation"#])
        #expect(triples("Anthropic, the maker of Claude, accused Moonshot of distilling its model.") == [#"["anthropic"] → ["moonshot-ai"] distillation"#])
    }

    @Test func activeVoiceWithANoun() {
        #expect(triples("The New York Times filed a lawsuit against OpenAI over copyright.") == [#"["new-york-times"] → ["openai"] copyright"#])
        #expect(triples("Anthropic's complaint against DeepSeek says it distilled Claude.") == [#"["anthropic"] → ["deepseek"] distillation"#])
        #expect(triples("Amazon faces a lawsuit from the FTC over deceptive subscriptions.") == [#"["ftc"] → ["amazon"] deception"#])
    }

    @Test func passiveVoice() {
        #expect(triples("Alibaba was accused by Anthropic of distilling Claude.") == [#"["anthropic"] → ["alibaba"] distillation"#])
        #expect(triples("Amazon has been fined by the FTC over deceptive subscriptions.") == [#"["ftc"] → ["amazon"] deception"#])
        #expect(triples("Alibaba accused by Anthropic of distilling Claude", title: nil) == [#"["anthropic"] → ["alibaba"] distillation"#])
        #expect(triples("DeepSeek, fined €5 million by the Garante over personal data, said it would appeal.") == [#"["italy-garante"] → ["deepseek"] privacy"#])
    }

    @Test func reportedSpeech() {
        #expect(triples("According to Anthropic, DeepSeek distilled Claude.") == [#"["anthropic"] → ["deepseek"] distillation"#])
        #expect(triples("DeepSeek distilled Claude at scale, Anthropic said.") == [#"["anthropic"] → ["deepseek"] distillation"#])
        #expect(triples("Anthropic says DeepSeek distilled Claude.") == [#"["anthropic"] → ["deepseek"] distillation"#])
        #expect(triples("DeepSeek scraped its website for years, Reddit said.") == [#"["reddit"] → ["deepseek"] scraping"#])
    }

    @Test func allegedThat() {
        #expect(triples("Anthropic alleged that DeepSeek distilled Claude.") == [#"["anthropic"] → ["deepseek"] distillation"#])
        #expect(triples("The New York Times alleges that OpenAI copied its articles without permission.") == [#"["new-york-times"] → ["openai"] copyright"#])
    }

    @Test func regulatorAsAccuser() {
        #expect(triples("Italy's Garante fined DeepSeek €3 million over personal data.") == [#"["italy-garante"] → ["deepseek"] privacy"#])
        #expect(triples("The CNIL opened an investigation into Google over personal data.") == [#"["cnil"] → ["google"] privacy"#])
        #expect(triples("The FTC sued Amazon, alleging a monopoly in online retail.") == [#"["ftc"] → ["amazon"] antitrust"#])
    }

    @Test func severalAccused() {
        #expect(triples("The New York Times sued OpenAI and Microsoft over copyright.") == [#"["new-york-times"] → ["microsoft", "openai"] copyright"#])
        #expect(triples("The European Commission fined Google €2 billion and Meta €1 billion for antitrust violations.") == [#"["european-commission"] → ["google", "meta"] antitrust"#])
        // a co-defendant named in a later sentence joins the same act
        #expect(triples("The New York Times sued OpenAI over copyright. The newspaper also sued Microsoft for copyright infringement.") == [#"["new-york-times"] → ["microsoft", "openai"] copyright"#])
    }

    @Test func severalAccusers() {
        #expect(triples("The FTC and the DOJ sued Apple over its monopoly.") == [#"["doj", "ftc"] → ["apple"] antitrust"#])
        #expect(triples("Getty Images and The New York Times sued Stability AI for copyright infringement.") == [#"["getty-images", "new-york-times"] → ["stability-ai"] copyright"#])
        // separate investigations are separate acts
        #expect(triples("The Irish DPC and the CNIL opened investigations into DeepSeek over personal data.").sorted() == [#"["cnil"] → ["deepseek"] privacy"#, #"["irish-dpc"] → ["deepseek"] privacy"#])
    }

    @Test func peopleAndUnnamedGroupsAsAccusers() throws {
        let found = Fixtures.extract("A group of authors sued Meta over pirated books.")
        let allegation = try #require(found.allegations.first)
        #expect(allegation.accusers == [])
        #expect(allegation.accuserNames == ["A group of authors"])
        #expect(allegation.accused == ["meta"])
        #expect(allegation.category == "copyright")
    }

    @Test func categoryComesFromTheTitleWhenTheSentenceHasNone() throws {
        let found = Fixtures.extract(
            "Anthropic filed a lawsuit against DeepSeek on Tuesday.", title: "Anthropic sues DeepSeek over distillation")
        #expect(found.allegations.count == 1)
        let allegation = try #require(found.allegations.first)
        #expect(allegation.category == "distillation")
        #expect(allegation.evidence.count == 2)
    }

    @Test func descriptionsResolveToTheOrganisationNamedElsewhere() {
        #expect(triples("DeepSeek released a new model. Anthropic accused the Chinese startup of distilling Claude.") == [#"["anthropic"] → ["deepseek"] distillation"#])
    }

    @Test func confidenceReflectsTheConstruction() throws {
        let active = try #require(Fixtures.extract("Anthropic accused DeepSeek of distilling Claude.").allegations.first)
        let reported = try #require(Fixtures.extract("DeepSeek distilled Claude, Anthropic said.").allegations.first)
        #expect(active.confidence > reported.confidence)
        #expect(reported.confidence > 0 && active.confidence <= 1)
    }

    // MARK: what is not an allegation

    @Test func negativesAndOrdinaryNewsMakeNothing() {
        let texts = [
            "Google claims a record for its Gemini model.",
            "OpenAI launched GPT-5 on Tuesday with a longer context window.",
            "Nvidia reported record revenue of $30 billion, beating estimates.",
            "The new model can act as a coding assistant for Microsoft developers.",
            "Meta fine-tuned Llama for the task and released it.",
            "OpenAI charges users $20 a month for ChatGPT Plus.",
            "Anthropic did not accuse Alibaba of anything.",
            "DeepSeek distilled its own larger model into a small one.",
            "Apple said its new phone sold well.",
        ]
        for text in texts {
            #expect(Fixtures.extract(text).allegations.isEmpty, "\(text)")
        }
    }

    @Test func aDenialIsAStatusReportNotANewAccusation() throws {
        let plain = Fixtures.extract("Alibaba denied the allegations.")
        #expect(plain.allegations.isEmpty)
        let report = try #require(plain.statusReports.first)
        #expect(report.status == .denied)
        #expect(report.accused == ["alibaba"])

        // When the denial names the accuser, the allegation it answers is recorded once, as the accuser made it.
        let named = Fixtures.extract("Alibaba rejected Anthropic's allegation that it distilled Claude.")
        #expect(named.allegations.map { "\($0.accusers) → \($0.accused)" } == [#"["anthropic"] → ["alibaba"]"#])
        #expect(named.allegations.first?.status == .denied)
        #expect(named.statusReports.first?.accusers == ["anthropic"])
    }

    @Test func anAccusationAndItsDenialInOneItem() throws {
        let found = Fixtures.extract("Anthropic accused Alibaba of distilling Claude. Alibaba denied the claims.")
        let allegation = try #require(found.allegations.first)
        #expect(found.allegations.count == 1)
        #expect(allegation.accusers == ["anthropic"])
        #expect(allegation.status == .denied)
        #expect(allegation.history.map(\.status) == ["denied"])
        #expect(allegation.evidence.count == 2)
    }
}
