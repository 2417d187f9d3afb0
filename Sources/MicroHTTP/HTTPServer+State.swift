extension HTTPServer {
    /// The server's one lifecycle state.
    public enum State: Hashable, Sendable {
        /// Created; `start()` not yet called (or not yet finished).
        case starting
        /// Accepting and serving.
        case running
        /// Shutting down: no longer accepting, finishing in-flight requests.
        case draining
        /// Every connection and the listener are closed.
        case stopped
    }
}
