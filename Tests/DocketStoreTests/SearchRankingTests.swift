import DocketModel
import Foundation
import Testing

@testable import DocketStore

/// Ranking, filters, kinds and snippets, on small knowledge bases whose answers are known.
@Suite struct SearchRankingTests {
    func kb(_ tmp: TemporaryFolder, _ items: [Item], companies: [Company] = []) throws -> KnowledgeBase {
        let kb = try tmp.knowledgeBase(companies: companies)
        try kb.append(items)
        return kb
    }

    func titles(_ kb: KnowledgeBase, _ query: String, options: SearchOptions = SearchOptions()) throws -> [String] {
        try kb.search(query, options: options).group(.item)?.results.map(\.title) ?? []
    }

    /// The text a highlight covers.
    func marked(_ text: String, _ ranges: [Range<Int>]) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return ranges.map { r in String(String.UnicodeScalarView(scalars[r])) }
    }

    static let filler = "the agency said on monday that a report would follow later in the year after a review"

    @Test func titleMatchesRankAboveBodyMatches() throws {
        let tmp = try TemporaryFolder()
        let kb = try kb(tmp, [
            SearchSample.item("b", title: "Agency publishes report", summary: "Distillation concerns raised. " + Self.filler),
            SearchSample.item("t", title: "Distillation report published", summary: "Concerns raised. " + Self.filler),
            SearchSample.item("x", title: "Unrelated", summary: Self.filler),
        ])
        #expect(try titles(kb, "distillation") == ["Distillation report published", "Agency publishes report"])
    }

    @Test func moreOccurrencesAndRarerTermsScoreHigher() throws {
        let tmp = try TemporaryFolder()
        let kb = try kb(tmp, [
            SearchSample.item("1", title: "Chips", summary: "tariffs " + Self.filler),
            SearchSample.item("2", title: "Chips", summary: "tariffs tariffs tariffs " + Self.filler),
            SearchSample.item("3", title: "Chips", summary: "quota " + Self.filler),
            SearchSample.item("4", title: "Chips", summary: "tariffs " + Self.filler),
        ])
        let results = try kb.search("tariffs OR quota").group(.item)?.results ?? []
        #expect(results.count == 4)
        #expect(results.map(\.id).prefix(2) == [SearchSample.item("3", title: "").id, SearchSample.item("2", title: "").id])
        #expect(results[0].score > results[1].score && results[1].score > results[2].score)
    }

    @Test func recencyBreaksTies() throws {
        let tmp = try TemporaryFolder()
        let kb = try kb(tmp, [
            SearchSample.item("old", title: "Probe opened", summary: "same words", published: "2026-01-05T00:00:00Z"),
            SearchSample.item("new", title: "Probe opened", summary: "same words", published: "2026-06-05T00:00:00Z"),
            SearchSample.item("mid", title: "Probe opened", summary: "same words", published: "2026-03-05T00:00:00Z"),
        ])
        let results = try kb.search("probe").group(.item)?.results ?? []
        #expect(results.map(\.date).compactMap { $0.map(ISO8601.dateString) } == ["2026-06-05", "2026-03-05", "2026-01-05"])
        #expect(Set(results.map(\.score)).count == 1)
    }

    @Test func phrasesNeedTheWordsTogetherInOrder() throws {
        let tmp = try TemporaryFolder()
        let kb = try kb(tmp, [
            SearchSample.item("1", title: "New export controls", summary: Self.filler),
            SearchSample.item("2", title: "Controls on export", summary: Self.filler),
            SearchSample.item("3", title: "Export and import controls", summary: Self.filler),
            SearchSample.item("4", title: "Rules", summary: "Exports: control of chips"),
        ])
        #expect(Set(try titles(kb, "\"export controls\"")) == ["New export controls", "Rules"])
        #expect(try titles(kb, "export-control").count == 2)
    }

    @Test func aPhraseDoesNotSpanTitleAndBody() throws {
        let tmp = try TemporaryFolder()
        let kb = try kb(tmp, [SearchSample.item("1", title: "Ministry tightens export", summary: "controls on chips")])
        #expect(try titles(kb, "\"export controls\"").isEmpty)
        #expect(try titles(kb, "export controls").count == 1)
    }

    @Test func excludedTermsRemoveResults() throws {
        let tmp = try TemporaryFolder()
        let kb = try kb(tmp, [
            SearchSample.item("1", title: "Scraping lawsuit filed", summary: "against openai"),
            SearchSample.item("2", title: "Scraping rules", summary: "proposed by regulator"),
            SearchSample.item("3", title: "Scraping settlement", summary: "openai settles"),
        ])
        #expect(try titles(kb, "scraping -openai") == ["Scraping rules"])
        #expect(Set(try titles(kb, "scraping -(rules OR settlement)")) == ["Scraping lawsuit filed"])
        #expect(Set(try titles(kb, "-openai")) == ["Scraping rules"])
    }

    @Test func searchIgnoresCaseDiacriticsPluralsAndPossessives() throws {
        let tmp = try TemporaryFolder()
        let kb = try kb(tmp, [SearchSample.item("1", title: "Alibaba's allegations against Zürich lab", summary: "Société policies")])
        for q in ["alibaba allegation", "ALIBABAS Allegations", "zurich", "ZÜRICH", "societe policy", "Alibaba’s"] {
            #expect(try titles(kb, q).count == 1, "query \(q)")
        }
    }

    @Test func itemFiltersCompanyCategoryFeedAndDates() throws {
        let tmp = try TemporaryFolder()
        let companies = [
            Company(id: "alibaba", name: "Alibaba Group", aliases: ["Aliyun"]),
            Company(id: "alibaba-cloud", name: "Alibaba Cloud", mergedInto: "alibaba"),
        ]
        let kb = try kb(
            tmp,
            [
                SearchSample.item("1", title: "Model queried", published: "2026-09-03T10:00:00Z", companies: ["alibaba"], categories: ["Distillation"]),
                SearchSample.item("2", title: "Model queried", published: "2026-08-30T10:00:00Z", companies: ["alibaba"]),
                SearchSample.item("3", title: "Model queried", published: "2026-09-20T10:00:00Z", feed: "beta", companies: ["alibaba-cloud"]),
                SearchSample.item("4", title: "Model queried", published: "2026-10-01T00:00:00Z", companies: ["openai"]),
            ], companies: companies)
        func ids(_ q: String) throws -> Set<String> {
            Set(try kb.search(q).group(.item)?.results.map { $0.link!.components(separatedBy: "/").last! } ?? [])
        }
        #expect(try ids("model company:alibaba") == ["1", "2", "3"])
        #expect(try ids("model company:aliyun") == ["1", "2", "3"])
        #expect(try ids("model company:\"Alibaba Group\"") == ["1", "2", "3"])
        #expect(try ids("company:openai") == ["4"])
        #expect(try ids("model category:distillation") == ["1"])
        #expect(try ids("model feed:beta") == ["3"])
        #expect(try ids("model since:2026-09") == ["1", "3", "4"])
        #expect(try ids("model until:2026-09") == ["1", "2", "3"])
        #expect(try ids("model since:2026-09-03 until:2026-09-20") == ["1", "3"])
        #expect(try ids("company:alibaba -feed:beta since:2026-09") == ["1"])
        let options = SearchOptions(since: Sample.date("2026-09-01T00:00:00Z"), until: Sample.date("2026-09-10T00:00:00Z"))
        #expect(try kb.search("model", options: options).group(.item)?.total == 1)
    }

    @Test func filterOnlyQueriesRankByDate() throws {
        let tmp = try TemporaryFolder()
        let kb = try kb(tmp, [
            SearchSample.item("1", title: "A", published: "2026-02-01T00:00:00Z"),
            SearchSample.item("2", title: "B", published: "2026-04-01T00:00:00Z"),
            SearchSample.item("3", title: "C", published: "2026-03-01T00:00:00Z"),
        ])
        #expect(try titles(kb, "since:2026-02-15") == ["B", "C"])
        #expect(try titles(kb, "kind:item") == ["B", "C", "A"])
    }

    func curated(_ tmp: TemporaryFolder) throws -> KnowledgeBase {
        let companies = [
            Company(id: "anthropic", name: "Anthropic", products: ["Claude"], country: "US"),
            Company(id: "alibaba", name: "Alibaba", products: ["Qwen"], country: "CN"),
            Company(id: "garante", name: "Garante per la protezione dei dati personali", aliases: ["Italian DPA"], country: "IT", kind: .regulator),
        ]
        let kb = try kb(tmp, [
            SearchSample.item("1", title: "Anthropic says Alibaba distilled Claude", summary: "Queries at scale.", published: "2026-09-10T00:00:00Z", companies: ["anthropic", "alibaba"]),
            SearchSample.item("2", title: "Italy's Garante fines chatbot maker", summary: "Privacy order.", published: "2026-05-02T00:00:00Z", companies: ["garante"]),
        ], companies: companies)
        try kb.write {
            try $0.saveAllegations([
                Allegation(
                    id: "a1", accusers: ["anthropic"], accused: ["alibaba"], category: "distillation",
                    summary: "Anthropic says Alibaba queried Claude at scale to train Qwen.", products: ["Qwen"], status: .confirmed,
                    firstReported: Sample.date("2026-09-10T00:00:00Z"), lastReported: Sample.date("2026-10-02T00:00:00Z")),
                Allegation(
                    id: "a2", accusers: ["garante"], accused: ["anthropic"], category: "privacy",
                    summary: "The Garante says a chatbot processed personal data without a legal basis.", status: .candidate,
                    firstReported: Sample.date("2026-05-02T00:00:00Z")),
            ])
            try $0.saveRegulations([
                Regulation(
                    id: "us-ca-sb-53", title: "SB 53: frontier AI transparency", jurisdiction: "US-CA", body: "California Legislature",
                    instrument: "bill", status: "signed", history: [StatusChange(status: "signed", date: Sample.date("2026-09-29T00:00:00Z"), source: "manual")],
                    topics: ["safety", "transparency"]),
                Regulation(
                    id: "eu-ai-act", title: "AI Act", jurisdiction: "EU", body: "European Parliament", instrument: "regulation",
                    status: "in-force", history: [StatusChange(status: "in-force", date: Sample.date("2024-08-01T00:00:00Z"), source: "manual")],
                    topics: ["safety"]),
            ])
        }
        return kb
    }

    @Test func resultsAreGroupedByKind() throws {
        let tmp = try TemporaryFolder()
        let kb = try curated(tmp)
        let results = try kb.search("alibaba")
        #expect(results.groups.map(\.kind) == [.allegation, .company, .item])
        #expect(results.group(.allegation)?.results.map(\.id) == ["a1"])
        #expect(results.group(.allegation)?.results.first?.title == "Anthropic accuses Alibaba (distillation)")
        #expect(results.group(.allegation)?.results.first?.status == "confirmed")
        #expect(results.group(.company)?.results.map(\.id) == ["alibaba"])
        #expect(try kb.search("alibaba", options: SearchOptions(kinds: [.allegation])).groups.map(\.kind) == [.allegation])
        #expect(try kb.search("alibaba kind:company").groups.map(\.kind) == [.company])
    }

    @Test func allegationFilters() throws {
        let tmp = try TemporaryFolder()
        let kb = try curated(tmp)
        func ids(_ q: String) throws -> [String] { try kb.search(q, options: SearchOptions(kinds: [.allegation])).all.map(\.id) }
        #expect(try ids("category:distillation company:alibaba") == ["a1"])
        #expect(try ids("status:confirmed") == ["a1"])
        #expect(try ids("company:anthropic").sorted() == ["a1", "a2"])
        #expect(try ids("company:\"Italian DPA\"") == ["a2"])
        // Reported from September 10 to October 2: overlaps October, not August.
        #expect(try ids("qwen since:2026-10") == ["a1"])
        #expect(try ids("qwen until:2026-08").isEmpty)
        #expect(try ids("personal data") == ["a2"])
    }

    @Test func regulationFilters() throws {
        let tmp = try TemporaryFolder()
        let kb = try curated(tmp)
        func ids(_ q: String) throws -> [String] { try kb.search(q).group(.regulation)?.results.map(\.id) ?? [] }
        #expect(try ids("jurisdiction:US") == ["us-ca-sb-53"])
        #expect(try ids("jurisdiction:us-ca") == ["us-ca-sb-53"])
        #expect(try ids("jurisdiction:EU") == ["eu-ai-act"])
        #expect(try ids("status:in-force") == ["eu-ai-act"])
        #expect(try ids("category:transparency") == ["us-ca-sb-53"])
        #expect(try ids("safety since:2026") == ["us-ca-sb-53"])
        #expect(try ids("california") == ["us-ca-sb-53"])
        #expect(try kb.search("jurisdiction:IT").groups.map(\.kind) == [.company])
    }

    @Test func snippetsHighlightWhatMatched() throws {
        let tmp = try TemporaryFolder()
        let long = (1...60).map { "word\($0)" }.joined(separator: " ")
        let kb = try kb(tmp, [
            SearchSample.item("1", title: "Alibaba's model", summary: long + " Regulators say Alibaba’s export controls breach was deliberate. " + long),
        ])
        let result = try #require(try kb.search("alibaba \"export controls\"").group(.item)?.results.first)
        #expect(marked(result.snippet, result.highlights) == ["Alibaba’s", "export controls"])
        #expect(result.snippet.hasPrefix("…") && result.snippet.hasSuffix("…"))
        #expect(marked(result.title, result.titleHighlights) == ["Alibaba's"])
        let line = String(decoding: result.jsonLine(), as: UTF8.self)
        #expect(line.hasSuffix("}\n"))
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["kind"] as? String == "item")
        #expect(object?["feed"] as? String == "alpha")
        #expect(object?["link"] as? String == "https://alpha.example/1")
        #expect((object?["highlights"] as? [[Int]])?.count == 2)
        #expect(object?["date"] as? String == "2026-10-01T12:00:00Z")
        let bold = SearchResult.emphasised(result.title, result.titleHighlights, bold: true)
        #expect(bold == "\u{1B}[1mAlibaba's\u{1B}[22m model")
        #expect(SearchResult.emphasised(result.title, result.titleHighlights, bold: false) == "Alibaba's model")
    }

    @Test func shortTextIsTheWholeSnippet() throws {
        let tmp = try TemporaryFolder()
        let kb = try kb(tmp, [SearchSample.item("1", title: "T", summary: "Chips\n\nand   tariffs.")])
        let result = try #require(try kb.search("tariffs").all.first)
        #expect(result.snippet == "Chips and tariffs.")
        #expect(result.highlights == [10..<17])
    }

    @Test func limitCutsEachGroupAndTotalCountsAll() throws {
        let tmp = try TemporaryFolder()
        let kb = try kb(tmp, SearchSample.generated(1...60))
        let group = try #require(try kb.search("w2", options: SearchOptions(limit: 5)).group(.item))
        #expect(group.results.count == 5)
        #expect(group.total == 30)
        #expect(try kb.search("w2", options: SearchOptions(limit: 0)).group(.item)?.results.isEmpty == true)
    }

    @Test func nothingMatchesGivesNoGroups() throws {
        let tmp = try TemporaryFolder()
        let kb = try curated(tmp)
        #expect(try kb.search("zanzibar").groups.isEmpty)
        #expect(try kb.search("feed:nowhere").groups.isEmpty)
    }

    @Test func anEmptyKnowledgeBaseAnswersNothing() throws {
        let tmp = try TemporaryFolder()
        let kb = try tmp.knowledgeBase()
        let results = try kb.search("anything")
        #expect(results.groups.isEmpty)
        #expect(results.warnings.isEmpty)
    }
}
