#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to the terminal or a pipe: standard output for results, standard error for
/// problems and progress. Uses the file descriptors directly (Swift 6 does not allow the C
/// `stdout`/`stderr` globals).
enum Console {
    /// Writes bytes to standard output, all of them.
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { writeAll(fd: 1, $0) }
    }

    static func print(_ line: String) {
        write(Array((line + "\n").utf8))
    }

    /// One line on standard error.
    static func error(_ line: String) {
        Array((line + "\n").utf8).withUnsafeBytes { writeAll(fd: 2, $0) }
    }

    /// Text on standard error as is (no newline): progress lines.
    static func errorRaw(_ text: String) {
        Array(text.utf8).withUnsafeBytes { writeAll(fd: 2, $0) }
    }

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static var stdoutIsTerminal: Bool { isTerminal(1) }
    static var stderrIsTerminal: Bool { isTerminal(2) }

    private static func writeAll(fd: Int32, _ raw: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < raw.count {
            let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return  // a closed pipe: nothing more to say
            }
            offset += n
        }
    }
}
