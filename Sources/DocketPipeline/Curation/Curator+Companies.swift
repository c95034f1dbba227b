import DocketModel
import DocketStore
import Foundation

extension Curator {
    /// Changes to a company; nil fields are left as they are. Aliases and products are added.
    public struct CompanyEdit: Sendable {
        public var name: String?
        public var addAliases: [String] = []
        public var addProducts: [String] = []
        public var country: String?
        public var kind: Company.Kind?
        public var ambiguous: Bool?
        public var notes: String?

        public init(
            name: String? = nil, addAliases: [String] = [], addProducts: [String] = [], country: String? = nil,
            kind: Company.Kind? = nil, ambiguous: Bool? = nil, notes: String? = nil
        ) {
            self.name = name
            self.addAliases = addAliases
            self.addProducts = addProducts
            self.country = country
            self.kind = kind
            self.ambiguous = ambiguous
            self.notes = notes
        }
    }

    /// Adds a company (id: a slug of the name unless given).
    @discardableResult
    public func addCompany(id: String?, _ edit: CompanyEdit) throws -> Company {
        guard let name = edit.name, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CurationError.missing(field: "--name")
        }
        let recordID = id ?? Slug.make(name, maxLength: 40)
        try Self.checkSlug(recordID, field: "id")
        return try knowledgeBase.write(waitingUpTo: waitForLock) { writer in
            var all = try knowledgeBase.companies()
            guard !all.contains(where: { $0.id == recordID }) else {
                throw CurationError.invalidValue(field: "id", value: recordID, expected: "a new id (this one exists)")
            }
            var record = Company(id: recordID, name: name, edited: true)
            try apply(edit, to: &record)
            all.append(record)
            try writer.saveCompanies(all)
            return record
        }
    }

    @discardableResult
    public func editCompany(_ id: String, _ edit: CompanyEdit) throws -> Company {
        try knowledgeBase.write(waitingUpTo: waitForLock) { writer in
            var all = try knowledgeBase.companies()
            guard let i = all.firstIndex(where: { $0.id == id }) else {
                throw CurationError.unknownRecord(kind: "company", id: id)
            }
            var record = all[i]
            try apply(edit, to: &record)
            record.edited = true
            all[i] = record
            try writer.saveCompanies(all)
            return record
        }
    }

    /// Records that `duplicate` is the same organisation as `keep`: its name, aliases and
    /// products join `keep`'s, and it points there (`merged_into`). Nothing is deleted;
    /// allegations that name `duplicate` resolve to `keep`.
    @discardableResult
    public func mergeCompanies(keep: String, duplicate: String) throws -> Company {
        guard keep != duplicate else { throw CurationError.mergeIntoItself(keep) }
        return try knowledgeBase.write(waitingUpTo: waitForLock) { writer in
            var all = try knowledgeBase.companies()
            guard let k = all.firstIndex(where: { $0.id == keep }) else {
                throw CurationError.unknownRecord(kind: "company", id: keep)
            }
            guard let d = all.firstIndex(where: { $0.id == duplicate }) else {
                throw CurationError.unknownRecord(kind: "company", id: duplicate)
            }
            if let target = all[d].mergedInto { throw CurationError.alreadyMerged(kind: "company", id: duplicate, into: target) }
            if let target = all[k].mergedInto { throw CurationError.alreadyMerged(kind: "company", id: keep, into: target) }
            var kept = all[k]
            kept.aliases = Self.unique(kept.aliases + [all[d].name] + all[d].aliases).filter { $0 != kept.name }
            kept.products = Self.unique(kept.products + all[d].products)
            kept.edited = true
            all[k] = kept
            all[d].mergedInto = keep
            all[d].edited = true
            try writer.saveCompanies(all)
            return kept
        }
    }

    func apply(_ edit: CompanyEdit, to record: inout Company) throws {
        if let name = edit.name, !name.isEmpty { record.name = name }
        record.aliases = Self.unique(record.aliases + edit.addAliases.filter { !$0.isEmpty && $0 != record.name })
        record.products = Self.unique(record.products + edit.addProducts.filter { !$0.isEmpty })
        if let country = edit.country {
            let code = country.uppercased()
            guard code.count >= 2, code.count <= 3, code.allSatisfy(\.isLetter) else {
                throw CurationError.invalidValue(field: "country", value: country, expected: "an ISO 3166 code such as US, CN or EU")
            }
            record.country = code
        }
        if let kind = edit.kind { record.kind = kind }
        if let ambiguous = edit.ambiguous { record.ambiguous = ambiguous }
        if let notes = edit.notes { record.notes = notes.isEmpty ? nil : notes }
    }
}
