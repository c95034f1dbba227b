import Testing

@testable import DocketStore

/// How a snippet's text is flattened: every run of Unicode white space becomes one space.
@Suite struct HighlighterTests {
    /// The definition `flatten` must agree with, scalar by scalar.
    func reference(_ text: String) -> String {
        text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace })
            .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
    }

    @Test("ASCII and Unicode white space runs become one space; the ends are trimmed")
    func whiteSpace() {
        #expect(Highlighter.flatten("  a\t\tb\r\nc \u{0B}\u{0C}d  ") == "a b c d")
        // NO-BREAK SPACE, NEXT LINE, EM SPACE, LINE SEPARATOR, IDEOGRAPHIC SPACE: 2 and 3 bytes.
        #expect(Highlighter.flatten("x\u{A0}y\u{85}z\u{2003}\u{2028}w\u{3000}") == "x y z w")
        #expect(Highlighter.flatten(" \u{A0}\u{3000} ") == "")
        #expect(Highlighter.flatten("") == "")
    }

    @Test("Other characters pass through whole, whatever their length in UTF-8")
    func otherCharacters() {
        // Accents, CJK, an emoji (4 bytes), a zero-width space and U+001C: none is White_Space.
        let text = "Café  东京\u{200B}🚀 e\u{301}\u{1C}x"
        #expect(Highlighter.flatten(text) == "Café 东京\u{200B}🚀 e\u{301}\u{1C}x")
    }

    @Test("Agrees with the scalar definition on mixed texts")
    func agreesWithDefinition() {
        let pieces = ["a", "Ü", "东", "🚀", " ", "\t", "\n", "\u{A0}", "\u{85}", "\u{2009}", "\u{3000}", "\u{200B}", "é", "\u{1C}", "."]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Highlighter.flatten(text) == reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
