/* The few Linux calls pygen uses that emscripten's C library declares but does not provide.
   WebAssembly build only; each behaves as on a kernel without the feature, so the Python code
   above it sees an ordinary OSError rather than a link failure. */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/random.h>
#include <sys/sysinfo.h>
#include <unistd.h>

/* os.urandom and random's seeding: the browser's crypto.getRandomValues via getentropy. */
ssize_t getrandom(void* buf, size_t len, unsigned flags) {
    (void)flags;
    unsigned char* p = buf;
    size_t done = 0;
    while (done < len) {
        size_t chunk = len - done > 256 ? 256 : len - done;   /* getentropy's limit */
        if (getentropy(p + done, chunk) != 0) return done ? (ssize_t)done : -1;
        done += chunk;
    }
    return (ssize_t)done;
}

/* pygen refuses allocations beyond RAM plus swap (alloc_limit.cpp): here, wasm32's 4 GiB. */
int sysinfo(struct sysinfo* info) {
    memset(info, 0, sizeof *info);
    info->totalram = 0xffffffffu;
    info->mem_unit = 1;
    return 0;
}

/* No epoll in a browser: select.epoll() raises OSError(ENOSYS); asyncio is not usable there. */
int epoll_create1(int flags) { (void)flags; errno = ENOSYS; return -1; }
int epoll_ctl(int epfd, int op, int fd, struct epoll_event* ev) {
    (void)epfd; (void)op; (void)fd; (void)ev; errno = ENOSYS; return -1;
}
int epoll_wait(int epfd, struct epoll_event* events, int max, int timeout) {
    (void)epfd; (void)events; (void)max; (void)timeout; errno = ENOSYS; return -1;
}

/* One thread and no signals to deliver. */
int pthread_kill(pthread_t thread, int sig) { (void)thread; (void)sig; return ENOSYS; }
