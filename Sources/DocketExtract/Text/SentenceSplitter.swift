/// Splits text into sentences, reading the bytes once.
///
/// A sentence ends at `.`, `!`, `?`, `…` or `...` followed (after any closing quotes or
/// brackets) by whitespace and a word that does not start in lowercase; at a blank line; and
/// at a line break unless the next line continues in lowercase (a headline without a period
/// is a sentence). It does not end after a title or a short form (`Mr.`, `Dr.`, `e.g.`,
/// `vs.`, `No.`, `Jan.`), an initial (`John F. Kennedy`), or inside a number or a name
/// (`3.5`, `openai.com`, `U.S.-based`); after a form that may also end a sentence (`Inc.`,
/// `Corp.`, `U.S.`, `etc.`) it ends only when the next word usually starts a sentence (`The`, `It`…).
public struct SentenceSplitter: Sendable {
    /// The longest sentence kept whole (bytes); longer runs are cut at a space.
    public var maximumLength: Int

    public init(maximumLength: Int = 4000) {
        self.maximumLength = maximumLength
    }

    public func split(_ text: String) -> [Sentence] {
        var copy = text
        return copy.withUTF8 { bytes in
            ranges(in: bytes).map { range in
                Sentence(
                    text: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self), utf8Range: range)
            }
        }
    }

    /// Sentence ranges (UTF-8 offsets, trimmed).
    func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let n = bytes.count
        var out: [Range<Int>] = []
        var start = -1
        var i = 0

        func close(_ end: Int) {
            guard start >= 0 else { return }
            var e = end
            while e > start, Self.isSpace(bytes[e - 1]) { e -= 1 }
            if e > start { out.append(start..<e) }
            start = -1
        }

        while i < n {
            let b = bytes[i]
            if start < 0 {
                if Self.isSpace(b) || b == 0x0A || b == 0x0D {
                    i += 1
                    continue
                }
                if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 {  // no-break space
                    i += 2
                    continue
                }
                start = i
            }
            if i - start > maximumLength, Self.isSpace(b) {
                close(i)
                continue
            }
            if b == 0x0A {
                var j = i + 1
                while j < n, Self.isSpace(bytes[j]) || bytes[j] == 0x0D { j += 1 }
                if j < n, bytes[j] == 0x0A {
                    close(i)
                    i = j
                    continue
                }
                if j < n, UTF8Scan.isLowerASCII(bytes[j]) {
                    i += 1
                    continue
                }
                close(i)
                i = j
                continue
            }
            let terminator = Self.terminatorLength(bytes, at: i)
            guard terminator > 0 else {
                i += 1
                continue
            }
            // The run of terminators: `.`, `?!`, `...`, `…`.
            var j = i
            var periods = 0, others = 0
            while j < n {
                let length = Self.terminatorLength(bytes, at: j)
                guard length > 0 else { break }
                if bytes[j] == 0x2E { periods += 1 } else { others += 1 }
                j += length
            }
            let singlePeriod = periods == 1 && others == 0
            // Closing quotes and brackets.
            while j < n {
                let length = Self.closerLength(bytes, at: j)
                guard length > 0 else { break }
                j += length
            }
            if j < n, !Self.isSpace(bytes[j]), bytes[j] != 0x0A, bytes[j] != 0x0D, !(bytes[j] == 0xC2 && j + 1 < n && bytes[j + 1] == 0xA0) {
                i = j  // `3.5`, `openai.com`, `U.S.-based`
                continue
            }
            var k = j
            while k < n, Self.isSpace(bytes[k]) || bytes[k] == 0x0A || bytes[k] == 0x0D { k += 1 }
            if k >= n {
                close(j)
                i = j
                continue
            }
            let next = bytes[k]
            if UTF8Scan.isLowerASCII(next) {
                i = j
                continue
            }
            if singlePeriod, !periodEnds(bytes, period: i, nextWord: k) {
                i = j
                continue
            }
            close(j)
            i = j
        }
        close(n)
        return out
    }

    /// After a single period followed by a capitalised word (or a digit, a quote): is it the end?
    private func periodEnds(_ bytes: UnsafeBufferPointer<UInt8>, period: Int, nextWord: Int) -> Bool {
        // The word before the period, with inner periods (`U.S`, `e.g`).
        var s = period
        while s > 0 {
            let c = bytes[s - 1]
            if UTF8Scan.isLowerASCII(c) || UTF8Scan.isUpperASCII(c) || c == 0x2E { s -= 1 } else { break }
        }
        guard s < period else { return true }
        if s > 0, UTF8Scan.isDigit(bytes[s - 1]) { return true }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<period]), as: UTF8.self)
        let lower = word.lowercased()
        if Self.neverEnds.contains(lower) { return false }
        if Self.beforeNumber.contains(lower), nextWord < bytes.count, UTF8Scan.isDigit(bytes[nextWord]) { return false }
        if word.count == 1, UTF8Scan.isUpperASCII(bytes[s]) { return false }  // an initial
        if Self.mayEnd.contains(lower) || (word.contains(".") && word.count <= 6) {
            return startsSentence(bytes, at: nextWord)
        }
        return true
    }

    /// Whether the word at `k` is one that usually starts a sentence (`The`, `It`, `However`).
    private func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        var e = k
        while e < bytes.count, UTF8Scan.isLowerASCII(bytes[e]) || UTF8Scan.isUpperASCII(bytes[e]) { e += 1 }
        if e == k { return Self.closerLength(bytes, at: k) > 0 || bytes[k] == 0x22 || bytes[k] == 0xE2 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[k..<e]), as: UTF8.self).lowercased()
        return Self.starters.contains(word)
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

    /// `.` `!` `?` (1 byte) or `…` (3 bytes), else 0.
    static func terminatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        if b == 0x2E || b == 0x21 || b == 0x3F { return 1 }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 { return 3 }
        return 0
    }

    /// Closing quotes and brackets: `"` `'` `)` `]` `”` `’` `»`, else 0.
    static func closerLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { return 1 }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9D || bytes[i + 2] == 0x99 {
            return 3
        }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xBB { return 2 }
        return 0
    }

    /// Short forms that never end a sentence: titles, months, `e.g.`, `vs.`.
    static let neverEnds: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
        "st", "mt", "ft", "vs", "v", "e.g", "i.e", "cf", "al", "approx", "dept", "jan", "feb", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "thu", "thur", "thurs", "fri", "hon",
        "messrs", "mme", "mlle", "atty", "supt", "incl", "ave", "blvd", "s.b", "h.b", "a.b", "h.r", "u.s.c", "ph.d",
    ]

    /// Short forms that do not end a sentence before a number (`No. 5`, `Art. 6`, `Mar. 3`).
    static let beforeNumber: Set<String> = [
        "no", "nos", "art", "arts", "sec", "secs", "para", "fig", "figs", "vol", "pp", "ch", "op", "mar", "nr",
    ]

    /// Short forms that end a sentence only before a usual sentence opener.
    static let mayEnd: Set<String> = [
        "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "etc", "bros", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m",
        "d.c", "n.y", "l.a", "s.a", "n.v", "ag", "gmbh",
    ]

    /// Words that usually open a sentence, for deciding after `Inc.` or `U.S.`.
    static let starters: Set<String> = [
        "the", "a", "an", "it", "its", "in", "on", "at", "but", "and", "or", "so", "this", "that", "these", "those",
        "he", "she", "they", "we", "i", "you", "there", "however", "meanwhile", "earlier", "later", "last", "according",
        "after", "before", "while", "when", "if", "as", "some", "many", "most", "both", "other", "others", "their",
        "his", "her", "our", "separately", "also", "still", "yet", "for", "with", "under", "since", "by", "what",
        "why", "how", "who", "not", "one", "such", "critics", "officials", "analysts", "regulators", "shares",
        "lawmakers", "then", "now", "instead", "despite", "although", "though", "next", "this", "those",
    ]
}
