/// Names for the jurisdiction codes regulations carry (ISO 3166 and `EU`); a code Docket does
/// not know is shown as it is.
enum Jurisdictions {
    static func name(_ code: String) -> String {
        let upper = code.uppercased()
        if let name = names[upper] { return name }
        if upper.hasPrefix("US-"), let state = states[String(upper.dropFirst(3))] { return "\(state) (US)" }
        return code
    }

    private static let names: [String: String] = [
        "EU": "European Union", "US": "United States", "GB": "United Kingdom", "UK": "United Kingdom",
        "CN": "China", "JP": "Japan", "KR": "South Korea", "IN": "India", "CA": "Canada", "AU": "Australia",
        "BR": "Brazil", "FR": "France", "DE": "Germany", "IT": "Italy", "ES": "Spain", "NL": "Netherlands",
        "IE": "Ireland", "SG": "Singapore", "CH": "Switzerland", "AE": "United Arab Emirates", "SA": "Saudi Arabia",
        "IL": "Israel", "TW": "Taiwan", "HK": "Hong Kong", "NZ": "New Zealand", "MX": "Mexico", "ZA": "South Africa",
        "NG": "Nigeria", "KE": "Kenya", "UN": "United Nations", "OECD": "OECD", "INTL": "International",
    ]

    private static let states: [String: String] = [
        "CA": "California", "NY": "New York", "TX": "Texas", "CO": "Colorado", "IL": "Illinois", "WA": "Washington",
        "MA": "Massachusetts", "UT": "Utah", "VA": "Virginia", "FL": "Florida", "CT": "Connecticut", "NJ": "New Jersey",
    ]
}
