import DocketModel

/// The `User-Agent` Docket sends, so publishers can tell who polls them and whom to ask.
public enum UserAgent {
    /// `Docket/<version> (+<project URL>)`, or `Docket/<version> (+<project URL>; <contact>)`
    /// when a contact (an email address or a URL) is given. Control characters and
    /// parentheses in the contact are dropped so it cannot break the header.
    public static func docket(contact: String? = nil) -> String {
        var comment = "+" + DocketInfo.projectURL
        if let contact {
            let clean = String(
                String.UnicodeScalarView(
                    contact.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && $0 != "(" && $0 != ")" })
            ).trimmingCharacters(in: .whitespaces)
            if !clean.isEmpty { comment += "; " + clean }
        }
        return "Docket/\(DocketInfo.version) (\(comment))"
    }
}
