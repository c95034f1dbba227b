/// The canonical form of an item link, for cross-feed dedupe: the same article reached
/// through two feeds often differs only in tracking parameters, scheme or `www.`.
///
/// For `http` and `https` links:
/// - the scheme is dropped (`http` and `https` count as the same);
/// - the host is lowercased, a trailing dot and a leading `www.` are dropped (publishers
///   serve both names; two sites that differ only by `www.` are one site);
/// - the port is dropped when it is the scheme's default (80, 443);
/// - the `#fragment` is dropped;
/// - well-known tracking parameters are removed from the query: `utm_*`, `fbclid`, `gclid`,
///   `dclid`, `gbraid`, `wbraid`, `msclkid`, `yclid`, `igshid`, `mc_cid`, `mc_eid`,
///   `_hsenc`, `_hsmi`, `mkt_tok`. Others (`ref`, `id`, `p`, …) are kept, as are their
///   order and the path's case and trailing slash: they can name a different page.
///
/// Other links are compared as written, trimmed. Works on UTF-8 bytes: it runs for every
/// item of every feed.
enum LinkCanonicalizer {
    static let trackingParameters: Set<[UInt8]> = Set(
        [
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_hsenc",
            "_hsmi", "mkt_tok",
        ].map { Array($0.utf8) })

    static func canonical(_ link: String) -> String {
        let b = ASCII.trimmed(Array(link.utf8))
        guard let colon = ASCII.find([0x3A, 0x2F, 0x2F], in: b, from: 0) else { return String(decoding: b, as: UTF8.self) }  // "://"
        let scheme = ASCII.lowercased(b[0..<colon])
        let isHTTP = scheme.elementsEqual("http".utf8)
        guard isHTTP || scheme.elementsEqual("https".utf8) else { return String(decoding: b, as: UTF8.self) }
        var end = b.count
        if let hash = b[(colon + 3)...].firstIndex(of: 0x23) { end = hash }  // '#'
        let start = colon + 3
        let authorityEnd = b[start..<end].firstIndex { $0 == 0x2F || $0 == 0x3F } ?? end  // '/' '?'
        var authority = ASCII.lowercased(b[start..<authorityEnd])
        var path = b[authorityEnd..<end]
        var query: ArraySlice<UInt8> = []
        if let q = path.firstIndex(of: 0x3F) {
            query = b[(q + 1)..<end]
            path = b[authorityEnd..<q]
        }

        var userinfo: [UInt8] = []
        if let at = authority.lastIndex(of: 0x40) {  // '@'
            userinfo = Array(authority[...at])
            authority = Array(authority[(at + 1)...])
        }
        var host = authority[...]
        var port: ArraySlice<UInt8> = []
        if host.last != 0x5D, let c = host.lastIndex(of: 0x3A) {  // not "[v6]", ':'
            port = host[(c + 1)...]
            host = host[..<c]
        }
        if (isHTTP && port.elementsEqual("80".utf8)) || (!isHTTP && port.elementsEqual("443".utf8)) { port = [] }
        if host.last == 0x2E { host = host.dropLast() }  // '.'
        if host.starts(with: "www.".utf8) { host = host.dropFirst(4) }

        var out = userinfo
        out.append(contentsOf: host)
        if !port.isEmpty {
            out.append(0x3A)
            out.append(contentsOf: port)
        }
        if path.isEmpty { out.append(0x2F) } else { out.append(contentsOf: path) }
        var first = true
        for parameter in query.split(separator: 0x26, omittingEmptySubsequences: true) {  // '&'
            let name = ASCII.lowercased(parameter.prefix { $0 != 0x3D })  // '='
            if name.starts(with: "utm_".utf8) || trackingParameters.contains(name) { continue }
            out.append(first ? 0x3F : 0x26)
            out.append(contentsOf: parameter)
            first = false
        }
        return String(decoding: out, as: UTF8.self)
    }
}
