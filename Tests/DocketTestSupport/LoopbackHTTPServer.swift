import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// An HTTP/1.1 server on 127.0.0.1 (an ephemeral port) that a test starts and stops itself,
/// answering with scripted responses and misbehaving on request, so that real clients
/// (libcurl) can be tested against slow, broken and hostile servers without a network.
///
/// ```swift
/// let server = LoopbackHTTPServer()
/// server.route("/feed") { request in
///     request.header("if-none-match") == "\"v1\"" ? .init(status: 304) : .init(body: xml, headers: [("ETag", "\"v1\"")])
/// }
/// let port = try await server.start()
/// defer { server.stop() }
/// ```
///
/// Every request is logged (`requests`), and the server tracks how many requests were
/// open at once, per `Host` name and overall (`maxOpenRequests`).
public final class LoopbackHTTPServer: Sendable {
    /// What a route closure sees of a request.
    public struct Request: Sendable {
        public let method: String
        /// The request target as sent: path and query.
        public let uri: String
        /// Header names as sent, in order.
        public let headers: [(name: String, value: String)]

        /// The path without the query.
        public var path: String { String(uri.prefix(while: { $0 != "?" })) }

        /// The first value of a header, matched case-insensitively.
        public func header(_ name: String) -> String? {
            headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }

        /// The `Host` header without its port ("127.0.0.1", "localhost").
        public var host: String {
            guard let value = header("host") else { return "" }
            if value.hasPrefix("["), let end = value.firstIndex(of: "]") { return String(value[...end]) }
            return String(value.prefix(while: { $0 != ":" }))
        }
    }

    /// A scripted answer, with optional misbehaviour.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [(name: String, value: String)]
        public var body: [UInt8]
        /// Wait this long after the request before sending anything ("slow headers").
        public var headDelay: Duration = .zero
        /// Send the body in pieces of this many bytes …
        public var chunkSize: Int?
        /// … waiting this long before each piece after the first ("trickling body").
        public var chunkDelay: Duration = .zero
        /// Close the connection after this many bytes of the body, whatever the framing
        /// promised ("reset mid-body").
        public var closeAfterBodyBytes: Int?
        /// Frame the body with `Content-Length` (true, the default) or chunked encoding
        /// (false: the client cannot know the size in advance).
        public var contentLength: Bool = true

        public init(status: Int = 200, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        public init(status: Int = 200, headers: [(name: String, value: String)] = [], body: Data) {
            self.init(status: status, headers: headers, body: [UInt8](body))
        }

        public init(status: Int = 200, headers: [(name: String, value: String)] = [], body: String) {
            self.init(status: status, headers: headers, body: Array(body.utf8))
        }

        /// A redirect to `location`.
        public static func redirect(_ status: Int, to location: String) -> Response {
            Response(status: status, headers: [("Location", location)], body: "moved")
        }
    }

    public typealias Handler = @Sendable (Request) -> Response

    private struct Running: @unchecked Sendable {  // NIO's group and channel are thread-safe
        let group: MultiThreadedEventLoopGroup
        let channel: any Channel
    }

    private struct Stats {
        var requests: [Request] = []
        var open: [String: Int] = [:]
        var maxOpen: [String: Int] = [:]
        var openTotal = 0
        var maxOpenTotal = 0
        var connections = 0
    }

    private let routes = Mutex<[String: Handler]>([:])
    private let stats = Mutex(Stats())
    private let running = Mutex<Running?>(nil)

    public init() {}

    /// Answers requests for `path` (query ignored) with `handler`; other paths get 404.
    public func route(_ path: String, _ handler: @escaping Handler) {
        routes.withLock { $0[path] = handler }
    }

