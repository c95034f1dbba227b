/// The byte side of `FeedParser`: a document's bytes in, as they arrive; XML that libxml2 can
/// read to the end out.
///
/// Sniffs the charset from the first bytes and the HTTP Content-Type (`CharsetDetector`),
/// decodes a legacy encoding through iconv, repairs the UTF-8 (`UTF8Repairer`) and makes the
/// markup safe (`MarkupSanitizer`). A value of its own, apart from libxml2 and the builder, so
/// that it can run on a second thread while they read the chunk before
/// (`FeedParser.parse(reading:)`).
struct FeedInput {
    let source: String
    private let contentType: String?
    private let maxInputBytes: Int
    /// What the bytes are encoded in; nil until enough of them arrived to tell.
    private(set) var charset: Charset?
    private var pending: [UInt8] = []
    private var repairer = UTF8Repairer()
    private var iconv: IconvDecoder?
    private var sanitizer: MarkupSanitizer
    private var decoded: [UInt8] = []
    private var received = 0
    /// True once a byte other than XML whitespace arrived.
    private(set) var sawNonSpace = false

    init(source: String, contentType: String?, options: FeedParserOptions) {
        self.source = source
        self.contentType = contentType
        maxInputBytes = options.maxInputBytes
        sanitizer = MarkupSanitizer(maxEntityExpansion: options.maxEntityExpansion)
    }

    /// The DOCTYPE's text so far (for telling Netscape RSS 0.91 from UserLand's).
    var doctype: String? { sanitizer.doctype }
    /// True once the first element started.
    var sawMarkup: Bool { sanitizer.sawMarkup }
    /// Bytes the sanitiser has read, counting again those it carried to the next chunk.
    var bytesSanitized: Int { sanitizer.bytesRead }

    /// Takes the next bytes of the document and appends to `out` what libxml2 should read next
    /// (nothing yet while the first bytes wait for the charset to be told).
    mutating func take(_ bytes: UnsafeRawBufferPointer, into out: inout [UInt8]) throws {
        received += bytes.count
        if received > maxInputBytes {
            throw FeedParseError.tooLarge(source: source, limit: maxInputBytes)
        }
        if !sawNonSpace { sawNonSpace = bytes.contains(where: { !isXMLSpace($0) }) }
        if charset == nil {
            pending.append(contentsOf: bytes)
            guard pending.count >= CharsetDetector.sniffLength else { return }
            let first = pending
            pending = []
            try first.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws in
                try process(raw, final: false, into: &out)
            }
        } else {
            try process(bytes, final: false, into: &out)
        }
    }

    /// The document ended: appends what is left (a short document is all still here).
    mutating func finish(into out: inout [UInt8]) throws {
        let rest = pending
        pending = []
        try rest.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws in try process(raw, final: true, into: &out) }
    }

    private mutating func process(_ bytes: UnsafeRawBufferPointer, final: Bool, into out: inout [UInt8]) throws {
        var input = bytes
        if charset == nil {
            let detected = CharsetDetector.detect(prefix: bytes, contentType: contentType)
            charset = detected
            if case .iconv(let name) = detected.kind {
                iconv = IconvDecoder(from: name)
                if iconv == nil { charset = .utf8 }
            }
            input = UnsafeRawBufferPointer(rebasing: bytes[min(detected.bomLength, bytes.count)...])
        }
        decoded.removeAll(keepingCapacity: true)
        var utf8 = [UInt8]()
        let outcome: UTF8Repairer.Outcome
        if let iconv {
            iconv.decode(input, into: &utf8, final: final)
            outcome = utf8.withUnsafeBytes { repairer.repair($0, into: &decoded, final: final) }
            if case .unchanged(let n) = outcome { decoded.append(contentsOf: utf8[..<n]) }
        } else {
            outcome = repairer.repair(input, into: &decoded, final: final)
        }
        do {
            if case .unchanged(let n) = outcome, iconv == nil {
                // Valid UTF-8 as it came: sanitise straight from the input, no copy.
                try sanitizer.sanitize(UnsafeRawBufferPointer(rebasing: input[..<n]), into: &out, final: final)
            } else {
                try decoded.withUnsafeBytes { try sanitizer.sanitize($0, into: &out, final: final) }
            }
        } catch MarkupSanitizer.Failure.json {
            throw FeedParseError.notAFeed(source: source, what: .json)
        } catch MarkupSanitizer.Failure.entityExpansion(let name, let limit) {
            throw FeedParseError.entityExpansion(source: source, entity: name, limit: limit)
        }
    }
}
