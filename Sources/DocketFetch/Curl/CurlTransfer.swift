import CCurl
import Foundation

/// One HTTP GET on a libcurl easy handle, configured with Docket's safety rules: http and
/// https only (redirects included), verified TLS, bounded redirects, connect / total /
/// low-speed timeouts, and a body cap counted after decompression.
///
/// The handle can be run alone (`perform`) or added to a `curl_multi` by a fetcher. Not
/// thread-safe: it belongs to whoever drives it.
final class CurlTransfer {
    let url: String
    let limits: FetchLimits
    let handle: UnsafeMutableRawPointer
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)

    private(set) var body = Data()
    private(set) var exceededCap = false
    /// Status and headers of each response received (one per redirect hop).
    private(set) var responses: [(status: Int, headers: [String: String])] = []

    init(url: String, limits: FetchLimits, requestHeaders: [String: String] = [:]) throws {
        CurlGlobal.ensureInitialized()
        let scheme = url.split(separator: ":", maxSplits: 1).first?.lowercased()
        guard scheme == "http" || scheme == "https" else { throw FetchError.unsupportedURL(url) }
        guard let h = curl_easy_init() else { throw FetchError.transfer(url: url, detail: "cannot create a libcurl handle") }
        self.url = url
        self.limits = limits
        handle = h
        try configure(requestHeaders: requestHeaders)
    }

    deinit {
        curl_easy_cleanup(handle)
        if let headerList { curl_slist_free_all(headerList) }
    }

    private func configure(requestHeaders: [String: String]) throws {
        let me = Unmanaged.passUnretained(self).toOpaque()
        var failures: [CURLcode] = []
        func check(_ code: CURLcode) { if code != CURLE_OK { failures.append(code) } }

        check(docket_curl_easy_setopt_string(handle, CURLOPT_URL, url))
        check(docket_curl_easy_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https"))
        check(docket_curl_easy_setopt_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"))
        check(docket_curl_easy_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 1))
        check(docket_curl_easy_setopt_long(handle, CURLOPT_MAXREDIRS, limits.maxRedirects))
        check(docket_curl_easy_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1))
        check(docket_curl_easy_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2))
        check(docket_curl_easy_setopt_long(handle, CURLOPT_CONNECTTIMEOUT, limits.connectTimeout))
        check(docket_curl_easy_setopt_long(handle, CURLOPT_TIMEOUT, limits.totalTimeout))
        check(docket_curl_easy_setopt_long(handle, CURLOPT_LOW_SPEED_LIMIT, limits.lowSpeedBytes))
        check(docket_curl_easy_setopt_long(handle, CURLOPT_LOW_SPEED_TIME, limits.lowSpeedSeconds))
        check(docket_curl_easy_setopt_off_t(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limits.maxBodyBytes)))
        check(docket_curl_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1))
        // Every encoding this libcurl was built with (gzip, deflate, br, zstd here).
        check(docket_curl_easy_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, ""))
        check(docket_curl_easy_setopt_string(handle, CURLOPT_USERAGENT, limits.userAgent))
        check(docket_curl_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, &errorBuffer))
        check(docket_curl_easy_setopt_pointer(handle, CURLOPT_PRIVATE, me))

        var list: UnsafeMutablePointer<curl_slist>?
        for (name, value) in requestHeaders.sorted(by: { $0.key < $1.key }) {
            list = curl_slist_append(list, "\(name): \(value)")
        }
        list = curl_slist_append(list, "Accept: application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5")
        headerList = list
        check(docket_curl_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, list))

        check(docket_curl_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, me))
        check(docket_curl_easy_setopt_write_callback(handle, CURLOPT_WRITEFUNCTION) { data, size, count, user in
            guard let user, let data else { return 0 }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue()
            let n = size * count
            if transfer.body.count + n > transfer.limits.maxBodyBytes {
                transfer.exceededCap = true
                return 0  // aborts the transfer with CURLE_WRITE_ERROR
            }
            transfer.body.append(UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: n)
            return n
        })
        check(docket_curl_easy_setopt_pointer(handle, CURLOPT_HEADERDATA, me))
        check(docket_curl_easy_setopt_write_callback(handle, CURLOPT_HEADERFUNCTION) { data, size, count, user in
            guard let user, let data else { return 0 }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue()
            let n = size * count
            let line = String(decoding: UnsafeRawBufferPointer(start: data, count: n), as: UTF8.self)
            transfer.headerLine(line)
            return n
        })
        if let first = failures.first {
            throw FetchError.transfer(url: url, detail: "libcurl refused an option: " + String(cString: curl_easy_strerror(first)))
        }
    }

    private func headerLine(_ raw: String) {
        let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            let parts = line.split(separator: " ", maxSplits: 2)
            let status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            responses.append((status, [:]))
            return
        }
        guard !line.isEmpty, let colon = line.firstIndex(of: ":"), !responses.isEmpty else { return }
        let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        responses[responses.count - 1].headers[name] = value
    }

    /// Runs the transfer to completion on the calling thread.
    func perform() throws -> HTTPResponse {
        let code = curl_easy_perform(handle)
        return try result(code)
    }

    /// Interprets the outcome of the transfer.
    func result(_ code: CURLcode) throws -> HTTPResponse {
        if code != CURLE_OK { throw error(for: code) }
        var status = 0
        _ = docket_curl_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var effective: UnsafeMutablePointer<CChar>?
        _ = docket_curl_easy_getinfo_string(handle, CURLINFO_EFFECTIVE_URL, &effective)
        let finalURL = effective.map { String(cString: $0) } ?? url
        return HTTPResponse(
            status: status, headers: responses.last?.headers ?? [:], body: body, finalURL: finalURL,
            redirects: redirectChain())
    }

    /// The redirects followed, from the 3xx responses' Location headers.
    func redirectChain() -> [HTTPResponse.Redirect] {
        var chain: [HTTPResponse.Redirect] = []
        var current = url
        for response in responses.dropLast() where (300..<400).contains(response.status) {
            guard let location = response.headers["location"],
                let next = URL(string: location, relativeTo: URL(string: current))?.absoluteString
            else { continue }
            chain.append(.init(status: response.status, from: current, to: next))
            current = next
        }
        return chain
    }

    func error(for code: CURLcode) -> FetchError {
        let message = errorBuffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }
        let detail = message.isEmpty ? String(cString: curl_easy_strerror(code)) : String(decoding: message, as: UTF8.self)
        switch code {
        case CURLE_WRITE_ERROR where exceededCap, CURLE_FILESIZE_EXCEEDED:
            return .tooLarge(url: url, limit: limits.maxBodyBytes)
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_PROXY:
            return .cannotConnect(url: url, detail: detail)
        case CURLE_OPERATION_TIMEDOUT:
            return .timedOut(url: url, detail: detail)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE:
            return .tls(url: url, detail: detail)
        case CURLE_TOO_MANY_REDIRECTS:
            return .badRedirect(url: url, detail: "more than \(limits.maxRedirects) redirects")
        case CURLE_UNSUPPORTED_PROTOCOL where responses.count > 0:
            return .badRedirect(url: url, detail: "redirect to a scheme other than http or https")
        case CURLE_UNSUPPORTED_PROTOCOL:
            return .unsupportedURL(url)
        default:
            return .transfer(url: url, detail: detail)
        }
    }
}
