// The _socket module: system calls on socket descriptors (socket, bind, connect, accept, send,
// recv, options, names) and the resolver (getaddrinfo, gethostname, inet_*). Each function takes
// the fd, and the I/O calls a timeout (None: block, 0: never wait, > 0: wait that long), so
// lib/socket.py can build the socket class, makefile and the enums in Python.
// Errors: OSError(errno, strerror), which picks the subclass (ConnectionRefusedError, ...);
// timeouts raise TimeoutError('timed out'); resolver errors raise socket.gaierror.
// CPython counterpart: Modules/socketmodule.c.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>

#include "modules/builtins_args.h"
#include "vm/runtime.h"
#include "objects/buffer.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
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

Object* g_gaierror = nullptr;   // strong: socket.gaierror, made with the module

Object* os_error(int e) {
    Ref<> code = Ref<>::steal(int_from_i64(e));
    Ref<> msg = Ref<>::steal(str_from(std::strerror(e)));
    if (!code || !msg) return nullptr;
    Object* args[2] = {code.get(), msg.get()};
    Ref<> exc = Ref<>::steal(call(OSError, args, 2));
    if (exc) err_set_instance(exc.get());
    return nullptr;
}

Object* gai_error(int code) {
    if (code == EAI_SYSTEM) return os_error(errno);
    Ref<> c = Ref<>::steal(int_from_i64(code));
    Ref<> msg = Ref<>::steal(str_from(gai_strerror(code)));
    if (!c || !msg) return nullptr;
    Object* args[2] = {c.get(), msg.get()};
    Ref<> exc = Ref<>::steal(call(g_gaierror, args, 2));
    if (exc) err_set_instance(exc.get());
    return nullptr;
}

Object* timeout_error() { return err_set_string(TimeoutError, "timed out"); }

bool int_arg(Object* o, int* out) {
    int64_t v;
    if (!index_as_i64(o, &v, "int")) return false;
    *out = static_cast<int>(v);
    return true;
}

// A timeout argument: None -> -1 (block), else seconds >= 0.
bool timeout_arg(Object* o, double* out) {
    if (o == None) {
        *out = -1;
        return true;
    }
    Ref<> f = Ref<>::steal(number_float(o));
    if (!f) return false;
    *out = float_value(f.get());
    return true;
}

double monotonic_now() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9;
}

// Waits until fd is readable (or writable) or `deadline` passes: 1 ready, 0 timed out, -1 error
// pending (a signal handler raised). Signals are handled and the wait resumed (PEP 475).
int wait_fd(int fd, bool writing, double deadline) {
    for (;;) {
        double left = deadline - monotonic_now();
        if (left < 0) left = 0;
        pollfd p{fd, static_cast<short>(writing ? POLLOUT : POLLIN), 0};
        int r = poll(&p, 1, static_cast<int>(std::ceil(left * 1000)));
        if (r > 0) return 1;
        if (r == 0) return 0;
        if (errno != EINTR) {
            os_error(errno);
            return -1;
        }
        if (signals_check() < 0) return -1;
    }
}

// Runs `op` (a system call returning -1 with errno on failure) under the socket's timeout:
// retried after EINTR once signal handlers ran; with a timeout, waits for readiness first.
// Returns op's result, or -1 with an exception pending.
template <class Op>
ssize_t sock_call(int fd, bool writing, double timeout, Op op) {
    double deadline = timeout > 0 ? monotonic_now() + timeout : 0;
    for (;;) {
        if (timeout > 0) {
            int r = wait_fd(fd, writing, deadline);
            if (r < 0) return -1;
            if (r == 0) {
                timeout_error();
                return -1;
            }
        }
        ssize_t n = op();
        if (n >= 0) return n;
        if (errno == EINTR) {
            if (signals_check() < 0) return -1;
            continue;
        }
        if (timeout > 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) continue;
        os_error(errno);
        return -1;
    }
}

// ---- Addresses ----

struct SockAddr {
    sockaddr_storage storage{};
    socklen_t len = 0;
    sockaddr* sa() { return reinterpret_cast<sockaddr*>(&storage); }
};

