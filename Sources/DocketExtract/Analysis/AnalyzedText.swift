/// An item's text read once: its bytes, tokens, sentences (with their token ranges) and the
/// company mentions the linker accepted. The extractors work on this, never on the string.
struct AnalyzedText: Sendable {
    /// One sentence in byte and token coordinates.
    struct SentenceSpan: Sendable {
        let bytes: Range<Int>
        let tokens: Range<Int>
        /// True for the sentences of the item's title.
        let inTitle: Bool
    }

    let bytes: [UInt8]
    let tokens: [TextToken]
    let sentences: [SentenceSpan]
    let mentions: [LinkedMention]
    /// For each sentence, the indices of its mentions (into `mentions`).
    let mentionsBySentence: [[Int]]
    /// The byte offset where the body starts (after the title).
    let bodyStart: Int

    /// Reads `title` and `body` (joined by a blank line, so a headline is its own sentence).
    init(title: String?, body: String, linker: CompanyLinker, splitter: SentenceSplitter) {
        let titleText = String((title ?? "").trimmingWhitespace())
        var joined = titleText
        if !joined.isEmpty, !body.isEmpty { joined += "\n\n" }
        let bodyStart = joined.utf8.count
        joined += body
        let bytes = Array(joined.utf8)
        self.bytes = bytes
        self.bodyStart = titleText.isEmpty ? 0 : bodyStart
        let (tokens, ranges) = bytes.withUnsafeBufferPointer { buffer in
            (Tokenizer.tokenize(buffer), splitter.ranges(in: buffer))
        }
        self.tokens = tokens
        // Token ranges of sentences: a token belongs to the sentence its first byte is in.
        var spans: [SentenceSpan] = []
        spans.reserveCapacity(ranges.count)
        var t = 0
        for range in ranges {
            while t < tokens.count, Int(tokens[t].start) < range.lowerBound { t += 1 }
            let first = t
            while t < tokens.count, Int(tokens[t].start) < range.upperBound { t += 1 }
            spans.append(SentenceSpan(bytes: range, tokens: first..<t, inTitle: !titleText.isEmpty && range.lowerBound < bodyStart))
        }
        sentences = spans
        let mentions = linker.link(tokens)
        self.mentions = mentions
        var bySentence = Array(repeating: [Int](), count: spans.count)
        var s = 0
        for (index, mention) in mentions.enumerated() {
            while s < spans.count, spans[s].tokens.upperBound <= mention.first { s += 1 }
            if s < spans.count, spans[s].tokens.contains(mention.first) { bySentence[s].append(index) }
        }
        mentionsBySentence = bySentence
    }

    func text(_ bytes: Range<Int>) -> String {
        self.bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[bytes]), as: UTF8.self) }
    }

    func sentenceText(_ index: Int) -> String { text(sentences[index].bytes) }

    /// The text of tokens `range` (from the first token's start to the last one's end).
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end))
    }

    /// The lowercase text of one token (for the few checks that need letters, not keys).
    func lowercased(_ t: Int) -> String {
        text(tokens[t].range).lowercased()
    }
}

import Foundation
