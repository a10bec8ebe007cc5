// The _select module: readiness waits on descriptors. select() (done with poll(2), so any fd
// number works), poll() over a list of (fd, events), and the epoll calls (create, ctl, wait).
// lib/select.py turns objects into fds and builds the select.epoll and select.poll objects on
// these. A wait interrupted by a signal runs the handlers and resumes with the time left (PEP 475).
// CPython counterpart: Modules/selectmodule.c.
#include <poll.h>
#include <sys/epoll.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <vector>

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/signals.h"

namespace pygen {

namespace {

Object* os_error(int e) {
    Ref<> code = Ref<>::steal(int_from_i64(e));
    Ref<> msg = Ref<>::steal(str_from(std::strerror(e)));
    if (!code || !msg) return nullptr;
    Object* args[2] = {code.get(), msg.get()};
    Ref<> exc = Ref<>::steal(call(OSError, args, 2));
    if (exc) err_set_instance(exc.get());
    return nullptr;
}

bool int_arg(Object* o, int* out) {
    int64_t v;
    if (!index_as_i64(o, &v, "int")) return false;
    *out = static_cast<int>(v);
    return true;
}

double monotonic_now() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9;
}

// A timeout in milliseconds (-1: forever) -> the deadline bookkeeping the retry loops need.
struct Deadline {
    int ms;          // as given; -1 blocks
    double end;      // monotonic time the wait ends (when ms >= 0)
    explicit Deadline(int timeout_ms) : ms(timeout_ms), end(monotonic_now() + timeout_ms / 1000.0) {}
    int left() const {
        if (ms < 0) return -1;
        double d = end - monotonic_now();
        return d <= 0 ? 0 : static_cast<int>(std::ceil(d * 1000));
    }
};

// Reads a list of ints (fds or (fd, events) pairs are built by select.py).
bool int_list(Object* seq, std::vector<int>* out) {
    Ref<> it = Ref<>::steal(object_iter(seq));
    if (!it) return false;
    while (Object* raw = iter_next(it.get())) {
        Ref<> item = Ref<>::steal(raw);
        int v;
        if (!int_arg(item.get(), &v)) return false;
        out->push_back(v);
    }
    return !err_occurred();
}

// poll(fds, events, timeout_ms) -> [(fd, revents)] for the fds with something to report.
Object* sel_poll(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("poll", nargs, kwnames, 3, 3)) return nullptr;
    std::vector<int> fds, events;
    int timeout_ms;
    if (!int_list(args[0], &fds) || !int_list(args[1], &events) || !int_arg(args[2], &timeout_ms)) return nullptr;
    std::vector<pollfd> p(fds.size());
    for (size_t i = 0; i < fds.size(); i++) p[i] = pollfd{fds[i], static_cast<short>(events[i]), 0};
    Deadline dl(timeout_ms);
    int r;
    while ((r = poll(p.data(), p.size(), dl.left())) < 0) {
        if (errno != EINTR) return os_error(errno);
        if (signals_check() < 0) return nullptr;
    }
    Ref<> out = Ref<>::steal(list_new(0));
    for (size_t i = 0; out && i < p.size(); i++) {
        if (!p[i].revents) continue;
        Ref<> fd = Ref<>::steal(int_from_i64(p[i].fd));
        Ref<> ev = Ref<>::steal(int_from_i64(static_cast<uint16_t>(p[i].revents)));
        Ref<> pair = Ref<>::steal(tuple_pack({fd.get(), ev.get()}));
        if (!pair || list_append(out.get(), pair.get()) < 0) return nullptr;
    }
    return out.release();
}

// select(rfds, wfds, xfds, timeout_ms) -> (ready rfds, ready wfds, ready xfds), each in the
// order given. Done with poll(2): POLLIN/POLLHUP/POLLERR count as readable, as select() would.
Object* sel_select(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("select", nargs, kwnames, 4, 4)) return nullptr;
    std::vector<int> sets[3];
    int timeout_ms;
    for (int k = 0; k < 3; k++)
        if (!int_list(args[k], &sets[k])) return nullptr;
    if (!int_arg(args[3], &timeout_ms)) return nullptr;
    const short wanted[3] = {POLLIN, POLLOUT, POLLPRI};
    std::vector<pollfd> p;
    for (int k = 0; k < 3; k++)
        for (int fd : sets[k]) p.push_back(pollfd{fd, wanted[k], 0});
    Deadline dl(timeout_ms);
    int r;
    while ((r = poll(p.data(), p.size(), dl.left())) < 0) {
        if (errno != EINTR) return os_error(errno);
        if (signals_check() < 0) return nullptr;
    }
    for (const pollfd& q : p)
        if (q.revents & POLLNVAL) return os_error(EBADF);
    const short ready[3] = {POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR | POLLHUP, POLLPRI};
    Ref<> lists[3];
    size_t at = 0;
    for (int k = 0; k < 3; k++) {
        lists[k] = Ref<>::steal(list_new(0));
        if (!lists[k]) return nullptr;
        for (int fd : sets[k]) {
            const pollfd& q = p[at++];
            if (!(q.revents & ready[k])) continue;
            Ref<> n = Ref<>::steal(int_from_i64(fd));
            if (!n || list_append(lists[k].get(), n.get()) < 0) return nullptr;
        }
    }
    return tuple_pack({lists[0].get(), lists[1].get(), lists[2].get()});
}

