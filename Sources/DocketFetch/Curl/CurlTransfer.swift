import CCurl
import Foundation

/// One HTTP GET on a libcurl easy handle, configured with Docket's safety rules: http and
/// https only (redirects included), verified TLS, bounded redirects, connect / total /
/// low-speed timeouts, and a body cap counted after decompression.
///
/// The handle can be run alone (`perform`) or added to a `curl_multi` by `FetchDriver`.
/// Not thread-safe: it belongs to whoever drives it. `deinit` frees the easy handle, the
/// header list and the error buffer, so a transfer must be removed from any multi handle
/// before its last reference goes.
final class CurlTransfer {
    let url: String
    let limits: FetchLimits
    let handle: UnsafeMutableRawPointer
    private var headerList: UnsafeMutablePointer<curl_slist>?
    /// libcurl writes its message here; it must stay at one address for the handle's life.
    private let errorBuffer: UnsafeMutablePointer<CChar>

    private(set) var body = Data()
    private(set) var exceededCap = false
    /// Status and headers of each final (non-1xx) response received, one per redirect hop.
    private(set) var responses: [(status: Int, headers: [String: String])] = []
    /// True while the header lines of a 1xx response are arriving (they are not kept).
    private var inInformational = false

    init(url: String, limits: FetchLimits, userAgent: String, requestHeaders: [String: String] = [:]) throws {
        let scheme = url.split(separator: ":", maxSplits: 1).first?.lowercased()
        guard scheme == "http" || scheme == "https" else { throw FetchError.unsupportedURL(url) }
        if let problem = CurlGlobal.unavailable { throw FetchError.transfer(url: url, detail: problem) }
        guard let h = docket_curl_easy_init() else {
            throw FetchError.transfer(url: url, detail: "cannot create a libcurl handle (out of memory?)")
        }
        self.url = url
        self.limits = limits
        handle = h
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        try configure(userAgent: userAgent, requestHeaders: requestHeaders)
    }

    deinit {
        docket_curl_easy_cleanup(handle)
        if let headerList { docket_curl_slist_free_all(headerList) }
        errorBuffer.deallocate()
    }

