/// The words around an ambiguous name that show a company is meant (`Apple said`, `Meta's
/// chatbot`, `the startup Mistral`, `posted on X`). English, built in: they describe how news
/// writes about companies, not any one company, so they are not part of the seed data.
struct ContextCues: Sendable {
    /// After the name, within three words: `Apple said`, `Meta CEO`, `Amazon shares`.
    let after: Set<UInt64>
    /// Before the name, within three words: `the company Meta`, `rival Apple`, `shares of Amazon`.
    let before: Set<UInt64>
    /// After a possessive: `Meta's chatbot`, `Apple's app store`.
    let possessed: Set<UInt64>
    /// Corporate suffixes: `Apple Inc`, `Meta Platforms`, `Mistral AI`.
    let suffixes: Set<UInt64>
    /// Appositive heads after a comma: `Mistral, the French startup`.
    let appositive: Set<UInt64>
    /// For a single letter (X): `formerly`, `previously`.
    let formerly: Set<UInt64>
    /// `the X platform`, `an X post`, `X users`.
    let platformNouns: Set<UInt64>
    /// `posted on X`, `said in a post on X`.
    let postingWords: Set<UInt64>
    /// `social media platform X`, `social network X`.
    let platformBefore: Set<UInt64>
    /// `has`, `been`, `was`: skipped when looking for a context word.
    let auxiliaries: Set<UInt64>
    /// Words of accusation whose object or subject is a party: `into X`, `sued X`, `X was fined`.
    let accusing: Set<UInt64>
    /// `which`, `whose`, `who`: a relative clause about a proper name.
    let relatives: Set<UInt64>
    /// `and`, `or`, `&`: a list of names.
    let joiners: Set<UInt64>
    let on: UInt64
    let the: UInt64
    /// Words before a capitalised word that make it part of another name or a place: `the Amazon`, `the Big Apple`.
    let determinerLike: Set<UInt64>

    init() {
        func keys(_ words: String) -> Set<UInt64> {
            Set(words.split(separator: " ").compactMap { Tokenizer.keys(of: String($0)).first })
        }
        after = keys(
            """
            said says say saying told tells announced announces announcing unveiled unveils launched launches \
            released releases reported reports sued sues accused accuses fined confirmed confirms denied denies \
            declined plans planned agreed agrees acquired acquires bought buys invested invests hired hires \
            stock shares ceo cfo cto coo chief executive executives spokesperson spokesman spokeswoman founder \
            cofounder co-founder chairman president investors employees staff engineers researchers revenue \
            revenues earnings profit profits sales deal partnership subsidiary division chatbot assistant \
            inc corp ltd shareholders headquarters labs users customers software hardware glasses headset \
            smartphone smartphones warned expects expected reported posted shipped signed signs joined joins \
            agreed agrees faces face faced
            """)
        before = keys(
            """
            company companies firm firms giant giants startup startups lab labs rival rivals maker makers \
            developer developers owner parent retailer shares ceo investors investor acquired sued accused fined \
            versus vs against partner partners competitor competitors conglomerate sue sues suing accuse accuses \
            accusing fine fines fining probe probes probing investigate investigates investigating acquire acquires \
            acquiring buy buys invest invests rival's partnership sued by with
            """)
        possessed = keys(
            """
            ceo chief chatbot platform app apps store shares stock model models assistant cloud devices device \
            phones phone smartphone glasses headset revenue earnings lawsuit board founder engineers researchers \
            servers users products services subsidiary unit acquisition deal investors executives spokesperson \
            software operating chips chip data ai algorithm ads advertising business market marketplace website \
            app-store headquarters employees staff stake valuation results quarterly annual new latest own
            """)
        suffixes = keys("inc corp corporation ltd limited llc plc ag gmbh sa se nv co group holdings platforms technologies labs ai")
        appositive = keys(
            "company startup firm lab giant maker developer group retailer owner rival parent conglomerate provider platform")
        formerly = keys("formerly previously née known")
        platformNouns = keys("platform app account accounts post posts feed handle algorithm timeline user users owner ceo chief")
        postingWords = keys(
            "posted post posts posting wrote writes write said says shared shares announced tweeted statement message reply replied thread video")
        platformBefore = keys("platform network site app rival")
        determinerLike = keys("the a an this that")
        relatives = keys("which whose who")
        joiners = keys("and or &")
        auxiliaries = keys("has have had is are was were be been being will would also now")
        accusing = keys(
            """
            into against sued sues suing fined fines fining accused accuses accusing probed probes probing \
            investigated investigating investigates charged charges ordered orders banned bans penalised \
            penalized sanctioned
            """)
        on = Tokenizer.keys(of: "on")[0]
        the = Tokenizer.keys(of: "the")[0]
    }
}
