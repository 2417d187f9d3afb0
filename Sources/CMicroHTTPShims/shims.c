#define _GNU_SOURCE
#include "CMicroHTTPShims.h"

#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <signal.h>
#include <pthread.h>
#include <string.h>
#include <sys/epoll.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/socket.h>

_Static_assert(CMH_EPOLLIN == EPOLLIN, "EPOLLIN");
_Static_assert(CMH_EPOLLOUT == EPOLLOUT, "EPOLLOUT");
_Static_assert(CMH_EPOLLERR == EPOLLERR, "EPOLLERR");
_Static_assert(CMH_EPOLLHUP == EPOLLHUP, "EPOLLHUP");
_Static_assert(CMH_EPOLLRDHUP == EPOLLRDHUP, "EPOLLRDHUP");
_Static_assert(CMH_EPOLL_CTL_ADD == EPOLL_CTL_ADD, "ADD");
_Static_assert(CMH_EPOLL_CTL_DEL == EPOLL_CTL_DEL, "DEL");
_Static_assert(CMH_EPOLL_CTL_MOD == EPOLL_CTL_MOD, "MOD");

int cmh_accept4(int fd, struct sockaddr *addr, socklen_t *len) {
    return accept4(fd, addr, len, SOCK_NONBLOCK | SOCK_CLOEXEC);
}

int cmh_epoll_create(void) { return epoll_create1(EPOLL_CLOEXEC); }

int cmh_epoll_ctl(int epfd, int op, int fd, uint32_t events) {
    struct epoll_event event;
    event.events = events;
    event.data.u64 = 0;
    event.data.fd = fd;
    return epoll_ctl(epfd, op, fd, &event);
}

int cmh_epoll_wait(int epfd, cmh_event *events, int max, int timeout) {
    struct epoll_event raw[1024];
    if (max > 1024) max = 1024;
    int n = epoll_wait(epfd, raw, max, timeout);
    for (int i = 0; i < n; i++) {
        events[i].events = raw[i].events;
        events[i].fd = raw[i].data.fd;
    }
    return n;
}

long long cmh_raise_nofile_limit(void) {
    struct rlimit limit;
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0) return -1;
    }
    return (long long)limit.rlim_cur;
}

static volatile sig_atomic_t cmh_signal_fd = -1;

static void cmh_signal_handler(int signo) {
    int saved = errno;
    unsigned char byte = (unsigned char)signo;
    int fd = cmh_signal_fd;
    if (fd >= 0) {
        ssize_t ignored = write(fd, &byte, 1);
        (void)ignored;
    }
    errno = saved;
}

int cmh_forward_signal(int signo, int fd) {
    cmh_signal_fd = fd;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cmh_signal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (sigaction(signo, &action, NULL) != 0) return -1;
    // A process started by one that blocks the signal (a test runner, some supervisors) inherits the
    // block, and a blocked signal stays pending for ever: unblock it in the calling thread, which
    // then receives it (the server's main thread, waiting in waitUntilStopped).
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signo);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

int cmh_pipe(int fds[2]) { return pipe2(fds, O_NONBLOCK | O_CLOEXEC); }

int cmh_tune_malloc(int mmap_threshold, int trim_threshold) {
    int mmap_ok = mallopt(M_MMAP_THRESHOLD, mmap_threshold);
    int trim_ok = mallopt(M_TRIM_THRESHOLD, trim_threshold);
    return mmap_ok == 1 && trim_ok == 1 ? 0 : -1;
}

int cmh_malloc_trim(void) {
    return malloc_trim(0);
}
