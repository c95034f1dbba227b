import Foundation

/// The fetcher's waiting line: first come, first served, except that an element whose host
/// already has `perHost` transfers running waits while later ones to other hosts go ahead.
/// Pure bookkeeping, owned by one thread.
struct HostQueue<Element> {
    let perHost: Int
    private var waiting: [(host: String, element: Element)] = []
    private(set) var running: [String: Int] = [:]

    init(perHost: Int) {
        self.perHost = max(1, perHost)
    }

    var isEmpty: Bool { waiting.isEmpty }
    var count: Int { waiting.count }

    mutating func append(_ element: Element, host: String) {
        waiting.append((host, element))
    }

    /// The first waiting element whose host has room, now counted as running.
    mutating func next() -> (host: String, element: Element)? {
        guard let index = waiting.firstIndex(where: { running[$0.host, default: 0] < perHost }) else { return nil }
        let entry = waiting.remove(at: index)
        running[entry.host, default: 0] += 1
        return entry
    }

    /// A running element of `host` ended.
    mutating func finished(host: String) {
        guard let n = running[host] else { return }
        running[host] = n > 1 ? n - 1 : nil
    }

    /// The politeness key of a URL: its host name, lowercased, without the port (two
    /// ports on one machine are still one publisher).
    static func host(of url: String) -> String {
        URLComponents(string: url)?.host?.lowercased() ?? url
    }
}
