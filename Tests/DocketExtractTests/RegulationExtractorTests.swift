import DocketModel
import Testing

@testable import DocketExtract

@Suite struct RegulationExtractorTests {
    func moves(_ text: String, title: String? = nil) -> [String] {
        Fixtures.extract(text, title: title).regulations.map { "\($0.id) \($0.jurisdiction) \($0.status)" }
    }

    // MARK: instruments by name and by pattern

    @Test func namedInstrumentsKeepTheirSeedIDs() throws {
        #expect(moves("The EU AI Act entered into force on 1 August 2024.") == ["eu-ai-act EU in-force"])
        #expect(moves("Regulation (EU) 2024/1689 applies from 2 August 2026.") == ["eu-ai-act EU applicable"])
        let regulation = try #require(Fixtures.extract("The AI Act entered into force in August.").regulations.first)
        #expect(regulation.instrument == "regulation")
        #expect(regulation.title == "EU AI Act")
        #expect(regulation.topics == ["ai", "safety"])
    }

    @Test func billNumbersTakeTheirJurisdictionFromContext() {
        #expect(moves("Governor Newsom signed SB 53 into law in California on September 29, 2025.") == ["us-ca-sb-53 US-CA signed"])
        #expect(moves("Texas lawmakers passed SB 1234, a bill on deepfakes.") == ["us-tx-sb-1234 US-TX passed"])
        #expect(moves("In Colorado, the governor signed Senate Bill 205.") == ["us-co-sb-205 US-CO signed"])
        #expect(moves("The House passed H.R. 1 on Thursday.") == ["us-hr-1 US passed"])
        // the same number in another state is another bill
        #expect(moves("Texas lawmakers passed SB 53 on Monday.") == ["us-tx-sb-53 US-TX passed"])
    }

    @Test func executiveOrdersAndEUActNumbers() {
        #expect(moves("Trump revoked Executive Order 14110 and signed Executive Order 14179.") == ["us-eo-14110 US repealed", "us-eo-14179 US signed"])
        #expect(moves("Directive (EU) 2019/790 was adopted in April.") == ["eu-directive-2019-790 EU adopted"])
    }

    @Test func titledActsAreRecognisedByTheirHeadWord() {
        #expect(moves("The Kids Online Safety Act passed the Senate in the United States.") == ["us-kids-online-safety-act US passed"])
        #expect(moves("Britain repealed the Online Safety Act.") == ["gb-online-safety-act GB repealed"])
        // a headline verb is not part of the name
        #expect(moves("Meta Must Act Fast on AI, Investors Say") == [])
    }

    // MARK: statuses

    @Test func statusesFromCues() {
        #expect(moves("California's governor vetoed SB 1047.") == ["us-ca-sb-1047 US-CA vetoed"])
        #expect(moves("SB 53 was introduced in the California Senate.") == ["us-ca-sb-53 US-CA introduced"])
        #expect(moves("The EU postponed the AI Act's rules for high-risk systems.") == ["eu-ai-act EU delayed"])
        #expect(moves("The Commission opened a consultation on the AI Act.") == ["eu-ai-act EU consultation"])
        #expect(moves("The GDPR was proposed in 2012 by the European Commission.") == ["eu-gdpr EU proposed"])
    }

    @Test func theMainVerbWinsOverARelativeClause() {
        #expect(moves("California's SB 53, which was introduced in January, passed the Senate on Tuesday.") == ["us-ca-sb-53 US-CA passed"])
    }

    @Test func listsShareTheirStatus() {
        #expect(moves("New laws taking effect include Texas SB 10, SB 20 and SB 30.").count == 3)
    }

    @Test func mentionsWithoutAMoveAreNotReported() {
        #expect(moves("Meta says its glasses comply with the GDPR.") == [])
        #expect(moves("SB 53 has not been signed in California.") == [])
        #expect(moves("The AI Act would delay nothing, critics said.") == [])
    }

    // MARK: milestones

    @Test func milestonesFromDatesWithAndWithoutYears() throws {
        let ai = try #require(Fixtures.extract("The EU AI Act entered into force on 1 August 2024 and applies from 2 August 2026.").regulations.first)
        #expect(ai.milestones.map(\.date) == [Fixtures.day("2024-08-01"), Fixtures.day("2026-08-02")])
        #expect(ai.milestones.map(\.what) == ["in-force", "applicable"])
        #expect(ai.milestones.allSatisfy { $0.item == "item-1" })

        // Published 2026-11-20: `12 February` is the coming one.
        let consultation = try #require(Fixtures.extract("The consultation on the AI Act closes on 12 February.").regulations.first)
        #expect(consultation.status == "consultation")
        #expect(consultation.milestones.map(\.date) == [Fixtures.day("2027-02-12")])

        let delay = try #require(Fixtures.extract("The EU delayed the AI Act's high-risk rules by December 2027.").regulations.first)
        #expect(delay.milestones.map(\.date) == [Fixtures.day("2027-12-01")])

        let us = try #require(Fixtures.extract("Colorado delayed SB 205 until June 30, 2026.").regulations.first)
        #expect(us.id == "us-co-sb-205")
        #expect(us.milestones.map(\.date) == [Fixtures.day("2026-06-30")])
    }

    @Test func evidenceAndHistoryCarryTheItem() throws {
        let regulation = try #require(Fixtures.extract("Governor Newsom signed SB 53 in California.", id: "wire-7").regulations.first)
        #expect(regulation.evidence.first?.item == "wire-7")
        #expect(regulation.evidence.first?.sentence == "Governor Newsom signed SB 53 in California.")
        #expect(regulation.history == [StatusChange(status: "signed", date: Fixtures.date, source: "wire-7")])
        #expect(regulation.confidence > 0.5)
    }

    @Test func numberPatternsParse() {
        #expect(NumberPattern.parse("SB 53")?.slug == "sb-53")
        #expect(NumberPattern.parse("S.B. 53")?.slug == "sb-53")
        #expect(NumberPattern.parse("SB 24-205")?.slug == "sb-24-205")
        #expect(NumberPattern.parse("SB25B-004")?.slug == "sb-25b-004")
        #expect(NumberPattern.parse("H.R. 1")?.slug == "hr-1")
        #expect(NumberPattern.parse("Executive Order No. 14110")?.slug == "eo-14110")
        #expect(NumberPattern.parse("Regulation (EU) 2024/1689")?.slug == "regulation-2024-1689")
        #expect(NumberPattern.parse("PL 2338/2023")?.slug == "pl-2338-2023")
        #expect(NumberPattern.parse("Law No. 132/2025")?.slug == "law-132-2025")
        #expect(NumberPattern.parse("A 2024 report") == nil)
    }
}
