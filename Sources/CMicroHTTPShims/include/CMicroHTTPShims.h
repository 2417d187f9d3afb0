#ifndef C_MICRO_HTTP_SHIMS_H
#define C_MICRO_HTTP_SHIMS_H

#include <stdint.h>
#include <sys/socket.h>

/// One readiness event, flattened: `struct epoll_event` is packed on x86_64 and awkward in Swift.
typedef struct cmh_event {
    uint32_t events;
    int32_t fd;
} cmh_event;

/// The epoll flags MicroHTTP uses (Swift cannot see the EPOLL* macros).
enum {
    CMH_EPOLLIN = 0x001,
    CMH_EPOLLOUT = 0x004,
    CMH_EPOLLERR = 0x008,
    CMH_EPOLLHUP = 0x010,
    CMH_EPOLLRDHUP = 0x2000,
};

/// `EPOLL_CTL_ADD`, `EPOLL_CTL_DEL`, `EPOLL_CTL_MOD`.
enum {
    CMH_EPOLL_CTL_ADD = 1,
    CMH_EPOLL_CTL_DEL = 2,
    CMH_EPOLL_CTL_MOD = 3,
};

/// `mallopt(M_MMAP_THRESHOLD, mmap_threshold)` and `mallopt(M_TRIM_THRESHOLD, trim_threshold)`
/// (Swift cannot see <malloc.h>); returns 0 when both were accepted.
int cmh_tune_malloc(int mmap_threshold, int trim_threshold);

/// `malloc_trim(0)`: returns the free pages of every malloc arena to the system (Swift cannot see
/// <malloc.h>). Returns 1 when memory was released.
int cmh_malloc_trim(void);

/// `accept4(fd, addr, len, SOCK_NONBLOCK | SOCK_CLOEXEC)`.
int cmh_accept4(int fd, struct sockaddr *addr, socklen_t *len);

/// `epoll_create1(EPOLL_CLOEXEC)`.
int cmh_epoll_create(void);

/// `epoll_ctl` with `data.fd = fd`.
int cmh_epoll_ctl(int epfd, int op, int fd, uint32_t events);

/// `epoll_wait` into flattened events; at most 1024 per call.
int cmh_epoll_wait(int epfd, cmh_event *events, int max, int timeout);

/// Raises the soft RLIMIT_NOFILE to the hard limit; returns the new soft limit or -1.
long long cmh_raise_nofile_limit(void);

/// Installs a handler for `signo` that writes the signal number as one byte to `fd` (async-signal-safe),
/// and unblocks `signo` in the calling thread. Process-wide: one `fd` (SignalWatcher's pipe) receives
/// every forwarded signal. Returns 0 or -1.
int cmh_forward_signal(int signo, int fd);

/// `pipe2(fds, O_NONBLOCK | O_CLOEXEC)`.
int cmh_pipe(int fds[2]);

#endif
