import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why the knowledge base could not be read or written. Every description is one line a
/// user can act on: which file, which line, what to do next.
public enum KnowledgeBaseError: Error, CustomStringConvertible, Sendable, Equatable {
    /// No `docket.json` at the path.
    case notInitialised(path: String)
    /// `docket init` found a knowledge base already there.
    case alreadyExists(path: String)
    /// A file failed to parse. `line` is 1-based when known. Nothing is written until it is fixed.
    case corrupt(file: String, line: Int?, message: String)
    /// Another writer holds `.lock`; `holder` is its process id when it recorded one.
    case locked(path: String, holder: Int32?)
    /// The manifest names a schema this Docket does not know.
    case newerSchema(found: Int, supported: Int)
    /// A system call failed.
    case io(path: String, operation: String, errno: Int32)
    /// The caller asked for something the knowledge base cannot hold (a duplicate id, a bad month).
    case invalid(message: String)

    public var description: String {
        switch self {
        case .notInitialised(let path):
            return "\(path) is not a knowledge base (run docket init)"
        case .alreadyExists(let path):
            return "a knowledge base is already initialised at \(path)"
        case .corrupt(let file, let line, let message):
            let at = line.map { "\(file):\($0)" } ?? file
            return "\(at): \(message); fix or restore this file (Docket writes nothing until it loads)"
        case .locked(let path, let holder):
            let who = holder.map { "another docket (pid \($0))" } ?? "another docket"
            return "\(who) is writing to the knowledge base at \(path); retry later or use --wait SECONDS"
        case .newerSchema(let found, let supported):
            return "this knowledge base was written by a newer Docket (schema \(found); this Docket reads up to \(supported)); upgrade docket"
        case .io(let path, let operation, let code):
            return "cannot \(operation) \(path): \(String(cString: strerror(code)))"
        case .invalid(let message):
            return message
        }
    }
}
