import DocketModel

/// The text of an item that extraction reads: the title (its own sentence), then the summary
/// unless the content repeats it, then the content.
enum ItemText {
    static func body(of item: Item) -> String {
        let summary = String(item.summary?.trimmingWhitespace() ?? "")
        let content = String(item.content?.trimmingWhitespace() ?? "")
        if content.isEmpty { return summary }
        if summary.isEmpty || content.containsBytes(of: summary) || summary.count < 20 && content.hasPrefix(summary) {
            return content
        }
        // A teaser that the content opens with, cut short (`…`): keep only the content.
        let teaser = summary.trimmingCharacters(in: CharacterSet(charactersIn: "….  "))
        if teaser.count > 40, content.hasPrefix(String(teaser.prefix(40))) { return content }
        return summary + "\n\n" + content
    }

    /// The date extraction records for an item: published, else updated, else fetched.
    static func date(of item: Item) -> Date? { item.published ?? item.updated ?? item.fetched }
}

import Foundation
