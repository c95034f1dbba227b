// libFuzzer target: the bytes of one input are a search query typed by a user (or saved in a
// watch), decoded as UTF-8 with invalid bytes repaired, as the command line receives them.
//
// What counts as a bug: a crash or trap, a sanitizer report, a hang (`-timeout`), unbounded
// memory, or an error whose column is outside the query (the command line points at it).
// A thrown `QuerySyntaxError` is the parser doing its job.
import DocketStore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let query = try SearchQuery(text)
        _ = query.description
        _ = query.root.positiveTerms
        check(query.root)
    } catch {
        let columns = text.count + 1
        precondition(
            (1...columns).contains(error.column),
            "column \(error.column) outside 1...\(columns) for \(error.message): \(text.debugDescription)")
        _ = error.description
    }
    return 0
}

/// Invariants of a parsed tree: no empty groups, phrases of two or more terms, no empty terms.
private func check(_ node: QueryNode) {
    switch node {
    case .term(let t):
        precondition(!t.isEmpty, "empty term")
    case .phrase(let ts):
        precondition(ts.count >= 2 && ts.allSatisfy { !$0.isEmpty }, "bad phrase \(ts)")
    case .filter:
        break
    case .not(let n):
        check(n)
    case .and(let ns), .or(let ns):
        precondition(ns.count >= 2, "group of \(ns.count)")
        ns.forEach(check)
    }
}
