import DocketModel
import Foundation

@testable import DocketRender

/// A small, fixed knowledge base for week 2026-W48 (23–29 November 2026): a distillation
/// dispute between Anthropic and Alibaba, a second one between OpenAI and DeepSeek, a
/// copyright case against Meta that moved, a scraping claim only a feed's first fetch
/// reported, regulation in the EU, California and the UK.
enum Sample {
    static func date(_ text: String) -> Date {
        guard let d = ISO8601.date(from: text) else { fatalError("bad date \(text)") }
        return d
    }

    static let week = try! BriefingPeriod(week: "2026-W48")

    static let companies: [Company] = [
        Company(id: "anthropic", name: "Anthropic", products: ["Claude"], country: "US", kind: .lab),
        Company(id: "alibaba", name: "Alibaba", aliases: ["Alibaba Cloud"], products: ["Qwen"], country: "CN"),
        Company(id: "openai", name: "OpenAI", products: ["ChatGPT", "GPT-5"], country: "US", kind: .lab),
        Company(id: "deepseek", name: "DeepSeek", products: ["R2"], country: "CN", kind: .lab),
        Company(id: "meta", name: "Meta", aliases: ["Facebook"], products: ["Llama"], country: "US", ambiguous: true),
        Company(id: "facebook", name: "Facebook", mergedInto: "meta"),
        Company(id: "european-commission", name: "European Commission", country: "EU", kind: .regulator),
    ]

    static let feeds: [Feed] = [
        Feed(id: "ai-labs", url: "https://ailabs.example/feed.xml", title: "AI Labs Wire", added: date("2026-01-01")),
        Feed(id: "policy-daily", url: "https://policy.example/rss", title: "Tech Policy Daily", added: date("2026-01-01")),
        Feed(id: "eu-watch", url: "https://eu.example/atom", title: "EU Digital Watch", added: date("2026-01-01")),
        Feed(id: "newcomer", url: "https://new.example/feed", title: nil, added: date("2026-11-24")),
    ]

    static let items: [Item] = [
        Item(
            id: "i1", feed: "ai-labs", title: "Anthropic says Alibaba queried Claude at scale to train Qwen",
            link: "https://ailabs.example/2026/11/anthropic-alibaba", published: date("2026-11-24T09:00:00Z")),
        Item(
            id: "i2", feed: "policy-daily", title: "Alibaba denies distillation claims",
            link: "https://policy.example/alibaba-denies", published: date("2026-11-25T14:30:00Z")),
        Item(
            id: "i3", feed: "policy-daily", title: "OpenAI accuses DeepSeek of distilling GPT-5",
            link: "https://policy.example/openai-deepseek", published: date("2026-11-26T08:00:00Z")),
        Item(
            id: "i4", feed: "policy-daily", title: "Authors sue Meta over Llama training data",
            link: "https://policy.example/authors-meta", published: date("2026-11-17T10:00:00Z")),
        Item(
            id: "i5", feed: "policy-daily", title: "Court lets authors' case against Meta go ahead",
            link: "https://policy.example/meta-ruling", published: date("2026-11-27T16:00:00Z")),
        Item(
            id: "i6", feed: "eu-watch", title: "Commission sets date for general-purpose AI codes",
            link: "https://eu.example/gpai-codes", published: date("2026-11-24T11:00:00Z")),
        Item(
            id: "i7", feed: "policy-daily", title: "California governor signs SB 53 amendments",
            link: "https://policy.example/sb53-signed", published: date("2026-11-25T19:00:00Z")),
        Item(
            id: "i8", feed: "newcomer", title: "Mistral accused of scraping news sites",
            link: "https://new.example/mistral-scraping", published: date("2026-11-24T07:00:00Z"), backlog: true),
        Item(
            id: "i9", feed: "ai-labs", title: "What distillation means for open models",
            link: "https://ailabs.example/2026/11/distillation-explainer", published: date("2026-11-28T12:00:00Z")),
        Item(
            id: "i10", feed: "policy-daily", title: "Rumour: Apple accused of cloning", link: "https://policy.example/rumour",
            published: date("2026-11-25T10:00:00Z")),
        Item(
            id: "i11", feed: "policy-daily", title: "Alibaba distillation dispute, day two",
            link: "https://policy.example/alibaba-denies", published: date("2026-11-26T09:00:00Z")),
    ]

