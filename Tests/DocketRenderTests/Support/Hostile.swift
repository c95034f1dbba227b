import DocketModel
import Foundation

@testable import DocketRender

/// Feed text written to break a document: table pipes and newlines, code, HTML, link and
/// image injection, emphasis, block starts, references, direction overrides.
enum Hostile {
    static let strings: [String] = [
        "Pipe | in | the | title",
        "Line\nbreak\r\nand\u{2028}separator\tand\u{0085}more",
        "`code` and ``` fence ```",
        "<script>alert(1)</script> & <img src=x onerror=alert(2)>",
        "[click me](javascript:alert(3)) and [fine](https://evil.example/)",
        "![pixel](https://evil.example/p.png)",
        "*bold* _italic_ **strong** __under__ ~~strike~~",
        "# Heading injection",
        "- list injection",
        "2026. ordered injection",
        "> quote injection",
        "&lt;script&gt; &#60;b&#62; &amp; AT&T",
        "back\\slash \\| escaped pipe \\",
        "$x^2$ maths",
        "<https://autolink.example/> <mailto:x@y.example>",
        "\u{202E}txet desrever\u{202C} and zero\u{200B}width",
        "---",
        "| a | b |\n|---|---|\n| c | d |",
        "[1]: javascript:alert(4)",
        "{{title}} {{{summary}}} {{> source}}",
    ]

    /// Link targets that must never be printed as such.
    static let links: [String] = [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "  javascript:alert(1)", "java\nscript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd", "//evil.example/x",
        "/relative/path", "https://user:secret@evil.example/", "ftp://files.example/x",
    ]

    /// Links that are kept, but must come out percent-encoded.
    static let awkwardLinks: [String] = [
        "https://ok.example/a b|c(d)<e>\"f'g`h*i[j]{k}^l\\m", "http://ok.example/)](javascript:alert(1))",
        "HTTPS://OK.example/Case?q=1&r=<2>#frag#ment",
    ]

    /// The sample knowledge base with `attack` added to every piece of text feeds or
    /// extraction could put in it (names, titles, summaries, sentences, products, topics).
    static func input(_ attack: String) -> (BriefingInput, Sample.Lookup) {
        func t(_ s: String) -> String { s + " " + attack }
        var input = Sample.input()
        input.companies = input.companies.map { c in
            var c = c
            c.name = t(c.name)
            c.products = c.products.map(t)
            return c
        }
        input.feeds = input.feeds.map { f in
            var f = f
            f.title = t(f.title ?? f.id)
            return f
        }
        input.allegations = input.allegations.map { a in
            var a = a
            a.summary = t(a.summary)
            a.category = t(a.category)
            a.accuserNames = a.accuserNames.map(t) + [attack]
            a.products = a.products.map(t)
            a.evidence = a.evidence.map { e in
                var e = e
                e.sentence = t(e.sentence)
                return e
            }
            return a
        }
        input.regulations = input.regulations.map { r in
            var r = r
            r.title = t(r.title)
            r.body = t(r.body ?? "")
            r.instrument = t(r.instrument)
            r.status = t(r.status)
            r.jurisdiction = t(r.jurisdiction)
            r.topics = r.topics.map(t)
            r.history = r.history.map { StatusChange(status: t($0.status), date: $0.date, source: $0.source) }
            r.milestones = r.milestones.map { Regulation.Milestone(date: $0.date, what: t($0.what), item: $0.item) }
            r.evidence = r.evidence.map { e in
                var e = e
                e.sentence = t(e.sentence)
                return e
            }
            return r
        }
        let items = Sample.items.map { i in
            var i = i
            i.title = t(i.title ?? "")
            i.summary = t(i.summary ?? "")
            return i
        }
        input.watches = [WatchMatches(name: t("watch"), query: t("query"), items: Array(items.prefix(3)), total: 5)]
        input.options.title = t("Briefing")
        return (input, Sample.Lookup(items))
    }
}
