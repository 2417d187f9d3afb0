import CCurl
import Foundation

/// A small HTTP client over one libcurl easy handle. Reusing a session reuses its connection
/// (keep-alive), which ``CurlResponse/newConnections`` makes visible. Used only by tests.
public final class CurlSession {
    private let handle: UnsafeMutableRawPointer
    private let baseURL: String

    private static let globalInit: Void = { curl_global_init(Int(CURL_GLOBAL_ALL)) }()

    /// A session for a base URL such as `http://127.0.0.1:8080`.
    public init(baseURL: String) {
        _ = Self.globalInit
        guard let handle = curl_easy_init() else { fatalError("curl_easy_init failed") }
        self.handle = handle
        self.baseURL = baseURL
    }

    deinit {
        curl_easy_cleanup(handle)
    }

    /// Sends one request and waits for the whole response.
    ///
    /// - Parameters:
    ///   - method: `GET`, `HEAD`, `POST`, or any other token.
    ///   - path: the request target, e.g. `/identify?q=22122857` (sent as given).
    ///   - headers: extra header lines, e.g. `Content-Type: application/json`.
    ///   - body: the body, sent with `Content-Length`.
    ///   - upload: alternatively, a body delivered in chunks with a pause before each later chunk;
    ///     without `Content-Length` unless `uploadLength` is given (libcurl then sends it chunked).
    public func request(
        _ method: String = "GET", _ path: String, headers: [String] = [], body: [UInt8]? = nil,
        upload: Upload? = nil, timeout: Double = 10
    ) throws(CurlError) -> CurlResponse {
        curl_easy_reset(handle)
        let sink = ResponseSink()
        let sinkPointer = Unmanaged.passRetained(sink)
        defer { sinkPointer.release() }
        var headerList: UnsafeMutablePointer<curl_slist>?
        for line in headers { headerList = curl_slist_append(headerList, line) }
        defer { curl_slist_free_all(headerList) }

        ccurl_setopt_string(handle, CURLOPT_URL, baseURL + path)
        ccurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, Int(timeout * 1000))
        ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        ccurl_setopt_long(handle, CURLOPT_TCP_NODELAY, 1)
        ccurl_setopt_write_function(handle, CURLOPT_WRITEFUNCTION, ResponseSink.writeBody)
        ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, sinkPointer.toOpaque())
        ccurl_setopt_write_function(handle, CURLOPT_HEADERFUNCTION, ResponseSink.writeHeader)
        ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, sinkPointer.toOpaque())
        ccurl_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList)
        switch method {
        case "GET": break
        case "HEAD": ccurl_setopt_long(handle, CURLOPT_NOBODY, 1)
        default: ccurl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, method)
        }

        let uploadPointer = upload.map { Unmanaged.passRetained($0) }
        defer { uploadPointer?.release() }
        let bytes = body ?? []
        let code: CURLcode = bytes.withUnsafeBufferPointer { buffer in
            if let uploadPointer, let upload {
                ccurl_setopt_long(handle, CURLOPT_POST, 1)
                ccurl_setopt_read_function(handle, CURLOPT_READFUNCTION, Upload.read)
                ccurl_setopt_pointer(handle, CURLOPT_READDATA, uploadPointer.toOpaque())
                if let length = upload.declaredLength {
                    ccurl_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(length))
                }
            } else if body != nil {
                ccurl_setopt_long(handle, CURLOPT_POST, 1)
                ccurl_setopt_pointer(handle, CURLOPT_POSTFIELDS, UnsafeMutableRawPointer(mutating: buffer.baseAddress))
                ccurl_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(buffer.count))
                if method != "POST" { ccurl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, method) }
            }
            return curl_easy_perform(handle)
        }
        guard code == CURLE_OK else {
            throw CurlError(code: Int(code.rawValue), message: String(cString: curl_easy_strerror(code)))
        }
        var status = 0
        ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var connects = 0
        ccurl_getinfo_long(handle, CURLINFO_NUM_CONNECTS, &connects)
        return CurlResponse(
            status: status, statusLines: sink.statusLines, headers: sink.headers, body: sink.body,
            newConnections: connects)
    }
}