// host -> IPv4/IPv6 address for bind/connect: '' is INADDR_ANY, '<broadcast>' the broadcast
// address, numbers are parsed, names resolved. CPython: socketmodule.c, setipaddr.
bool resolve_host(Object* host, int family, SockAddr* out) {
    std::string name;
    if (is_str(host)) name = std::string(str_view(host));
    else if (is_bytes(host) || is_bytearray(host)) name = std::string(bytes_like_view(host));
    else {
        err_format(TypeError, "str, bytes or bytearray expected, not %s", host->type->name);
        return false;
    }
    if (family == AF_INET) {
        auto* in = reinterpret_cast<sockaddr_in*>(out->sa());
        in->sin_family = AF_INET;
        out->len = sizeof(sockaddr_in);
        if (name.empty()) {
            in->sin_addr.s_addr = htonl(INADDR_ANY);
            return true;
        }
        if (name == "<broadcast>" || name == "255.255.255.255") {
            in->sin_addr.s_addr = htonl(INADDR_BROADCAST);
            return true;
        }
        if (inet_pton(AF_INET, name.c_str(), &in->sin_addr) == 1) return true;
    } else {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(out->sa());
        in6->sin6_family = AF_INET6;
        out->len = sizeof(sockaddr_in6);
        if (name.empty()) {
            in6->sin6_addr = in6addr_any;
            return true;
        }
        if (inet_pton(AF_INET6, name.c_str(), &in6->sin6_addr) == 1) return true;
    }
    addrinfo hints{};
    hints.ai_family = family;
    addrinfo* res = nullptr;
    int rc = getaddrinfo(name.c_str(), nullptr, &hints, &res);
    if (rc != 0) {
        gai_error(rc);
        return false;
    }
    if (family == AF_INET)
        reinterpret_cast<sockaddr_in*>(out->sa())->sin_addr = reinterpret_cast<sockaddr_in*>(res->ai_addr)->sin_addr;
    else
        reinterpret_cast<sockaddr_in6*>(out->sa())->sin6_addr = reinterpret_cast<sockaddr_in6*>(res->ai_addr)->sin6_addr;
    freeaddrinfo(res);
    return true;
}

// A Python address for `family` -> sockaddr. `fname` names the caller in messages ("connect").
// CPython: socketmodule.c, getsockaddrarg.
bool parse_addr(const char* fname, int family, Object* addr, SockAddr* out) {
    if (family == AF_UNIX) {
        std::string_view path;
        if (is_str(addr)) path = str_view(addr);
        else if (is_bytes(addr) || is_bytearray(addr)) path = bytes_like_view(addr);
        else {
            err_format(TypeError, "a bytes-like object is required, not '%s'", addr->type->name);
            return false;
        }
        auto* un = reinterpret_cast<sockaddr_un*>(out->sa());
        if (path.size() >= sizeof(un->sun_path)) {
            err_set_string(OSError, "AF_UNIX path too long");
            return false;
        }
        un->sun_family = AF_UNIX;
        std::memcpy(un->sun_path, path.data(), path.size());
        // Abstract names (leading NUL) have exactly their length; paths end with a NUL.
        out->len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + path.size() + (path.empty() || path[0] != '\0' ? 1 : 0));
        return true;
    }
    if (family != AF_INET && family != AF_INET6) {
        err_format(OSError, "%s(): bad family", fname);
        return false;
    }
    const char* fam = family == AF_INET ? "AF_INET" : "AF_INET6";
    if (!is_tuple(addr)) {
        err_format(TypeError, "%s(): %s address must be tuple, not %s", fname, fam, addr->type->name);
        return false;
    }
    ssize n = tuple_size(addr);
    if (family == AF_INET && n != 2) {
        err_set_string(TypeError, "AF_INET address must be a pair (host, port)");
        return false;
    }
    if (family == AF_INET6 && (n < 2 || n > 4)) {
        err_format(TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        return false;
    }
    int64_t port;
    if (!is_int(tuple_item(addr, 1))) {
        err_format(TypeError, "'%s' object cannot be interpreted as an integer", tuple_item(addr, 1)->type->name);
        return false;
    }
    if (!index_as_i64(tuple_item(addr, 1), &port, "int")) return false;
    if (port < 0 || port > 65535) {
        err_format(OverflowError, "%s(): port must be 0-65535.", fname);
        return false;
    }
    if (!resolve_host(tuple_item(addr, 0), family, out)) return false;
    if (family == AF_INET) {
        reinterpret_cast<sockaddr_in*>(out->sa())->sin_port = htons(static_cast<uint16_t>(port));
    } else {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(out->sa());
        in6->sin6_port = htons(static_cast<uint16_t>(port));
        int64_t flow = 0, scope = 0;
        if (n > 2 && !index_as_i64(tuple_item(addr, 2), &flow, "int")) return false;
        if (n > 3 && !index_as_i64(tuple_item(addr, 3), &scope, "int")) return false;
        in6->sin6_flowinfo = htonl(static_cast<uint32_t>(flow));
        in6->sin6_scope_id = static_cast<uint32_t>(scope);
    }
    return true;
}