    static let allegations: [Allegation] = [
        Allegation(
            id: "a-distill-alibaba", accusers: ["anthropic"], accused: ["alibaba"], category: "distillation", summary: "",
            products: ["Claude", "Qwen"], status: .confirmed,
            history: [
                StatusChange(status: "candidate", date: date("2026-11-24T09:00:00Z"), source: "i1"),
                StatusChange(status: "confirmed", date: date("2026-11-25T08:00:00Z"), source: "manual"),
            ],
            firstReported: date("2026-11-24T09:00:00Z"), lastReported: date("2026-11-26T09:00:00Z"),
            evidence: [
                Evidence(
                    item: "i1", sentence: "Anthropic said Alibaba's Qwen team queried Claude millions of times to learn from its answers.",
                    cues: ["said", "queried"], date: date("2026-11-24T09:00:00Z")),
                Evidence(
                    item: "i2", sentence: "Alibaba denied that Qwen was trained on Claude's outputs.", cues: ["denied"],
                    date: date("2026-11-25T14:30:00Z")),
                Evidence(
                    item: "i11", sentence: "The dispute over distillation continued.", cues: ["distillation"],
                    date: date("2026-11-26T09:00:00Z")),
            ], confidence: 0.92, edited: true),
        Allegation(
            id: "a-distill-deepseek", accusers: ["openai"], accused: ["deepseek"], category: "distillation",
            summary: "OpenAI says DeepSeek distilled GPT-5 outputs into R2.", products: ["GPT-5", "R2"], status: .candidate,
            history: [StatusChange(status: "candidate", date: date("2026-11-26T08:00:00Z"), source: "i3")],
            firstReported: date("2026-11-26T08:00:00Z"),
            evidence: [
                Evidence(
                    item: "i3", sentence: "OpenAI accused DeepSeek of distilling GPT-5 outputs to train R2.", cues: ["accused"],
                    date: date("2026-11-26T08:00:00Z"))
            ], confidence: 0.81),
        Allegation(
            id: "a-meta-copyright", accusers: [], accused: ["facebook"], accuserNames: ["Authors Guild"], category: "copyright",
            summary: "Authors say Meta trained Llama on pirated books.", products: ["Llama 4"], status: .upheld,
            history: [
                StatusChange(status: "candidate", date: date("2026-11-17T10:00:00Z"), source: "i4"),
                StatusChange(status: "confirmed", date: date("2026-11-18T09:00:00Z"), source: "manual"),
                StatusChange(status: "upheld", date: date("2026-11-27T16:00:00Z"), source: "i5"),
            ],
            firstReported: date("2026-11-17T10:00:00Z"),
            evidence: [
                Evidence(item: "i4", sentence: "The Authors Guild sued Meta, saying Llama was trained on pirated books.", date: date("2026-11-17T10:00:00Z")),
                Evidence(item: "i5", sentence: "A judge ruled that the authors' claims against Meta can proceed.", date: date("2026-11-27T16:00:00Z")),
            ], confidence: 0.9, edited: true),
        Allegation(
            id: "a-mistral-scraping", accusers: [], accused: ["mistral"], accuserNames: ["News publishers"], category: "scraping",
            summary: "", status: .candidate, firstReported: date("2026-11-24T07:00:00Z"),
            evidence: [Evidence(item: "i8", sentence: "Publishers accused Mistral of scraping news sites.", date: date("2026-11-24T07:00:00Z"))],
            confidence: 0.6),
        Allegation(
            id: "a-rejected", accusers: ["openai"], accused: ["anthropic"], category: "deception", summary: "A rumour.",
            status: .rejected, evidence: [Evidence(item: "i10", sentence: "A rumour.", date: date("2026-11-25T10:00:00Z"))]),
        Allegation(
            id: "a-duplicate", accusers: ["anthropic"], accused: ["alibaba"], category: "distillation", summary: "Same story.",
            status: .candidate, evidence: [Evidence(item: "i2", sentence: "Same.", date: date("2026-11-25T14:30:00Z"))],
            duplicateOf: "a-distill-alibaba"),
        Allegation(
            id: "a-old", accusers: ["anthropic"], accused: ["openai"], category: "safety", summary: "An older matter.",
            status: .confirmed, firstReported: date("2026-10-02"),
            evidence: [Evidence(item: "i-missing", sentence: "Older.", date: date("2026-10-02"))]),
    ]

