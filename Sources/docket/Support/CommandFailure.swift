import ArgumentParser

/// Ends a command with a one-line message on standard error and a chosen exit code.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var code: Int32 = 1

    var description: String { message }

    /// Prints the message and returns the ArgumentParser exit for it.
    static func exit(_ message: String, code: Int32 = 1) -> ExitCode {
        Console.error("docket: " + message)
        return ExitCode(code)
    }
}
