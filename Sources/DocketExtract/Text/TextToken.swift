/// One word of a text, as the extractors see it: where it is (UTF-8 byte offsets), a hash of
/// its folded form (lowercase, accents dropped, `’` read as `'`), what its letters look like,
/// and what separates it from the word before.
///
/// Every lookup (company names, cue words, instrument names) compares `key`s, so a text is
/// read once and no `String` is made per word.
struct TextToken: Sendable, Hashable {
    var start: Int32
    var end: Int32
    var key: UInt64
    var flags: TokenFlags
    /// The separators between the previous token and this one.
    var gap: GapFlags

    var length: Int { Int(end - start) }
    var range: Range<Int> { Int(start)..<Int(end) }

    func has(_ flag: TokenFlags) -> Bool { flags.contains(flag) }
    /// Capitalised: the first letter is uppercase (or the token is a number or a CJK character).
    var isCapitalised: Bool { flags.contains(.upperInitial) }
    var isWord: Bool { flags.contains(.hasLetter) }
    var isNumber: Bool { flags.contains(.allDigits) }
}

/// What a token's letters look like.
struct TokenFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt16
    static let upperInitial = TokenFlags(rawValue: 1 << 0)
    /// Every letter uppercase (and at least one letter).
    static let allUpper = TokenFlags(rawValue: 1 << 1)
    static let hasLetter = TokenFlags(rawValue: 1 << 2)
    static let hasDigit = TokenFlags(rawValue: 1 << 3)
    static let allDigits = TokenFlags(rawValue: 1 << 4)
    /// Followed by `'s`, `’s` or a bare `'` after a final s (`Meta's`, `publishers'`).
    static let possessive = TokenFlags(rawValue: 1 << 5)
    /// A single Han, Hiragana or Katakana character (scripts written without spaces).
    static let cjk = TokenFlags(rawValue: 1 << 6)
    /// `&` or `+`, kept as tokens so that `AT&T` and `Disney+` can be names.
    static let symbol = TokenFlags(rawValue: 1 << 7)
    static let hasLower = TokenFlags(rawValue: 1 << 8)
    /// Starts with a digit (`4o`, `2024`).
    static let digitInitial = TokenFlags(rawValue: 1 << 9)
}

/// The separators between two tokens (several may be present: `", "` is comma and space).
struct GapFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt32
    /// The first token of the text.
    static let start = GapFlags(rawValue: 1 << 0)
    static let space = GapFlags(rawValue: 1 << 1)
    static let newline = GapFlags(rawValue: 1 << 2)
    /// A blank line.
    static let paragraph = GapFlags(rawValue: 1 << 3)
    static let comma = GapFlags(rawValue: 1 << 4)
    static let period = GapFlags(rawValue: 1 << 5)
    /// `!` or `?`.
    static let stop = GapFlags(rawValue: 1 << 6)
    static let hyphen = GapFlags(rawValue: 1 << 7)
    /// An en or em dash, or `--`.
    static let dash = GapFlags(rawValue: 1 << 8)
    static let colon = GapFlags(rawValue: 1 << 9)
    static let semicolon = GapFlags(rawValue: 1 << 10)
    static let quote = GapFlags(rawValue: 1 << 11)
    static let openParen = GapFlags(rawValue: 1 << 12)
    static let closeParen = GapFlags(rawValue: 1 << 13)
    static let slash = GapFlags(rawValue: 1 << 14)
    static let apostrophe = GapFlags(rawValue: 1 << 15)
    static let ellipsis = GapFlags(rawValue: 1 << 16)
    static let other = GapFlags(rawValue: 1 << 17)

    /// Nothing but spaces (on one line): words of one name may be separated so.
    var isPlainSpace: Bool { self == .space }
    /// What may join the words of one name: a space, or one hyphen, period, slash or apostrophe with no space.
    var joinsName: Bool {
        if self == .space || isEmpty { return true }
        if self == .hyphen || self == .period || self == .slash || self == .apostrophe { return true }
        return false
    }
    /// A break that ends a clause: sentence punctuation, colon, semicolon, dash, parenthesis, a line break.
    var isClauseBreak: Bool {
        !intersection([.period, .stop, .colon, .semicolon, .dash, .openParen, .closeParen, .newline, .paragraph, .ellipsis, .start])
            .isEmpty
    }
    /// A hyphen with no space: `OpenAI-backed`, `fine-tuned`.
    var isCompoundHyphen: Bool { contains(.hyphen) && !contains(.space) && !contains(.newline) }
}
