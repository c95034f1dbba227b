/// English inflection for cue words: the lexicons give lemmas and stems (`accuse`, `distil`,
/// `sue`), the texts say `accused`, `distillation`, `suing`. `forms(of:)` lists the forms a
/// cue word stands for; lexicons compile every form to a key, so matching stays one lookup.
enum Morphology {
    /// Forms of a lowercase word: itself, plural / third person, past, participle, gerund,
    /// and the `-ation` / `-ion` / `-ment` nouns, plus irregular forms.
    static func forms(of word: String, derivational: Bool = true) -> Set<String> {
        var out: Set<String> = [word]
        guard word.count >= 3, word.allSatisfy({ $0.isLetter }), !functionWords.contains(word) else { return out }
        if let irregular = irregulars[word] { out.formUnion(irregular) }
        let chars = Array(word)
        let last = chars[chars.count - 1]
        let beforeLast = chars[chars.count - 2]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

        // -s / -es / -ies
        if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") || word.hasSuffix("ch")
            || word.hasSuffix("sh")
        {
            out.insert(word + "es")
        } else if last == "y", !vowels.contains(beforeLast) {
            out.insert(String(word.dropLast()) + "ies")
        } else {
            out.insert(word + "s")
        }
        // past / participle
        if last == "e" {
            out.insert(word + "d")
        } else if last == "y", !vowels.contains(beforeLast) {
            out.insert(String(word.dropLast()) + "ied")
        } else {
            out.insert(word + "ed")
        }
        // gerund
        if word.hasSuffix("ie") {
            out.insert(String(word.dropLast(2)) + "ying")
        } else if last == "e", beforeLast != "e" {
            out.insert(String(word.dropLast()) + "ing")
        } else {
            out.insert(word + "ing")
        }
        // doubled final consonant: ban → banned, distil → distilled
        if !vowels.contains(last), last != "w", last != "x", last != "y", vowels.contains(beforeLast) {
            let doubled = word + String(last)
            out.formUnion([doubled + "ed", doubled + "ing", doubled + "er", doubled + "ers"])
            if last == "l" { out.formUnion([doubled + "ation", doubled + "ations"]) }
        }
        guard derivational else { return out }
        // nouns: -ment, -ion / -ation where English makes them
        out.formUnion([word + "ment", word + "ments"])
        if word.hasSuffix("te") {
            let stem = String(word.dropLast())
            out.formUnion([stem + "ion", stem + "ions"])
        } else if word.hasSuffix("se") || word.hasSuffix("ge") || word.hasSuffix("ze") {
            let stem = String(word.dropLast())
            out.formUnion([stem + "ation", stem + "ations"])
        } else if word.hasSuffix("ct") || word.hasSuffix("pt") || word.hasSuffix("ss") {
            out.formUnion([word + "ion", word + "ions"])
        } else if word.hasSuffix("ill") || word.hasSuffix("ain") || word.hasSuffix("orm") || word.hasSuffix("ult") {
            out.formUnion([word + "ation", word + "ations"])
        }
        // adverbs: deceptive → deceptively, illegal → illegally, misleading → misleadingly
        if word.hasSuffix("ive") || word.hasSuffix("al") || word.hasSuffix("ful") || word.hasSuffix("ent")
            || word.hasSuffix("ant") || word.hasSuffix("ous") || word.hasSuffix("ing")
        {
            out.insert(word + "ly")
        }
        if word.hasSuffix("ic") { out.insert(word + "ally") }
        // stems: discriminat → discriminate, discrimination, discriminatory; impersonat → impersonation
        if word.hasSuffix("at") {
            out.formUnion([word + "e", word + "es", word + "ed", word + "ing", word + "ion", word + "ions", word + "ory", word + "or", word + "ors"])
        }
        if word.hasSuffix("ing") || word.hasSuffix("ion") || word.hasSuffix("ment") {
            out.insert(word + "s")
        }
        return out
    }

