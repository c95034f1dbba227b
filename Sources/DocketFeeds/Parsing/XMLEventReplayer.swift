/// Calls an `XMLEventHandler` with the events an `XMLEventLog` wrote down, in order, on the
/// thread that owns the handler. One per document: it keeps each name at one address for the
/// whole replay, as libxml2's dictionary does for a live parse.
final class XMLEventReplayer {
    private var names: [UnsafeMutablePointer<UInt8>] = []
    private var pointers: [UnsafePointer<UInt8>?] = []

    deinit {
        for name in names { name.deallocate() }
    }

    /// Delivers the events of `log`. `line` is told the line of each event before it is
    /// delivered, `doctype` each DOCTYPE change; the replay stops early when `stopped` turns
    /// true after an event (the builder failed: nothing more is delivered, as when a live
    /// parse is stopped).
    func replay(
        _ log: [UInt8], into handler: any XMLEventHandler, line: (Int) -> Void, doctype: (String?) -> Void,
        stopped: () -> Bool
    ) {
        log.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var reader = Reader(base: base.assumingMemoryBound(to: UInt8.self), count: raw.count)
            while reader.offset < reader.count {
                guard let kind = XMLEventLog.Kind(rawValue: reader.byte()) else { return }
                switch kind {
                case .start:
                    line(reader.integer())
                    let localName = name(&reader)!
                    let prefix = name(&reader)
                    let uri = name(&reader)
                    let count = reader.integer()
                    pointers.removeAll(keepingCapacity: true)
                    for _ in 0..<count {
                        pointers.append(name(&reader))
                        pointers.append(name(&reader))
                        pointers.append(name(&reader))
                        let value = reader.string()!
                        pointers.append(value.baseAddress)
                        pointers.append(value.baseAddress.map { $0 + value.count })
                    }
                    pointers.withUnsafeMutableBufferPointer { buffer in
                        handler.startElement(
                            localName: localName, prefix: prefix, uri: uri,
                            attributes: XMLAttributes(count: count, raw: count > 0 ? buffer.baseAddress : nil))
                    }
                case .end:
                    line(reader.integer())
                    let localName = name(&reader)!
                    let prefix = name(&reader)
                    let uri = name(&reader)
                    handler.endElement(localName: localName, prefix: prefix, uri: uri)
                case .characters:
                    line(reader.integer())
                    handler.characters(reader.string()!)
                case .problem:
                    let at = reader.integer()
                    let column = reader.integer()
                    let fatal = reader.byte() != 0
                    let message = reader.string().map { String(decoding: $0, as: UTF8.self) } ?? ""
                    let written = reader.string().map { String(decoding: $0, as: UTF8.self) }
                    handler.problem(line: at, column: column, message: message, fatal: fatal, endTagWritten: written)
                case .doctype:
                    _ = reader.integer()
                    doctype(reader.string().map { String(decoding: $0, as: UTF8.self) })
                }
                if stopped() { return }
            }
        }
    }

    /// A name: nil, one seen before, or a new one (copied to an address of its own).
    private func name(_ reader: inout Reader) -> UnsafePointer<UInt8>? {
        let number = reader.integer()
        if number == -1 { return nil }
        if number >= 0 { return UnsafePointer(names[number]) }
        let bytes = reader.string()!
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count + 1)
        if let source = bytes.baseAddress { copy.update(from: source, count: bytes.count) }
        copy[bytes.count] = 0
        names.append(copy)
        return UnsafePointer(copy)
    }

    /// Reads what `XMLEventLog` wrote.
    private struct Reader {
        let base: UnsafePointer<UInt8>
        let count: Int
        var offset = 0

        mutating func byte() -> UInt8 {
            defer { offset += 1 }
            return base[offset]
        }

        mutating func integer() -> Int {
            let p = base + offset
            offset += 4
            let v = UInt32(p[0]) | UInt32(p[1]) << 8 | UInt32(p[2]) << 16 | UInt32(p[3]) << 24
            return Int(Int32(bitPattern: v))
        }

        /// The bytes of a string (NUL-terminated in the log), or nil for a missing one.
        mutating func string() -> UnsafeBufferPointer<UInt8>? {
            let length = integer()
            guard length >= 0 else { return nil }
            defer { offset += length + 1 }
            return UnsafeBufferPointer(start: base + offset, count: length)
        }
    }
}
