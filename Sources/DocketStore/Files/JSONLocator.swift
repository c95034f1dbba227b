/// Finds where in a JSON text something went wrong, because Foundation's decoder reports a
/// coding path (`[3].title`) or nothing at all ("not valid JSON"), and a user needs a line.
///
/// A small validating scanner: it walks the text without building values, so it can name
/// the line of the first syntax error, the line where the value at a coding path starts,
/// and the line where each element of a top-level array starts.
struct JSONLocator {
    private let bytes: [UInt8]
    private var at = 0
    private var depth = 0
    private static let maximumDepth = 512

    private struct Failure: Error {
        var offset: Int
        var message: String
    }

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The first syntax error: its 1-based line and what was wrong; nil for valid JSON.
    static func syntaxError(in bytes: [UInt8]) -> (line: Int, message: String)? {
        var scanner = JSONLocator(bytes)
        do {
            scanner.skipSpace()
            try scanner.skipValue()
            scanner.skipSpace()
            if scanner.at < bytes.count { throw Failure(offset: scanner.at, message: "unexpected text after the JSON value") }
            return nil
        } catch let failure as Failure {
            return (line(atOffset: failure.offset, in: bytes), failure.message)
        } catch {
            return (1, "not valid JSON")
        }
    }

    /// The line where the value at `path` starts (array indices and object keys), or the line
    /// of the deepest enclosing value that exists.
    static func line(of path: [any CodingKey], in bytes: [UInt8]) -> Int {
        var scanner = JSONLocator(bytes)
        scanner.skipSpace()
        var found = scanner.at
        for key in path {
            guard scanner.at < bytes.count else { break }
            let ok: Bool
            if let index = key.intValue, bytes[scanner.at] == UInt8(ascii: "[") {
                ok = (try? scanner.enterElement(index)) ?? false
            } else if bytes[scanner.at] == UInt8(ascii: "{") {
                ok = (try? scanner.enterMember(key.stringValue)) ?? false
            } else {
                ok = false
            }
            guard ok else { break }
            found = scanner.at
        }
        return line(atOffset: found, in: bytes)
    }

    /// The 1-based line on which each element of a top-level array starts.
    static func elementLines(in bytes: [UInt8]) -> [Int] {
        var scanner = JSONLocator(bytes)
        scanner.skipSpace()
        guard scanner.at < bytes.count, bytes[scanner.at] == UInt8(ascii: "[") else { return [] }
        scanner.at += 1
        var offsets: [Int] = []
        do {
            scanner.skipSpace()
            if scanner.peek == UInt8(ascii: "]") { return [] }
            while true {
                scanner.skipSpace()
                offsets.append(scanner.at)
                try scanner.skipValue()
                scanner.skipSpace()
                guard scanner.peek == UInt8(ascii: ",") else { break }
                scanner.at += 1
            }
        } catch {}
        var lines: [Int] = []
        lines.reserveCapacity(offsets.count)
        var line = 1
        var position = 0
        for offset in offsets {
            while position < offset {
                if bytes[position] == 0x0A { line += 1 }
                position += 1
            }
            lines.append(line)
        }
        return lines
    }

    static func line(atOffset offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes.prefix(min(offset, bytes.count)) where byte == 0x0A { line += 1 }
        return line
    }

    // MARK: - Navigation

    private var peek: UInt8? { at < bytes.count ? bytes[at] : nil }

    private mutating func enterElement(_ index: Int) throws -> Bool {
        at += 1
        skipSpace()
        if peek == UInt8(ascii: "]") { return false }
        var i = 0
        while true {
            skipSpace()
            if i == index { return true }
            try skipValue()
            skipSpace()
            guard peek == UInt8(ascii: ",") else { return false }
            at += 1
            i += 1
        }
    }

    private mutating func enterMember(_ name: String) throws -> Bool {
        at += 1
        let wanted = Array(name.utf8)
        while true {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { return false }
            let start = at + 1
            try skipString()
            let key = bytes[start..<(at - 1)]
            skipSpace()
            guard peek == UInt8(ascii: ":") else { return false }
            at += 1
            skipSpace()
            if key.elementsEqual(wanted) { return true }
            try skipValue()
            skipSpace()
            guard peek == UInt8(ascii: ",") else { return false }
            at += 1
        }
    }

