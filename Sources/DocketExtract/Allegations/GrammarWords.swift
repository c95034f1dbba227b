/// English function words the constructions are read with: auxiliaries, prepositions,
/// determiners, negations, verbs of saying. Grammar, not domain data, so built in; the domain
/// cues (what counts as an accusation, which category) come from the dictionary.
struct GrammarWords: Sendable {
    let be: Set<UInt64>
    let adverbs: Set<UInt64>
    let negations: Set<UInt64>
    /// Words that end a direct object search (`accused B of …`, `sued B over …`).
    let objectStops: Set<UInt64>
    /// `the maker of ChatGPT`: a role noun lets `of` through.
    let roleNouns: Set<UInt64>
    /// Heads of descriptions that stand for a company (`the Chinese startup`).
    let companyHeads: Set<UInt64>
    /// Heads of descriptions that stand for an authority (`the regulator`, `the watchdog`).
    let authorityHeads: Set<UInt64>
    let determiners: Set<UInt64>
    /// Verbs of saying that introduce reported content (`A said B copied …`).
    let saying: Set<UInt64>
    /// Verbs after which a noun cue's subject is the accused (`B faces a lawsuit`).
    let undergo: Set<UInt64>
    /// Prepositions that introduce the accused after a noun cue (`lawsuit against B`).
    let against: Set<UInt64>
    /// Prepositions that introduce the accuser (`sued by A`, `complaint from A`).
    let agent: Set<UInt64>
    let coordinators: Set<UInt64>
    /// Words of money, for skipping `€3 million` between a verb and its object.
    let amounts: Set<UInt64>
    /// Past participles that do not end in -ed/-en.
    let participles: Set<UInt64>
    /// Pronouns and descriptions a subject may be (`It`, `The company`).
    let pronouns: Set<UInt64>
    /// Nouns that name the accusers when no organisation does (`authors`, `a group of artists`).
    let plaintiffHeads: Set<UInt64>
    /// Relative pronouns and appositive openers (`Anthropic, which makes Claude, accused …`).
    let parentheticalOpeners: Set<UInt64>
    /// `which`, `who`, `whose`: after a comma, a non-restrictive relative clause.
    let relativePronouns: Set<UInt64>
    /// Nouns whose possessor is the one accused (`Meta's fine`), not the accuser (`Meta's lawsuit`).
    let patientNouns: Set<UInt64>
    /// Modals and `to` before a verb (`will probe`, `plans to sue`): the cue is a verb.
    let modals: Set<UInt64>
    /// Plural descriptions that a list of organisations may follow (`seven companies, including …`).
    let pluralHeads: Set<UInt64>
    /// Words that open such a list.
    let listOpeners: Set<UInt64>
    /// What a lab says another did with its model: trained on it, queried it, extracted its outputs.
    let modelUse: Set<UInt64>
    /// Stems of the actions only authorities take (fines, probes, orders): an accusation with
    /// one of them and no accuser in its sentence was brought by the item's authority.
    static let authorityActions = [
        "fine", "probe", "investigat", "inquir", "enquir", "penal", "sanction", "order", "ban", "warn", "raid",
        "subpoena", "charge", "enforcement", "proceedings", "request for information", "reprimand", "rebuke",
        "prosecut", "indict",
    ]
    /// `DeepSeek-linked group`: the compound names the party.
    let affiliation: Set<UInt64>
    /// What a lab's own model is called in a sentence about it: `its models`, `OpenAI's API`.
    let modelNouns: Set<UInt64>
    /// The stronger half of `modelUse`: training, querying, extracting outputs.
    let modelTraining: Set<UInt64>
    /// Words for a rule that is broken (`in breach of its obligations`).
    let lawWords: Set<UInt64>
    let its: UInt64
    /// Verbs of a court or authority deciding: `ruled that`, `found that`.
    let rulings: Set<UInt64>
    /// `accusing it of`, `accusing them of`.
    let objectPronouns: Set<UInt64>
    /// `investigating whether B …`, `probing how B …`.
    let question: Set<UInt64>
    /// Complementizer `that`.
    let that: UInt64
    let by: UInt64
    let with: UInt64
    let of: UInt64
    let according: UInt64
    let to: UInt64

