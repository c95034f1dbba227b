import ArgumentParser
import DocketStore
import Foundation

/// Finds and opens the knowledge base a command works on, and turns store errors into
/// one-line messages and exit codes (75 when another writer holds the lock).
enum KnowledgeBaseAccess {
    static func location(_ global: GlobalOptions) -> URL {
        KnowledgeBase.location(explicit: global.kb, environment: ProcessInfo.processInfo.environment)
    }

    static func open(_ global: GlobalOptions) throws -> KnowledgeBase {
        try run { try KnowledgeBase.open(at: location(global)) }
    }

    /// Runs `body`, mapping `KnowledgeBaseError` and other library errors to a command exit.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as KnowledgeBaseError {
            throw exit(for: error)
        } catch let error as ExitCode {
            throw error
        } catch let error as CustomStringConvertible & Error {
            throw CommandFailure.exit(error.description)
        }
    }

    static func exit(for error: KnowledgeBaseError) -> ExitCode {
        if case .locked = error { return CommandFailure.exit(error.description, code: 75) }
        return CommandFailure.exit(error.description)
    }
}
