import DocketModel
import Foundation

/// The keys an item is known by, each hashed to 64 bits (the first 8 bytes of a SHA-256 over
/// a kind prefix and the value, so a hostile feed cannot craft collisions):
///
/// - `id`: Docket's item id, so a re-fetched item is recognised;
/// - `guid`: the feed's guid, only when it looks globally unique (it contains `:`, as URLs,
///   `urn:` and `tag:` URIs do, or is at least 20 characters long, as UUIDs and hashes are);
///   a short guid like `1234` names an item only within its feed, where the id already covers it;
/// - `link`: the canonical link (`LinkCanonicalizer`);
/// - `title`: the normalised title and the publication day (UTC), only when there is a date
///   and the normalised title has at least three words (`Weekly roundup` on the same day is not one story);
/// - `dup`: the kept item a duplicate line points at, so a lookup finds an item's duplicates.
enum DedupeKeys {
    static func key(_ kind: String, _ value: String) -> UInt64 {
        StableID.hash64(kind, value)
    }

    static func id(_ id: String) -> UInt64 { key("id", id) }

    static func duplicates(of id: String) -> UInt64 { key("dup", id) }

    static func guid(_ guid: String?) -> UInt64? {
        guard let guid else { return nil }
        let g = ASCII.trimmed(guid)
        guard !g.isEmpty, g.utf8.contains(0x3A) || g.count >= 20 else { return nil }
        return key("guid", g)
    }

    static func link(_ link: String?) -> UInt64? {
        guard let link, !link.isEmpty else { return nil }
        let canonical = LinkCanonicalizer.canonical(link)
        return canonical.isEmpty ? nil : key("link", canonical)
    }

    /// `Item.hash`: 16 hex digits over the normalised title and the publication day (empty
    /// when undated); nil for an item without a title.
    static func contentHash(title: String?, published: Date?) -> String? {
        contentHash(normalised: normalisedTitle(title ?? ""), published: published)
    }

    static func contentHash(normalised: String, published: Date?) -> String? {
        guard !normalised.isEmpty else { return nil }
        return StableID.make("title-day", normalised, published.map { ISO8601.dateString(from: $0) } ?? "")
    }

    /// Lowercased, accents removed, every run of non-alphanumerics one space, trimmed:
    /// `“Crème Brûlée” — Review!` → `creme brulee review`.
    static func normalisedTitle(_ title: String) -> String {
        let utf8 = title.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: the same result as below, without Unicode tables or Foundation.
            var out = [UInt8]()
            out.reserveCapacity(utf8.count)
            var pendingSpace = false
            for var c in utf8 {
                if c >= 0x41 && c <= 0x5A { c += 0x20 }
                if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) {
                    if pendingSpace && !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(c)
                } else {
                    pendingSpace = true
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        // Scalar by scalar: ASCII directly; other letters lowercased and stripped of their
        // accents one at a time (punctuation such as dashes and curly quotes is most of it).
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        func emit(_ scalar: Unicode.Scalar) {
            if pendingSpace && !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        for scalar in title.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                var c = v
                if c >= 0x41 && c <= 0x5A { c += 0x20 }
                if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) {
                    emit(Unicode.Scalar(UInt8(c)))
                } else {
                    pendingSpace = true
                }
                continue
            }
            let p = scalar.properties
            if p.generalCategory == .nonspacingMark { continue }
            guard p.isAlphabetic || p.numericType != nil else {
                pendingSpace = true
                continue
            }
            for s in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            where s.properties.generalCategory != .nonspacingMark {
                emit(s)
            }
        }
        return String(out)
    }

    /// An item's `hash` and its match keys (guid, link, title: strongest first, with the
    /// reason each names), normalising the title once.
    static func keys(guid: String?, link: String?, title: String?, published: Date?) -> (hash: String?, match: [(AppendResult.Reason, UInt64)]) {
        let normal = normalisedTitle(title ?? "")
        let hash = contentHash(normalised: normal, published: published)
        var match: [(AppendResult.Reason, UInt64)] = []
        if let k = self.guid(guid) { match.append((.guid, k)) }
        if let k = self.link(link) { match.append((.link, k)) }
        if published != nil, let hash, normal.utf8.lazy.filter({ $0 == 0x20 }).count >= 2 {
            match.append((.title, key("title", hash)))
        }
        return (hash, match)
    }

    static func matchKeys(guid: String?, link: String?, title: String?, published: Date?) -> [(AppendResult.Reason, UInt64)] {
        keys(guid: guid, link: link, title: title, published: published).match
    }
}
