/// Numbered instruments read from tokens: state and federal bills (`SB 53`, `S.B. 53`,
/// `Senate Bill 53`, `AB 2013`, `HB 149`, `SB 24-205`, `SB53`, `H.R. 1`, `S. 2938`), executive
/// orders (`Executive Order 14179`, `EO 14110`, `Executive Order No. 14110`), EU acts
/// (`Regulation (EU) 2024/1689`, `Directive (EU) 2019/790`, `Regulation (EU) No 2016/679`) and
/// numbered bills elsewhere (`Bill C-27`, `PL 2338/2023`).
struct NumberPattern: Sendable {
    /// `sb`, `ab`, `hr`, `eo`, `regulation`, `directive`, `bill`, `pl`.
    let prefix: String
    /// `53`, `24-205`, `2024-1689`, `c-27`.
    let number: String
    /// Tokens consumed.
    let length: Int
    let instrument: String
    let fixedJurisdiction: String?
    let wantsState: Bool

    /// The id part: `sb-53`, `eo-14179`, `regulation-2024-1689`.
    var slug: String { "\(prefix)-\(number)" }

    /// How the form is usually written: `SB 53`, `Executive Order 14179`, `Regulation (EU) 2024/1689`.
    var display: String {
        switch prefix {
        case "eo": return "Executive Order \(number)"
        case "regulation", "directive", "decision":
            return "\(prefix.capitalized) (EU) \(number.replacingOccurrences(of: "-", with: "/"))"
        case "hr": return "H.R. \(number)"
        case "s": return "S. \(number)"
        case "bill": return "Bill \(number.uppercased())"
        default: return "\(prefix.uppercased()) \(number)"
        }
    }

    private static let statePrefixes: Set<String> = ["sb", "ab", "hb", "sf", "hf", "ld", "lb", "sp", "hp"]
    private static let federalPrefixes: Set<String> = ["hr"]
    /// The words the forms below can start with (besides a single letter, as in `S.B. 53`):
    /// any other capitalised word is not the start of a numbered instrument.
    private static let leadWords: Set<String> = statePrefixes.union(federalPrefixes).union([
        "law", "decree", "legge", "senate", "assembly", "house", "executive", "eo", "regulation", "directive",
        "decision", "bill", "pl",
    ])

    /// Parses a whole name (`SB 53`) as a number pattern, for seed names.
    static func parse(_ name: String) -> NumberPattern? {
        let bytes = Array(name.utf8)
        let tokens = Tokenizer.tokenize(name)
        guard let found = match(tokens, bytes: bytes, at: 0, end: tokens.count), found.length == tokens.count else {
            return nil
        }
        return found
    }

