/// Short, readable, URL- and file-safe identifiers made from names: `Anthropic PBC` → `anthropic-pbc`.
public enum Slug {
    /// Lowercase ASCII letters and digits joined by single hyphens; accents are dropped
    /// (`Zoë` → `zoe`); at most `maxLength` characters, cut at a hyphen when possible.
    public static func make(_ text: String, maxLength: Int = 48) -> String {
        var out = ""
        var pendingHyphen = false
        let folded = text.applyingTransform(.stripDiacritics, reverse: false) ?? text
        for scalar in folded.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        guard out.count > maxLength else { return out }
        var cut = String(out.prefix(maxLength))
        if let hyphen = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: hyphen) > maxLength / 2 {
            cut = String(cut[..<hyphen])
        }
        return cut
    }

    /// `base`, or `base-2`, `base-3` … the first that `taken` does not contain.
    public static func unique(_ base: String, in taken: Set<String>) -> String {
        let root = base.isEmpty ? "feed" : base
        guard taken.contains(root) else { return root }
        var n = 2
        while taken.contains("\(root)-\(n)") { n += 1 }
        return "\(root)-\(n)"
    }
}

import Foundation
