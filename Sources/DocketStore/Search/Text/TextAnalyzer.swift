import Foundation

/// Turns text into search terms, the same way for the index, the query and the snippet:
///
/// - a term is a run of letters and digits (any script); everything else separates terms;
/// - case and diacritics are folded (`Zürich` → `zurich`, `ÉCOLE` → `ecole`, `ß` → `ss`,
///   compatibility forms such as `ﬁ` or full-width letters are decomposed);
/// - an apostrophe inside a word joins (`don't` → `dont`); a possessive `'s` or `’s` and a
///   final apostrophe are dropped (`Alibaba's` → `alibaba`);
/// - each Han ideograph and kana is a term of its own (those scripts do not separate words);
/// - terms are cut at `maximumTermLength` bytes, then stemmed (`Stemmer`).
///
/// Holds a small cache of non-ASCII characters already classified, so it is not `Sendable`:
/// use one per task.
final class TextAnalyzer {
    static let maximumTermLength = 64

    private enum ScalarClass {
        case separator
        case unigram([UInt8])
        case letters([UInt8])
    }

    private var cache: [UInt32: ScalarClass] = [:]
    private let word: UnsafeMutablePointer<UInt8>

    init() {
        word = .allocate(capacity: Self.maximumTermLength + 8)
    }

    deinit { word.deallocate() }