    static let regulations: [Regulation] = [
        Regulation(
            id: "eu-ai-act", title: "EU AI Act", jurisdiction: "EU", body: "European Commission", instrument: "regulation",
            status: "in-force",
            history: [StatusChange(status: "in-force", date: date("2024-08-01"), source: "manual")],
            milestones: [
                Regulation.Milestone(date: date("2026-12-15"), what: "Codes of practice for general-purpose models due", item: "i6"),
                Regulation.Milestone(date: date("2027-08-02"), what: "High-risk obligations apply"),
            ],
            topics: ["general-purpose-ai", "safety"],
            evidence: [
                Evidence(
                    item: "i6", sentence: "The Commission said codes of practice for general-purpose models are due by 15 December.",
                    date: date("2026-11-24T11:00:00Z"))
            ]),
        Regulation(
            id: "us-ca-sb-53", title: "SB 53 (Transparency in Frontier AI Act)", jurisdiction: "US-CA", body: "California Legislature",
            instrument: "bill", status: "signed",
            history: [
                StatusChange(status: "passed", date: date("2026-09-10"), source: "manual"),
                StatusChange(status: "signed", date: date("2026-11-25T19:00:00Z"), source: "i7"),
            ],
            milestones: [Regulation.Milestone(date: date("2027-01-01"), what: "First transparency reports due", item: "i7")],
            topics: ["transparency"],
            evidence: [Evidence(item: "i7", sentence: "The governor signed the amendments to SB 53 on Wednesday.", date: date("2026-11-25T19:00:00Z"))]),
        Regulation(
            id: "gb-ai-bill", title: "Artificial Intelligence (Regulation) Bill", jurisdiction: "GB", body: "UK Parliament",
            instrument: "bill", status: "proposed",
            history: [StatusChange(status: "proposed", date: date("2026-03-04"), source: "manual")],
            milestones: [Regulation.Milestone(date: date("2027-01-20"), what: "Second reading")], topics: ["safety"],
            evidence: [Evidence(item: "i-missing", sentence: "A bill was introduced.", date: date("2026-03-04"))]),
    ]

    /// The W47 briefing's snapshot: Meta's case was confirmed, SB 53 passed, the EU act in force.
    static let previous = BriefingSnapshot(
        period: try! BriefingPeriod(week: "2026-W47"),
        allegations: ["a-meta-copyright": "confirmed", "a-old": "confirmed"],
        regulations: [
            "eu-ai-act": .init(status: "in-force", milestones: [.init(date: "2027-08-02", what: "High-risk obligations apply")]),
            "us-ca-sb-53": .init(status: "passed", milestones: []),
            "gb-ai-bill": .init(status: "proposed", milestones: [.init(date: "2027-01-20", what: "Second reading")]),
        ])

    static let watches = [
        WatchMatches(name: "distillation", query: "distil OR distillation", items: [items[0], items[2], items[8]], total: 3)
    ]

    static func input(previous: BriefingSnapshot? = Sample.previous, options: BriefingOptions = BriefingOptions()) -> BriefingInput {
        BriefingInput(
            period: week, allegations: allegations, regulations: regulations, companies: companies, feeds: feeds,
            previous: previous, itemCounts: ItemCounts(items: 1234, backlog: 56), watches: watches, options: options)
    }

    /// A lookup over `items` that counts its calls.
    final class Lookup: @unchecked Sendable {
        private(set) var calls: [String] = []
        var items: [String: Item]

        init(_ items: [Item] = Sample.items) {
            self.items = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0) })
        }

        func callAsFunction(_ id: String) -> Item? {
            calls.append(id)
            return items[id]
        }
    }

    static var bundledTemplates: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/DocketRender/Resources/templates")
    }

    static func renderer(_ name: String = "weekly") throws -> BriefingRenderer {
        BriefingRenderer(templates: try TemplateLibrary.load(template: nil, defaultName: name, userFolder: nil))
    }
}
