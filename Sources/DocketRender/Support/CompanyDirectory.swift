import DocketModel

/// Company ids to names and products, following `mergedInto`.
struct CompanyDirectory: Sendable {
    private var byID: [String: Company] = [:]

    init(_ companies: [Company]) {
        for company in companies { byID[company.id] = company }
    }

    /// The record an id ends at after merges (at most 16 hops, so a cycle cannot hang).
    func company(_ id: String) -> Company? {
        var current = byID[id]
        var hops = 0
        while let merged = current?.mergedInto, let next = byID[merged], hops < 16 {
            current = next
            hops += 1
        }
        return current
    }

    /// The id an id ends at after merges.
    func canonicalID(_ id: String) -> String { company(id)?.id ?? id }

    /// The company's name, else the id as written.
    func name(_ id: String) -> String { company(id)?.name ?? id }

    /// Which of `products` belong to the company: equal ignoring case, or one is the other
    /// followed by a version (`Claude` and `Claude 3.5`).
    func products(of id: String, among products: [String]) -> [String] {
        guard let own = company(id)?.products, !own.isEmpty else { return [] }
        return products.filter { p in own.contains { Self.sameProduct(p, $0) } }
    }

    static func sameProduct(_ a: String, _ b: String) -> Bool {
        let x = a.lowercased(), y = b.lowercased()
        return x == y || x.hasPrefix(y + " ") || y.hasPrefix(x + " ") || x.hasPrefix(y + "-") || y.hasPrefix(x + "-")
    }
}
