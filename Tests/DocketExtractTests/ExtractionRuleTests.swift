import DocketModel
import Testing

@testable import DocketExtract

/// One test per general rule of reading, on the bundled seed dictionaries (the ones users get),
/// each with a contrast that shows the rule, not the sentence, decides.
@Suite struct ExtractionRuleTests {
    static let extractor: Extractor = {
        do { return try Extractor() } catch { fatalError("bundled dictionaries do not load: \(error)") }
    }()

    func found(_ text: String, title: String? = nil) -> ItemExtraction {
        Self.extractor.extract(item: Fixtures.item(text, title: title))
    }

    func triples(_ text: String, title: String? = nil) -> [String] {
        found(text, title: title).allegations.map { "\($0.accusers) → \($0.accused) \($0.category)" }
    }

    func moves(_ text: String) -> [String] {
        found(text).regulations.map { "\($0.id) \($0.jurisdiction) \($0.status)" }
    }

    // MARK: categories

    @Test func anAuthorityActsWithinItsRemit() {
        // A data protection authority's fine over scraped photos is a privacy case …
        #expect(
            triples(
                "The Dutch Data Protection Authority fined Clearview AI for a facial recognition database of photos scraped from social networks."
            ) == [#"["dutch-ap"] → ["clearview-ai"] privacy"#])
        // … while a platform suing over the same act accuses it of scraping.
        #expect(
            triples("Reddit sued Clearview AI over a facial recognition database of photos scraped from its site.")
                == [#"["reddit"] → ["clearview-ai"] scraping"#])
    }

    @Test func breachingALongNamedRuleIsALegalFrameNotASecurityBreach() {
        let text = "The European Commission fined X for breaching the EU's online content rules."
        #expect(!triples(text).contains { $0.hasSuffix("security") })
        #expect(triples("The FTC sued Uber after hackers breached its servers.").contains {
            $0.hasSuffix("security")
        })
    }

    @Test func theBodyNamesTheCategoryWhenTheHeadlineDisagrees() {
        let result = triples(
            "Ofcom opened an investigation into X over sexualised images of children made with the chatbot.",
            title: "Ofcom investigates X over sexualised images")
        #expect(result == [#"["ofcom"] → ["x-corp"] child-safety"#])
    }

