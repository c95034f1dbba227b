// TEMPORARY stand-in until the libxml2-based converter lands.
final class HTMLTextConverter {
    init() {}
    func plainText(fromHTML html: UnsafeBufferPointer<UInt8>) -> String {
        var out = [UInt8]()
        var inTag = false
        for c in html {
            if c == UInt8(ascii: "<") { inTag = true; out.append(0x20) } else if c == UInt8(ascii: ">") { inTag = false } else if !inTag { out.append(c) }
        }
        return out.withUnsafeBufferPointer { TextCollapse.collapse($0) }
    }
    func plainText(fromHTML html: String) -> String {
        var s = html
        return s.withUTF8 { plainText(fromHTML: $0) }
    }
}
