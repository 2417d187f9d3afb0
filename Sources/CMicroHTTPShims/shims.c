#define _GNU_SOURCE
#include "CMicroHTTPShims.h"

#include <sys/epoll.h>
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
