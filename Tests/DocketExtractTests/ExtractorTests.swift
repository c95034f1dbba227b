import DocketModel
import Testing

@testable import DocketExtract

@Suite struct ExtractorTests {
    @Test func extractsEachItemInOrderAndListsItsCompanies() {
        let items = (0..<40).map { n in
            Fixtures.item(n % 2 == 0 ? "Anthropic accused DeepSeek of distilling Claude." : "Nvidia beat estimates.", id: "i\(n)")
        }
        let found = Fixtures.extractor.extract(items: items)
        #expect(found.map(\.item) == items.map(\.id))
        #expect(found[0].companies == ["anthropic", "deepseek"])
        #expect(found[1].companies == ["nvidia"])
        #expect(found[0].allegations.count == 1 && found[1].allegations.isEmpty)
        #expect(found == items.map(Fixtures.extractor.extract(item:)))
    }

    @Test func legislaturesAreContextNotCompanies() {
        let found = Fixtures.extract("The U.S. Senate passed SB 99 while OpenAI watched.")
        #expect(found.companies == ["openai"])
        #expect(found.mentions.map(\.companyID).contains("us-senate"))
    }

    @Test func readsTitleSummaryAndContentOnce() {
        let item = Item(
            id: "x", feed: "f", title: "Anthropic accuses DeepSeek of distillation", published: Fixtures.date,
            summary: "Anthropic accused DeepSeek of distillation.",
            content: "Anthropic accused DeepSeek of distillation. More text follows here.")
        let found = Fixtures.extractor.extract(item: item)
        #expect(found.allegations.count == 1)
        // the summary repeats the content's first sentence: one piece of evidence for it, one for the title
        #expect(found.allegations.first?.evidence.count == 2)
    }

    @Test func lowConfidenceCandidatesAreLeftOut() {
        let strict = Extractor(dictionary: Fixtures.dictionary, minimumConfidence: 0.95)
        #expect(strict.extract(item: Fixtures.item("DeepSeek distilled Claude, Anthropic said.")).allegations.isEmpty)
        #expect(!Fixtures.extract("DeepSeek distilled Claude, Anthropic said.").allegations.isEmpty)
    }
}

@Suite struct RobustnessTests {
    /// Random text of names, cue words, numbers, punctuation and other scripts: extraction must
    /// never trap, and every mention must point into the text.
    @Test func randomTextNeverBreaksExtraction() {
        var names: [String] = []
        for c in Fixtures.dictionary.companies { names += [c.name] + c.aliases + c.products }
        let words = [
            "accused", "sued", "by", "of", "the", "and", ",", ".", "said", "according", "to", "fined", "€3", "million",
            "which", "it", "denied", "Act", "SB", "53", "signed", "into", "force", "on", "1", "August", "2026", "(", ")",
            "whether", "including", ":", "—", "’s", "'", "\"", "百度", "Société", "X", "Meta", "apple", "…", "?", "\n\n",
            "Regulation", "EU", "2024/1689", "Executive", "Order", "14110", "H.R.", "Law", "No.", "lawsuit", "against",
            "investigation", "into", "The", "company", "regulator", "Inc.", "U.S.", "e.g.", "3.5", "-", "faces",
        ]
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var items: [Item] = []
        for n in 0..<300 {
            var parts: [String] = []
            for _ in 0..<(1 + next(60)) {
                parts.append(next(3) == 0 ? names[next(names.count)] : words[next(words.count)])
            }
            let separator = n % 2 == 0 ? " " : ""
            items.append(Fixtures.item(parts.joined(separator: separator), title: next(2) == 0 ? parts.first : nil, id: "r\(n)"))
        }
        let found = Fixtures.extractor.extract(items: items)
        #expect(found.count == items.count)
        for (item, extraction) in zip(items, found) {
            let length = ((item.title.map { $0 + "\n\n" } ?? "") + (item.content ?? "")).utf8.count
            #expect(extraction.mentions.allSatisfy { $0.utf8Range.upperBound <= length })
            #expect(extraction.allegations.allSatisfy { !$0.accused.isEmpty && $0.confidence <= 1 })
        }
    }
}