// sockaddr -> Python: (host, port) for IPv4, (host, port, flowinfo, scope_id) for IPv6, the path
// (str, or bytes for abstract names) for AF_UNIX. CPython: socketmodule.c, makesockaddr.
Object* make_addr(const sockaddr* sa, socklen_t len) {
    if (len == 0) return none_new();
    char text[INET6_ADDRSTRLEN];
    switch (sa->sa_family) {
    case AF_INET: {
        auto* in = reinterpret_cast<const sockaddr_in*>(sa);
        inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
        Ref<> h = Ref<>::steal(str_from(text));
        Ref<> p = Ref<>::steal(int_from_i64(ntohs(in->sin_port)));
        if (!h || !p) return nullptr;
        return tuple_pack({h.get(), p.get()});
    }
    case AF_INET6: {
        auto* in6 = reinterpret_cast<const sockaddr_in6*>(sa);
        inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
        Ref<> h = Ref<>::steal(str_from(text));
        Ref<> p = Ref<>::steal(int_from_i64(ntohs(in6->sin6_port)));
        Ref<> f = Ref<>::steal(int_from_i64(ntohl(in6->sin6_flowinfo)));
        Ref<> s = Ref<>::steal(int_from_i64(in6->sin6_scope_id));
        if (!h || !p || !f || !s) return nullptr;
        return tuple_pack({h.get(), p.get(), f.get(), s.get()});
    }
    case AF_UNIX: {
        auto* un = reinterpret_cast<const sockaddr_un*>(sa);
        size_t n = len - offsetof(sockaddr_un, sun_path);
        if (n > 0 && un->sun_path[0] == '\0') return bytes_from(std::string_view(un->sun_path, n));
        return str_from(std::string_view(un->sun_path, strnlen(un->sun_path, n)));
    }
    default: {
        Ref<> fam = Ref<>::steal(int_from_i64(sa->sa_family));
        Ref<> data = Ref<>::steal(bytes_from(std::string_view(sa->sa_data, sizeof sa->sa_data)));
        if (!fam || !data) return nullptr;
        return tuple_pack({fam.get(), data.get()});
    }
    }
}

// The data of a bytes-like argument (bytes or bytearray).
bool data_arg(Object* o, std::string_view* out, BytesLike* hold) { return pin_bytes_like(o, out, hold); }

// ---- Socket calls ----

#define SOCK_ARGS(name, lo, hi) \
    if (!check_positional(name, nargs, kwnames, lo, hi)) return nullptr

// socket(family, type, proto) -> fd (close-on-exec, as CPython's sockets are not inheritable).
Object* s_socket(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("socket", 3, 3);
    int family, type, proto;
    if (!int_arg(args[0], &family) || !int_arg(args[1], &type) || !int_arg(args[2], &proto)) return nullptr;
    int fd = socket(family, type | SOCK_CLOEXEC, proto);
    if (fd < 0) return os_error(errno);
    return int_from_i64(fd);
}

Object* s_socketpair(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("socketpair", 3, 3);
    int family, type, proto;
    if (!int_arg(args[0], &family) || !int_arg(args[1], &type) || !int_arg(args[2], &proto)) return nullptr;
    int fds[2];
    if (socketpair(family, type | SOCK_CLOEXEC, proto, fds) < 0) return os_error(errno);
    Ref<> a = Ref<>::steal(int_from_i64(fds[0]));
    Ref<> b = Ref<>::steal(int_from_i64(fds[1]));
    return tuple_pack({a.get(), b.get()});
}

// Family, type and protocol of an existing descriptor (for socket(fileno=...), fromfd).
Object* s_sockinfo(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("_sockinfo", 1, 1);
    int fd;
    if (!int_arg(args[0], &fd)) return nullptr;
    int v[3];
    const int opts[3] = {SO_DOMAIN, SO_TYPE, SO_PROTOCOL};
    for (int i = 0; i < 3; i++) {
        socklen_t len = sizeof(int);
        if (getsockopt(fd, SOL_SOCKET, opts[i], &v[i], &len) < 0) return os_error(errno);
    }
    Ref<> a = Ref<>::steal(int_from_i64(v[0]));
    Ref<> b = Ref<>::steal(int_from_i64(v[1]));
    Ref<> c = Ref<>::steal(int_from_i64(v[2]));
    return tuple_pack({a.get(), b.get(), c.get()});
}

Object* s_bind(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("bind", 3, 3);
    int fd, family;
    if (!int_arg(args[0], &fd) || !int_arg(args[1], &family)) return nullptr;
    SockAddr a;
    if (!parse_addr("bind", family, args[2], &a)) return nullptr;
    if (bind(fd, a.sa(), a.len) < 0) return os_error(errno);
    return none_new();
}

// connect(fd, family, addr, timeout) -> 0 or the errno of the failure (connect_ex's answer;
// socket.connect raises it). Non-blocking sockets answer EINPROGRESS. With a timeout the
// connection is waited for; running out raises TimeoutError. CPython: sock_connect_impl.
Object* s_connect(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("connect", 4, 4);
    int fd, family;
    double timeout;
    if (!int_arg(args[0], &fd) || !int_arg(args[1], &family) || !timeout_arg(args[3], &timeout)) return nullptr;
    SockAddr a;
    if (!parse_addr("connect", family, args[2], &a)) return nullptr;
    int rc = connect(fd, a.sa(), a.len);
    int err = rc < 0 ? errno : 0;
    if (err == EINTR) {
        // The connection goes on in the background: wait for it as a non-blocking connect would.
        if (signals_check() < 0) return nullptr;
        if (timeout == 0) return int_from_i64(EINTR);
        err = EINPROGRESS;
    }
    if (err == EINPROGRESS && timeout != 0) {
        double deadline = timeout > 0 ? monotonic_now() + timeout : 1e300;
        int r = wait_fd(fd, true, deadline);
        if (r < 0) return nullptr;
        if (r == 0) return timeout_error();
        socklen_t len = sizeof err;
        if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0) err = errno;
    }
    return int_from_i64(err);
}

