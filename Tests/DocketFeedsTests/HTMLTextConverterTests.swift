import Testing

@testable import DocketFeeds

/// Every expectation is checked three ways: through the converter as callers use it, through
/// libxml2 alone, and through the fast path where it takes the fragment. So both ways of
/// making the text are held to the same behaviour.
@Suite("HTMLTextConverter")
struct HTMLTextConverterTests {
    let converter = HTMLTextConverter()

    private func expectText(
        _ html: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(converter.plainText(fromHTML: html) == expected, sourceLocation: sourceLocation)
        #expect(
            converter.plainTextUsingLibxml2(fromHTML: html) == expected,
            "libxml2 path", sourceLocation: sourceLocation)
        if let fast = converter.plainTextUsingFastPath(fromHTML: html) {
            #expect(fast == expected, "fast path", sourceLocation: sourceLocation)
        }
    }

    // MARK: Entities and character references

    @Test(arguments: [
        ("&amp; &lt; &gt; &quot; &apos;", "& < > \" '"),
        ("caf&eacute; &hellip; &mdash; &euro; &copy;", "café … — € ©"),
        ("&lt;p&gt;not a tag&lt;/p&gt;", "<p>not a tag</p>"),
        ("Q&amp;A: 5 &gt; 4", "Q&A: 5 > 4"),
    ])
    func namedReferencesOfHTML4(html: String, text: String) {
        expectText(html, text)
    }

    @Test(arguments: [
        ("&hyphen; &rsquor; &AMP; &Hfr; &check;", "‐ ’ & ℌ ✓"),
        ("a&NewLine;b&Tab;c", "a b c"),
        ("x&NotEqualTilde;y", "x\u{2242}\u{338}y"),
        ("<p>&bullet; item</p>", "• item"),
    ])
    func namedReferencesOnlyInHTML5(html: String, text: String) {
        expectText(html, text)
    }

    @Test(arguments: [
        ("&#65;&#x42;&#X43;&#0068;", "ABCD"),
        ("&#8220;quoted&#8221; &#x1F642;", "“quoted” 🙂"),
        // Windows-1252 code points written as references, as browsers read them.
        ("&#150;&#151;&#133;&#146;", "–—…’"),
        // Invalid references are dropped.
        ("a&#0;b&#xD800;c", "abc"),
    ])
    func numericReferences(html: String, text: String) {
        expectText(html, text)
    }

    @Test(arguments: [
        ("&doesnotexist; stays", "&doesnotexist; stays"),
        ("AT&T and R&D", "AT&T and R&D"),
        ("fish & chips", "fish & chips"),
        ("&", "&"),
        ("a &", "a &"),
        ("&;", "&;"),
        // A decoded &amp; followed by a name is text, not a reference.
        ("&amp;hellip; &amp;apos; &amp;copy<b>x</b>", "&hellip; &apos; &copyx"),
        ("&#38;copy;", "&copy;"),
    ])
    func unknownReferencesAndBareAmpersandsStay(html: String, text: String) {
        expectText(html, text)
    }

    @Test(arguments: [
        ("&copy 2024, Tom &amp Jerry", "© 2024, Tom & Jerry"),
        ("… &copy", "… ©"),
        ("&eacute", "é"),
        // Not one of HTML5's legacy names: literal.
        ("&hellip and &ampx", "&hellip and &ampx"),
    ])
    func legacyReferencesWithoutSemicolon(html: String, text: String) {
        expectText(html, text)
    }

    // MARK: Elements

    @Test(arguments: [
        ("<p>a</p><p>b</p>", "a b"),
        ("a<br>b<br/>c<br />d", "a b c d"),
        ("<div>a</div><div>b</div>", "a b"),
        ("<ul><li>a</li><li>b</li></ul>after", "a b after"),
        ("<table><tr><td>1</td><td>2</td></tr><tr><th>3</th></tr></table>", "1 2 3"),
        ("<h1>Title</h1>Body<h2>Sub</h2>", "Title Body Sub"),
        ("<blockquote>q</blockquote>r", "q r"),
        ("<pre>code</pre>after", "code after"),
        ("x<hr>y", "x y"),
        ("<dl><dt>term</dt><dd>definition</dd></dl>", "term definition"),
        ("<section>a</section><article>b</article><aside>c</aside>", "a b c"),
        ("<figure><img src=x><figcaption>caption</figcaption></figure>text", "caption text"),
        // End tags that close nothing still separate words.
        ("text</p>more", "text more"),
        ("<h1>a</h2>b", "a b"),
        ("a</br>b", "a b"),
    ])
    func blockElementsSeparateWords(html: String, text: String) {
        expectText(html, text)
    }

    @Test(arguments: [
        ("un<b>believ</b>able", "unbelievable"),
        ("<a href=\"https://x/y#k\">link</a>ed", "linked"),
        ("a<span>b</span><em>c</em><strong>d</strong><code>e</code><i>f</i>", "abcdef"),
        ("x<img src=\"a.png\" alt=\"a picture\">y", "xy"),
        ("<b>a</b> <i>b</i>", "a b"),
        // With HTML_PARSE_NOIMPLIED, libxml2 2.9.14 would put "y" in an implied <p>.
        ("<b>x</b>y", "xy"),
        ("H<sub>2</sub>O and E=mc<sup>2</sup>", "H2O and E=mc2"),
    ])
    func inlineElementsDoNotSeparateWords(html: String, text: String) {
        expectText(html, text)
    }

    @Test(arguments: [
        ("a<script>var s = \"<p>x</p>\"; if (a < b) {}</script>b", "ab"),
        ("<style>p { color: red }</style>Hello", "Hello"),
        ("a <noscript><p>enable JavaScript</p></noscript> b", "a b"),
        ("<template><p>t</p></template>shown", "shown"),
        ("a<!-- hidden <p>x</p> -->b", "ab"),
        ("<?php echo 1; ?>x", "x"),
        ("<!DOCTYPE html><p>x</p>", "x"),
        // Bogus tags, which browsers drop (libxml2 2.9.14 makes text of them).
        ("<![CDATA[x]]>y", "y"),
        ("a</ p>b", "ab"),
        ("a</>b", "ab"),
        ("&lt;<!x>y", "<y"),
    ])
    func contentThatIsNotTextIsDropped(html: String, text: String) {
        expectText(html, text)
    }

    // MARK: Whitespace and characters

    @Test(arguments: [
        ("  lots   of\n\n space\t here  ", "lots of space here"),
        ("<p>\n  a\n</p>\n\n<p>\n b </p>", "a b"),
        ("a&nbsp;&nbsp;b\u{A0}c", "a b c"),
        ("a\u{2003}b\u{3000}c\u{2028}d", "a b c d"),
        ("", ""),
        ("   \n\t ", ""),
        ("<p></p><br><div> </div>", ""),
        ("a\u{0}b\u{1}c\u{7F}d", "abcd"),
    ])
    func whitespaceIsCollapsedAndTrimmed(html: String, text: String) {
        expectText(html, text)
    }

    @Test(arguments: [
        ("caf&eacute; é ü 日本語 🙂", "café é ü 日本語 🙂"),
        ("<p>Ελληνικά</p><p>русский</p>", "Ελληνικά русский"),
        // The parser must not take the charset from the fragment.
        ("<meta charset=\"iso-8859-1\">é ü", "é ü"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">ü", "ü"),
        // C1 controls (text mis-decoded as Latin-1) read as Windows-1252.
        ("don\u{92}t \u{93}x\u{94}", "don’t “x”"),
    ])
    func nonASCIISurvives(html: String, text: String) {
        expectText(html, text)
    }

    @Test func bytesAreReadAsUTF8() {
        let html = Array("<p>caf\u{E9} 日本</p> &amp; 🙂".utf8)
        let text = html.withUnsafeBufferPointer { converter.plainText(fromHTML: $0) }
        #expect(text == "café 日本 & 🙂")
    }

    @Test func invalidUTF8IsRepairedNotGuessed() {
        // libxml2 2.9.14 would decode everything after the bad byte as Latin-1.
        let html: [UInt8] = [0x3C, 0x70, 0x3E, 0x61, 0xFF, 0x62] + Array(" é</p>".utf8)
        let text = html.withUnsafeBufferPointer { converter.plainText(fromHTML: $0) }
        #expect(text == "a\u{FFFD}b é")
    }

    // MARK: Text that is not really HTML, and broken HTML

    @Test(arguments: [
        "1 < 2 and 3 > 2",
        "AT&T",
        "I <3 feeds",
        "a <= b >= c",
        "Q&A: R&D costs < $5M",
        "x < y",
    ])
    func textThatIsNotHTMLComesOutAsWritten(html: String) {
        expectText(html, html)
    }

    @Test(arguments: [
        ("<p>unclosed<p>second", "unclosed second"),
        ("<ul><li>a<li>b</ul>c", "a b c"),
        ("<b>bold<i>both</b>italic</i>", "boldbothitalic"),
        ("<div><p>a</div>b", "a b"),
        ("<a href=\"x>y\">z</a>", "z"),
        ("<p>a < b</p>", "a < b"),
        ("x <", "x <"),
        // A letter after "<" starts a tag, as in browsers.
        ("a<b", "a"),
        ("<p class=\"unterminated>x", ""),
        ("<td>cell</tr></table>after", "cell after"),
    ])
    func brokenHTMLIsRecovered(html: String, text: String) {
        expectText(html, text)
    }

    @Test func deepNestingIsFine() {
        let depth = 20_000
        let divs = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
        expectText(divs + " end", "deep end")
        let inline = String(repeating: "<b>", count: depth) + "x" + String(repeating: "</b>", count: depth)
        expectText(inline + "y", "xy")
    }

    @Test func longFragment() {
        let paragraph = "<p>Regulators said the model was queried <a href=\"https://x/y\">at scale</a>.</p>\n"
        let html = String(repeating: paragraph, count: 5_000)
        let text = converter.plainText(fromHTML: html)
        #expect(text.hasPrefix("Regulators said the model was queried at scale. Regulators"))
        #expect(text.count == 5_000 * "Regulators said the model was queried at scale.".count + 4_999)
        // Over 4 MB, through libxml2 (the <script> keeps the fast path out); the buffers
        // grow for it and shrink back after.
        let huge = "<script>x</script>" + String(repeating: paragraph, count: 60_000)
        let hugeText = converter.plainText(fromHTML: huge)
        #expect(hugeText.count == 60_000 * "Regulators said the model was queried at scale.".count + 59_999)
        #expect(converter.plainText(fromHTML: "<script>x</script>small") == "small")
    }

    @Test func oneConverterServesManyFragments() {
        // Nothing of one fragment (an open <script>, an open comment, a dangling "&")
        // leaks into the next.
        #expect(converter.plainText(fromHTML: "<script>never closed") == "")
        #expect(converter.plainText(fromHTML: "visible") == "visible")
        #expect(converter.plainText(fromHTML: "a<!-- never closed") == "a")
        #expect(converter.plainText(fromHTML: "<p>b</p>") == "b")
        #expect(converter.plainText(fromHTML: "x &") == "x &")
        #expect(converter.plainText(fromHTML: "&hyphen;") == "‐")
        for index in 0..<2_000 {
            let html = "<p>item \(index) caf&eacute; &hyphen; <tag\(index % 50)>x</tag\(index % 50)></p>"
            #expect(converter.plainText(fromHTML: html) == "item \(index) café ‐ x")
        }
    }

    @Test func manyDistinctNamesAreFine() {
        // libxml2 keeps every name it meets in the context's dictionary; the converter
        // replaces the context past 20,000 names, and goes on converting.
        var wrong = 0
        for index in 0..<12_000 {
            let html = "<x\(index) a\(index)=1>t\(index)</x\(index)>&e\(index);"
            if converter.plainText(fromHTML: html) != "t\(index)&e\(index);" { wrong += 1 }
        }
        #expect(wrong == 0)
    }

    // MARK: The fast path

    @Test func elementTableMatchesItsLookup() {
        for (index, element) in HTMLTextElement.all.enumerated() {
            let found = element.name.withUTF8Buffer {
                HTMLTextElement.index(ofRaw: $0.baseAddress!, length: $0.count)
            }
            #expect(found == index, "\(element.name)")
        }
        let upperCase = Array("BlockQuote".utf8).withUnsafeBufferPointer {
            HTMLTextElement.index(ofRaw: $0.baseAddress!, length: $0.count)
        }
        #expect(upperCase >= 0 && "\(HTMLTextElement.all[upperCase].name)" == "blockquote")
        let unknown = Array("blockquotes".utf8).withUnsafeBufferPointer {
            HTMLTextElement.index(ofRaw: $0.baseAddress!, length: $0.count)
        }
        #expect(unknown == -1)
    }

    @Test(.enabled(if: HTMLTextConverter.hasFastPath))
    func fastPathTakesTidyMarkupAndLeavesTheRest() {
        let tidy = """
            <p>Sentence words <a href="https://x/y#k">k</a> more <strong>w</strong> words.</p>
            <!-- wp:paragraph --><p class='c' data-x=1>caf&eacute; &#8220;q&#8221;<br/></p>
            <ul><li>one<li>two</ul><table><tr><td>1<td>2</table>
            """
        #expect(
            converter.plainTextUsingFastPath(fromHTML: tidy)
                == "Sentence words k more w words. café “q” one two 1 2")
        for html in [
            "<script>x</script>", "<iframe src=x></iframe>", "AT&T", "<o:p>x</o:p>",
            "<p @click=x>", "<!-- a -- b -->", "<![CDATA[x]]>", "a</ p>",
        ] {
            #expect(converter.plainTextUsingFastPath(fromHTML: html) == nil, "\(html)")
        }
    }

    /// The fast path replays libxml2: on generated fragments (tidy, misnested, tables,
    /// references, stray "<", comments, and things it must leave alone), whenever it takes
    /// one, its text must be libxml2's.
    @Test(.enabled(if: HTMLTextConverter.hasFastPath))
    func fastPathAgreesWithLibxml2() {
        var random = HTMLTextTestRandom(state: 20_251_126)
        var taken = 0
        var disagreements: [String] = []
        for round in 0..<6_000 {
            let html = HTMLTextTestRandom.fragment(&random, tidy: round % 2 == 0, messy: round % 4 == 1)
            guard let fast = converter.plainTextUsingFastPath(fromHTML: html) else { continue }
            taken += 1
            let parsed = converter.plainTextUsingLibxml2(fromHTML: html)
            if fast != parsed && disagreements.count < 5 {
                disagreements.append("\(html.debugDescription)\n  fast:    \(fast.debugDescription)\n  libxml2: \(parsed.debugDescription)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
        #expect(taken > 3_000)  // all tidy ones, some others
    }
}

/// A small deterministic generator of HTML fragments for the differential test.
struct HTMLTextTestRandom {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        var mixed = state
        mixed ^= mixed >> 33
        mixed = mixed &* 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 33
        return Int(mixed % UInt64(bound))
    }

    mutating func pick(_ choices: [String]) -> String { choices[next(choices.count)] }

    static let inline = ["a", "b", "i", "em", "strong", "span", "code", "sub", "small", "q", "u",
                         "font", "img", "br", "wbr", "picture", "source", "abbr", "mark", "time"]
    static let block = ["p", "div", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h3", "blockquote",
                        "pre", "hr", "table", "tr", "td", "th", "tbody", "caption", "section",
                        "figure", "figcaption", "header", "details", "summary", "center", "address"]
    static let other = ["script", "style", "noscript", "title", "textarea", "select", "option",
                        "form", "iframe", "html", "body", "o:p", "svg", "custom-el", "col"]
    static let attributes = ["", "", "", " class=\"x\"", " href='y?a=1&amp;b=2'", " data-x=z",
                             " disabled", " title=\"a>b\"", " alt=\"<b>\"", "\n  class=\"m\"\n",
                             " a=b c=\"d\"", " x=\"é\"", " a='1'b='2'", " a=", " @click=x"]
    static let words = ["alpha", "beta", "café", "日本", "🙂", "x", "42", "word"]
    static let texts = [" ", "  ", "\n", "\t", "\u{A0}", "\u{85}", "\u{96}", "\u{1}", "\u{3000}",
                        "\r\n", "\u{7F}", "\u{FFFE}", "\u{0}", "< ", "<3", "<!-- c -->", "<!---->"]
    static let references = ["&amp;", "&lt;", "&nbsp;", "&eacute;", "&hellip;", "&#8217;",
                             "&#x2019;", "&#0;", "&#150;", "&bogus;", "&copy", "&amp", "&hyphen;",
                             "&NewLine;", "&", "AT&T", "&#", "&lang;", "&#1114111;", "&amp;copy"]
    static let lessThans = ["< ", "<3", "<=", "<>", "<<", "<!", "<?", "<_", "<é", "<", "</3>",
                            "</ p>", "</>", "<!x>", "<a", "</a"]
    static let comments = ["<!-- c -->", "<!---->", "<!-->", "<!--->", "<!-- a -- b -->",
                           "<!-- x --!>", "<!--", "<![CDATA[x]]>", "<!DOCTYPE html>", "<?xml x?>"]

    /// `tidy`: only what the fast path takes (misnested and unclosed elements included);
    /// `messy`: also elements it must leave to libxml2.
    static func fragment(_ random: inout HTMLTextTestRandom, tidy: Bool, messy: Bool) -> String {
        var html = ""
        var open: [String] = []
        for _ in 0..<(1 + random.next(30)) {
            switch random.next(tidy ? 16 : 20) {
            case 0..<5:
                html += random.pick(words) + (random.next(2) == 0 ? " " : "")
            case 5, 6:
                html += random.pick(texts)
            case 7, 8:
                html += tidy ? random.pick(Array(references.prefix(7))) : random.pick(references)
            case 9..<13:
                let pool = messy && random.next(4) == 0 ? other : (random.next(2) == 0 ? inline : block)
                let name = pool[random.next(pool.count)]
                let written = random.next(8) == 0 ? name.uppercased() : name
                let attribute = tidy ? random.pick(Array(attributes.prefix(13))) : random.pick(attributes)
                html += "<" + written + attribute + (random.next(20) == 0 ? "/" : "") + ">"
                open.append(name)
            case 13..<16:
                if !open.isEmpty && random.next(3) != 0 {
                    let index = random.next(4) == 0 ? random.next(open.count) : open.count - 1
                    html += "</" + open[index] + (random.next(10) == 0 ? " " : "") + ">"
                    open.remove(at: index)
                } else {
                    html += "</" + random.pick(random.next(2) == 0 ? inline : block) + ">"
                }
            case 16:
                html += random.pick(lessThans)
            case 17:
                html += random.pick(comments)
            default:
                html += " " + random.pick(words)
            }
        }
        return html
    }
}
