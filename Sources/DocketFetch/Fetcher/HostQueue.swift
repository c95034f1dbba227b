import Foundation

/// The fetcher's waiting line: first come, first served, except that an element whose host
/// already has `perHost` transfers running waits while later ones to other hosts go ahead.
/// Pure bookkeeping, owned by one thread.
struct HostQueue<Element> {
    let perHost: Int
    /// Waiting elements per host, in arrival order, each with its arrival number.
    private var queues: [String: [(seq: Int, element: Element)]] = [:]
    private var heads: [String: Int] = [:]
    private var sequence = 0
    private(set) var count = 0
    private(set) var running: [String: Int] = [:]

    init(perHost: Int) {
        self.perHost = max(1, perHost)
    }

    var isEmpty: Bool { count == 0 }

    mutating func append(_ element: Element, host: String) {
        queues[host, default: []].append((sequence, element))
        sequence += 1
        count += 1
    }

    /// The earliest waiting element whose host has room, now counted as running. Costs one
    /// look per host with waiting elements, whatever the length of the line.
    mutating func next() -> (host: String, element: Element)? {
        var best: (host: String, seq: Int)?
        for (host, queue) in queues where running[host, default: 0] < perHost {
            let head = heads[host, default: 0]
            guard head < queue.count else { continue }
            if best == nil || queue[head].seq < best!.seq { best = (host, queue[head].seq) }
        }
        guard let host = best?.host, let queue = queues[host] else { return nil }
        let head = heads[host, default: 0]
        let element = queue[head].element
        if head + 1 == queue.count {
            queues[host] = nil
            heads[host] = nil
        } else {
            heads[host] = head + 1
        }
        count -= 1
        running[host, default: 0] += 1
        return (host, element)
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