Object* s_listen(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("listen", 2, 2);
    int fd, backlog;
    if (!int_arg(args[0], &fd) || !int_arg(args[1], &backlog)) return nullptr;
    if (backlog < 0) backlog = 0;
    if (listen(fd, backlog) < 0) return os_error(errno);
    return none_new();
}

// accept(fd, timeout) -> (newfd, address); the new descriptor is close-on-exec.
Object* s_accept(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("accept", 2, 2);
    int fd;
    double timeout;
    if (!int_arg(args[0], &fd) || !timeout_arg(args[1], &timeout)) return nullptr;
    SockAddr a;
    ssize_t n = sock_call(fd, false, timeout, [&] {
        a.len = sizeof a.storage;
        return static_cast<ssize_t>(accept4(fd, a.sa(), &a.len, SOCK_CLOEXEC));
    });
    if (n < 0) return nullptr;
    Ref<> nfd = Ref<>::steal(int_from_i64(n));
    Ref<> addr = Ref<>::steal(make_addr(a.sa(), a.len));
    if (!nfd || !addr) {
        close(static_cast<int>(n));
        return nullptr;
    }
    return tuple_pack({nfd.get(), addr.get()});
}

// send(fd, data, flags, timeout) -> bytes sent.
Object* s_send(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("send", 4, 4);
    int fd, flags;
    double timeout;
    std::string_view data;
    BytesLike hold_1;   // keeps the argument's buffer pinned
    if (!int_arg(args[0], &fd) || !data_arg(args[1], &data, &hold_1) || !int_arg(args[2], &flags) || !timeout_arg(args[3], &timeout))
        return nullptr;
    ssize_t n = sock_call(fd, true, timeout, [&] { return send(fd, data.data(), data.size(), flags | MSG_NOSIGNAL); });
    if (n < 0) return nullptr;
    return int_from_i64(n);
}

// sendall(fd, data, flags, timeout): the timeout bounds the whole transfer, as in CPython.
Object* s_sendall(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("sendall", 4, 4);
    int fd, flags;
    double timeout;
    if (!int_arg(args[0], &fd) || !int_arg(args[2], &flags) || !timeout_arg(args[3], &timeout)) return nullptr;
    std::string_view view;
    BytesLike hold_2;   // keeps the argument's buffer pinned
    if (!data_arg(args[1], &view, &hold_2)) return nullptr;
    std::string data(view);   // a copy: signal handlers may change a bytearray between sends
    size_t done = 0;
    double deadline = timeout > 0 ? monotonic_now() + timeout : 0;
    while (done < data.size()) {
        double left = timeout;
        if (timeout > 0) {
            left = deadline - monotonic_now();
            if (left <= 0) return timeout_error();
        }
        ssize_t n = sock_call(fd, true, left, [&] { return send(fd, data.data() + done, data.size() - done, flags | MSG_NOSIGNAL); });
        if (n < 0) return nullptr;
        done += static_cast<size_t>(n);
    }
    return none_new();
}

// recv(fd, bufsize, flags, timeout) -> bytes (b'' at end of stream).
Object* s_recv(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("recv", 4, 4);
    int fd, flags;
    int64_t size;
    double timeout;
    if (!int_arg(args[0], &fd) || !index_as_i64(args[1], &size) || !int_arg(args[2], &flags) || !timeout_arg(args[3], &timeout))
        return nullptr;
    if (size < 0) return err_set_string(ValueError, "negative buffersize in recv");
    std::string buf(static_cast<size_t>(size), '\0');
    ssize_t n = sock_call(fd, false, timeout, [&] { return recv(fd, buf.data(), buf.size(), flags); });
    if (n < 0) return nullptr;
    return bytes_from(std::string_view(buf.data(), static_cast<size_t>(n)));
}

