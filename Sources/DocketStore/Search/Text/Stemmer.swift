/// Light, conservative stemming, the same at index and query time: plurals only.
///
/// - `policies` → `policy`, `companies` → `company` (`-ies` → `-y`, words of 5+ bytes);
/// - `allegations` → `allegation`, `rules` → `rule` (a final `s` dropped, words of 4+ bytes),
///   except after `s`, `u` or `i` (`access`, `status`, `analysis`), and `news`;
/// - words with a digit are left alone (`gpt4s` is a name, not a plural).
///
/// Possessives (`Alibaba's`) are removed by the tokenizer before this runs. The rules work
/// on the folded UTF-8 bytes and only ever shorten a term.
enum Stemmer {
    /// Stems `term[0..<count]` in place; returns the new length.
    @inline(__always)
    static func stem(_ term: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        guard count >= 4, term[count - 1] == UInt8(ascii: "s") else { return count }
        for i in 0..<count where term[i] >= 0x30 && term[i] <= 0x39 { return count }
        let before = term[count - 2]
        if count >= 5, before == UInt8(ascii: "e"), term[count - 3] == UInt8(ascii: "i") {
            let third = term[count - 4]
            if third != UInt8(ascii: "e") && third != UInt8(ascii: "a") {
                term[count - 3] = UInt8(ascii: "y")
                return count - 2
            }
        }
        if before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i") { return count }
        if count == 4, term[0] == UInt8(ascii: "n"), term[1] == UInt8(ascii: "e"), term[2] == UInt8(ascii: "w") { return count }
        return count - 1
    }

    /// The stem of a term given as a string (for tests and query building).
    static func stem(_ term: String) -> String {
        var bytes = Array(term.utf8)
        guard bytes.count >= 4 else { return term }
        let n = bytes.withUnsafeMutableBufferPointer { stem($0.baseAddress!, count: $0.count) }
        return String(decoding: bytes[0..<n], as: UTF8.self)
    }
}
