import DocketExtract
import DocketModel
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// CPU time of the calling thread, in seconds: what one core spent, whatever else the machine runs.
func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Runs `body` and returns the thread CPU seconds it took.
func cpuTime(_ body: () -> Void) -> Double {
    let start = threadCPUSeconds()
    body()
    return threadCPUSeconds() - start
}

/// `docket-eval --bench`: how fast company linking (and whole-item extraction) reads text, on
/// synthetic news-like text built from the dictionary's names and ordinary words.
enum Benchmark {
    static let filler = """
        the a of to and in that for on with as by at from said says its their has have was were will would \
        company companies market new year week report people government officials data model models system \
        users according percent million billion people also more than after before about over into under \
        while when which who court law rules plan deal shares investors quarter revenue growth launch product \
        service services technology platform research team chief executive statement analysts industry global \
        Monday Tuesday Wednesday Thursday Friday European American Chinese British federal state city Street \
        apple amazon meta mistral pear river wind analysis learning scale snap arm record claims fine charge \
        probe case suit act order
        """.split(separator: " ").map(String.init)

    /// Deterministic text: about `bytes` UTF-8 bytes in items of about 4 KB.
    static func corpus(bytes: Int, dictionary: ExtractionDictionary) -> [String] {
        var names: [String] = []
        for c in dictionary.companies { names += [c.name] + c.aliases + c.products }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var items: [String] = []
        var total = 0
        while total < bytes {
            var text = ""
            while text.utf8.count < 4000 {
                var sentence: [String] = []
                let length = 8 + next(20)
                for i in 0..<length {
                    if next(12) == 0, !names.isEmpty {
                        var name = names[next(names.count)]
                        if next(5) == 0 { name += "'s" }
                        sentence.append(name)
                    } else {
                        var word = filler[next(filler.count)]
                        if i == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
                        sentence.append(word)
                    }
                    if next(10) == 0 { sentence[sentence.count - 1] += "," }
                }
                text += sentence.joined(separator: " ") + ". "
            }
            total += text.utf8.count
            items.append(text)
        }
        return items
    }

    static func run(extractor: Extractor, megabytes: Double) {
        let texts = corpus(bytes: Int(megabytes * 1_000_000), dictionary: extractor.dictionary)
        let bytes = Double(texts.reduce(0) { $0 + $1.utf8.count })
        var links = 0
        // Warm up, then measure linking on one core (thread CPU time, so that other work on the
        // machine does not count), best of three.
        for text in texts.prefix(20) { links &+= extractor.linker.companyIDs(in: text).count }
        var linking = Double.infinity
        for _ in 0..<3 {
            linking = min(linking, cpuTime { for text in texts { links &+= extractor.linker.companyIDs(in: text).count } })
        }
        if ProcessInfo.processInfo.environment["DOCKET_BENCH_LINK_ONLY"] != nil {
            for _ in 0..<10 { for text in texts { links &+= extractor.linker.companyIDs(in: text).count } }
            return
        }
        if ProcessInfo.processInfo.environment["DOCKET_BENCH_PARTS"] != nil {
            var count = 0
            let tokenizing = cpuTime { for text in texts { count &+= extractor.linker.tokenCount(in: text) } }
            print("tokenizing only: \(tokenizing) (\(count) tokens)")
        }
        let items = texts.enumerated().map { Item(id: "bench-\($0.offset)", feed: "bench", title: nil, content: $0.element) }
        var found = 0
        let whole = cpuTime { for item in items { found &+= extractor.extract(item: item).allegations.count } }
        func seconds(_ d: Double) -> Double { d }
        let mb = bytes / 1_000_000
        print(String(format: "text: %.1f MB in %d items (%d company links)", mb, texts.count, links))
        print(String(format: "company linking:  %7.1f MB/s on one core (%.3f s)", mb / seconds(linking), seconds(linking)))
        print(String(format: "whole extraction: %7.1f MB/s, %.0f items/s on one core (%.3f s; companies, allegations, regulations)",
            mb / seconds(whole), Double(items.count) / seconds(whole), seconds(whole)))
        _ = found
    }

    /// Real news prose: the labelled items (title and text), repeated with fresh ids to about
    /// `megabytes`; linking and whole extraction on one core (thread CPU time), then the
    /// parallel `extract(items:)` the pipeline calls (wall time, all cores).
    static func realistic(extractor: Extractor, items labelled: [Item], megabytes: Double) {
        guard !labelled.isEmpty else { return }
        func size(_ item: Item) -> Int { (item.title?.utf8.count ?? 0) + (item.content?.utf8.count ?? 0) + (item.summary?.utf8.count ?? 0) }
        var items: [Item] = []
        var total = 0
        while total < Int(megabytes * 1_000_000) {
            for var item in labelled {
                item.id = "bench-\(items.count)"
                items.append(item)
                total += size(item)
            }
        }
        let mb = Double(total) / 1_000_000
        var links = 0
        var linking = Double.infinity
        for _ in 0..<3 {
            linking = min(linking, cpuTime {
                for item in items { links &+= extractor.linker.companyIDs(in: (item.title ?? "") + "\n" + (item.content ?? "")).count }
            })
        }
        var found = 0
        for item in items.prefix(50) { found &+= extractor.extract(item: item).allegations.count }
        let whole = cpuTime { for item in items { found &+= extractor.extract(item: item).allegations.count } }
        let start = DispatchTime.now().uptimeNanoseconds
        found &+= extractor.extract(items: items).count
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "realistic text: %.1f MB in %d items (the labelled news items, %.0f bytes each on average)",
            mb, items.count, Double(total) / Double(items.count)))
        print(String(format: "company linking:  %7.1f MB/s on one core", mb / linking))
        print(String(format: "whole extraction: %7.1f MB/s, %.0f items/s on one core", mb / whole, Double(items.count) / whole))
        print(String(format: "whole extraction: %7.1f MB/s, %.0f items/s in parallel (%d cores, wall time)",
            mb / wall, Double(items.count) / wall, ProcessInfo.processInfo.activeProcessorCount))
        _ = found
    }
}