    // MARK: - Validation

    private mutating func skipSpace() {
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 {
            at += 1
        }
    }

    private mutating func skipValue() throws {
        guard let c = peek else { throw Failure(offset: at, message: "unexpected end of the file") }
        switch c {
        case UInt8(ascii: "{"): try skipContainer(close: UInt8(ascii: "}"), keyed: true)
        case UInt8(ascii: "["): try skipContainer(close: UInt8(ascii: "]"), keyed: false)
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        case UInt8(ascii: "t"): try skipLiteral("true")
        case UInt8(ascii: "f"): try skipLiteral("false")
        case UInt8(ascii: "n"): try skipLiteral("null")
        default: throw Failure(offset: at, message: "unexpected character \(Self.show(c))")
        }
    }

    private mutating func skipContainer(close: UInt8, keyed: Bool) throws {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw Failure(offset: at, message: "nested too deeply") }
        let open = at
        at += 1
        skipSpace()
        if peek == close {
            at += 1
            return
        }
        while true {
            skipSpace()
            if keyed {
                guard peek == UInt8(ascii: "\"") else {
                    throw Failure(offset: at, message: peek == nil ? "unexpected end of the file" : "expected a quoted key")
                }
                try skipString()
                skipSpace()
                guard peek == UInt8(ascii: ":") else { throw Failure(offset: at, message: "expected ':' after a key") }
                at += 1
                skipSpace()
            }
            try skipValue()
            skipSpace()
            guard let c = peek else {
                throw Failure(offset: open, message: "\(keyed ? "object" : "array") is never closed")
            }
            at += 1
            if c == close { return }
            guard c == UInt8(ascii: ",") else {
                throw Failure(offset: at - 1, message: "expected ',' or '\(Character(Unicode.Scalar(close)))', found \(Self.show(c))")
            }
        }
    }

    private mutating func skipString() throws {
        let open = at
        at += 1
        while at < bytes.count {
            let c = bytes[at]
            if c == UInt8(ascii: "\"") {
                at += 1
                return
            }
            if c < 0x20 { throw Failure(offset: at, message: "control character inside a string") }
            if c == UInt8(ascii: "\\") {
                at += 1
                guard at < bytes.count else { break }
                switch bytes[at] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    at += 1
                case UInt8(ascii: "u"):
                    guard at + 4 < bytes.count, bytes[(at + 1)...(at + 4)].allSatisfy(Self.isHex) else {
                        throw Failure(offset: at, message: "bad \\u escape")
                    }
                    at += 5
                default:
                    throw Failure(offset: at, message: "bad escape in a string")
                }
                continue
            }
            at += 1
        }
        throw Failure(offset: open, message: "string is never closed")
    }

    private mutating func skipNumber() throws {
        let start = at
        if peek == UInt8(ascii: "-") { at += 1 }
        func digits() -> Int {
            let s = at
            while let c = peek, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") { at += 1 }
            return at - s
        }
        guard digits() > 0 else { throw Failure(offset: start, message: "bad number") }
        if peek == UInt8(ascii: ".") {
            at += 1
            guard digits() > 0 else { throw Failure(offset: start, message: "bad number") }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            at += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { at += 1 }
            guard digits() > 0 else { throw Failure(offset: start, message: "bad number") }
        }
    }

    private mutating func skipLiteral(_ word: StaticString) throws {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard at + expected.count <= bytes.count, bytes[at..<(at + expected.count)].elementsEqual(expected) else {
            throw Failure(offset: at, message: "unexpected character \(Self.show(bytes[at]))")
        }
        at += expected.count
    }

    private static func isHex(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    }

    private static func show(_ c: UInt8) -> String {
        c >= 0x21 && c < 0x7F ? "'\(Character(Unicode.Scalar(c)))'" : "byte 0x\(String(c, radix: 16))"
    }
}