// recv_into(fd, bytearray, nbytes, flags, timeout) -> bytes received into the buffer's start.
Object* s_recv_into(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("recv_into", 5, 5);
    int fd, flags;
    int64_t nbytes;
    double timeout;
    if (!int_arg(args[0], &fd) || !index_as_i64(args[2], &nbytes) || !int_arg(args[3], &flags) || !timeout_arg(args[4], &timeout))
        return nullptr;
    // A bytearray or writable memoryview, held (so not resizable) until the data is stored.
    BytesLike target;
    if (!object_check_buffer(args[1]) || !target.acquire(args[1], kBufWritable)) {
        err_clear();
        return err_format(TypeError, "recv_into() argument 1 must be read-write bytes-like object, not %s", arg_type_name(args[1]));
    }
    size_t size = target.data().size();
    if (nbytes < 0) return err_set_string(ValueError, "negative buffersize in recv_into");
    if (nbytes == 0) nbytes = static_cast<int64_t>(size);
    if (static_cast<size_t>(nbytes) > size) return err_set_string(ValueError, "buffer too small for requested bytes");
    std::string buf(static_cast<size_t>(nbytes), '\0');
    ssize_t n = sock_call(fd, false, timeout, [&] { return recv(fd, buf.data(), buf.size(), flags); });
    if (n < 0) return nullptr;
    std::memcpy(target.mutable_data(), buf.data(), std::min(static_cast<size_t>(n), size));
    return int_from_i64(n);
}

Object* s_sendto(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("sendto", 6, 6);
    int fd, flags, family;
    double timeout;
    std::string_view data;
    BytesLike hold_3;   // keeps the argument's buffer pinned
    if (!int_arg(args[0], &fd) || !data_arg(args[1], &data, &hold_3) || !int_arg(args[2], &flags) || !int_arg(args[3], &family) ||
        !timeout_arg(args[5], &timeout))
        return nullptr;
    SockAddr a;
    if (!parse_addr("sendto", family, args[4], &a)) return nullptr;
    ssize_t n = sock_call(fd, true, timeout, [&] { return sendto(fd, data.data(), data.size(), flags | MSG_NOSIGNAL, a.sa(), a.len); });
    if (n < 0) return nullptr;
    return int_from_i64(n);
}

// recvfrom(fd, bufsize, flags, timeout) -> (bytes, address).
Object* s_recvfrom(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("recvfrom", 4, 4);
    int fd, flags;
    int64_t size;
    double timeout;
    if (!int_arg(args[0], &fd) || !index_as_i64(args[1], &size) || !int_arg(args[2], &flags) || !timeout_arg(args[3], &timeout))
        return nullptr;
    if (size < 0) return err_set_string(ValueError, "negative buffersize in recvfrom");
    std::string buf(static_cast<size_t>(size), '\0');
    SockAddr a;
    ssize_t n = sock_call(fd, false, timeout, [&] {
        a.len = sizeof a.storage;
        return recvfrom(fd, buf.data(), buf.size(), flags, a.sa(), &a.len);
    });
    if (n < 0) return nullptr;
    Ref<> data = Ref<>::steal(bytes_from(std::string_view(buf.data(), static_cast<size_t>(n))));
    Ref<> addr = Ref<>::steal(make_addr(a.sa(), a.len));
    if (!data || !addr) return nullptr;
    return tuple_pack({data.get(), addr.get()});
}

Object* s_shutdown(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("shutdown", 2, 2);
    int fd, how;
    if (!int_arg(args[0], &fd) || !int_arg(args[1], &how)) return nullptr;
    if (shutdown(fd, how) < 0) return os_error(errno);
    return none_new();
}

// close(fd): ECONNRESET is not an error here (the peer is gone, which is what closing wants).
Object* s_close(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("close", 1, 1);
    int fd;
    if (!int_arg(args[0], &fd)) return nullptr;
    if (close(fd) < 0 && errno != ECONNRESET && errno != EINTR) return os_error(errno);
    return none_new();
}

Object* name_call(Object* const* args, size_t nargs, Object* kwnames, const char* fname,
                  int (*get)(int, sockaddr*, socklen_t*)) {
    if (!check_positional(fname, nargs, kwnames, 1, 1)) return nullptr;
    int fd;
    if (!int_arg(args[0], &fd)) return nullptr;
    SockAddr a;
    a.len = sizeof a.storage;
    if (get(fd, a.sa(), &a.len) < 0) return os_error(errno);
    if (a.len == 0 || (a.sa()->sa_family == AF_UNIX && a.len <= offsetof(sockaddr_un, sun_path)))
        return str_from("");   // an unnamed Unix socket
    return make_addr(a.sa(), a.len);
}

Object* s_getsockname(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return name_call(args, nargs, kwnames, "getsockname", getsockname);
}

Object* s_getpeername(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return name_call(args, nargs, kwnames, "getpeername", getpeername);
}

// setsockopt(fd, level, option, value): value is an int or a bytes-like buffer.
Object* s_setsockopt(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("setsockopt", 4, 4);
    int fd, level, opt;
    if (!int_arg(args[0], &fd) || !int_arg(args[1], &level) || !int_arg(args[2], &opt)) return nullptr;
    int rc;
    if (is_int(args[3])) {
        int v;
        if (!int_arg(args[3], &v)) return nullptr;
        rc = setsockopt(fd, level, opt, &v, sizeof v);
    } else {
        std::string_view data;
        BytesLike hold_4;   // keeps the argument's buffer pinned
        if (!data_arg(args[3], &data, &hold_4)) return nullptr;
        rc = setsockopt(fd, level, opt, data.data(), static_cast<socklen_t>(data.size()));
    }
    if (rc < 0) return os_error(errno);
    return none_new();
}

