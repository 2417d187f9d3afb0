/// MicroHTTP's public API includes the protocol types it serves (`HTTPRequest`, `HTTPResponse`,
/// `HTTPStatus` …), which live in the socket-free HTTPProtocol target: importing MicroHTTP
/// brings them along, as NIOPosix users get NIOCore's types.
@_exported public import HTTPProtocol
