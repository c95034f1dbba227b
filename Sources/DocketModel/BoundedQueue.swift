import Foundation

/// A first-in, first-out hand-off between two threads with room for a fixed number of
/// elements: `send` waits while it is full, `receive` while it is empty. What lets one stage of
/// a pipeline (decoding a feed's bytes, writing its JSON) run on a second core without the
/// memory between the stages growing with the document.
///
/// `cancel` ends the hand-off from either side: a waiting or later `send` returns false, and
/// `receive` returns nil once what was sent before is taken.
public final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var elements: [Element?]
    private var head = 0
    private var count = 0
    private var closed = false
    private var cancelled = false

    /// - Parameter capacity: how many elements may wait (at least 1).
    public init(capacity: Int) {
        elements = Array(repeating: nil, count: max(1, capacity))
    }

    /// Appends `element`, waiting for room. Returns false (dropping it) once cancelled.
    @discardableResult
    public func send(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while count == elements.count, !cancelled { condition.wait() }
        guard !cancelled, !closed else { return false }
        elements[(head + count) % elements.count] = element
        count += 1
        condition.broadcast()
        return true
    }

    /// No more elements will be sent: `receive` returns nil after the last one.
    public func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the hand-off: senders stop waiting and are refused; what waits is dropped.
    public func cancel() {
        condition.lock()
        cancelled = true
        for index in elements.indices { elements[index] = nil }
        count = 0
        condition.broadcast()
        condition.unlock()
    }

    /// The next element, waiting for one; nil once closed (or cancelled) and empty.
    public func receive() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while count == 0, !closed, !cancelled { condition.wait() }
        guard count > 0 else { return nil }
        let element = elements[head]
        elements[head] = nil
        head = (head + 1) % elements.count
        count -= 1
        condition.broadcast()
        return element
    }
}
