import Foundation
import Testing

/// Golden files under `Tests/DocketRenderTests/Fixtures/golden/`.
///
/// A test compares its output with the file byte for byte. To change the expected output on
/// purpose, run the tests with `DOCKET_UPDATE_GOLDEN=1`
/// (`DOCKET_UPDATE_GOLDEN=1 swift test --filter DocketRenderTests`): each golden test then
/// rewrites its file and fails, so a run that rewrote files never passes unnoticed; review
/// the diff with `git diff Tests/DocketRenderTests/Fixtures/golden` and run the tests again.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden", isDirectory: true)

    static var updating: Bool { ProcessInfo.processInfo.environment["DOCKET_UPDATE_GOLDEN"] == "1" }

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if updating {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            Issue.record("rewrote \(name); check the diff and run again without DOCKET_UPDATE_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no golden file \(name): run with DOCKET_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let want = line < a.count ? String(a[line]) : "<end>"
            let got = line < b.count ? String(b[line]) : "<end>"
            Issue.record(
                "\(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
        }
    }
}