// getsockopt(fd, level, option, buflen): an int when buflen is 0, else up to buflen bytes.
Object* s_getsockopt(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("getsockopt", 4, 4);
    int fd, level, opt, buflen;
    if (!int_arg(args[0], &fd) || !int_arg(args[1], &level) || !int_arg(args[2], &opt) || !int_arg(args[3], &buflen))
        return nullptr;
    if (buflen == 0) {
        int v = 0;
        socklen_t len = sizeof v;
        if (getsockopt(fd, level, opt, &v, &len) < 0) return os_error(errno);
        return int_from_i64(v);
    }
    if (buflen < 0 || buflen > 1024) return err_set_string(OSError, "getsockopt buflen out of range");
    std::string buf(static_cast<size_t>(buflen), '\0');
    socklen_t len = static_cast<socklen_t>(buflen);
    if (getsockopt(fd, level, opt, buf.data(), &len) < 0) return os_error(errno);
    return bytes_from(std::string_view(buf.data(), len));
}

Object* s_set_blocking(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("_set_blocking", 2, 2);
    int fd;
    if (!int_arg(args[0], &fd)) return nullptr;
    int blocking = object_is_true(args[1]);
    if (blocking < 0) return nullptr;
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0) return os_error(errno);
    flags = blocking ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK);
    if (fcntl(fd, F_SETFL, flags) < 0) return os_error(errno);
    return none_new();
}

// ---- Resolver ----

// A host or port argument for getaddrinfo: None, str, bytes (or an int port) -> text, or null.
bool gai_text(Object* o, bool is_port, std::string* out, bool* present) {
    *present = true;
    if (o == None) {
        *present = false;
        return true;
    }
    if (is_str(o)) *out = std::string(str_view(o));
    else if (is_bytes(o)) *out = std::string(bytes_view(o));
    else if (is_port && is_int(o)) {
        int64_t v;
        if (!index_as_i64(o, &v)) return false;
        *out = std::to_string(v);
    } else if (is_port) {
        err_set_string(OSError, "Int or String expected");
        return false;
    } else {
        err_format(TypeError, "getaddrinfo() argument 1 must be string or None");
        return false;
    }
    return true;
}

// getaddrinfo(host, port, family, type, proto, flags) -> [(family, type, proto, canonname, addr)].
Object* s_getaddrinfo(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("getaddrinfo", 6, 6);
    std::string host, port;
    bool has_host, has_port;
    if (!gai_text(args[0], false, &host, &has_host) || !gai_text(args[1], true, &port, &has_port)) return nullptr;
    addrinfo hints{};
    if (!int_arg(args[2], &hints.ai_family) || !int_arg(args[3], &hints.ai_socktype) || !int_arg(args[4], &hints.ai_protocol) ||
        !int_arg(args[5], &hints.ai_flags))
        return nullptr;
    addrinfo* res = nullptr;
    int rc;
    do {
        rc = getaddrinfo(has_host ? host.c_str() : nullptr, has_port ? port.c_str() : nullptr, &hints, &res);
    } while (rc == EAI_SYSTEM && errno == EINTR && signals_check() == 0);
    if (err_occurred()) return nullptr;
    if (rc != 0) return gai_error(rc);
    Ref<> out = Ref<>::steal(list_new(0));
    for (addrinfo* ai = res; out && ai; ai = ai->ai_next) {
        Ref<> fam = Ref<>::steal(int_from_i64(ai->ai_family));
        Ref<> typ = Ref<>::steal(int_from_i64(ai->ai_socktype));
        Ref<> pro = Ref<>::steal(int_from_i64(ai->ai_protocol));
        Ref<> canon = Ref<>::steal(str_from(ai->ai_canonname ? ai->ai_canonname : ""));
        Ref<> addr = Ref<>::steal(make_addr(ai->ai_addr, ai->ai_addrlen));
        if (!fam || !typ || !pro || !canon || !addr) {
            out = Ref<>();
            break;
        }
        Ref<> item = Ref<>::steal(tuple_pack({fam.get(), typ.get(), pro.get(), canon.get(), addr.get()}));
        if (!item || list_append(out.get(), item.get()) < 0) out = Ref<>();
    }
    freeaddrinfo(res);
    return out.release();
}

Object* s_gethostname(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("gethostname", nargs, kwnames)) return nullptr;
    char buf[256];
    if (gethostname(buf, sizeof buf) < 0) return os_error(errno);
    buf[sizeof buf - 1] = '\0';
    return str_from(buf);
}

Object* s_gethostbyname(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("gethostbyname", 1, 1);
    SockAddr a;
    if (!resolve_host(args[0], AF_INET, &a)) return nullptr;
    char text[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(a.sa())->sin_addr, text, sizeof text);
    return str_from(text);
}

