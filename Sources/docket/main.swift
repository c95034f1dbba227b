import ArgumentParser

#if canImport(Glibc)
    import Glibc
#endif

/// Parses the arguments, runs the command, and maps the outcome to Docket's exit codes:
/// 0 success, 1 failure, 2 usage error (ArgumentParser's own default for usage errors is
/// 64), or whatever a command chose (75: the knowledge base is locked).
func runDocket() async -> Never {
    do {
        var command = try await Docket.asyncParseAsRoot()
        if var asyncCommand = command as? any AsyncParsableCommand {
            try await asyncCommand.run()
        } else {
            try command.run()
        }
        exit(0)
    } catch {
        if Docket.exitCode(for: error) == .validationFailure {
            Console.error(Docket.fullMessage(for: error))
            exit(2)
        }
        Docket.exit(withError: error)
    }
}

#if canImport(Glibc)
    // Parsing runs on a few threads at once; glibc would give each its own malloc arena and
    // keep their freed memory. Two arenas keep the peak footprint of an update low.
    // (mallopt is not in Swift's Glibc module: looked up by name; M_ARENA_MAX is -8.)
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        _ = unsafeBitCast(symbol, to: MallOpt.self)(-8, 2)
    }
#endif

await runDocket()