    @Test func legalTermsForDeceptionAndFailingToWarn() {
        #expect(
            triples(
                "The Texas attorney general opened an investigation into Character.AI for deceptive trade practices in marketing itself as a mental health tool."
            ).map { $0.components(separatedBy: " ").last } == ["deception"])
        #expect(
            triples(
                "Italy's competition authority opened an investigation into DeepSeek for failing to warn users that its chatbot may produce false information."
            ).map { $0.components(separatedBy: " ").last } == ["deception"])
    }

    @Test func reputationAloneIsNotDefamation() {
        let result = triples(
            "The European Commission opened an investigation into Google over its site reputation abuse policy, in breach of the Digital Markets Act.")
        #expect(result == [#"["european-commission"] → ["google"] antitrust"#])
        #expect(triples("Wolf River Electric sued Google, saying its AI Overviews made up claims that harmed its reputation.")
            .allSatisfy { $0.hasSuffix("defamation") })
    }

    @Test func copyingAndBotsNameTheirCategories() {
        #expect(triples("Britannica sued Perplexity for copying its definitions.") == [#"["encyclopaedia-britannica"] → ["perplexity"] copyright"#])
        #expect(triples("Reddit sued Anthropic, alleging its bots hit the site 100,000 times.") == [#"["reddit"] → ["anthropic"] scraping"#])
    }

    @Test func usingTheAccusingCompanysModelsToTrainIsDistillation() {
        #expect(
            triples("OpenAI says DeepSeek used the US company's proprietary models to train its own competitor.")
                == [#"["openai"] → ["deepseek"] distillation"#])
    }

    @Test func theSourceOfAReportIsNoSecondAccusation() {
        #expect(
            triples(
                "OpenAI says DeepSeek used the US company's proprietary models to train its own competitor, according to the Financial Times."
            ) == [#"["openai"] → ["deepseek"] distillation"#])
    }

    // MARK: constructions

    @Test func lookingIntoWhetherIsAnInquiryButLookingIntoAPlanIsNot() {
        #expect(
            triples(
                "The US Commerce Department is looking into whether DeepSeek has been using restricted Nvidia chips obtained through intermediaries."
            ) == [#"["commerce-department"] → ["deepseek"] export-controls"#])
        #expect(triples("Apple is looking into adding Gemini to Siri.").isEmpty)
    }

    @Test func anAuthorityOrderingACompanyToActAccusesIt() {
        #expect(
            triples(
                "Italy's privacy regulator, the Garante, ordered DeepSeek to block its chatbot over its handling of personal data."
            ) == [#"["italy-garante"] → ["deepseek"] privacy"#])
        #expect(triples("DeepSeek said it would block its chatbot in Italy.").isEmpty)
    }

    @Test func anActDatedInAnotherYearIsASeparateAllegation() {
        let dated = found(
            "Italy's Garante fined DeepSeek €3 million on Wednesday over the personal data of its users. The Garante fined OpenAI €15 million in December 2024 over similar personal data issues.")
        #expect(dated.allegations.map(\.accused).sorted { $0.joined() < $1.joined() } == [["deepseek"], ["openai"]])
        // Undated, the second company is a co-defendant of the same act.
        let undated = found(
            "Italy's Garante fined DeepSeek €3 million on Wednesday over the personal data of its users. The Garante also fined OpenAI over the same personal data issues.")
        #expect(undated.allegations.map(\.accused) == [["deepseek", "openai"]])
    }

    @Test func aRelativeAfterAnAppositionRefersToWhatTheAppositionDescribes() {
        let result = triples(
            "Perplexity has been sued by Dow Jones and the New York Post, two units of Rupert Murdoch's News Corp, which accuse the start-up of copying their journalism.")
        #expect(result == [#"["dow-jones", "new-york-post"] → ["perplexity"] copyright"#])
        // Without the apposition, `which` refers to the organisation before it.
        #expect(
            triples("Perplexity has been sued by News Corp, which accuses the start-up of copying its journalism.")
                == [#"["news-corp"] → ["perplexity"] copyright"#])
    }

    @Test func aRelativeClauseAfterADescribedSubjectIsSkipped() throws {
        let result = found(
            "Scale AI faces scrutiny over its contractors. The data-labelling company, which counts OpenAI and Meta among its customers, has been sued by former contractors over unpaid wages.")
        let allegation = try #require(result.allegations.first)
        #expect(result.allegations.count == 1)
        #expect(allegation.accused == ["scale-ai"])
        #expect(allegation.category == "labor")
    }

    @Test func officeHoldersNamesDoNotBreakACoordinatedList() {
        #expect(
            triples(
                "California Attorney General Rob Bonta and Delaware Attorney General Kathy Jennings sued OpenAI over the safety of ChatGPT for children."
            ) == [#"["california-attorney-general", "delaware-attorney-general"] → ["openai"] child-safety"#])
    }

    @Test func aParticiplePhraseWithItsAgentIsNotTheSubject() {
        // The coordinator of the suits is not who accuses; with no organisation as subject, nothing is read here.
        let result = triples(
            "The lawsuits, coordinated by the Recording Industry Association of America, accuse the two companies of copying decades of music.")
        #expect(!result.contains { $0.hasPrefix(#"["riaa"]"#) })
        // Without the participle the organisation before the verb is the subject.
        #expect(
            triples("The Recording Industry Association of America accused Suno of copying decades of music.")
                .contains { $0.hasPrefix(#"["riaa"]"#) })
    }

    @Test func aFrontedAdverbialIsNotWhatWasSaid() {
        let plain = triples("Delaware Attorney General Kathy Jennings warned OpenAI that ChatGPT was unsafe for children.")
        #expect(plain == [#"["delaware-attorney-general"] → ["openai"] child-safety"#])
        #expect(
            triples(
                "Earlier this month, Delaware Attorney General Kathy Jennings warned OpenAI that ChatGPT was unsafe for children."
            ) == plain)
    }

    // MARK: regulation statuses

    @Test func aStartMovedToALaterDateIsADelay() {
        #expect(moves("California's SB 942 will now take effect on 2 August 2026 instead of 1 January.") == ["us-ca-sb-942 US-CA delayed"])
        #expect(moves("California's SB 942 will take effect on 1 January 2026.").allSatisfy { $0.hasSuffix("in-force") })
    }

    @Test func anAdverbOfDegreeOrTimeKeepsTheStatusCue() {
        #expect(moves("The Digital Services Act became fully applicable on Saturday.") == ["eu-dsa EU applicable"])
        #expect(moves("The first AI Act bans now apply across the EU.") == ["eu-ai-act EU applicable"])
        #expect(moves("The AI Act would now apply to chatbots under the proposal.").allSatisfy { !$0.hasSuffix("applicable") })
    }

    @Test func aProposedNumberedThingIsNotAProposedInstrument() {
        #expect(
            !moves("Senators voted to remove a proposed 10-year moratorium on state AI laws from H.R. 1.").contains {
                $0.hasSuffix("proposed")
            })
    }
}