Object* s_inet_aton(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("inet_aton", 1, 1);
    if (!is_str(args[0])) return err_format(TypeError, "inet_aton() argument 1 must be str, not %s", arg_type_name(args[0]));
    in_addr a{};
    if (inet_aton(std::string(str_view(args[0])).c_str(), &a) == 0)
        return err_set_string(OSError, "illegal IP address string passed to inet_aton");
    return bytes_from(std::string_view(reinterpret_cast<char*>(&a), 4));
}

Object* s_inet_ntoa(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("inet_ntoa", 1, 1);
    std::string_view data;
    BytesLike hold_5;   // keeps the argument's buffer pinned
    if (!data_arg(args[0], &data, &hold_5)) return nullptr;
    if (data.size() != 4) return err_set_string(OSError, "packed IP wrong length for inet_ntoa");
    char text[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, data.data(), text, sizeof text);
    return str_from(text);
}

Object* s_inet_pton(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("inet_pton", 2, 2);
    int family;
    if (!int_arg(args[0], &family)) return nullptr;
    if (!is_str(args[1])) return err_format(TypeError, "inet_pton() argument 2 must be str, not %s", arg_type_name(args[1]));
    unsigned char buf[16];
    int rc = inet_pton(family, std::string(str_view(args[1])).c_str(), buf);
    if (rc < 0) return os_error(errno);
    if (rc == 0) return err_set_string(OSError, "illegal IP address string passed to inet_pton");
    return bytes_from(std::string_view(reinterpret_cast<char*>(buf), family == AF_INET ? 4 : 16));
}

Object* s_inet_ntop(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    SOCK_ARGS("inet_ntop", 2, 2);
    int family;
    std::string_view data;
    BytesLike hold_6;   // keeps the argument's buffer pinned
    if (!int_arg(args[0], &family) || !data_arg(args[1], &data, &hold_6)) return nullptr;
    if (family == AF_INET && data.size() != 4) return err_set_string(ValueError, "invalid length of packed IP address string");
    if (family == AF_INET6 && data.size() != 16) return err_set_string(ValueError, "invalid length of packed IP address string");
    if (family != AF_INET && family != AF_INET6) return err_set_string(ValueError, "unknown address family");
    char text[INET6_ADDRSTRLEN];
    inet_ntop(family, data.data(), text, sizeof text);
    return str_from(text);
}

const MethodDef kSocketFunctions[] = {
    {"socket", s_socket, kMethSystem},           {"socketpair", s_socketpair, kMethSystem},   {"_sockinfo", s_sockinfo, kMethSystem},
    {"bind", s_bind, kMethSystem},               {"connect", s_connect, kMethSystem},         {"listen", s_listen, kMethSystem},
    {"accept", s_accept, kMethSystem},           {"send", s_send, kMethSystem},               {"sendall", s_sendall, kMethSystem},
    {"recv", s_recv, kMethSystem},               {"recv_into", s_recv_into, kMethSystem},     {"sendto", s_sendto, kMethSystem},
    {"recvfrom", s_recvfrom, kMethSystem},       {"shutdown", s_shutdown, kMethSystem},       {"close", s_close, kMethSystem},
    {"getsockname", s_getsockname, kMethSystem}, {"getpeername", s_getpeername, kMethSystem}, {"setsockopt", s_setsockopt, kMethSystem},
    {"getsockopt", s_getsockopt, kMethSystem},   {"_set_blocking", s_set_blocking, kMethSystem},
    {"getaddrinfo", s_getaddrinfo, kMethSystem}, {"gethostname", s_gethostname, kMethSystem}, {"gethostbyname", s_gethostbyname, kMethSystem},
    {"inet_aton", s_inet_aton},     {"inet_ntoa", s_inet_ntoa},     {"inet_pton", s_inet_pton},
    {"inet_ntop", s_inet_ntop},
    {nullptr, nullptr},
};

struct IntConstant {
    const char* name;
    int value;
};