Object* sel_epoll_create(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("epoll_create", nargs, kwnames, 0, 0)) return nullptr;
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0) return os_error(errno);
    return int_from_i64(fd);
}

// epoll_ctl(epfd, op, fd, events).
Object* sel_epoll_ctl(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("epoll_ctl", nargs, kwnames, 4, 4)) return nullptr;
    int epfd, op, fd;
    int64_t events;
    if (!int_arg(args[0], &epfd) || !int_arg(args[1], &op) || !int_arg(args[2], &fd) || !index_as_i64(args[3], &events))
        return nullptr;
    epoll_event ev{};
    ev.events = static_cast<uint32_t>(events);
    ev.data.fd = fd;
    if (epoll_ctl(epfd, op, fd, &ev) < 0) return os_error(errno);
    return none_new();
}

// epoll_wait(epfd, timeout_ms, maxevents) -> [(fd, events)].
Object* sel_epoll_wait(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("epoll_wait", nargs, kwnames, 3, 3)) return nullptr;
    int epfd, timeout_ms, maxevents;
    if (!int_arg(args[0], &epfd) || !int_arg(args[1], &timeout_ms) || !int_arg(args[2], &maxevents)) return nullptr;
    if (maxevents <= 0) return err_format(ValueError, "maxevents must be greater than 0, got %d", maxevents);
    std::vector<epoll_event> evs(static_cast<size_t>(maxevents));
    Deadline dl(timeout_ms);
    int n;
    // Unlike poll and select, a wait interrupted by a signal whose handler ran returns no events
    // instead of resuming: an event loop then runs at once what the handler scheduled (asyncio's
    // SIGINT handler cancelling the main task) rather than sleeping on.
    while ((n = epoll_wait(epfd, evs.data(), maxevents, dl.left())) < 0) {
        if (errno != EINTR) return os_error(errno);
        if (signals_check() < 0) return nullptr;
        n = 0;
        break;
    }
    Ref<> out = Ref<>::steal(list_new(0));
    for (int i = 0; out && i < n; i++) {
        Ref<> fd = Ref<>::steal(int_from_i64(evs[static_cast<size_t>(i)].data.fd));
        Ref<> ev = Ref<>::steal(int_from_i64(evs[static_cast<size_t>(i)].events));
        Ref<> pair = Ref<>::steal(tuple_pack({fd.get(), ev.get()}));
        if (!pair || list_append(out.get(), pair.get()) < 0) return nullptr;
    }
    return out.release();
}

const MethodDef kSelectFunctions[] = {
    {"select", sel_select, kMethSystem},
    {"poll", sel_poll, kMethSystem},
    {"epoll_create", sel_epoll_create, kMethSystem},
    {"epoll_ctl", sel_epoll_ctl, kMethSystem},
    {"epoll_wait", sel_epoll_wait, kMethSystem},
    {nullptr, nullptr},
};

struct IntConstant {
    const char* name;
    int64_t value;
};

const IntConstant kConstants[] = {
    {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT}, {"POLLERR", POLLERR},
    {"POLLHUP", POLLHUP}, {"POLLNVAL", POLLNVAL}, {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND},
    {"POLLWRNORM", POLLWRNORM}, {"POLLWRBAND", POLLWRBAND}, {"POLLMSG", POLLMSG}, {"POLLRDHUP", POLLRDHUP},
    {"EPOLLIN", EPOLLIN}, {"EPOLLOUT", EPOLLOUT}, {"EPOLLPRI", EPOLLPRI}, {"EPOLLERR", EPOLLERR},
    {"EPOLLHUP", EPOLLHUP}, {"EPOLLET", static_cast<int64_t>(static_cast<uint32_t>(EPOLLET))},
    {"EPOLLONESHOT", EPOLLONESHOT}, {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE}, {"EPOLLRDHUP", EPOLLRDHUP},
    {"EPOLLRDNORM", EPOLLRDNORM}, {"EPOLLRDBAND", EPOLLRDBAND}, {"EPOLLWRNORM", EPOLLWRNORM},
    {"EPOLLWRBAND", EPOLLWRBAND}, {"EPOLLMSG", EPOLLMSG}, {"EPOLL_CLOEXEC", EPOLL_CLOEXEC},
    {"EPOLL_CTL_ADD", EPOLL_CTL_ADD}, {"EPOLL_CTL_MOD", EPOLL_CTL_MOD}, {"EPOLL_CTL_DEL", EPOLL_CTL_DEL},
    {nullptr, 0},
};

}  // namespace

Object* make_select_module() {
    Ref<> m = Ref<>::steal(module_new("_select"));
    if (!m || module_add_functions(m.get(), kSelectFunctions) < 0) return nullptr;
    for (const IntConstant* c = kConstants; c->name; ++c)
        if (module_add_int(m.get(), c->name, c->value) < 0) return nullptr;
    return m.release();
}

}  // namespace pygen