    /// Possible lemmas of an inflected verb as the data may write it (`invites` → invite,
    /// `takes` → take, `entered` → enter, `applies` → apply), so that `invited`, `taking`,
    /// `enters` match too. Used for verb lexicons only (nouns like `books` are not verbs).
    static func lemmas(of word: String) -> Set<String> {
        guard word.count >= 5, word.allSatisfy({ $0.isLetter }), !functionWords.contains(word) else { return [] }
        var out: Set<String> = []
        if word.hasSuffix("ies") { out.insert(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("es") { out.insert(String(word.dropLast(2))) }
        if word.hasSuffix("s"), !word.hasSuffix("ss") { out.insert(String(word.dropLast())) }
        if word.hasSuffix("ied") { out.insert(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("ed") {
            out.insert(String(word.dropLast(2)))
            out.insert(String(word.dropLast()))
        }
        if word.hasSuffix("ing") {
            out.insert(String(word.dropLast(3)))
            out.insert(String(word.dropLast(3)) + "e")
        }
        for (lemma, forms) in irregulars where forms.contains(word) { out.insert(lemma) }
        return out.filter { $0.count >= 3 }
    }

    /// Words a cue may contain that never inflect.
    static let functionWords: Set<String> = [
        "the", "a", "an", "of", "on", "in", "to", "by", "for", "from", "with", "that", "this", "its", "their", "his",
        "her", "and", "or", "as", "at", "into", "over", "against", "about", "than", "not", "without", "under",
        "after", "before", "between", "through", "upon", "via", "per", "off", "out", "up", "down", "has", "have",
        "had", "was", "were", "been", "being", "are", "is", "be", "it", "they", "them", "which", "who", "whose",
        "millions", "thousands", "billions", "times", "data", "news", "users", "public",
    ]

    static let irregulars: [String: [String]] = [
        "say": ["said", "says", "saying"], "tell": ["told", "tells", "telling"],
        "break": ["broke", "broken", "breaks", "breaking"], "steal": ["stole", "stolen", "steals", "stealing"],
        "mislead": ["misled", "misleads", "misleading"], "find": ["found", "finds", "finding"],
        "hold": ["held", "holds", "holding"], "bring": ["brought", "brings", "bringing"],
        "take": ["took", "taken", "takes", "taking"], "seek": ["sought", "seeks", "seeking"],
        "lose": ["lost", "loses", "losing"], "pay": ["paid", "pays", "paying"], "sell": ["sold", "sells", "selling"],
        "make": ["made", "makes", "making"], "win": ["won", "wins", "winning"],
        "strike": ["struck", "strikes", "striking"], "write": ["wrote", "written", "writes", "writing"],
        "forbid": ["forbade", "forbidden", "forbids"], "hide": ["hid", "hidden", "hides", "hiding"],
        "give": ["gave", "given", "gives", "giving"], "get": ["got", "gotten", "gets", "getting"],
        "buy": ["bought", "buys", "buying"], "teach": ["taught", "teaches", "teaching"],
        "keep": ["kept", "keeps", "keeping"], "lead": ["led", "leads", "leading"],
        "speak": ["spoke", "spoken", "speaks", "speaking"], "run": ["ran", "runs", "running"],
        "draw": ["drew", "drawn", "draws", "drawing"], "know": ["knew", "known", "knows", "knowing"],
        "show": ["showed", "shown", "shows", "showing"], "throw": ["threw", "thrown", "throws", "throwing"],
        "withhold": ["withheld", "withholds", "withholding"], "undertake": ["undertook", "undertaken"],
        "hit": ["hits", "hitting"], "set": ["sets", "setting"], "put": ["puts", "putting"],
        "cut": ["cuts", "cutting"], "shut": ["shuts", "shutting"], "let": ["lets", "letting"],
        "spread": ["spreads", "spreading"], "quit": ["quits", "quitting"], "bid": ["bids", "bidding"],
        "leak": ["leaked", "leaks", "leaking"], "spy": ["spied", "spies", "spying"],
        "lie": ["lied", "lies", "lying"], "deny": ["denied", "denies", "denying", "denial", "denials"],
        "sue": ["sued", "sues", "suing"], "fine": ["fined", "fines", "fining"],
        "probe": ["probed", "probes", "probing"], "rule": ["ruled", "rules", "ruling", "rulings"],
        "be": ["is", "are", "was", "were", "been", "being"], "have": ["has", "had", "having"],
        "come": ["came", "comes", "coming"], "become": ["became", "becomes", "becoming"],
        "do": ["does", "did", "done", "doing"], "go": ["goes", "went", "gone", "going"],
        "mine": ["mined", "mines", "mining"], "copy": ["copied", "copies", "copying"],
        "query": ["queried", "queries", "querying"], "distil": ["distils", "distilled", "distilling", "distillation"],
        "distill": ["distills", "distilled", "distilling", "distillation"],
    ]
}
