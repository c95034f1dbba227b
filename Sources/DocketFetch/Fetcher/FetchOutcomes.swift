/// The outcomes of one `FeedFetcher.fetch(_:)`, in completion order.
///
/// Taking an outcome tells the fetch driver there is room for another transfer: this is the
/// back-pressure that keeps memory bounded when parsing and storing are slower than the
/// network. Iterate it once.
public struct FetchOutcomes: AsyncSequence, Sendable {
    public typealias Element = FetchOutcome

    let stream: AsyncStream<FetchOutcome>
    let control: FetchControl

    public func makeAsyncIterator() -> Iterator {
        Iterator(base: stream.makeAsyncIterator(), control: control)
    }

    /// Hands out outcomes and acknowledges each one to the driver.
    public struct Iterator: AsyncIteratorProtocol {
        var base: AsyncStream<FetchOutcome>.Iterator
        let control: FetchControl

        public mutating func next() async -> FetchOutcome? {
            guard let outcome = await base.next() else { return nil }
            control.taken()
            return outcome
        }

        public mutating func next(isolation actor: isolated (any Actor)?) async -> FetchOutcome? {
            guard let outcome = await base.next(isolation: actor) else { return nil }
            control.taken()
            return outcome
        }
    }
}
