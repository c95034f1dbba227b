import DocketModel
import Foundation

/// Reading the seed files: the bundled copies, or a folder of overrides.
extension ExtractionDictionary {
    /// The file names, as bundled under `Resources/`.
    public enum File: String, CaseIterable, Sendable {
        case companies = "companies.json"
        case taxonomy = "taxonomy.json"
        case accusation = "accusation.json"
        case instruments = "instruments.json"
        case jurisdictions = "jurisdictions.json"
        case regulationCues = "regulation-cues.json"
    }

    /// The seed dictionaries bundled with DocketExtract.
    public static func bundled() throws -> ExtractionDictionary {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw DictionaryError(file: "Resources", reason: .missing)
        }
        return try load(from: folder)
    }

    /// Where a bundled seed file is, for `docket init` to copy into a knowledge base.
    public static func bundledURL(of file: File) throws -> URL {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw DictionaryError(file: "Resources", reason: .missing)
        }
        return folder.appendingPathComponent(file.rawValue)
    }

    /// The dictionaries for a knowledge base: the bundled seeds, overridden by any of the six
    /// files found in `overrides` (a knowledge base's `dictionaries/` folder) when it exists, with
    /// the knowledge base's own company list. `docket update` and `docket extract --all` should
    /// read the same ones.
    public static func forKnowledgeBase(overrides folder: URL, companies: [Company]) throws -> ExtractionDictionary {
        var dictionary = try bundled()
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue {
            dictionary = try load(from: folder, fallback: dictionary)
        }
        return dictionary.replacingCompanies(companies)
    }

    /// Reads the six files from `folder`. With `fallback`, a file missing from the folder is
    /// taken from it (a knowledge base may override only some files).
    public static func load(from folder: URL, fallback: ExtractionDictionary? = nil) throws -> ExtractionDictionary {
        func read<T: Decodable>(_ file: File, _ type: T.Type, _ keep: (ExtractionDictionary) -> T) throws -> T {
            let url = folder.appendingPathComponent(file.rawValue)
            guard FileManager.default.fileExists(atPath: url.path) else {
                if let fallback { return keep(fallback) }
                throw DictionaryError(file: url.path, reason: .missing)
            }
            return try decode(type, from: url)
        }
        let dictionary = ExtractionDictionary(
            companies: try read(.companies, [Company].self, \.companies),
            categories: try read(.taxonomy, [AllegationCategory].self, \.categories),
            accusation: try read(.accusation, AccusationLexicon.self, \.accusation),
            instruments: try read(.instruments, [NamedInstrument].self, \.instruments),
            jurisdictions: try read(.jurisdictions, [Jurisdiction].self, \.jurisdictions),
            regulationCues: try read(.regulationCues, RegulationCues.self, \.regulationCues))
        try dictionary.validate(folder: folder)
        return dictionary
    }

    /// Decodes one dictionary file; errors name the file and say where the JSON went wrong.
    public static func decode<T: Decodable>(_ type: T.Type, from url: URL) throws -> T {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DictionaryError(file: url.path, reason: .missing)
        }
        do {
            return try DocketJSON.decoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw DictionaryError(file: url.path, reason: .malformed(Self.explain(error)))
        } catch {
            throw DictionaryError(file: url.path, reason: .malformed(String(describing: error)))
        }
    }

    /// Checks what JSON cannot: unique ids, non-empty names and cues.
    func validate(folder: URL) throws {
        func path(_ file: File) -> String { folder.appendingPathComponent(file.rawValue).path }
        var seen: Set<String> = []
        for company in companies {
            if company.id.isEmpty || company.name.trimmingCharacters(in: .whitespaces).isEmpty {
                throw DictionaryError(file: path(.companies), reason: .invalid("a company has an empty id or name"))
            }
            if !seen.insert(company.id).inserted {
                throw DictionaryError(file: path(.companies), reason: .invalid("duplicate company id \"\(company.id)\""))
            }
        }
        seen = []
        for category in categories where !seen.insert(category.id).inserted {
            throw DictionaryError(file: path(.taxonomy), reason: .invalid("duplicate category id \"\(category.id)\""))
        }
        seen = []
        for instrument in instruments {
            if !seen.insert(instrument.id).inserted {
                throw DictionaryError(
                    file: path(.instruments), reason: .invalid("duplicate instrument id \"\(instrument.id)\""))
            }
        }
        seen = []
        for jurisdiction in jurisdictions where !seen.insert(jurisdiction.code).inserted {
            throw DictionaryError(
                file: path(.jurisdictions), reason: .invalid("duplicate jurisdiction code \"\(jurisdiction.code)\""))
        }
    }

    static func explain(_ error: DecodingError) -> String {
        func at(_ path: [any CodingKey]) -> String {
            guard !path.isEmpty else { return "at the top level" }
            return "at " + path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "expected \(type) \(at(context.codingPath))"
        case .valueNotFound(let type, let context):
            return "missing \(type) value \(at(context.codingPath))"
        case .keyNotFound(let key, let context):
            return "missing key \"\(key.stringValue)\" \(at(context.codingPath))"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return [context.debugDescription, underlying].compactMap { $0 }.joined(separator: ": ") + " "
                + at(context.codingPath)
        @unknown default:
            return String(describing: error)
        }
    }
}
