/// Finds what to highlight in a text and cuts the snippet: query terms (outside `-`) where
/// they occur alone, whole phrases where they occur in order. Works on the same terms as the
/// index (`TextAnalyzer`), so `Alibaba's` is highlighted for the query `alibaba`.
struct Highlighter {
    private let terms: Set<String>
    private let phrases: [[String]]
    private let analyzer: TextAnalyzer
    /// Terms in a snippet window.
    static let window = 32
    /// Terms of context shown before the first match of the window.
    static let lead = 4

    init(query: QueryNode, analyzer: TextAnalyzer) {
        var terms = Set<String>()
        var phrases: [[String]] = []
        func walk(_ node: QueryNode) {
            switch node {
            case .term(let t): terms.insert(t)
            case .phrase(let ts): phrases.append(ts)
            case .filter, .not: break
            case .and(let ns), .or(let ns): ns.forEach(walk)
            }
        }
        walk(query)
        self.terms = terms
        self.phrases = phrases
        self.analyzer = analyzer
    }

    /// The text with runs of white space (Unicode's White_Space) made single spaces, trimmed.
    /// Works on UTF-8 bytes: ASCII, nearly all of a feed's text, is tested without a lookup
    /// in the Unicode tables.
    static func flatten(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var space = false
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let white: Bool
                if length == 1 {
                    white = lead == 0x20 || (lead >= 0x09 && lead <= 0x0D)
                } else {
                    white = Self.scalar(bytes, at: i, length: length).properties.isWhitespace
                }
                if white {
                    space = !out.isEmpty
                } else {
                    if space { out.append(0x20) }
                    space = false
                    out.append(contentsOf: bytes[i..<i + length])
                }
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The scalar whose `length` bytes of valid UTF-8 start at `i`.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Unicode.Scalar {
        var value = UInt32(bytes[i]) & (0xFF >> (length + 1))
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// A text cut into the index's terms, kept to weigh it and then cut its snippet.
    struct Analyzed {
        let text: String
        let tokens: [(term: String, range: Range<Int>)]
    }

    /// `text` cut into terms.
    func analyze(_ text: String) -> Analyzed {
        Analyzed(text: text, tokens: analyzer.termsWithRanges(text))
    }

    /// Byte ranges of the matches in `tokens` (token index ranges and byte ranges).
    private func matches(_ tokens: [(term: String, range: Range<Int>)]) -> [(first: Int, last: Int)] {
        var found: [(Int, Int)] = []
        for (i, t) in tokens.enumerated() where terms.contains(t.term) { found.append((i, i)) }
        for p in phrases where !p.isEmpty && p.count <= tokens.count {
            var i = 0
            while i + p.count <= tokens.count {
                if tokens[i].term == p[0] && (1..<p.count).allSatisfy({ tokens[i + $0].term == p[$0] }) {
                    found.append((i, i + p.count - 1))
                    i += p.count
                } else {
                    i += 1
                }
            }
        }
        found.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 > $1.1) }
        // Overlaps (a term inside a phrase) merge into one range.
        var merged: [(first: Int, last: Int)] = []
        for f in found {
            if let last = merged.last, f.0 <= last.last {
                merged[merged.count - 1].last = max(last.last, f.1)
            } else {
                merged.append((f.0, f.1))
            }
        }
        return merged
    }

    /// Highlights of a whole text (a title), in Unicode scalar offsets.
    func highlights(in text: String) -> [Range<Int>] {
        let tokens = analyzer.termsWithRanges(text)
        let utf8 = Array(text.utf8)
        return matches(tokens).map {
            Self.scalars(utf8, 0, tokens[$0.first].range.lowerBound)..<Self.scalars(utf8, 0, tokens[$0.last].range.upperBound)
        }
    }

    /// How many matches a text has: distinct query terms first, then occurrences.
    func weight(of text: Analyzed) -> Int {
        let tokens = text.tokens
        let m = matches(tokens)
        let distinct = Set(m.map { tokens[$0.first].term }).count
        return distinct * 1000 + m.count
    }

    /// A window of `text` around its best matches, with their scalar ranges. The text should
    /// be flattened first (`flatten`).
    func snippet(of analyzed: Analyzed) -> (text: String, highlights: [Range<Int>]) {
        let text = analyzed.text
        let tokens = analyzed.tokens
        let utf8 = Array(text.utf8)
        guard !tokens.isEmpty else { return (text, []) }
        let found = matches(tokens)
        var start = 0
        if tokens.count > Self.window, !found.isEmpty {
            var best = (score: -1, start: 0)
            for f in found {
                let s = max(0, f.first - Self.lead)
                let inWindow = found.filter { $0.first >= s && $0.last < s + Self.window }
                let distinct = Set(inWindow.map { tokens[$0.first].term }).count
                let score = distinct * 1000 + inWindow.count
                if score > best.score { best = (score, s) }
            }
            start = best.start
        }
        let endToken = min(tokens.count, start + Self.window)
        let fromByte = start == 0 ? 0 : tokens[start].range.lowerBound
        let toByte = endToken == tokens.count ? utf8.count : tokens[endToken - 1].range.upperBound
        var snippet = String(decoding: utf8[fromByte..<toByte], as: UTF8.self)
        let prefix = fromByte > 0 ? 1 : 0
        if prefix == 1 { snippet = "…" + snippet }
        if toByte < utf8.count { snippet += "…" }
        var ranges: [Range<Int>] = []
        for f in found where f.first >= start && f.last < endToken {
            let a = prefix + Self.scalars(utf8, fromByte, tokens[f.first].range.lowerBound)
            let b = prefix + Self.scalars(utf8, fromByte, tokens[f.last].range.upperBound)
            ranges.append(a..<b)
        }
        return (snippet, ranges)
    }

    /// Unicode scalars in `utf8[from..<to]`.
    static func scalars(_ utf8: [UInt8], _ from: Int, _ to: Int) -> Int {
        var n = 0
        var i = from
        while i < to {
            if utf8[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }
}
