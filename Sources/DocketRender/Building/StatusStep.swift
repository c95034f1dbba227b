import DocketModel
import Foundation

/// One entry of a status history with the status before it.
struct StatusStep: Hashable {
    var from: String?
    var to: String
    var date: Date
    /// Item id, or `manual`.
    var source: String

    /// The history in date order (stable for equal dates), each step knowing its predecessor;
    /// entries that repeat the status before them are dropped.
    static func steps(_ history: [StatusChange]) -> [StatusStep] {
        let ordered = history.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        var out: [StatusStep] = []
        var previous: String?
        for change in ordered {
            if change.status == previous { continue }
            out.append(StatusStep(from: previous, to: change.status, date: change.date, source: change.source))
            previous = change.status
        }
        return out
    }

    /// The source as an item id, nil for a person's decision.
    var itemID: String? { source == "manual" || source.isEmpty ? nil : source }
}
