import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streaming conversion of a legacy encoding to UTF-8 through the C library's iconv.
///
/// Bytes that are invalid in the source encoding become U+FFFD; a sequence cut by a
/// chunk boundary is carried over to the next chunk.
final class IconvDecoder {
    private let handle: iconv_t
    private var carry: [UInt8] = []

    init?(from encoding: String) {
        let h = iconv_open("UTF-8", encoding)
        guard let h, h != iconv_t(bitPattern: -1) else { return nil }
        handle = h
    }

    deinit { iconv_close(handle) }

    static func isSupported(_ encoding: String) -> Bool {
        let h = iconv_open("UTF-8", encoding)
        guard let h, h != iconv_t(bitPattern: -1) else { return false }
        iconv_close(h)
        return true
    }

    /// Appends the UTF-8 form of `chunk` to `out`; `final` flushes a dangling partial sequence.
    func decode(_ chunk: UnsafeRawBufferPointer, into out: inout [UInt8], final: Bool) {
        var input = carry
        input.append(contentsOf: chunk)
        carry.removeAll(keepingCapacity: true)
        guard !input.isEmpty else { return }
        var outChunk = [UInt8](repeating: 0, count: input.count * 4 + 16)
        input.withUnsafeMutableBytes { inRaw in
            outChunk.withUnsafeMutableBytes { outRaw in
                var inPtr = inRaw.baseAddress!.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outPtr = outRaw.baseAddress!.assumingMemoryBound(to: CChar.self)
                var outLeft = outRaw.count
                while inLeft > 0 {
                    var ip: UnsafeMutablePointer<CChar>? = inPtr
                    var op: UnsafeMutablePointer<CChar>? = outPtr
                    let result = iconv(handle, &ip, &inLeft, &op, &outLeft)
                    let consumed = ip! - inPtr
                    inPtr = ip!
                    outPtr = op!
                    if result != -1 { break }
                    let code = errno
                    if code == EINVAL {  // incomplete sequence at the end
                        if final {
                            appendReplacement(&outPtr, &outLeft)
                            inLeft = 0
                        } else {
                            carry.append(contentsOf: UnsafeRawBufferPointer(start: inPtr, count: inLeft))
                            inLeft = 0
                        }
                    } else if code == EILSEQ {
                        appendReplacement(&outPtr, &outLeft)
                        inPtr += 1
                        inLeft -= 1
                    } else if code == E2BIG || consumed == 0 {
                        break  // cannot happen with 4x room; never loop forever
                    }
                }
                let produced = outRaw.count - outLeft
                out.append(contentsOf: UnsafeRawBufferPointer(start: outRaw.baseAddress, count: produced))
            }
        }
    }

    private func appendReplacement(_ outPtr: inout UnsafeMutablePointer<CChar>, _ outLeft: inout Int) {
        guard outLeft >= 3 else { return }
        outPtr[0] = CChar(bitPattern: 0xEF)
        outPtr[1] = CChar(bitPattern: 0xBF)
        outPtr[2] = CChar(bitPattern: 0xBD)
        outPtr += 3
        outLeft -= 3
    }
}
