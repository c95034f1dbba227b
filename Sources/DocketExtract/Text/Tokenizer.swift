/// Splits UTF-8 text into `TextToken`s in one pass over the bytes.
///
/// A token is a run of letters and digits (any script; combining marks stay with their
/// letter); an apostrophe between letters stays inside (`don't`, `O'Brien`) except the
/// possessive `'s` / `’s`, which is dropped and flagged on the word before. Han, Hiragana and
/// Katakana characters are one token each, since those scripts are written without spaces.
/// `&` and `+` are tokens of their own. Everything else is recorded as the `gap` before the
/// next token.
enum Tokenizer {
    static func tokenize(_ text: String) -> [TextToken] {
        var copy = text
        return copy.withUTF8 { tokenize($0) }
    }

    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(bytes.count / 5 + 4)
        let n = bytes.count
        var i = 0
        var gap: GapFlags = [.start]
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if Self.isASCIIWordByte(b) {
                    i = readWord(bytes, from: i, gap: &gap, into: &tokens)
                    continue
                }
                switch b {
                case 0x20, 0x09: gap.insert(.space)
                case 0x0A:
                    if gap.contains(.newline) { gap.insert(.paragraph) }
                    gap.insert(.newline)
                case 0x0D: break
                case 0x2C: gap.insert(.comma)
                case 0x2E:
                    if i + 2 < n, bytes[i + 1] == 0x2E, bytes[i + 2] == 0x2E {
                        gap.insert(.ellipsis)
                        i += 3
                        while i < n, bytes[i] == 0x2E { i += 1 }
                        continue
                    }
                    gap.insert(.period)
                case 0x21, 0x3F: gap.insert(.stop)
                case 0x2D:
                    if i + 1 < n, bytes[i + 1] == 0x2D {
                        gap.insert(.dash)
                        i += 2
                        continue
                    }
                    gap.insert(.hyphen)
                case 0x3A: gap.insert(.colon)
                case 0x3B: gap.insert(.semicolon)
                case 0x22, 0x60: gap.insert(.quote)
                case 0x27: gap.insert(.apostrophe)
                case 0x28, 0x5B, 0x7B: gap.insert(.openParen)
                case 0x29, 0x5D, 0x7D: gap.insert(.closeParen)
                case 0x2F, 0x5C: gap.insert(.slash)
                case 0x26, 0x2B:
                    var key = TokenKey()
                    key.add(b)
                    tokens.append(
                        TextToken(start: Int32(i), end: Int32(i + 1), key: key.value, flags: [.symbol], gap: gap))
                    gap = []
                default: gap.insert(.other)
                }
                i += 1
                continue
            }
            let (scalar, length) = UTF8Scan.decode(bytes, at: i)
            if UTF8Scan.isWordScalar(scalar) {
                i = readWord(bytes, from: i, gap: &gap, into: &tokens)
                continue
            }
            switch scalar.value {
            case 0x2019, 0x2018, 0x02BC: gap.insert(.apostrophe)
            case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB, 0x2039, 0x203A, 0x300C, 0x300D: gap.insert(.quote)
            case 0x2013, 0x2014, 0x2015: gap.insert(.dash)
            case 0x2010, 0x2011: gap.insert(.hyphen)
            case 0x2026: gap.insert(.ellipsis)
            case 0x00A0, 0x2002...0x200B, 0x202F, 0x3000: gap.insert(.space)
            case 0x3002, 0xFF0E: gap.insert(.period)
            case 0xFF0C, 0x3001: gap.insert(.comma)
            case 0xFF01, 0xFF1F: gap.insert(.stop)
            case 0xFF1A: gap.insert(.colon)
            case 0xFF1B: gap.insert(.semicolon)
            case 0xFF08: gap.insert(.openParen)
            case 0xFF09: gap.insert(.closeParen)
            case 0x2028, 0x2029:
                gap.insert(.newline)
                gap.insert(.paragraph)
            default: gap.insert(.other)
            }
            i += length
        }
        return tokens
    }

    /// The keys of the tokens of a phrase (a name, a cue): how dictionaries meet texts.
    static func keys(of phrase: String) -> [UInt64] {
        tokenize(phrase).map(\.key)
    }

    @inline(__always)
    static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    /// Reads one word starting at `start`; returns the index after it (and after a possessive).
    private static func readWord(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, gap: inout GapFlags, into tokens: inout [TextToken]
    ) -> Int {
        let n = bytes.count
        var i = start
        var key = TokenKey()
        var letters = 0, uppers = 0, lowers = 0, digits = 0
        var firstUpper = false
        var firstDigit = false
        var firstDone = false
        var possessive = false
        var lastByte: UInt8 = 0

        // CJK: one character, one token.
        if bytes[i] >= 0x80 {
            let (scalar, length) = UTF8Scan.decode(bytes, at: i)
            if UTF8Scan.isCJK(scalar) {
                for k in i..<(i + length) { key.add(bytes[k]) }
                tokens.append(
                    TextToken(
                        start: Int32(i), end: Int32(i + length), key: key.value,
                        flags: [.cjk, .hasLetter, .upperInitial], gap: gap))
                gap = []
                return i + length
            }
        }

        var end = i
        scan: while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b >= 0x61 && b <= 0x7A {
                    key.add(b)
                    letters += 1
                    lowers += 1
                    if !firstDone { firstDone = true }
                    lastByte = b
                    i += 1
                } else if b >= 0x41 && b <= 0x5A {
                    key.add(b | 0x20)
                    letters += 1
                    uppers += 1
                    if !firstDone {
                        firstDone = true
                        firstUpper = true
                    }
                    lastByte = b | 0x20
                    i += 1
                } else if b >= 0x30 && b <= 0x39 {
                    key.add(b)
                    digits += 1
                    if !firstDone {
                        firstDone = true
                        firstUpper = true  // numbers need no capital
                        firstDigit = true
                    }
                    lastByte = b
                    i += 1
                } else if b == 0x27 {
                    // Apostrophe: possessive, contraction, or the end of the word.
                    switch apostrophe(bytes, at: i, length: 1, lastByte: lastByte) {
                    case .possessive(let after):
                        possessive = true
                        end = i
                        i = after
                        break scan
                    case .inside:
                        key.add(0x27)
                        i += 1
                    case .end:
                        break scan
                    }
                } else {
                    break scan
                }
                end = i
                continue
            }
            let (scalar, length) = UTF8Scan.decode(bytes, at: i)
            if scalar.value == 0x2019 || scalar.value == 0x02BC {
                switch apostrophe(bytes, at: i, length: length, lastByte: lastByte) {
                case .possessive(let after):
                    possessive = true
                    end = i
                    i = after
                    break scan
                case .inside:
                    key.add(0x27)
                    i += length
                    end = i
                    continue
                case .end:
                    break scan
                }
            }
            if UTF8Scan.isCJK(scalar) { break scan }
            let props = scalar.properties
            if props.generalCategory == .nonspacingMark || props.generalCategory == .spacingMark
                || props.generalCategory == .enclosingMark
            {
                i += length  // combining mark: part of the letter, not of the key
                end = i
                continue
            }
            guard UTF8Scan.isWordScalar(scalar) else { break scan }
            if props.isAlphabetic {
                letters += 1
                let upper = props.isUppercase
                if upper { uppers += 1 } else if props.isLowercase { lowers += 1 }
                if !firstDone {
                    firstDone = true
                    firstUpper = upper || !props.isLowercase
                }
            } else {
                digits += 1
                if !firstDone {
                    firstDone = true
                    firstUpper = true
                }
            }
            for folded in Fold.fold(scalar) { key.add(folded) }
            lastByte = 0x80
            i += length
            end = i
        }

        var flags: TokenFlags = []
        if firstUpper { flags.insert(.upperInitial) }
        if firstDigit { flags.insert(.digitInitial) }
        if letters > 0 {
            flags.insert(.hasLetter)
            if lowers == 0 && uppers > 0 { flags.insert(.allUpper) }
            if lowers > 0 { flags.insert(.hasLower) }
        }
        if digits > 0 {
            flags.insert(.hasDigit)
            if letters == 0 { flags.insert(.allDigits) }
        }
        if possessive { flags.insert(.possessive) }
        tokens.append(TextToken(start: Int32(start), end: Int32(end), key: key.value, flags: flags, gap: gap))
        gap = []
        if i == end, i < n, bytes[i] == 0x27 || (bytes[i] == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99) {
            // A closing quote or plural possessive right after the word: `publishers'`.
            let length = bytes[i] == 0x27 ? 1 : 3
            let next = i + length
            let followedByWord: Bool = {
                guard next < n else { return false }
                if bytes[next] < 0x80 { return isASCIIWordByte(bytes[next]) }
                return UTF8Scan.isWordScalar(UTF8Scan.decode(bytes, at: next).0)
            }()
            if lastByte == 0x73, !followedByWord {
                tokens[tokens.count - 1].flags.insert(.possessive)
                return next
            }
        }
        return i
    }

    private enum Apostrophe { case possessive(after: Int), inside, end }

    /// An apostrophe inside a word: `'s` + boundary is possessive; a letter after it keeps the word going.
    private static func apostrophe(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int, lastByte: UInt8)
        -> Apostrophe
    {
        let n = bytes.count
        let next = i + length
        guard next < n else { return .end }
        let c = bytes[next]
        if c == 0x73 || c == 0x53 {
            let after = next + 1
            if after >= n { return .possessive(after: after) }
            let d = bytes[after]
            if d < 0x80 {
                if !isASCIIWordByte(d) { return .possessive(after: after) }
            } else if !UTF8Scan.isWordScalar(UTF8Scan.decode(bytes, at: after).0) {
                return .possessive(after: after)
            }
            return .inside
        }
        if c < 0x80 { return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) ? .inside : .end }
        return UTF8Scan.decode(bytes, at: next).0.properties.isAlphabetic ? .inside : .end
    }
}
