import CCurl

/// libcurl for this process: opened (see `CCurl.h`) and given its process-wide
/// initialisation once, by the first transfer, so that commands which never fetch do not
/// pay for loading it.
enum CurlGlobal {
    /// Why libcurl cannot be used in this process (not installed, too old), or nil when it is
    /// loaded and initialised.
    static var unavailable: String? { loadFailure }

    private static let loadFailure: String? = {
        var message: UnsafePointer<CChar>?
        guard docket_curl_load(&message) == 0 else {
            return message.map { String(cString: $0) } ?? "cannot load libcurl"
        }
        let code = docket_curl_global_init(Int(CURL_GLOBAL_ALL))
        guard code == CURLE_OK else {
            return "libcurl failed to initialise: " + String(cString: docket_curl_easy_strerror(code))
        }
        return nil
    }()
}
