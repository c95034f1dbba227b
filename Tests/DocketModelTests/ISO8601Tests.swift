import Foundation
import Testing

@testable import DocketModel

@Suite struct ISO8601Tests {
    @Test(arguments: [
        ("1970-01-01T00:00:00Z", 0.0),
        ("2026-11-26T05:58:05Z", 1_795_672_685.0),
        ("2000-02-29T23:59:59Z", 951_868_799.0),
        ("1969-12-31T23:59:59Z", -1.0),
    ])
    func roundTrips(text: String, seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(ISO8601.string(from: date) == text)
        #expect(ISO8601.date(from: text) == date)
    }

    @Test func readsOffsetsAndDateOnly() {
        #expect(ISO8601.date(from: "2026-11-26T07:58:05+02:00") == ISO8601.date(from: "2026-11-26T05:58:05Z"))
        #expect(ISO8601.date(from: "2026-11-26") == ISO8601.date(from: "2026-11-26T00:00:00Z"))
        #expect(ISO8601.date(from: "2026-13-01") == nil)
        #expect(ISO8601.date(from: "yesterday") == nil)
    }

    @Test func civilDaysAgree() {
        for days in stride(from: Int64(-800_000), to: 800_000, by: 997) {
            let (y, m, d) = ISO8601.civil(fromDays: days)
            #expect(ISO8601.days(fromCivil: y, m, d) == days)
        }
    }
}
