import Foundation

/// Turns a decoding error into `KnowledgeBaseError.corrupt` with the file, the line and a
/// short reason a person can act on.
enum DecodingFailure {
    /// For a whole JSON document (`feeds.json`): the line comes from the coding path, or from
    /// a scan for the first syntax error when the text is not JSON at all.
    static func corrupt(_ error: any Error, file: URL, bytes: [UInt8]) -> KnowledgeBaseError {
        if let syntax = JSONLocator.syntaxError(in: bytes) {
            return .corrupt(file: file.path, line: syntax.line, message: "not valid JSON: \(syntax.message)")
        }
        guard let decoding = error as? DecodingError else {
            return .corrupt(file: file.path, line: nil, message: "cannot read: \(error)")
        }
        let path = codingPath(of: decoding)
        return .corrupt(file: file.path, line: JSONLocator.line(of: path, in: bytes), message: reason(decoding))
    }

    /// For one line of a JSON Lines file, whose number the caller knows.
    static func corrupt(_ error: any Error, file: URL, line: Int, bytes: UnsafeRawBufferPointer) -> KnowledgeBaseError {
        if let decoding = error as? DecodingError {
            if case .dataCorrupted(let context) = decoding, context.codingPath.isEmpty,
                let syntax = JSONLocator.syntaxError(in: Array(bytes))
            {
                return .corrupt(file: file.path, line: line, message: "not valid JSON: \(syntax.message)")
            }
            return .corrupt(file: file.path, line: line, message: reason(decoding))
        }
        return .corrupt(file: file.path, line: line, message: "cannot read: \(error)")
    }

    static func codingPath(of error: DecodingError) -> [any CodingKey] {
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c): return c.codingPath
        @unknown default: return []
        }
    }

    /// `expected String at [3].title`, `missing "id" at [0]`.
    static func reason(_ error: DecodingError) -> String {
        func show(_ path: [any CodingKey]) -> String {
            var out = ""
            for key in path {
                if let i = key.intValue { out += "[\(i)]" } else { out += out.isEmpty ? key.stringValue : ".\(key.stringValue)" }
            }
            return out.isEmpty ? "the top level" : out
        }
        switch error {
        case .typeMismatch(let type, let c):
            return "expected \(type) at \(show(c.codingPath))"
        case .valueNotFound(let type, let c):
            return "missing \(type) value at \(show(c.codingPath))"
        case .keyNotFound(let key, let c):
            return "missing \"\(key.stringValue)\" at \(show(c.codingPath))"
        case .dataCorrupted(let c):
            return "\(c.debugDescription) at \(show(c.codingPath))"
        @unknown default:
            return "cannot decode: \(error)"
        }
    }
}