const IntConstant kConstants[] = {
    {"AF_UNSPEC", AF_UNSPEC}, {"AF_INET", AF_INET}, {"AF_INET6", AF_INET6}, {"AF_UNIX", AF_UNIX},
    {"SOCK_STREAM", SOCK_STREAM}, {"SOCK_DGRAM", SOCK_DGRAM}, {"SOCK_RAW", SOCK_RAW},
    {"SOCK_SEQPACKET", SOCK_SEQPACKET}, {"SOCK_NONBLOCK", SOCK_NONBLOCK}, {"SOCK_CLOEXEC", SOCK_CLOEXEC},
    {"SOL_SOCKET", SOL_SOCKET}, {"SO_REUSEADDR", SO_REUSEADDR}, {"SO_REUSEPORT", SO_REUSEPORT},
    {"SO_KEEPALIVE", SO_KEEPALIVE}, {"SO_BROADCAST", SO_BROADCAST}, {"SO_ERROR", SO_ERROR},
    {"SO_TYPE", SO_TYPE}, {"SO_RCVBUF", SO_RCVBUF}, {"SO_SNDBUF", SO_SNDBUF}, {"SO_LINGER", SO_LINGER},
    {"SO_RCVLOWAT", SO_RCVLOWAT}, {"SO_SNDLOWAT", SO_SNDLOWAT}, {"SO_ACCEPTCONN", SO_ACCEPTCONN},
    {"SO_DOMAIN", SO_DOMAIN}, {"SO_PROTOCOL", SO_PROTOCOL}, {"SOMAXCONN", SOMAXCONN},
    {"IPPROTO_IP", IPPROTO_IP}, {"IPPROTO_TCP", IPPROTO_TCP}, {"IPPROTO_UDP", IPPROTO_UDP},
    {"IPPROTO_IPV6", IPPROTO_IPV6}, {"IPPROTO_ICMP", IPPROTO_ICMP}, {"IPPROTO_RAW", IPPROTO_RAW},
    {"IPV6_V6ONLY", IPV6_V6ONLY}, {"IP_TTL", IP_TTL}, {"IP_MULTICAST_TTL", IP_MULTICAST_TTL},
    {"TCP_NODELAY", TCP_NODELAY}, {"TCP_KEEPIDLE", TCP_KEEPIDLE}, {"TCP_KEEPINTVL", TCP_KEEPINTVL},
    {"TCP_KEEPCNT", TCP_KEEPCNT},
    {"SHUT_RD", SHUT_RD}, {"SHUT_WR", SHUT_WR}, {"SHUT_RDWR", SHUT_RDWR},
    {"MSG_PEEK", MSG_PEEK}, {"MSG_WAITALL", MSG_WAITALL}, {"MSG_DONTWAIT", MSG_DONTWAIT},
    {"MSG_OOB", MSG_OOB}, {"MSG_NOSIGNAL", MSG_NOSIGNAL}, {"MSG_TRUNC", MSG_TRUNC},
    {"AI_PASSIVE", AI_PASSIVE}, {"AI_CANONNAME", AI_CANONNAME}, {"AI_NUMERICHOST", AI_NUMERICHOST},
    {"AI_NUMERICSERV", AI_NUMERICSERV}, {"AI_ADDRCONFIG", AI_ADDRCONFIG}, {"AI_V4MAPPED", AI_V4MAPPED},
    {"AI_ALL", AI_ALL},
    {"NI_NUMERICHOST", NI_NUMERICHOST}, {"NI_NUMERICSERV", NI_NUMERICSERV}, {"NI_NAMEREQD", NI_NAMEREQD},
    {"NI_DGRAM", NI_DGRAM}, {"NI_NOFQDN", NI_NOFQDN},
    {"EAI_ADDRFAMILY", EAI_ADDRFAMILY}, {"EAI_AGAIN", EAI_AGAIN}, {"EAI_BADFLAGS", EAI_BADFLAGS},
    {"EAI_FAIL", EAI_FAIL}, {"EAI_FAMILY", EAI_FAMILY}, {"EAI_MEMORY", EAI_MEMORY},
    {"EAI_NODATA", EAI_NODATA}, {"EAI_NONAME", EAI_NONAME}, {"EAI_SERVICE", EAI_SERVICE},
    {"EAI_SOCKTYPE", EAI_SOCKTYPE}, {"EAI_SYSTEM", EAI_SYSTEM},
    {"INADDR_ANY", static_cast<int>(INADDR_ANY)}, {"INADDR_LOOPBACK", static_cast<int>(INADDR_LOOPBACK)},
    {nullptr, 0},
};

// socket.gaierror: an OSError subclass made as `class gaierror(OSError)` in module socket.
Object* make_gaierror() {
    Ref<> name = Ref<>::steal(str_from("gaierror"));
    Ref<> bases = Ref<>::steal(tuple_pack({OSError}));
    Ref<> ns = Ref<>::steal(dict_new());
    Ref<> mod = Ref<>::steal(str_from("socket"));
    if (!name || !bases || !ns || !mod || dict_setitem_str(ns.get(), "__module__", mod.get()) < 0) return nullptr;
    Object* args[3] = {name.get(), bases.get(), ns.get()};
    return call(&TypeType, args, 3);
}

}  // namespace

Object* make_socket_module() {
    Ref<> m = Ref<>::steal(module_new("_socket"));
    if (!m || module_add_functions(m.get(), kSocketFunctions) < 0) return nullptr;
    for (const IntConstant* c = kConstants; c->name; ++c)
        if (module_add_int(m.get(), c->name, c->value) < 0) return nullptr;
    if (!g_gaierror) {
        if (!(g_gaierror = make_gaierror())) return nullptr;
        runtime_slot(&g_gaierror);
    }
    if (module_add_object(m.get(), "gaierror", g_gaierror) < 0) return nullptr;
    return m.release();
}

}  // namespace pygen
