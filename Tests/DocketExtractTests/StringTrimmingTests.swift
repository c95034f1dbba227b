import Testing

@testable import DocketExtract

/// The native trimming and byte search that replaced Foundation's bridged ones on the hot path.
@Suite struct StringTrimmingTests {
    @Test(arguments: [
        ("  text  ", "text"), ("\n\t text\u{00A0}\r\n", "text"), ("\u{2003}a b\u{3000}", "a b"), ("", ""),
        ("   ", ""), ("no-space", "no-space"), (" é ", "é"), ("\u{1F600} \n", "\u{1F600}"),
    ])
    func trimsUnicodeWhitespaceAtBothEndsOnly(input: String, expected: String) {
        #expect(String(input.trimmingWhitespace()) == expected)
    }

    @Test func findsBytesWherever() {
        #expect("Anthropic accused Alibaba".containsBytes(of: "accused"))
        #expect("Anthropic accused Alibaba".containsBytes(of: "Alibaba"))
        #expect(!"Anthropic accused Alibaba".containsBytes(of: "alibaba"))
        #expect("Café déjà".containsBytes(of: "déjà"))
        #expect(!"short".containsBytes(of: "longer than short"))
        #expect("anything".containsBytes(of: ""))
    }
}
