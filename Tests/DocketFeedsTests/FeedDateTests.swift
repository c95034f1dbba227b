import Foundation
import Testing

@testable import DocketFeeds

/// A UTC instant written as `YYYY-MM-DDTHH:MM:SSZ`, read by Foundation (independent of
/// the parser under test). Only for years after 1582: Foundation's calendar is Julian before.
private func utc(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    guard let date = formatter.date(from: text) else {
        Issue.record("bad expectation \(text)")
        return .distantPast
    }
    return date
}

@Suite("FeedDate")
struct FeedDateTests {
    // MARK: feedparser's date table (shared/conformance/dates.jsonl, BSD-2-Clause)

    /// Every row of upstream's table whose expectation this parser shares, across all
    /// dialects; nil means the string must be rejected.
    static let conformanceRows: [(String, String?)] = [
        ("Κυρ, 11 Ιούλ 2004 12:00:00 EST", "2004-07-11T17:00:00Z"),
        ("2004-július-13T9:15-05:00", "2004-07-13T14:15:00Z"),
        ("-0312", "2003-12-01T00:00:00Z"),
        ("031231", "2003-12-31T00:00:00Z"),
        ("03-12-31", "2003-12-31T00:00:00Z"),
        ("-03-12", "2003-12-01T00:00:00Z"),
        ("03335", "2003-12-01T00:00:00Z"),
        ("2003-12-31T10:14:55.1234Z", "2003-12-31T10:14:55Z"),
        ("2003-012-31T10:14:55+00:00", "2003-12-31T10:14:55Z"),
        ("2004-05-25 오후 11:23:17", "2004-05-25T14:23:17Z"),
        ("2004년 05월 28일  01:31:15", "2004-05-27T16:31:15Z"),
        ("Fri, 2006/09/15 08:19:53 EDT", "2006-09-15T12:19:53Z"),
        ("Thu, 30 Apr 2015 08:57:00 MET", "2015-04-30T07:57:00Z"),
        ("Thu, 30 Apr 2015 08:57:00 MEST", "2015-04-30T06:57:00Z"),
        ("Thu, 01 Jan 04 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("Thu,  5 Apr 2012 10:00:00 GMT", "2012-04-05T10:00:00Z"),
        ("Wed, 19 Aug 2009 18:28:00 Etc/GMT", "2009-08-19T18:28:00Z"),
        ("Wed, 19 Feb 2012 22:40:00 GMT-01:01", "2012-02-19T23:41:00Z"),
        ("Wed, 19 Feb 2012 22:40:00 -01:01", "2012-02-19T23:41:00Z"),
        ("Mon, 13 Feb, 2012 06:28:00 UTC", "2012-02-13T06:28:00Z"),
        ("Thu, 01 Jan 2004 00:00 GMT", "2004-01-01T00:00:00Z"),
        ("Thu, 01 Jan 2004", "2004-01-01T00:00:00Z"),
        ("Mon, 26 January 2004 16:31:00 AT", "2004-01-26T20:31:00Z"),
        ("Mon, 26 January 2004 16:31:00 ET", "2004-01-26T21:31:00Z"),
        ("Mon, 26 January 2004 16:31:00 CT", "2004-01-26T22:31:00Z"),
        ("Mon, 26 January 2004 16:31:00 MT", "2004-01-26T23:31:00Z"),
        ("Mon, 26 January 2004 16:31:00 PT", "2004-01-27T00:31:00Z"),
        ("Thu Aug 30 2012 17:26:16 +0200", "2012-08-30T15:26:16Z"),
        ("Sun, 16 Dec 2012 1:2:3:4 GMT", nil),
        ("Sun, 16 zzz 2012 11:47:32 GMT", nil),
        ("Sun, Dec x 2012 11:47:32 GMT", nil),
        ("Sun, 16 Dec zz 11:47:32 GMT", nil),
        ("Sun, 16 Dec 2012 11:47:32 +zz:00", nil),
        ("Sun, 16 Dec 2012 11:47:32 +00:zz", nil),
        ("Sun, 99 Jun 2009 12:00:00 GMT", nil),
        ("Sun Jan  4 16:29:06 2004", "2004-01-04T16:29:06Z"),
        ("Sun Jul 15 01:16:00 +0000 2012", "2012-07-15T01:16:00Z"),
        ("2003-12-31T10:14:55Z", "2003-12-31T10:14:55Z"),
        ("2003-12-31T10:14:55-08:00", "2003-12-31T18:14:55Z"),
        ("2003-12-31T18:14:55+08:00", "2003-12-31T10:14:55Z"),
        ("2007-04-23T23:25:47.538+10:00", "2007-04-23T13:25:47Z"),
        ("2003-12-31", "2003-12-31T00:00:00Z"),
        ("2003-12", "2003-12-01T00:00:00Z"),
        ("2003", "2003-01-01T00:00:00Z"),
        ("2004-02-28T18:14:55-08:00", "2004-02-29T02:14:55Z"),
        ("2003-02-28T18:14:55-08:00", "2003-03-01T02:14:55Z"),
        ("2000-02-28T18:14:55-08:00", "2000-02-29T02:14:55Z"),
        ("9999-12-31T23:59:59-99:99", nil),
        ("2003-12-31T25:14:55Z", nil),
        ("2003-12-31T10:61:55Z", nil),
        ("2003-12-31T10:14:61Z", nil),
        ("013", nil),
        ("2013-01-27-01", nil),
        ("2013-01-28T11:30:00-06:00Textra", nil),
        ("2013-xx-27", nil),
        ("2013-01-28T09:xx:00Z", nil),
        ("2013-01-28T09:00:00+00:xx", nil),
        ("2004-07-08 23:56:58 -00:20", "2004-07-09T00:16:58Z"),
        ("2004-07-08 23:56:58", "2004-07-08T23:56:58Z"),
        ("2004-07-08 23:56:58.0", "2004-07-08T23:56:58Z"),
        ("", nil),
    ]

    @Test("feedparser's date table", arguments: conformanceRows)
    func conformance(input: String, expected: String?) {
        let got = FeedDate.parse(input).map { floor($0.timeIntervalSince1970) }
        #expect(got == expected.map { utc($0).timeIntervalSince1970 })
    }

    @Test("the year 99, across a zone (proleptic Gregorian)")
    func ancientDate() {
        // 0099-12-31T23:00:01Z
        #expect(FeedDate.parse("Thu, 01 Jan 0100 00:00:01 +0100")?.timeIntervalSince1970 == -59_011_462_799)
    }

    /// The table's one conflict: its W3C-DTF row wants `22013` rejected ("year too long"),
    /// its ISO 8601 row wants `03335` read as year 03, day 335. Both are the same truncated
    /// ISO 8601:2000 ordinal form (YYDDD); this parser reads both as ISO 8601.
    @Test("YYDDD is an ISO 8601 truncated ordinal date")
    func truncatedOrdinal() {
        #expect(FeedDate.parse("22013") == utc("2022-01-13T00:00:00Z"))
        #expect(FeedDate.parse("03335") == utc("2003-12-01T00:00:00Z"))
    }

    // MARK: RFC 822 and its damage

    static let rfc822Variants: [(String, String)] = [
        ("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z"),
        ("10 Jun 2003 04:00:00 +0000", "2003-06-10T04:00:00Z"),  // no day name
        ("Tue, 10 Jun 2003 04:00 EST", "2003-06-10T09:00:00Z"),  // no seconds
        ("Tue 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z"),  // no comma
        ("Fri,24 Nov 2023 18:28:36 -0000", "2023-11-24T18:28:36Z"),  // no space after comma
        ("tue, 10 jun 2003 04:00:00 gmt", "2003-06-10T04:00:00Z"),  // lower case
        ("TUE, 10 JUN 2003 04:00:00 GMT", "2003-06-10T04:00:00Z"),  // upper case
        ("Tuesday, 10 June 2003 04:00:00 GMT", "2003-06-10T04:00:00Z"),  // full names
        ("Wed, 10 Sept 2003 04:00:00 GMT", "2003-09-10T04:00:00Z"),
        ("Tue, 10 Jun. 2003 04:00:00 GMT", "2003-06-10T04:00:00Z"),
        ("Sun, 1 Jun 2003 4:05:06 GMT", "2003-06-01T04:05:06Z"),  // one-digit day and hour
        ("  Tue,   10  Jun   2003  04:00:00   GMT  ", "2003-06-10T04:00:00Z"),
        ("Tue, 10 Jun 2003\t04:00:00\tGMT", "2003-06-10T04:00:00Z"),
        ("Tue, 10 Jun 2003 04:00:00", "2003-06-10T04:00:00Z"),  // no zone: UTC
        ("Tue, 10 Jun 2003 04:00:00 -0700 (PDT)", "2003-06-10T11:00:00Z"),  // comment
        ("Tue, 10 Jun 2003 04:00:00 -0700 PDT", "2003-06-10T11:00:00Z"),  // redundant name
        ("Tue, 10 Jun 2003 04:00:00 +0000 (UTC)", "2003-06-10T04:00:00Z"),
        ("Tue, 10 Jun 2003 04:00:00.000 GMT", "2003-06-10T04:00:00Z"),
        ("Tue, 10 Jun 2003 04:00:00GMT", "2003-06-10T04:00:00Z"),
        ("Sunday, 06-Nov-94 08:49:37 GMT", "1994-11-06T08:49:37Z"),  // RFC 850
        ("Tue Nov 10 12:34:56 UTC 2020", "2020-11-10T12:34:56Z"),  // Unix date
        ("Sun Jan  4 16:29:06 PST 2004", "2004-01-05T00:29:06Z"),
        ("Thu Jan 01 2004 19:48:21 GMT+0100 (Central European Standard Time)", "2004-01-01T18:48:21Z"),
        ("January 4, 2004 4:29 PM EST", "2004-01-04T21:29:00Z"),
        ("Jan 4th, 2004", "2004-01-04T00:00:00Z"),
        ("Thu, 01 Jan 2004 12:00:00 AM GMT", "2004-01-01T00:00:00Z"),
        ("Thu, 01 Jan 2004 12:00:00 PM GMT", "2004-01-01T12:00:00Z"),
        ("Thu, 2004-01-01T19:48:21Z", "2004-01-01T19:48:21Z"),  // day name before ISO
        ("Fri, 2006-09-15 08:19:53 EDT", "2006-09-15T12:19:53Z"),
        ("2006/09/15 08:19:53 EDT", "2006-09-15T12:19:53Z"),  // Perforce without day name
        ("Thu, 29 Feb 2004 00:00:00 GMT", "2004-02-29T00:00:00Z"),
    ]

    @Test("RFC 822 variants and common damage", arguments: rfc822Variants)
    func rfc822(input: String, expected: String) {
        #expect(FeedDate.parse(input) == utc(expected))
    }

    // MARK: Zones

    /// Zone text → seconds east of UTC.
    static let zones: [(String, Int)] = [
        ("UT", 0), ("UTC", 0), ("GMT", 0), ("Z", 0), ("z", 0), ("Etc/GMT", 0), ("Etc/UTC", 0),
        ("EST", -5 * 3600), ("EDT", -4 * 3600), ("CST", -6 * 3600), ("CDT", -5 * 3600),
        ("MST", -7 * 3600), ("MDT", -6 * 3600), ("PST", -8 * 3600), ("PDT", -7 * 3600),
        ("AST", -4 * 3600), ("ADT", -3 * 3600),
        ("CET", 3600), ("CEST", 7200), ("MET", 3600), ("MEST", 7200), ("BST", 3600),
        ("EET", 7200), ("EEST", 3 * 3600), ("JST", 9 * 3600), ("KST", 9 * 3600),
        ("AEST", 10 * 3600), ("AEDT", 11 * 3600), ("NZST", 12 * 3600), ("HKT", 8 * 3600),
        ("NST", -(3 * 3600 + 1800)),
        ("+0000", 0), ("-0000", 0), ("+0100", 3600), ("-0500", -5 * 3600), ("+0530", 19_800),
        ("+05:30", 19_800), ("-03:30", -(3 * 3600 + 1800)), ("+09", 9 * 3600),
        ("GMT+1", 3600), ("GMT-5", -5 * 3600), ("GMT+05:30", 19_800), ("UTC-0300", -3 * 3600),
        ("Etc/GMT+5", -5 * 3600), ("Etc/GMT-3", 3 * 3600),  // tz database signs
    ]

    @Test("zone names and offsets", arguments: zones)
    func zone(text: String, offset: Int) {
        let base = utc("2010-06-15T12:00:00Z").timeIntervalSince1970
        let got = FeedDate.parse("Tue, 15 Jun 2010 12:00:00 \(text)")?.timeIntervalSince1970
        #expect(got == base - Double(offset))
    }

    /// Military letters with RFC 822's signs (as feedparser): A = −1 h … M = −12 h (no J),
    /// N = +1 h … Y = +12 h, Z = 0.
    static let militaryLetters: [(String, Int)] = {
        var letters: [(String, Int)] = []
        for (i, letter) in "ABCDEFGHIKLM".enumerated() { letters.append((String(letter), -(i + 1))) }
        for (i, letter) in "NOPQRSTUVWXY".enumerated() { letters.append((String(letter), i + 1)) }
        letters.append(("Z", 0))
        return letters
    }()

    @Test("military zones", arguments: militaryLetters)
    func military(letter: String, hours: Int) {
        let base = utc("2010-06-15T12:00:00Z").timeIntervalSince1970
        let got = FeedDate.parse("Tue, 15 Jun 2010 12:00:00 \(letter)")?.timeIntervalSince1970
        #expect(got == base - Double(hours * 3600))
        #expect(FeedDate.parse("Tue, 15 Jun 2010 12:00:00 \(letter.lowercased())")?.timeIntervalSince1970 == got)
    }

    @Test("unknown, ambiguous and malformed zones give nil", arguments: [
        "J", "XYZ", "IST", "EST5EDT", "GMTX", "+5", "+123", "+12345", "+2400", "+0060", "-99:99",
        "+0000 XYZ", "Mars/Olympus", "Etc/", "(unclosed",
    ])
    func badZone(text: String) {
        #expect(FeedDate.parse("Tue, 15 Jun 2010 12:00:00 \(text)") == nil)
    }

    // MARK: Years

    @Test("two- and three-digit years (RFC 2822)", arguments: [
        ("00", 2000), ("04", 2004), ("49", 2049), ("50", 1950), ("99", 1999), ("103", 2003), ("0100", 100),
    ])
    func shortYears(text: String, year: Int) {
        let got = FeedDate.parse("01 Jul \(text) 00:00:00 GMT")
        let startOfYear = Double(FeedDate.days(fromCivil: year, 7, 1) * 86_400)
        #expect(got?.timeIntervalSince1970 == startOfYear)
    }

    @Test("days from civil agree with Foundation after 1582", arguments: [
        (1970, 1, 1, "1970-01-01T00:00:00Z"), (2000, 2, 29, "2000-02-29T00:00:00Z"),
        (1600, 3, 1, "1600-03-01T00:00:00Z"), (2100, 12, 31, "2100-12-31T00:00:00Z"),
        (9999, 12, 31, "9999-12-31T00:00:00Z"),
    ])
    func civilDays(year: Int, month: Int, day: Int, expected: String) {
        #expect(Double(FeedDate.days(fromCivil: year, month, day) * 86_400) == utc(expected).timeIntervalSince1970)
    }

    // MARK: W3C-DTF / RFC 3339 / ISO 8601

    static let isoVariants: [(String, String)] = [
        ("2003-12-31T10:14:55z", "2003-12-31T10:14:55Z"),
        ("2003-12-31t10:14:55Z", "2003-12-31T10:14:55Z"),
        ("2003-12-31T10:14:55+0100", "2003-12-31T09:14:55Z"),
        ("2003-12-31T10:14:55+01", "2003-12-31T09:14:55Z"),
        ("2003-12-31T10:14:55,0-01:00", "2003-12-31T11:14:55Z"),
        ("2003-12-31T10:14Z", "2003-12-31T10:14:00Z"),
        ("2003-12-31T10", "2003-12-31T10:00:00Z"),
        ("2003-12-31 10:14", "2003-12-31T10:14:00Z"),
        ("2003-12-31 10:14:55 GMT", "2003-12-31T10:14:55Z"),
        ("2003-12-31T10:14:55 EST", "2003-12-31T15:14:55Z"),
        ("2003-12-31T9:15Z", "2003-12-31T09:15:00Z"),
        ("2003-1-5", "2003-01-05T00:00:00Z"),
        ("2004-JAN-05", "2004-01-05T00:00:00Z"),
        ("20031231", "2003-12-31T00:00:00Z"),
        ("20031231T101455Z", "2003-12-31T10:14:55Z"),
        ("20031231T1014", "2003-12-31T10:14:00Z"),
        ("20031231T101455-0800", "2003-12-31T18:14:55Z"),
        ("2003-335", "2003-12-01T00:00:00Z"),
        ("2003335", "2003-12-01T00:00:00Z"),
        ("2004-366", "2004-12-31T00:00:00Z"),
        ("2003-335T12:00:00Z", "2003-12-01T12:00:00Z"),
        ("2003-12-31Z", "2003-12-31T00:00:00Z"),  // XML Schema date with zone
        ("2002-09-24-06:00", "2002-09-24T06:00:00Z"),
        ("2003-12-31T24:00:00Z", "2004-01-01T00:00:00Z"),  // end of day
        ("2003-12-31T23:59:60Z", "2003-12-31T23:59:59Z"),  // leap second, clamped
        ("2004-05-25 11:23:17 PM", "2004-05-25T23:23:17Z"),
        ("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"),
    ]

    @Test("ISO 8601 forms", arguments: isoVariants)
    func iso(input: String, expected: String) {
        if expected.hasPrefix("0001") {
            #expect(FeedDate.parse(input)?.timeIntervalSince1970 == -62_135_596_800)
        } else {
            #expect(FeedDate.parse(input) == utc(expected))
        }
    }

    @Test("fractions are kept to the millisecond")
    func fractions() {
        let base = utc("2003-12-31T10:14:55Z").timeIntervalSince1970
        #expect(FeedDate.parse("2003-12-31T10:14:55.5Z")?.timeIntervalSince1970 == base + 0.5)
        let long = FeedDate.parse("2003-12-31T10:14:55.9999999999999999999999Z")?.timeIntervalSince1970
        #expect(long.map { floor($0) } == base)
        #expect(long.map { $0 > base + 0.99 } == true)
    }

    // MARK: Other dialects

    static let localized: [(String, String)] = [
        ("Κυρ, 11 Ιούλ 2004 12:00:00 EST", "2004-07-11T17:00:00Z"),
        ("Δευ, 12 Ιαν 2004 12:00:00 +0200", "2004-01-12T10:00:00Z"),
        ("\u{03A0}\u{03B5}\u{03BC}, 05 \u{039C}\u{03B1}\u{03CA} 2011 08:00:00 GMT", "2011-05-05T08:00:00Z"),
        ("2004-július-13T9:15-05:00", "2004-07-13T14:15:00Z"),
        ("2004-szeptember-3T10:00+02:00", "2004-09-03T08:00:00Z"),
        ("2004-augusztus-20T10:00-00:00", "2004-08-20T10:00:00Z"),
        ("2004년 05월 28일  01:31:15", "2004-05-27T16:31:15Z"),  // KST
        ("2004년 5월 28일 오후 1:31:15", "2004-05-28T04:31:15Z"),
        ("2004-05-25 오후 11:23:17", "2004-05-25T14:23:17Z"),
        ("2004-05-25 오전 12:23:17", "2004-05-24T15:23:17Z"),  // 12 a.m. is midnight
        ("2004-05-25 오후 12:23:17", "2004-05-25T03:23:17Z"),  // 12 p.m. is noon
        ("2004-05-25 오후 11:23:17 +0000", "2004-05-25T23:23:17Z"),
    ]

    @Test("Greek, Hungarian and Korean dates", arguments: localized)
    func localizedDates(input: String, expected: String) {
        #expect(FeedDate.parse(input) == utc(expected))
    }

    // MARK: Rejections

    @Test("invalid dates give nil", arguments: [
        "Thu, 29 Feb 2001 00:00:00 GMT", "Thu, 30 Feb 2004 00:00:00 GMT", "Thu, 32 Jan 2004 00:00:00 GMT",
        "Thu, 00 Jan 2004 00:00:00 GMT", "Thu, 01 Jan 2004 24:01:00 GMT", "Thu, 01 Jan 2004 23:60:00 GMT",
        "Thu, 01 Jan 2004 23:59:61 GMT", "Thu, 01 Jan 2004 13:00:00 PM GMT", "Mon, 01 Jan 0000 00:00:00 GMT",
        "Thu, 01 Jan 2004 19:48:21 GMT garbage", "Thu, 01 Jan 2004 19:48:21.",
        "Thu, 01 Jan 2004 194821", "Thu, 01 Jan 1 00:00:00 GMT", "Thu, 01 Jan 20044 00:00:00 GMT",
        "Thu, 001 Jan 2004", "Sunny, 01 Jan 2004", "Monxyz, 01 Jan 2004", "Jan", "Thu", "Thu,",
        "13. Jan 2004", "Thu01 Jan 2004", "Thu2004-01-01", "12/31/2003", "31/12/2003", "2003/12",
        "2003-13-01", "2003-00-10", "2003-02-30", "2003-366", "2003-000", "2003-12-32",
        "2003-12-31T10:14:55.Z", "2003-12-31T10:14:55+", "2003-12-31T10:14:55+1", "2003-12-31T",
        "2003-12-31T10:14:55Zjunk", "2003-12-31T10:14:55 XYZ", "2003-12-31T24:00:01Z",
        "2003-12-31 10:14:55 +0000 (UTC)", "2003T10:00Z", "2003-12T10:00Z", "2003 12 31",
        "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "-", "--", "-031", "T", "Z", "+",
        "1", "12", "1234567", "123456789", "20031301", "20030230", "20031231T25", "20031231T1", "031301",
        "Thu, 01 Jan 99999999999999999999999999 00:00:00 GMT",
        "99999999999999999999999999999999-01-01", "2003-99999999999999999999999-01",
        "2003-12-31T99999999999999999999:00Z", "2003-12-31T10:14:55+99999999999999999999",
        "2003-12-31T10:14:55.99999999999999999999999999999999999999999J",
        "   ", "\n\t",
    ])
    func invalid(input: String) {
        #expect(FeedDate.parse(input) == nil)
    }

    @Test("over-long input is refused without reading it")
    func overLong() {
        #expect(FeedDate.parse("Thu, 01 Jan 2004 19:48:21 GMT" + String(repeating: " (x)", count: 100)) == nil)
        #expect(FeedDate.parse(String(repeating: "9", count: 100_000)) == nil)
    }

    // MARK: Robustness

    @Test("surrounding white space is ignored", arguments: conformanceRows.map(\.0) + rfc822Variants.map(\.0))
    func surroundingSpace(input: String) {
        let padded = " \t\n" + input + "\r\n \u{00A0}"
        #expect(FeedDate.parse(padded) == FeedDate.parse(input))
    }

    /// Deterministic mutations of real dates: whatever comes back is nil or a date in
    /// years 1–9999, and never a trap (the tests run with overflow and bounds checks).
    @Test("mutated dates never trap and stay in range")
    func mutations() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            seed ^= seed << 13
            seed ^= seed >> 7
            seed ^= seed << 17
            return seed
        }
        let alphabet = Array("0123456789 :+-.,/TZtzJanDecGMTEST()\u{B144}\u{C624}\u{D6C4}Ιούλ".utf8)
        let seeds = (Self.conformanceRows.map(\.0) + Self.rfc822Variants.map(\.0) + Self.isoVariants.map(\.0))
            .map { Array($0.utf8) }
        let lowest = -62_135_596_800.0
        let highest = 253_402_300_800.0
        var parsed = 0
        for round in 0..<20_000 {
            var bytes = seeds[round % seeds.count]
            for _ in 0...(next() % 3) {
                let position = bytes.isEmpty ? 0 : Int(next() % UInt64(bytes.count))
                switch next() % 3 {
                case 0 where !bytes.isEmpty: bytes.remove(at: position)
                case 1: bytes.insert(alphabet[Int(next() % UInt64(alphabet.count))], at: position)
                default: if !bytes.isEmpty { bytes[position] = alphabet[Int(next() % UInt64(alphabet.count))] }
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            if let date = FeedDate.parse(text) {
                parsed += 1
                let t = date.timeIntervalSince1970
                #expect(t >= lowest && t < highest, "\(text.debugDescription)")
            }
        }
        // Some mutations (e.g. a changed digit) still parse; most damage is rejected.
        #expect(parsed > 0 && parsed < 20_000)
    }

    @Test("a Substring-backed String parses the same")
    func substringInput() {
        let line = "pubDate=Thu, 01 Jan 2004 19:48:21 GMT;"
        let inner = String(line.dropFirst(8).dropLast())
        #expect(FeedDate.parse(inner) == utc("2004-01-01T19:48:21Z"))
    }
}
