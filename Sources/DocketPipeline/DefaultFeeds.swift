import DocketFeeds
import Foundation

/// The curated starting set of news and policy feeds (`feeds/default.opml` in the repository),
/// bundled so that `docket init --with-default-feeds` works wherever docket is installed.
public enum DefaultFeeds {
    public static func document() throws -> OPMLDocument {
        guard let url = Bundle.module.url(forResource: "default", withExtension: "opml", subdirectory: "Resources"),
            let data = FileManager.default.contents(atPath: url.path)
        else { throw DefaultFeedsError.missing }
        return try OPMLDocument(data: data, source: "default.opml")
    }

    /// The bundled list could not be found next to the docket binary.
    public enum DefaultFeedsError: Error, CustomStringConvertible {
        case missing
        public var description: String {
            "the bundled default feeds are missing (install docket with its resource bundles, or import feeds/default.opml)"
        }
    }
}
