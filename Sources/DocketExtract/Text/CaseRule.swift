/// How the case of a word in a text must agree with the word as a dictionary writes it.
///
/// Short all-capital words (`FTC`, `SEC`, `AI`) must be capitals in the text too (so `Sec.` is not
/// the SEC); capitalised words (`Anthropic`, `Copilot`, `Grok`) must be capitalised (so `grok` the
/// verb and `copilot` the job are not products); lowercase-initial words (`xAI`, `iPhone`) match any case.
enum CaseRule: Sendable, Hashable {
    case any, capitalised, capitals

    init(dictionaryToken token: TextToken) {
        if !token.has(.hasLetter) || token.has(.digitInitial) || token.has(.symbol) {
            self = .any
        } else if token.has(.allUpper), token.length <= 5, !token.has(.hasDigit) {
            self = .capitals
        } else if token.isCapitalised {
            self = .capitalised
        } else {
            self = .any
        }
    }

    @inline(__always)
    func accepts(_ token: TextToken) -> Bool {
        switch self {
        case .any: return true
        case .capitalised: return token.isCapitalised
        case .capitals: return token.has(.allUpper) || !token.has(.hasLetter)
        }
    }
}
