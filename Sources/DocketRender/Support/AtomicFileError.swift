#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file that could not be written: its path and the system's reason.
public struct AtomicFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var errno: Int32

    public var description: String { "\(path): cannot write (\(String(cString: strerror(errno))))" }
}
