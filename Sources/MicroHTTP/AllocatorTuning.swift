import CMicroHTTPShims

/// Makes glibc's allocator give large buffers back to the system when they are freed.
///
/// A request body of up to the body limit and its answer are single allocations. By default glibc
/// serves allocations of 128 KiB and more with `mmap`, but raises that threshold each time such a
/// block is freed, up to 32 MiB: after one round of large requests, later ones come from the heap,
/// and a heap that thousands of connections filled is not returned when they close (RSS stayed at
/// hundreds of megabytes after a load ended). A fixed threshold keeps every large buffer in its own
/// mapping, unmapped on free; a lower trim threshold returns the heap's free top sooner.
public enum AllocatorTuning {
    /// Applies the settings, process-wide; call once before serving. Returns whether glibc took them.
    @discardableResult
    public static func returnLargeBuffersToTheSystem() -> Bool {
        cmh_tune_malloc(128 << 10, 1 << 20) == 0
    }
}
