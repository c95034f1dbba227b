import DocketModel
import Foundation

/// The writing thread of `docket parse --json`: `{"items":[` and each item's JSON, written to
/// standard output in 192 KB pieces as items arrive.
final class JSONItemStream: @unchecked Sendable {
    private let batches = BoundedQueue<[Item]>(capacity: 8)
    private let done = DispatchSemaphore(value: 0)
    /// Touched only by the writing thread until `finish` has waited for it.
    private var writer = JSONWriter(capacity: 256 * 1024)
    /// True once an item was handed over (and so `{"items":[` is written).
    private(set) var started = false

    init() {
        let thread = Thread { [self] in
            writer.beginObject()
            writer.key("items")
            writer.beginArray()
            while let items = batches.receive() {
                for item in items { item.writeJSON(to: &writer) }
                if writer.bytes.count > 192 * 1024 { Console.write(writer.take()) }
            }
            done.signal()
        }
        thread.name = "docket.json-output"
        thread.start()
    }

    func send(_ items: [Item]) {
        started = true
        batches.send(items)
    }

    /// Waits for the thread to write what it was sent; returns the writer, inside the array.
    func finish() -> JSONWriter {
        batches.close()
        done.wait()
        return writer
    }
}
