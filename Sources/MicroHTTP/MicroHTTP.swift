/// MicroHTTP: an HTTP/1.1 server on POSIX sockets and Dispatch. (Being written.)
public enum MicroHTTP {}