    /// Calls `body` with each term of `text` (UTF-8) and the byte range it came from.
    /// The term's bytes are valid only during the call.
    func forEachTerm(in text: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer, Range<Int>) throws -> Void) rethrows {
        guard let p = text.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        let n = text.count
        var i = 0
        var length = 0
        var start = 0
        var end = 0

        /// Ends the current term; `through`, when given, is where its source range ends.
        func flush(through newEnd: Int? = nil) throws {
            if let newEnd { end = newEnd }
            guard length > 0 else { return }
            let stemmed = Stemmer.stem(word, count: length)
            length = 0
            try body(UnsafeRawBufferPointer(start: word, count: stemmed), start..<end)
        }

        func append(_ bytes: [UInt8], at position: Int, width: Int) {
            guard !bytes.isEmpty else { return }
            if length == 0 { start = position }
            if length + bytes.count <= Self.maximumTermLength {
                for b in bytes {
                    word[length] = b
                    length += 1
                }
            }
            end = position + width
        }

        while i < n {
            let b = p[i]
            if b < 0x80 {
                if Self.isASCIIAlphanumeric(b) {
                    if length == 0 { start = i }
                    if length < Self.maximumTermLength {
                        word[length] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                        length += 1
                    }
                    i += 1
                    end = i
                } else if b == 0x27 {
                    i = try apostrophe(p, n, at: i, width: 1, length: length, flush: flush)
                } else {
                    try flush()
                    i += 1
                }
                continue
            }
            guard let (scalar, width) = Self.decode(p, n, at: i) else {
                try flush()
                i += 1
                continue
            }
            if scalar.value == 0x2019 || scalar.value == 0x02BC {
                i = try apostrophe(p, n, at: i, width: width, length: length, flush: flush)
                continue
            }
            switch classify(scalar) {
            case .separator:
                try flush()
            case .unigram(let bytes):
                try flush()
                try bytes.withUnsafeBytes { try body($0, i..<(i + width)) }
            case .letters(let bytes):
                append(bytes, at: i, width: width)
            }
            i += width
        }
        try flush()
    }

    /// An apostrophe at `i`: joins a word that goes on, ends it with a possessive `s` dropped,
    /// or just ends it. Returns where scanning resumes.
    ///
    /// `flush(through:)` moves the term's end itself: an `inout` end here, read by `flush`
    /// while this call held it, was a runtime exclusivity violation (a crash on `Alibaba's`).
    private func apostrophe(
        _ p: UnsafePointer<UInt8>, _ n: Int, at i: Int, width: Int, length: Int, flush: (Int?) throws -> Void
    ) rethrows -> Int {
        let next = i + width
        guard length > 0, next < n else {
            try flush(nil)
            return next
        }
        if p[next] == 0x73 || p[next] == 0x53, next + 1 >= n || !isWordCharacter(p, n, at: next + 1) {
            try flush(next + 1)
            return next + 1
        }
        if isWordCharacter(p, n, at: next) { return next }
        try flush(nil)
        return next
    }

    private func isWordCharacter(_ p: UnsafePointer<UInt8>, _ n: Int, at i: Int) -> Bool {
        let b = p[i]
        if b < 0x80 { return Self.isASCIIAlphanumeric(b) }
        guard let (scalar, _) = Self.decode(p, n, at: i) else { return false }
        if case .letters = classify(scalar) { return true }
        return false
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
    }

    /// Decodes one UTF-8 scalar of 2-4 bytes at `i`; nil when the bytes are not valid UTF-8.
    @inline(__always)
    static func decode(_ p: UnsafePointer<UInt8>, _ n: Int, at i: Int) -> (Unicode.Scalar, Int)? {
        let b0 = UInt32(p[i])
        func cont(_ k: Int) -> UInt32? {
            guard i + k < n else { return nil }
            let c = p[i + k]
            return c & 0xC0 == 0x80 ? UInt32(c & 0x3F) : nil
        }
        var value: UInt32
        var width: Int
        if b0 & 0xE0 == 0xC0 {
            guard let c1 = cont(1) else { return nil }
            value = (b0 & 0x1F) << 6 | c1
            width = 2
            if value < 0x80 { return nil }
        } else if b0 & 0xF0 == 0xE0 {
            guard let c1 = cont(1), let c2 = cont(2) else { return nil }
            value = (b0 & 0x0F) << 12 | c1 << 6 | c2
            width = 3
            if value < 0x800 { return nil }
        } else if b0 & 0xF8 == 0xF0 {
            guard let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) else { return nil }
            value = (b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
            width = 4
            if value < 0x10000 { return nil }
        } else {
            return nil
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, width)
    }

    private func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        if let known = cache[scalar.value] { return known }
        let found = Self.classifyUncached(scalar)
        cache[scalar.value] = found
        return found
    }

    /// Letters and digits are folded; marks join a word and vanish; Han and kana stand alone.
    private static func classifyUncached(_ scalar: Unicode.Scalar) -> ScalarClass {
        let v = scalar.value
        let properties = scalar.properties
        if properties.isIdeographic || (0x3040...0x30FF).contains(v) {
            return .unigram(Array(String(Character(scalar)).utf8))
        }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return .letters(fold(scalar))
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .letters([])
        default:
            return .separator
        }
    }

    /// Letters with no decomposition to a base letter.
    private static let special: [UInt32: String] = [
        0x00DF: "ss", 0x1E9E: "ss", 0x00E6: "ae", 0x00C6: "ae", 0x0153: "oe", 0x0152: "oe", 0x00F8: "o", 0x00D8: "o",
        0x0111: "d", 0x0110: "d", 0x00F0: "d", 0x00D0: "d", 0x0142: "l", 0x0141: "l", 0x00FE: "th", 0x00DE: "th",
        0x0131: "i", 0x0127: "h", 0x0126: "h", 0x03C2: "σ",
    ]

    private static func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let s = special[scalar.value] { return Array(s.utf8) }
        let decomposed = String(Character(scalar)).decomposedStringWithCompatibilityMapping
        var out = ""
        for s in decomposed.unicodeScalars {
            switch s.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber:
                if let mapped = special[s.value] { out += mapped } else { out.unicodeScalars.append(s) }
            default:
                continue
            }
        }
        return Array(out.lowercased().utf8)
    }

    // MARK: - Conveniences

    /// The terms of `text`, in order.
    func terms(_ text: String) -> [String] {
        var out: [String] = []
        var text = text
        text.withUTF8 { raw in
            forEachTerm(in: UnsafeRawBufferPointer(raw)) { term, _ in out.append(String(decoding: term, as: UTF8.self)) }
        }
        return out
    }

    /// The terms of `text` with the UTF-8 byte range each came from.
    func termsWithRanges(_ text: String) -> [(term: String, range: Range<Int>)] {
        var out: [(String, Range<Int>)] = []
        var text = text
        text.withUTF8 { raw in
            forEachTerm(in: UnsafeRawBufferPointer(raw)) { term, range in out.append((String(decoding: term, as: UTF8.self), range)) }
        }
        return out
    }

    /// A filter value as stored and compared: folded like a term (no stemming), runs of other
    /// characters turned into single `-` (`AI Policy` → `ai-policy`, `US-CA` → `us-ca`).
    func filterValue(_ text: String) -> String {
        var parts: [String] = []
        var text = text
        // Stemming is not wanted here: analyze each whitespace/punctuation-free run unstemmed.
        text.withUTF8 { raw in
            let base = UnsafeRawBufferPointer(raw)
            forEachTerm(in: base) { _, range in
                parts.append(String(decoding: base[range], as: UTF8.self))
            }
        }
        return parts.map { self.unstemmedFold($0) }.joined(separator: "-")
    }

    /// Case- and diacritic-folded text of one word, without stemming or possessive removal.
    private func unstemmedFold(_ word: String) -> String {
        var out: [UInt8] = []
        var word = word
        word.withUTF8 { raw in
            guard let p = raw.baseAddress else { return }
            var i = 0
            while i < raw.count {
                let b = p[i]
                if b < 0x80 {
                    if Self.isASCIIAlphanumeric(b) { out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
                    i += 1
                    continue
                }
                guard let (scalar, width) = Self.decode(p, raw.count, at: i) else {
                    i += 1
                    continue
                }
                switch classify(scalar) {
                case .separator: break
                case .unigram(let bytes), .letters(let bytes): out.append(contentsOf: bytes)
                }
                i += width
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
