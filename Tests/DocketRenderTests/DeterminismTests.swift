import DocketModel
import Foundation
import Testing

@testable import DocketRender

@Suite struct DeterminismTests {
    @Test func recordOrderDoesNotChangeTheOutput() throws {
        let lookup = Sample.Lookup()
        let renderer = try Sample.renderer()
        let reference = try renderer.briefing(Sample.input(), format: .markdown) { lookup($0) }.document
        var generator = SeededGenerator(seed: 48)
        for _ in 0..<5 {
            var input = Sample.input()
            input.allegations.shuffle(using: &generator)
            input.regulations.shuffle(using: &generator)
            input.companies.shuffle(using: &generator)
            input.feeds.shuffle(using: &generator)
            input.allegations = input.allegations.map { a in
                var a = a
                a.evidence.shuffle(using: &generator)
                return a
            }
            let again = try renderer.briefing(input, format: .markdown) { lookup($0) }.document
            #expect(again == reference)
        }
    }

    @Test func snapshotsEncodeTheSameBytes() throws {
        let a = try BriefingBuilder.snapshot(for: Sample.input()).encoded()
        var input = Sample.input()
        input.allegations.reverse()
        #expect(try BriefingBuilder.snapshot(for: input).encoded() == a)
        let snapshot = BriefingBuilder.snapshot(for: Sample.input())
        #expect(snapshot.allegations["a-duplicate"] == nil)
        #expect(snapshot.allegations["a-rejected"] == "rejected")
        #expect(try BriefingSnapshot.decode(a) == snapshot)
    }
}
