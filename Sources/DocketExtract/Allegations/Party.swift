/// Who fills a role in a sentence, before the item is consulted.
enum Party: Sendable, Hashable {
    /// Organisations the linker found (coordinated: `B and C`).
    case group(PartyGroup)
    /// A description standing for an organisation named elsewhere in the item (`the Chinese
    /// startup`, `the regulator`, `it`): resolved against the item's other mentions.
    case reference(authority: Bool, sentence: Int, token: Int)
    /// People or groups the dictionary does not know (`a group of authors`, `Elon Musk`).
    case names([String])

    var group: PartyGroup? {
        if case .group(let g) = self { return g }
        return nil
    }
}

/// Organisations named together in one role, with where they are.
struct PartyGroup: Sendable, Hashable {
    var ids: [String]
    var first: Int
    var last: Int
    /// The last organisation was written as a possessive (`Anthropic's`).
    var possessive: Bool

    mutating func absorb(_ other: PartyGroup) {
        for id in other.ids where !ids.contains(id) { ids.append(id) }
        first = min(first, other.first)
        last = max(last, other.last)
        possessive = other.last >= last ? other.possessive : possessive
    }
}
