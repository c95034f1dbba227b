/// Built-in words for reading instrument names and status constructions (English grammar and
/// legislative vocabulary; the seed data adds instrument words and status cues).
struct RegulationWords: Sendable {
    /// Instrument words that end a capitalised name, and their type.
    static let defaultHeads: [UInt64: String] = {
        let pairs: [(String, String)] = [
            ("act", "act"), ("law", "act"), ("bill", "bill"), ("directive", "directive"), ("regulation", "regulation"),
            ("regulations", "regulation"), ("rule", "rule"), ("rules", "rule"), ("guidance", "guidance"),
            ("guidelines", "guidance"), ("strategy", "strategy"), ("plan", "strategy"), ("framework", "strategy"),
            ("code", "code-of-practice"), ("convention", "treaty"), ("treaty", "treaty"), ("measures", "regulation"),
            ("provisions", "regulation"), ("order", "executive-order"), ("charter", "strategy"),
        ]
        var out: [UInt64: String] = [:]
        for (word, type) in pairs { out[TokenKey.of(folded: word)] = type }
        return out
    }()

    /// Heads so common in capitalised headlines that a name needs two words before them.
    let genericHeads: Set<UInt64>
    /// Words inside a name that may be lowercase: `Protection of Children Act`.
    let connectors: Set<UInt64>
    /// Capitalised words that never belong to a law's name (headline verbs, modals, prepositions).
    let stops: Set<UInt64>
    let be: Set<UInt64>
    let negations: Set<UInt64>
    let relative: Set<UInt64>
    let determiners: Set<UInt64>
    /// Modals and intentions that make a cue hypothetical: `would delay`, `plans to repeal`.
    let conditionals: Set<UInt64>
    /// `was`, `were`: with `due to`, a plan that did not happen.
    let pastBe: Set<UInt64>
    /// A legislature acting (`Japan's parliament enacted`): it passes what an executive signs.
    let legislatureWords: Set<UInt64>
    let due: UInt64
    let had: UInt64
    /// What a proposal may propose instead of an instrument: changes to it (`proposes delaying the AI Act`).
    let changes: Set<UInt64>
    /// `in its Digital Omnibus`, `through the omnibus`: what carries a proposal.
    let vehicles: Set<UInt64>
    let by: UInt64
    let of: UInt64
    let the: UInt64

    init() {
        func keys(_ words: String) -> Set<UInt64> {
            Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { TokenKey.of(folded: String($0)) })
        }
        genericHeads = keys("rule rules regulation regulations guidance guidelines framework strategy plan code order measures provisions charter law")
        connectors = keys("of and for on the in to &")
        stops = keys(
            """
            must will should could would may might can to not how why what when where who whom is are was were be \
            been says said say sign signs signed pass passes passed vote votes voted approve approves approved delay \
            delays delayed under with as after before over new into from by at against amid its their his her a an \
            first second third final draft proposed proposes propose unveils unveiled adopts adopted repeal repeals \
            repealed veto vetoes vetoed enters entered takes took applies apply back backs backed blocks blocked \
            strikes struck kills killed revives revived debates debated weighs eyes urges urged seeks sought \
            introduces introduced publishes published opens opened launches launched issues issued finalises \
            finalizes finalised finalized clears cleared bans banned this that these those our your my \
            if but or so than then there here now new latest landmark sweeping controversial \
            its amid ahead despite over about
            """)
        be = keys("is are was were be been being has have had")
        negations = keys("not never no didn't doesn't hasn't haven't won't wouldn't isn't wasn't")
        relative = keys("which that who")
        determiners = keys("a an the this that its their")
        conditionals = keys(
            """
            would could might may should seeks aims wants plans intends proposal proposals attempt effort propose \
            proposes proposed proposing suggest suggests suggested recommend recommends recommended urge urges urged \
            ask asks asked calls
            """)
        legislatureWords = keys(
            "parliament parliaments lawmakers legislators legislature congress senate house assembly diet bundestag senators")
        pastBe = keys("was were")
        due = TokenKey.of(folded: "due")
        had = TokenKey.of(folded: "had")
        vehicles = keys("in through via with under")
        changes = keys(
            """
            delay delaying delays postpone postponing pause pausing amend amending amendments amendment change \
            changes changing simplify simplifying simplification repeal repealing scrap scrapping weaken weakening \
            water watering push pushing revise revising revision overhaul overhauling exempt exempting to
            """)
        by = TokenKey.of(folded: "by")
        of = TokenKey.of(folded: "of")
        the = TokenKey.of(folded: "the")
    }
}
