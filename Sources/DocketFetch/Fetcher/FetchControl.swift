import CCurl
import Synchronization

/// What the consumer's side and the driver thread share: the cancel flag, and the multi
/// handle to wake while it exists. Every access holds the lock, so `cancel()` can never
/// wake a multi handle that the driver has already cleaned up.
final class FetchControl: Sendable {
    /// A multi handle crossing to another thread only to be woken; `curl_multi_wakeup` is
    /// documented as safe to call from any thread.
    private struct Multi: @unchecked Sendable {
        let raw: UnsafeMutableRawPointer
    }

    private struct State {
        var cancelled = false
        var multi: Multi?
        /// Outcomes yielded and not yet taken by the consumer.
        var pending = 0
    }

    private let state = Mutex(State())

    var isCancelled: Bool { state.withLock { $0.cancelled } }

    /// Outcomes waiting for the consumer: the driver starts no new transfer while there are
    /// `jobs` of them, so a slow consumer (parsing, storing) bounds memory instead of letting
    /// downloaded bodies pile up.
    var pending: Int { state.withLock { $0.pending } }

    /// The driver yielded an outcome.
    func yielded() {
        state.withLock { $0.pending += 1 }
    }

    /// The consumer took an outcome: room for another transfer, so wake the driver.
    func taken() {
        state.withLock { state in
            state.pending -= 1
            if let multi = state.multi { _ = docket_curl_multi_wakeup(multi.raw) }
        }
    }

    /// Stops the transfers: sets the flag and wakes the driver out of `curl_multi_poll`.
    func cancel() {
        state.withLock { state in
            state.cancelled = true
            if let multi = state.multi { _ = docket_curl_multi_wakeup(multi.raw) }
        }
    }

    /// Makes `multi` wakeable; false when the fetch was already cancelled.
    func attach(_ multi: UnsafeMutableRawPointer) -> Bool {
        state.withLock { state in
            state.multi = Multi(raw: multi)
            return !state.cancelled
        }
    }

    /// Called before `curl_multi_cleanup`: no wakeup reaches the handle after this returns.
    func detach() {
        state.withLock { $0.multi = nil }
    }
}
