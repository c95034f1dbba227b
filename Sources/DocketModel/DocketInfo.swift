/// Facts about this build of Docket that several parts need (the User-Agent, the manifest).
public enum DocketInfo {
    public static let version = "0.1.0"
    public static let projectURL = "https://github.com/docket-project/docket"
}
