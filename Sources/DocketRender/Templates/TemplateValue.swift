/// A view model made ready for swift-mustache: each struct becomes a `[String: Any]` of its
/// stored properties (nil ones left out), each array an array of such values.
///
/// swift-mustache finds a struct's fields by reflection (`Mirror`) on every lookup, and a
/// lookup climbs the context stack through every enclosing value; a briefing with a few
/// hundred sources does tens of thousands of lookups. Reflecting each value once, here, and
/// then looking keys up in dictionaries makes rendering several times faster. The fields a
/// template sees are the same.
enum TemplateValue {
    static func make(_ value: Any) -> Any? {
        switch value {
        case let s as String: return s
        case let b as Bool: return b
        case let n as Int: return n
        case let d as [String: String]: return d
        case let list as [Any]: return list.compactMap(make)
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return nil }
            return make(wrapped)
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label, let converted = make(child.value) else { continue }
                fields[label] = converted
            }
            return fields
        case .collection:
            return mirror.children.compactMap { make($0.value) }
        default:
            return value
        }
    }
}