    /// Binds 127.0.0.1 on a free port and returns the port.
    public func start() async throws -> Int {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(ConnectionHandler(server: self))
                }
            }
        do {
            let channel = try await bootstrap.bind(host: "127.0.0.1", port: 0).get()
            running.withLock { $0 = Running(group: group, channel: channel) }
            guard let port = channel.localAddress?.port else { throw ServerError.noPort }
            return port
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    /// Closes the listening socket and every connection, and shuts the event loop down.
    public func stop() async {
        guard let server = running.withLock({ value -> Running? in defer { value = nil }; return value }) else { return }
        try? await server.channel.close()
        try? await server.group.shutdownGracefully()
    }

    enum ServerError: Error { case noPort }

    // MARK: What the server saw

    /// Every request received, in order of arrival.
    public var requests: [Request] { stats.withLock { $0.requests } }

    /// The most requests that were open at the same time for one `Host` name (from the
    /// request head to the end of its response or its connection).
    public func maxOpenRequests(host: String) -> Int { stats.withLock { $0.maxOpen[host, default: 0] } }

    /// The most requests open at the same time, all hosts together.
    public var maxOpenRequests: Int { stats.withLock { $0.maxOpenTotal } }

    /// Requests whose response has not ended and whose connection is still open.
    public var openRequests: Int { stats.withLock { $0.openTotal } }

    /// Connections currently open.
    public var openConnections: Int { stats.withLock { $0.connections } }

    // MARK: Called by the connection handlers

    fileprivate func handler(for request: Request) -> Handler? {
        routes.withLock { $0[request.path] }
    }

    fileprivate func requestStarted(_ request: Request) {
        stats.withLock { s in
            s.requests.append(request)
            s.open[request.host, default: 0] += 1
            s.maxOpen[request.host] = max(s.maxOpen[request.host, default: 0], s.open[request.host, default: 0])
            s.openTotal += 1
            s.maxOpenTotal = max(s.maxOpenTotal, s.openTotal)
        }
    }

    fileprivate func requestEnded(host: String) {
        stats.withLock { s in
            s.open[host, default: 1] -= 1
            s.openTotal -= 1
        }
    }

    fileprivate func connectionChanged(by delta: Int) {
        stats.withLock { $0.connections += delta }
    }
}

/// One connection's HTTP exchange; runs on the connection's event loop only.
private final class ConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let server: LoopbackHTTPServer
    private var request: LoopbackHTTPServer.Request?
    private var keepAlive = true
    /// The host of the request counted as open, until its response ends or the connection closes.
    private var openHost: String?

    init(server: LoopbackHTTPServer) {
        self.server = server
    }

    func channelActive(context: ChannelHandlerContext) {
        server.connectionChanged(by: 1)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        endRequest()
        server.connectionChanged(by: -1)
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            let request = LoopbackHTTPServer.Request(
                method: head.method.rawValue, uri: head.uri, headers: head.headers.map { ($0.name, $0.value) })
            self.request = request
            keepAlive = head.isKeepAlive
            server.requestStarted(request)
            openHost = request.host
        case .body:
            break
        case .end:
            guard let request else { return }
            self.request = nil
            let response =
                server.handler(for: request)?(request)
                ?? LoopbackHTTPServer.Response(status: 404, body: "no route for \(request.path)\n")
            let loop = context.eventLoop.assumeIsolated()
            if response.headDelay > .zero {
                loop.scheduleTask(in: Self.amount(response.headDelay)) { self.respond(context: context, response) }
            } else {
                respond(context: context, response)
            }
        }
    }

    private func endRequest() {
        if let host = openHost {
            server.requestEnded(host: host)
            openHost = nil
        }
    }

    private func respond(context: ChannelHandlerContext, _ response: LoopbackHTTPServer.Response) {
        guard context.channel.isActive else { return }
        var headers = HTTPHeaders(response.headers.map { ($0.name, $0.value) })
        let bodiless = (100..<200).contains(response.status) || response.status == 204 || response.status == 304
        if response.contentLength, !bodiless, !headers.contains(name: "content-length") {
            headers.add(name: "Content-Length", value: String(response.body.count))
        }
        if !keepAlive { headers.replaceOrAdd(name: "Connection", value: "close") }
        let head = HTTPResponseHead(
            version: .http1_1, status: HTTPResponseStatus(statusCode: response.status), headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.flush()
        writeBody(context: context, response, from: 0)
    }

    private func writeBody(context: ChannelHandlerContext, _ response: LoopbackHTTPServer.Response, from offset: Int) {
        guard context.channel.isActive else { return }
        let end = min(response.body.count, response.closeAfterBodyBytes ?? Int.max)
        if offset >= end {
            if end < response.body.count {
                context.close(promise: nil)  // the client sees the connection go mid-body
                return
            }
            endRequest()  // before the end is sent, so the client cannot start another first
            let keepAlive = self.keepAlive
            context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
                if !keepAlive { context.close(promise: nil) }
            }
            return
        }
        let size = min(max(1, response.chunkSize ?? end), end - offset)
        let piece = ByteBuffer(bytes: response.body[offset..<(offset + size)])
        if offset + size >= end && end < response.body.count {
            // The last piece before the cut: close once it has left.
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(piece)))).assumeIsolated().whenComplete { _ in
                context.close(promise: nil)
            }
            return
        }
        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(piece))), promise: nil)
        if response.chunkDelay > .zero && offset + size < end {
            context.eventLoop.assumeIsolated().scheduleTask(in: Self.amount(response.chunkDelay)) {
                self.writeBody(context: context, response, from: offset + size)
            }
        } else {
            writeBody(context: context, response, from: offset + size)
        }
    }

    private static func amount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
