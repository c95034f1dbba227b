import CCurl
import Foundation

/// The loop behind one `FeedFetcher.fetch(_:)` call, run on its own thread: admits queued
/// requests within the job and per-host limits, drives them with `curl_multi_perform`,
/// sleeps in `curl_multi_poll` (woken by socket activity, libcurl's timers, or
/// `curl_multi_wakeup` on cancellation), and yields each outcome as its transfer ends.
///
/// Everything here except `control` and `continuation` is confined to the driver thread.
final class FetchDriver {
    private struct Running {
        let request: FetchRequest
        let host: String
        let transfer: CurlTransfer
        let started: ContinuousClock.Instant
    }

    private let configuration: FeedFetcher.Configuration
    private let control: FetchControl
    private let continuation: AsyncStream<FetchOutcome>.Continuation
    private var queue: HostQueue<FetchRequest>
    private var running: [UnsafeMutableRawPointer: Running] = [:]
    private let clock = ContinuousClock()

    init(
        requests: [FetchRequest], configuration: FeedFetcher.Configuration, control: FetchControl,
        continuation: AsyncStream<FetchOutcome>.Continuation
    ) {
        self.configuration = configuration
        self.control = control
        self.continuation = continuation
        queue = HostQueue(perHost: configuration.perHost)
        for request in requests { queue.append(request, host: HostQueue<FetchRequest>.host(of: request.url)) }
    }

    func run() {
        defer { continuation.finish() }
        if let problem = CurlGlobal.unavailable {
            failAllWaiting(problem)
            return
        }
        guard let multi = docket_curl_multi_init() else {
            failAllWaiting("cannot create a libcurl multi handle (out of memory?)")
            return
        }
        defer {
            for (handle, _) in running { docket_curl_multi_remove_handle(multi, handle) }
            running.removeAll()  // frees the easy handles and header lists
            control.detach()
            docket_curl_multi_cleanup(multi)
        }
        guard control.attach(multi) else { return }

        while !control.isCancelled {
            startTransfers(multi)
            if running.isEmpty && queue.isEmpty { return }
            var stillRunning: Int32 = 0
            let code = docket_curl_multi_perform(multi, &stillRunning)
            if code != CURLM_OK {
                failAllRunning(multi, "libcurl's multi interface failed: " + String(cString: docket_curl_multi_strerror(code)))
                continue
            }
            if finishTransfers(multi) > 0 { continue }  // room for waiting requests: admit them now
            // Sleeps until a socket is ready, libcurl's next timeout, a wakeup, or 1 s.
            _ = docket_curl_multi_poll(multi, nil, 0, 1000, nil)
        }
    }

    /// Adds waiting requests to the multi handle while there is room.
    private func startTransfers(_ multi: UnsafeMutableRawPointer) {
        while running.count + control.pending < configuration.jobs, let (host, request) = queue.next() {
            let transfer: CurlTransfer
            do {
                transfer = try CurlTransfer(
                    url: request.url, limits: configuration.limits, userAgent: configuration.userAgent,
                    requestHeaders: request.conditionalHeaders)
            } catch {
                queue.finished(host: host)
                let failure = error as? FetchError ?? .transfer(url: request.url, detail: "\(error)")
                yield(request, .failed(failure, status: nil, retryAfter: nil), elapsed: .zero)
                continue
            }
            let code = docket_curl_multi_add_handle(multi, transfer.handle)
            guard code == CURLM_OK else {
                queue.finished(host: host)
                let detail = "libcurl refused the transfer: " + String(cString: docket_curl_multi_strerror(code))
                yield(request, .failed(.transfer(url: request.url, detail: detail), status: nil, retryAfter: nil), elapsed: .zero)
                continue
            }
            running[transfer.handle] = Running(request: request, host: host, transfer: transfer, started: clock.now)
        }
    }

    /// Reports every transfer libcurl says is done; returns how many ended.
    private func finishTransfers(_ multi: UnsafeMutableRawPointer) -> Int {
        // A message is only valid until its handle is removed: read them all first.
        var done: [(UnsafeMutableRawPointer, CURLcode)] = []
        var left: Int32 = 0
        while let message = docket_curl_multi_info_read(multi, &left) {
            if message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle {
                done.append((handle, message.pointee.data.result))
            }
        }
        for (handle, code) in done {
            docket_curl_multi_remove_handle(multi, handle)
            guard let transfer = running.removeValue(forKey: handle) else { continue }
            queue.finished(host: transfer.host)
            yield(transfer.request, transfer.transfer.result(code), elapsed: clock.now - transfer.started)
        }
        return done.count
    }

    private func failAllRunning(_ multi: UnsafeMutableRawPointer, _ detail: String) {
        for (handle, transfer) in running {
            docket_curl_multi_remove_handle(multi, handle)
            queue.finished(host: transfer.host)
            yield(
                transfer.request, .failed(.transfer(url: transfer.request.url, detail: detail), status: nil, retryAfter: nil),
                elapsed: clock.now - transfer.started)
        }
        running.removeAll()
    }

    private func failAllWaiting(_ detail: String) {
        while let (host, request) = queue.next() {
            queue.finished(host: host)
            yield(request, .failed(.transfer(url: request.url, detail: detail), status: nil, retryAfter: nil), elapsed: .zero)
        }
    }

    private func yield(_ request: FetchRequest, _ result: FetchResult, elapsed: Duration) {
        control.yielded()
        continuation.yield(
            FetchOutcome(feedID: request.feedID, requestedURL: request.url, result: result, elapsed: elapsed))
    }
}
