import DocketModel

/// Finds a stored item by id (`KnowledgeBase.item(id:)`), or nil when there is none. Builders
/// call it only for the items they cite, so a briefing never reads all items.
public typealias ItemLookup = (String) throws -> Item?
