/// A trie over token keys: names of several words (`Google DeepMind`, `Regulation (EU)
/// 2024/1689`) are paths, so finding every name in a text is one walk per token, whatever the
/// number of names. Built once per dictionary; read-only afterwards.
struct TokenTrie<Payload: Sendable>: Sendable {
    private struct Node: Sendable {
        var payloads: [Int32] = []
    }

    private var nodes: [Node] = [Node()]
    /// Every edge: (node, token key) → child node.
    private var edges = KeyTable()
    private(set) var payloads: [Payload] = []
    /// The most tokens of any name.
    private(set) var depth = 0

    init() {}

    mutating func insert(_ keys: [UInt64], _ payload: Payload) {
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let next = edges.get(Int32(node), key) {
                node = Int(next)
            } else {
                nodes.append(Node())
                let next = nodes.count - 1
                edges.set(Int32(node), key, Int32(next))
                node = next
            }
        }
        payloads.append(payload)
        nodes[node].payloads.append(Int32(payloads.count - 1))
        depth = max(depth, keys.count)
    }

    var isEmpty: Bool { payloads.isEmpty }

    /// The names that start at token `t`, longest first: (end token, payload indices).
    /// Words after the first must be joined as a name's words are (`GapFlags.joinsName`, or
    /// `extraJoins` for names written with commas or parentheses, which the caller then checks
    /// against the name). Words may carry a possessive; callers check that inner possessives
    /// are the name's own (`Information Commissioner's Office`) or on its first word (`Japan's
    /// Fair Trade Commission` for `Japan Fair Trade Commission`).
    func matches(
        at t: Int, in tokens: [TextToken], end: Int, extraJoins: ((GapFlags) -> Bool)? = nil
    ) -> [(end: Int, payloads: [Int32])] {
        guard let first = edges.get(0, tokens[t].key) else { return [] }
        var found: [(end: Int, payloads: [Int32])] = []
        var node = Int(first)
        var k = t
        while true {
            if !nodes[node].payloads.isEmpty { found.append((k + 1, nodes[node].payloads)) }
            let next = k + 1
            guard next < end else { break }
            let gap = tokens[next].gap
            // `U.S. Senate`: after an initial, a period and a space still join the name.
            let initial = gap == [.period, .space] && tokens[k].length == 1 && tokens[k].has(.allUpper)
            guard gap.joinsName || initial || (extraJoins?(gap) ?? false), let child = edges.get(Int32(node), tokens[next].key)
            else {
                break
            }
            node = Int(child)
            k = next
        }
        return found.reversed()
    }

    /// Whether any name starts with this key (a cheap first test).
    @inline(__always)
    func starts(with key: UInt64) -> Bool { edges.get(0, key) != nil }
}