    init() {
        func keys(_ words: String) -> Set<UInt64> {
            Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Tokenizer.keys(of: String($0)).first })
        }
        be = keys("is are was were be been being get gets got gotten has have had 's")
        adverbs = keys(
            """
            also reportedly allegedly formally now previously recently already twice once just officially publicly \
            separately again further repeatedly subsequently since then later earlier today yesterday quietly \
            effectively openly directly
            """)
        negations = keys(
            """
            not never no didn't doesn't don't hasn't haven't hadn't won't wouldn't isn't wasn't aren't weren't \
            cannot can't couldn't shouldn't without nor neither
            """)
        objectStops = keys(
            """
            of over for in with to by from after since because amid about at as than under into against through \
            during before without that which who whose whom when where while if on following despite including
            """)
        roleNouns = keys(
            """
            maker makers creator creators developer developers owner owners operator operators parent publisher \
            publishers backer backers investor investors partner partners unit units subsidiary subsidiaries affiliate affiliates founder founders
            """)
        companyHeads = keys(
            """
            company companies firm firms startup start-up startups lab labs laboratory rival rivals competitor \
            competitors developer developers maker giant group platform business conglomerate chipmaker retailer \
            provider operator app chatbot newspaper paper publisher outlet broadcaster network studio label \
            insurer bank automaker carmaker
            """)
        authorityHeads = keys(
            """
            regulator regulators watchdog watchdogs authority authorities agency commission court judge ministry \
            department prosecutors government
            """)
        determiners = keys("the a an its their his her this that these those our another other")
        saying = keys(
            """
            say says said saying claim claims claimed claiming allege alleges alleged alleging argue argues argued \
            arguing contend contends contended assert asserts asserted tell tells told write writes wrote state \
            states stated insist insists insisted maintain maintains maintained complain complains complained \
            find finds found rule rules ruled conclude concludes concluded
            """)
        undergo = keys(
            """
            face faces faced facing receive receives received hit under subject target targeted targets \
            become became confront confronts confronted settle settles settled settling resolve resolves resolved \
            fight fights fought contest contests contested appeal appeals appealed
            """)
        against = keys("against into on targeting versus vs v over of")
        agent = keys("by from")
        coordinators = keys("and or & plus")
        amounts = keys(
            """
            million billion trillion bn m euros euro dollars dollar pounds pound yuan won yen francs kroner \
            rupees crore lakh $ € £ us usd eur gbp cny a an the record of about nearly almost some up roughly
            """)
        participles = keys(
            "hit put set cut brought sought found held taken told struck won lost caught fought led shut made paid")
        pronouns = keys("it they he she the this that")
        plaintiffHeads = keys(
            """
            authors author artists artist writers writer publishers publisher musicians creators users consumers \
            customers parents families plaintiffs critics researchers employees workers lawmakers senators \
            attorneys prosecutors states group coalition newspapers outlets photographers actors novelists \
            developers contractors moderators drivers labelers labellers staff mother father parent family teen \
            teenager teenagers widow estate shareholders investors residents students illustrators journalists \
            activist activists campaigners users voice actress actor singer comedian
            """)
        relativePronouns = keys("which who whose")
        parentheticalOpeners = keys(
            "which who whose where when the a an its their formerly known now once previously also best owned backed")
        patientNouns = keys("fine fines penalty penalties sanction sanctions damages")
        modals = keys("will would could may might must shall should can to cannot plans plan")
        question = keys("whether if how")
        objectPronouns = keys("it them him her")
        rulings = keys("ruled rules found finds concluded concludes decided decides held holds determined")
        affiliation = keys("linked affiliated tied connected associated")
        modelNouns = keys("model models api apis outputs output chatbot")
        modelTraining = keys(
            """
            train trained training trains outputs queried queries querying extract extracted extracting extraction \
            distil distill distilled distilling distillation
            """)
        lawWords = keys(
            """
            law laws rules rule regulation regulations act obligations obligation code terms duties requirements \
            order agreement contract duty provisions directive
            """)
        its = Tokenizer.keys(of: "its")[0]
        pluralHeads = keys(
            """
            companies firms makers developers operators providers platforms labs startups businesses groups \
            giants services apps chatbots
            """)
        listOpeners = keys("including includes include namely such like")
        modelUse = keys(
            """
            train trained training trains outputs output queried queries querying query extract extracted \
            extracting extraction distil distill distilled distilling distillation api responses answers \
            mimic mimicked replicate replicated clone cloned used using use obtained obtain build built \
            exfiltrated exfiltrate siphoned copied copying
            """)
        that = Tokenizer.keys(of: "that")[0]
        by = Tokenizer.keys(of: "by")[0]
        with = Tokenizer.keys(of: "with")[0]
        of = Tokenizer.keys(of: "of")[0]
        according = Tokenizer.keys(of: "according")[0]
        to = Tokenizer.keys(of: "to")[0]
    }
}
