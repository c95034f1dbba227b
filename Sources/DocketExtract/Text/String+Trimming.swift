extension StringProtocol {
    /// The text without leading and trailing white space and newlines, in native Swift:
    /// Foundation's `trimmingCharacters(in:)` bridges through UTF-16 on Linux and cost a
    /// third of an update's extraction time.
    func trimmingWhitespace() -> SubSequence {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { scalars.formIndex(after: &start) }
        while end > start {
            let last = scalars.index(before: end)
            guard scalars[last].properties.isWhitespace else { break }
            end = last
        }
        return self[start..<end]
    }

    /// Whether `other` occurs in the text, compared as UTF-8 bytes (Foundation's `contains`
    /// bridges through NSString on Linux).
    func containsBytes(of other: some StringProtocol) -> Bool {
        let needle = Array(other.utf8)
        guard !needle.isEmpty else { return true }
        let haystack = Array(utf8)
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
