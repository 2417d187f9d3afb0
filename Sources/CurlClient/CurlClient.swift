/// A small libcurl client for the integration tests. (Being written.)
public enum CurlClient {}