    static func match(_ tokens: [TextToken], bytes: [UInt8], at t: Int, end: Int) -> NumberPattern? {
        func word(_ i: Int) -> String? {
            guard i < end else { return nil }
            return String(decoding: bytes[tokens[i].range], as: UTF8.self).lowercased()
        }
        /// A number with optional `-NNN`, `/NNNN` or `.NNN` parts; returns (text, tokens used).
        func number(at i: Int, letters: Bool = false) -> (String, Int)? {
            guard i < end, !tokens[i].gap.contains(.comma), !tokens[i].gap.contains(.semicolon) else { return nil }
            var parts: [String] = []
            var k = i
            if letters, let w = word(k), tokens[k].has(.hasLetter), !tokens[k].has(.hasDigit), w.count == 1,
                k + 1 < end, tokens[k + 1].isNumber, tokens[k + 1].gap == .hyphen
            {
                parts.append(w)  // `C-27`
                k += 1
            }
            guard k < end, tokens[k].has(.digitInitial) else { return nil }
            parts.append(word(k)!)
            k += 1
            while k < end, tokens[k].has(.digitInitial), tokens[k].gap == .hyphen || tokens[k].gap == .slash || tokens[k].gap == .period {
                parts.append(word(k)!)
                k += 1
            }
            return (parts.joined(separator: "-"), k - i)
        }
        /// After a one-token form: `-004` in `SB25B-004`.
        func continuation(at i: Int) -> (String, Int) {
            var parts: [String] = []
            var k = i
            while k < end, tokens[k].has(.digitInitial), tokens[k].gap == .hyphen || tokens[k].gap == .slash {
                parts.append(word(k)!)
                k += 1
            }
            return (parts.map { "-" + $0 }.joined(), k - i)
        }
        func isYear(_ n: String) -> Bool { Int(n).map { (1900...2100).contains($0) } ?? false }
        // Every form below starts with a capitalised or all-capitals token, and one without digits
        // is at most ten letters (`regulation`): most tokens stop here, before any text is copied.
        guard t < end, tokens[t].isCapitalised || tokens[t].has(.allUpper),
            tokens[t].has(.hasDigit) || tokens[t].range.count <= 10, let first = word(t)
        else { return nil }
        let capital = tokens[t].isCapitalised

        // `SB53`, `AB2013`, `HR1`, `SB25B-004`, `A6453B`, `S6953`
        if tokens[t].has(.hasLetter), tokens[t].has(.hasDigit), !tokens[t].has(.digitInitial),
            tokens[t].has(.allUpper) || capital
        {
            let letters = String(first.prefix { $0.isLetter })
            let rest = String(first.dropFirst(letters.count))
            let single = letters == "s" || letters == "a"
            if statePrefixes.contains(letters) || federalPrefixes.contains(letters) || single,
                let firstDigit = rest.first, firstDigit.isNumber, rest.allSatisfy({ $0.isNumber || $0.isLetter }),
                !single || rest.filter(\.isNumber).count >= 3
            {
                let (more, used) = continuation(at: t + 1)
                let state = !federalPrefixes.contains(letters)
                return NumberPattern(
                    prefix: letters, number: rest + more, length: 1 + used, instrument: "bill",
                    fixedJurisdiction: state ? nil : "US", wantsState: state)
            }
        }
        guard capital, first.count == 1 || Self.leadWords.contains(first) else { return nil }
        // `SB 53`, `HR 1`
        if tokens[t].has(.allUpper), statePrefixes.contains(first) || federalPrefixes.contains(first),
            let (n, used) = number(at: t + 1)
        {
            let state = statePrefixes.contains(first)
            return NumberPattern(
                prefix: first, number: n, length: 1 + used, instrument: "bill", fixedJurisdiction: state ? nil : "US",
                wantsState: state)
        }
        // `S.B. 53`, `H.R. 1`, `A.B. 2013`
        if first.count == 1, let second = word(t + 1), second.count == 1, tokens[t + 1].gap == .period,
            tokens[t + 1].isCapitalised
        {
            let prefix = first + second
            if statePrefixes.contains(prefix) || federalPrefixes.contains(prefix), let (n, used) = number(at: t + 2) {
                let state = statePrefixes.contains(prefix)
                return NumberPattern(
                    prefix: prefix, number: n, length: 2 + used, instrument: "bill",
                    fixedJurisdiction: state ? nil : "US", wantsState: state)
            }
        }
        // `S. 2938` (US Senate): a lone S and a number of three or more digits.
        if first == "s", tokens[t].has(.allUpper), t + 1 < end, tokens[t + 1].gap.contains(.period),
            let (n, used) = number(at: t + 1), n.count >= 3
        {
            return NumberPattern(
                prefix: "s", number: n, length: 1 + used, instrument: "bill", fixedJurisdiction: "US", wantsState: false)
        }
        // `S 6953`, `A 6453` (New York): a lone capital S or A and a four-digit number that is not a year.
        if first == "s" || first == "a", tokens[t].has(.allUpper), t + 1 < end, tokens[t + 1].gap == .space,
            let (n, used) = number(at: t + 1), n.count >= 4, n.allSatisfy(\.isNumber), !isYear(n)
        {
            return NumberPattern(
                prefix: first, number: n, length: 1 + used, instrument: "bill", fixedJurisdiction: nil, wantsState: true)
        }
        // `Law No. 132/2025`, `Law 15.211/2025`, `Decree No. 1234`
        if first == "law" || first == "decree" || first == "legge" {
            var k = t + 1
            if let w = word(k), w == "no" || w == "n" || w == "nr" || w == "number" { k += 1 }
            if let (n, used) = number(at: k), n.contains("-") || k > t + 1 {
                return NumberPattern(
                    prefix: first == "legge" ? "law" : first, number: n, length: k - t + used,
                    instrument: first == "decree" ? "rule" : "act", fixedJurisdiction: nil, wantsState: false)
            }
        }
        // `Senate Bill 53`, `Assembly Bill 2013`, `House Bill 149`, `Senate File 1`
        if let second = word(t + 1), second == "bill" || second == "file", tokens[t + 1].isCapitalised {
            let chamber: String? =
                switch first {
                case "senate": "s"
                case "assembly": "a"
                case "house": "h"
                default: nil
                }
            if let chamber, let (n, used) = number(at: t + 2) {
                return NumberPattern(
                    prefix: chamber + String(second.prefix(1)), number: n, length: 2 + used, instrument: "bill",
                    fixedJurisdiction: nil, wantsState: true)
            }
        }
        // `Executive Order 14179`, `Executive Order No. 14179`, `EO 14110`, `E.O. 14110`
        var k = -1
        if first == "executive", word(t + 1) == "order" { k = t + 2 }
        if first == "eo", tokens[t].has(.allUpper) { k = t + 1 }
        if first == "e", word(t + 1) == "o", tokens[t + 1].gap == .period { k = t + 2 }
        if k >= 0 {
            if let w = word(k), w == "no" || w == "number" { k += 1 }
            if let (n, used) = number(at: k) {
                let federal = n.count == 5 && n.allSatisfy(\.isNumber)
                return NumberPattern(
                    prefix: "eo", number: n, length: k - t + used, instrument: "executive-order",
                    fixedJurisdiction: federal ? "US" : nil, wantsState: !federal)
            }
        }
        // `Regulation (EU) 2024/1689`, `Directive (EU) 2019/790`, `Implementing Regulation (EU) No 2024/1689`
        if first == "regulation" || first == "directive" || first == "decision", word(t + 1) == "eu" {
            k = t + 2
            if let w = word(k), w == "no" || w == "nr" { k += 1 }
            if let (n, used) = number(at: k), n.contains("-") {
                return NumberPattern(
                    prefix: first, number: n, length: k - t + used,
                    instrument: first == "decision" ? "regulation" : first, fixedJurisdiction: "EU", wantsState: false)
            }
        }
        // `Bill C-27`, `PL 2338/2023`
        if first == "bill", let (n, used) = number(at: t + 1, letters: true), n.contains("-") {
            return NumberPattern(
                prefix: "bill", number: n, length: 1 + used, instrument: "bill", fixedJurisdiction: nil, wantsState: false)
        }
        if first == "pl", tokens[t].has(.allUpper), let (n, used) = number(at: t + 1) {
            return NumberPattern(
                prefix: "pl", number: n, length: 1 + used, instrument: "bill", fixedJurisdiction: nil, wantsState: false)
        }
        return nil
    }
}

import Foundation
