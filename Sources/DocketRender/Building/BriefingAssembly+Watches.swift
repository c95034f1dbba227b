import DocketModel
import Foundation

/// What the saved searches matched, by watch name.
extension BriefingAssembly {
    mutating func buildWatches() throws -> [WatchView] {
        var out: [WatchView] = []
        let limit = input.options.watchItemLimit
        for watch in input.watches.sorted(by: { ($0.name, $0.query) < ($1.name, $1.query) }) {
            var items: [WatchItemView] = []
            for item in watch.items.prefix(limit) {
                registry.remember(item)
                let citations = try registry.citations([item.id])
                items.append(
                    WatchItemView(
                        title: SourceRegistry.title(item, escaper), outlet: escaper.text(registry.outlet(of: item)),
                        date: SourceRegistry.date(item).map(day), link: escaper.link(item.link), citations: citations))
            }
            let count = max(watch.total ?? watch.items.count, watch.items.count)
            out.append(
                WatchView(
                    name: escaper.text(watch.name), query: escaper.text(watch.query), count: count,
                    matches: count == 1 ? "1 matching item" : "\(count) matching items", items: items,
                    hasItems: !items.isEmpty, more: count - items.count, hasMore: count > items.count))
        }
        return out
    }
}
