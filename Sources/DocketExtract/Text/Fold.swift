/// Case and accent folding of one non-ASCII letter into the bytes of a token key:
/// `É` → `e`, `ß` → `ss`, `Ł` → `l`; other scripts are lowercased and kept.
enum Fold {
    /// Latin-1 Supplement and Latin Extended-A, precomputed: the common accented letters of news text.
    private static let latin: [[UInt8]] = (0x00C0...0x017F).map { value in
        guard let scalar = Unicode.Scalar(value) else { return [] }
        return compute(scalar)
    }

    static func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        if scalar.value >= 0x00C0 && scalar.value <= 0x017F { return latin[Int(scalar.value - 0x00C0)] }
        return Array(scalar.properties.lowercaseMapping.utf8)
    }

    private static let special: [UInt32: String] = [
        0x00DF: "ss", 0x00C6: "ae", 0x00E6: "ae", 0x0152: "oe", 0x0153: "oe", 0x00D8: "o", 0x00F8: "o",
        0x0141: "l", 0x0142: "l", 0x0110: "d", 0x0111: "d", 0x00D0: "d", 0x00F0: "d", 0x00DE: "th", 0x00FE: "th",
        0x0131: "i",
    ]

    private static func compute(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let s = special[scalar.value] { return Array(s.utf8) }
        let lower = scalar.properties.lowercaseMapping
        // Canonical decomposition puts the base letter first: keep the ASCII letters.
        let decomposed = lower.decomposedStringWithCanonicalMappingPortable
        let ascii = decomposed.unicodeScalars.filter { $0.value < 0x80 }.map { UInt8($0.value) }
        return ascii.isEmpty ? Array(lower.utf8) : ascii
    }
}

import Foundation

extension String {
    /// Foundation's canonical decomposition (NFD).
    fileprivate var decomposedStringWithCanonicalMappingPortable: String {
        (self as NSString).decomposedStringWithCanonicalMapping
    }
}
