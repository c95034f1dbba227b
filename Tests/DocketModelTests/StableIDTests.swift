import Testing

@testable import DocketModel

@Suite struct StableIDTests {
    @Test func isStableAndSeparatesParts() {
        #expect(StableID.make("feed", "guid") == StableID.make("feed", "guid"))
        #expect(StableID.make("ab", "c") != StableID.make("a", "bc"))
        #expect(StableID.make("x").count == 16)
        // SHA-256("abc"): a known vector, so the id never changes between machines or versions.
        #expect(StableID.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(StableID.make("abc") == "ba7816bf8f01cfea")
    }
}