    /// A header value that cannot smuggle another header line (CR, LF, NUL and other
    /// control characters removed). Values come from a knowledge base a person may edit.
    static func headerSafe(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.filter { $0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7F) }))
    }

    private func configure(userAgent: String, requestHeaders: [String: String]) throws {
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
        // Refuses up front a body whose Content-Length is over the cap; the write callback
        // below enforces the cap on the decoded bytes as they stream.
        check(docket_curl_easy_setopt_off_t(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limits.maxBodyBytes)))
        check(docket_curl_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1))
        // Every encoding this libcurl was built with (gzip, deflate, br, zstd here).
        check(docket_curl_easy_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, ""))
        check(docket_curl_easy_setopt_string(handle, CURLOPT_USERAGENT, Self.headerSafe(userAgent)))
        check(docket_curl_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, UnsafeMutableRawPointer(errorBuffer)))
        check(docket_curl_easy_setopt_pointer(handle, CURLOPT_PRIVATE, me))

        var list: UnsafeMutablePointer<curl_slist>?
        for (name, value) in requestHeaders.sorted(by: { $0.key < $1.key }) {
            let name = Self.headerSafe(name).filter { $0 != ":" && $0 != " " }
            let value = Self.headerSafe(value)
            guard !name.isEmpty, !value.isEmpty else { continue }
            list = docket_curl_slist_append(list, "\(name): \(value)")
        }
        list = docket_curl_slist_append(
            list,
            "Accept: application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
        )
        headerList = list
        check(docket_curl_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, list))

        check(docket_curl_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, me))
        check(
            docket_curl_easy_setopt_write_callback(handle, CURLOPT_WRITEFUNCTION) { data, size, count, user in
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
        check(
            docket_curl_easy_setopt_write_callback(handle, CURLOPT_HEADERFUNCTION) { data, size, count, user in
                guard let user, let data else { return 0 }
                let transfer = Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue()
                let n = size * count
                transfer.headerLine(UnsafeRawBufferPointer(start: data, count: n))
                return n
            })
        if let first = failures.first {
            throw FetchError.transfer(
                url: url, detail: "libcurl refused an option: " + String(cString: docket_curl_easy_strerror(first)))
        }
    }

    /// One header line as libcurl delivers it (status lines included), parsed on the bytes:
    /// it runs for every header of every response.
    private func headerLine(_ raw: UnsafeRawBufferPointer) {
        @inline(__always) func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A }
        var start = 0
        var end = raw.count
        while start < end, isSpace(raw[start]) { start += 1 }
        while end > start, isSpace(raw[end - 1]) { end -= 1 }
        guard start < end else { return }
        let line = UnsafeRawBufferPointer(rebasing: raw[start..<end])
        if line.starts(with: "HTTP/".utf8) {
            // "HTTP/1.1 301 Moved Permanently": the status is the second field.
            var i = 0
            while i < line.count, line[i] != 0x20 { i += 1 }
            while i < line.count, line[i] == 0x20 { i += 1 }
            var status = 0
            while i < line.count, line[i] >= 0x30, line[i] <= 0x39, status < 1000 {
                status = status * 10 + Int(line[i] - 0x30)
                i += 1
            }
            // 1xx (100 Continue, 103 Early Hints) precede the real response: not a hop.
            inInformational = (100..<200).contains(status)
            if !inInformational { responses.append((status, [:])) }
            return
        }
        guard !inInformational, !responses.isEmpty, let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
        var nameEnd = colon
        while nameEnd > 0, isSpace(line[nameEnd - 1]) { nameEnd -= 1 }
        var valueStart = colon + 1
        while valueStart < line.count, isSpace(line[valueStart]) { valueStart += 1 }
        let name = String(decoding: line[..<nameEnd], as: UTF8.self).lowercased()
        let value = String(decoding: line[valueStart...], as: UTF8.self)
        responses[responses.count - 1].headers[name] = value
    }

    /// Runs the transfer to completion on the calling thread.
    func perform() throws -> HTTPResponse {
        let code = docket_curl_easy_perform(handle)
        return try response(code)
    }

    /// HTTP status of the last response received, if any arrived.
    var lastStatus: Int? { responses.last.map(\.status) }

    /// Interprets a finished transfer: a libcurl failure throws, any HTTP status is returned.
    func response(_ code: CURLcode) throws -> HTTPResponse {
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

    /// Interprets a finished transfer the way the feed fetcher reports it.
    func result(_ code: CURLcode, now: Date = Date()) -> FetchResult {
        let response: HTTPResponse
        do {
            response = try self.response(code)
        } catch let error as FetchError {
            return .failed(error, status: lastStatus, retryAfter: nil)
        } catch {
            return .failed(.transfer(url: url, detail: "\(error)"), status: lastStatus, retryAfter: nil)
        }
        switch response.status {
        case 304:
            return .notModified
        case 200..<300:
            return .fetched(response)
        case 0:
            return .failed(.transfer(url: url, detail: "the server sent no HTTP status"), status: nil, retryAfter: nil)
        default:
            var retryAfter: Int?
            if response.status == 429 || response.status == 503, let value = response[header: "retry-after"] {
                retryAfter = RetryAfter.seconds(from: value, now: now)
            }
            return .failed(.http(url: url, status: response.status), status: response.status, retryAfter: retryAfter)
        }
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
        let message = UnsafeBufferPointer(start: errorBuffer, count: Int(CURL_ERROR_SIZE))
            .prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }
        var detail = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if detail.isEmpty { detail = String(cString: docket_curl_easy_strerror(code)) }
        switch code {
        case CURLE_WRITE_ERROR where exceededCap, CURLE_FILESIZE_EXCEEDED:
            return .tooLarge(url: url, limit: limits.maxBodyBytes)
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_PROXY:
            return .cannotConnect(url: url, detail: detail)
        case CURLE_OPERATION_TIMEDOUT:
            return .timedOut(url: url, detail: detail)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_INVALIDCERTSTATUS,
            CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_CRL_BADFILE:
            return .tls(url: url, detail: detail)
        case CURLE_TOO_MANY_REDIRECTS:
            return .badRedirect(url: url, detail: "more than \(limits.maxRedirects) redirects")
        case CURLE_UNSUPPORTED_PROTOCOL where !responses.isEmpty:
            let target = responses.last?.headers["location"].map { " to \($0)" } ?? ""
            return .badRedirect(url: url, detail: "redirect\(target) uses a scheme other than http or https")
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT:
            return .unsupportedURL(url)
        case CURLE_PARTIAL_FILE, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_GOT_NOTHING:
            return .transfer(url: url, detail: "connection lost before the whole response arrived: \(detail)")
        case CURLE_BAD_CONTENT_ENCODING:
            return .transfer(url: url, detail: "the compressed body is corrupt: \(detail)")
        default:
            return .transfer(url: url, detail: detail)
        }
    }
}
