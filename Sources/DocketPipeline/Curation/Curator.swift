import DocketModel
import DocketStore
import Foundation

/// What people do to the knowledge base by hand: confirm or reject what extraction found,
/// edit records, add missing ones, and merge records that turn out to be the same.
///
/// Every change is validated first (ids exist, companies exist, statuses and dates make
/// sense) and then written atomically under the lock; a refused change writes nothing.
/// Touched records are marked `edited`, so extraction never overwrites them. A merge leaves a
/// pointer (`duplicate_of`, `merged_into`) and never deletes.
public struct Curator: Sendable {
    public let knowledgeBase: KnowledgeBase
    /// Allowed allegation categories (the taxonomy); nil accepts any slug.
    public var categories: Set<String>?
    public var waitForLock: Double
    public var now: @Sendable () -> Date

    public init(
        knowledgeBase: KnowledgeBase, categories: Set<String>? = nil, waitForLock: Double = 5,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.knowledgeBase = knowledgeBase
        self.categories = categories
        self.waitForLock = waitForLock
        self.now = now
    }

    // MARK: - Shared rules

    static func date(_ text: String) throws -> Date {
        guard let date = ISO8601.date(from: text.trimmingCharacters(in: .whitespaces)) else {
            throw CurationError.invalidDate(text)
        }
        return date
    }

    static func checkSlug(_ value: String, field: String) throws {
        let ok = !value.isEmpty && value.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
        if !ok { throw CurationError.invalidValue(field: field, value: value, expected: "lowercase letters, digits and hyphens") }
    }

    /// Company ids, each checked against the company list (following merges).
    static func resolveCompanies(_ ids: [String], in companies: [Company]) throws -> [String] {
        let byID = Dictionary(companies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return try ids.map { raw in
            let id = raw.trimmingCharacters(in: .whitespaces).lowercased()
            guard var company = byID[id] else { throw CurationError.unknownCompany(raw) }
            var hops = 0
            while let target = company.mergedInto, let next = byID[target], hops < 8 {
                company = next
                hops += 1
            }
            return company.id
        }
    }

    static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
