import Foundation
import Testing

@testable import DocketRender

@Suite struct EscapingTests {
    let md = MarkdownEscaper(style: .commonMark)
    let ink = MarkdownEscaper(style: .entities)

    @Test func commonMarkEscapesEveryInlineSpecial() {
        #expect(md.text("a|b") == "a\\|b")
        #expect(md.text("*x* _y_ ~z~") == "\\*x\\* \\_y\\_ \\~z\\~")
        #expect(md.text("[t](javascript:alert(1))") == "\\[t\\](javascript:alert(1))")
        #expect(md.text("`code`") == "\\`code\\`")
        #expect(md.text("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;")
        #expect(md.text("back\\slash") == "back\\\\slash")
        #expect(md.text("$1 and $2") == "\\$1 and \\$2")
    }

    @Test func ampersandsAreEscapedOnlyWhereTheyWouldStartAReference() {
        #expect(md.text("AT&T & Co") == "AT&T & Co")
        #expect(md.text("&lt;b&gt;") == "&amp;lt;b&amp;gt;")
        #expect(md.text("&#60;") == "&amp;#60;")
        #expect(ink.text("AT&T") == "AT&amp;T")
    }

    @Test func blockStartsAreEscapedOnlyAtTheStart() {
        #expect(md.text("# title") == "\\# title")
        #expect(md.text("a # b") == "a # b")
        #expect(md.text("- item") == "\\- item")
        #expect(md.text("a - b") == "a - b")
        #expect(md.text("2026. A year") == "2026\\. A year")
        #expect(md.text("3) three") == "3\\) three")
        #expect(md.text("v2.0 is out") == "v2.0 is out")
        #expect(md.text("> quote") == "&gt; quote")
    }

    @Test func entitiesStyleUsesNumericReferences() {
        #expect(ink.text("a|b*c_d[e]f`g~h\\i") == "a&#124;b&#42;c&#95;d&#91;e&#93;f&#96;g&#126;h&#92;i")
        #expect(ink.text("# x") == "&#35; x")
        #expect(ink.text("<script>") == "&lt;script&gt;")
    }

    @Test func textBecomesOneLine() {
        #expect(md.text("a\nb\r\nc\td\u{2028}e\u{0085}f   g") == "a b c d e f g")
        #expect(md.text("  padded  ") == "padded")
        #expect(md.text("\u{202E}evil\u{202C} zero\u{200B}width\u{0007}") == "evil zerowidth")
        #expect(md.text(nil) == "")
    }

    @Test func limitShortensAtAWordBoundaryBeforeEscaping() {
        let long = String(repeating: "word ", count: 50) + "|end"
        let short = md.text(long, limit: 40)
        #expect(short.hasSuffix("…"))
        #expect(short.count <= 40)
        #expect(!short.contains("wor…"))
        // Cutting never splits an escape.
        #expect(md.text("aaaa|bbbb|cccc", limit: 6).hasSuffix("…"))
        #expect(!md.text("aaaa|bbbb|cccc", limit: 6).hasSuffix("\\…"))
    }

    @Test func safeLinksKeepOnlyHTTP() {
        #expect(SafeLink.http("https://example.org/a?b=c#d") == "https://example.org/a?b=c#d")
        #expect(SafeLink.http("HTTP://Example.org/") == "http://Example.org/")
        #expect(SafeLink.http("  https://example.org/x  ") == "https://example.org/x")
        for bad in Hostile.links { #expect(SafeLink.http(bad) == nil, "\(bad.debugDescription)") }
        #expect(SafeLink.http("https://") == nil)
        #expect(SafeLink.http("https:///path") == nil)
        #expect(SafeLink.http("https://exa mple.org/") == nil)
        #expect(SafeLink.http("https://bücher.example/") == nil)
        #expect(SafeLink.http(nil) == nil)
    }

    @Test func safeLinksArePercentEncoded() {
        #expect(SafeLink.http("https://e.org/a b|c(d)") == "https://e.org/a%20b%7Cc%28d%29")
        #expect(SafeLink.http("https://e.org/<\"'`*[]{}^\\>") == "https://e.org/%3C%22%27%60%2A%5B%5D%7B%7D%5E%5C%3E")
        #expect(SafeLink.http("https://e.org/ü") == "https://e.org/%C3%BC")
        #expect(SafeLink.http("https://e.org/100%25/%zz") == "https://e.org/100%25/%25zz")
        #expect(SafeLink.http("https://e.org/a#b#c") == "https://e.org/a#b%23c")
        #expect(SafeLink.http("https://e.org:8443/x") == "https://e.org:8443/x")
    }

    @Test func mermaidTextCannotCloseTheBlockOrAddEvents() {
        #expect(MermaidText.clean("a ``` b") == "a b")
        #expect(MermaidText.clean("x: y; z # w %% v") == "x - y z w v")
        #expect(MermaidText.clean("line\nbreak") == "line break")
        #expect(MermaidText.clean("<b>bold</b> {x} [y]") == "b bold /b x y")
        #expect(MermaidText.clean("Zoë & Søren (EU)") == "Zoë & Søren (EU)")
    }

    @Test func xmlTextEscapesAndDropsForbiddenCharacters() {
        #expect(XMLText.escape("a<b>&c") == "a&lt;b&gt;&amp;c")
        #expect(XMLText.escape("bell\u{0007}\u{FFFE}") == "bell")
        #expect(XMLText.attribute("say \"hi\" 'there'") == "say &quot;hi&quot; &apos;there&apos;")
    }
}
