/// Small pieces of English that several builders share: lists of names, counts, plurals.
enum Wording {
    /// `A`, `A and B`, `A, B and C`.
    static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        }
    }

    /// `1 allegation`, `3 allegations`, with thousands grouped (`12,345 items`).
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(grouped(n)) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// `1234567` → `1,234,567`, whatever the locale.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// A taxonomy or status word for a heading: `export-controls` → `Export controls`.
    static func caption(_ word: String) -> String {
        let spaced = word.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    /// What an accusation of a category is an accusation of: `copyright` → `copyright
    /// infringement` (`Anthropic accuses Alibaba of distillation`).
    static func accusationOf(_ category: String) -> String {
        switch category.lowercased() {
        case "copyright": "copyright infringement"
        case "privacy": "privacy violations"
        case "safety": "safety failures"
        case "security": "security failures"
        case "antitrust": "anticompetitive conduct"
        case "export-controls": "export-control violations"
        case "labor", "labour": "labour violations"
        case "deception": "deception"
        default: category
        }
    }
}
