// The posix module: thin wrappers over the system calls that lib/os.py builds on (files,
// descriptors, folders, processes, environment). Arguments are positional; os.py adds keywords,
// stat_result, DirEntry and the rest of the Python-level API. Errors are OSError(errno, strerror,
// filename), which picks the subclass (FileNotFoundError, ...) from the errno.
// CPython counterpart: Modules/posixmodule.c.
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <grp.h>
#include <pwd.h>
#include <sched.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "modules/builtins_args.h"
#include "modules/sys_module.h"
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
#include "vm/call.h"
#include "vm/signals.h"

extern char** environ;

namespace pygen {

namespace {

// A path argument: str, bytes or os.PathLike. `as_bytes` tells the caller to answer in bytes.
struct PathArg {
    std::string text;
    Object* original = nullptr;   // borrowed: what the caller passed (for the error's filename)
    bool as_bytes = false;
};

bool path_arg(const char* fname, const char* argname, Object* o, PathArg* out) {
    out->original = o;
    Ref<> p = Ref<>::borrow(o);
    if (!is_str(o) && !is_bytes(o)) {
        Ref<> fn = Ref<>::steal(lookup_special(o, str_intern("__fspath__")));
        if (!fn) {
            if (!err_occurred())
                err_format(TypeError, "%s: %s should be string, bytes or os.PathLike, not %s", fname, argname, o->type->name);
            return false;
        }
        p = Ref<>::steal(call0(fn.get()));
        if (!p) return false;
        if (!is_str(p.get()) && !is_bytes(p.get())) {
            err_format(TypeError, "expected %s.__fspath__() to return str or bytes, not %s", o->type->name, p->type->name);
            return false;
        }
    }
    std::string_view v = is_str(p.get()) ? str_view(p.get()) : bytes_view(p.get());
    if (v.find('\0') != std::string_view::npos) {
        err_format(ValueError, "%s: embedded null character in %s", fname, argname);
        return false;
    }
    out->text = std::string(v);
    out->as_bytes = is_bytes(p.get());
    return true;
}

Object* path_result(const std::string& s, bool as_bytes) { return as_bytes ? bytes_from(s) : str_from(s); }

// OSError(errno, strerror[, filename[, None, filename2]]); the constructor picks the subclass.
Object* os_error(int e, Object* filename = nullptr, Object* filename2 = nullptr) {
    Ref<> code = Ref<>::steal(int_from_i64(e));
    Ref<> msg = Ref<>::steal(str_from(std::strerror(e)));
    Object* args[5] = {code.get(), msg.get(), filename, None, filename2};
    size_t n = filename2 ? 5 : filename ? 3 : 2;
    Ref<> exc = Ref<>::steal(call(OSError, args, n));
    if (exc) err_set_instance(exc.get());
    return nullptr;
}

// CPython's argument converters differ in their OverflowError wording; each argument below uses the
// one CPython's os function uses, and none truncates (os.kill(1 << 32, sig) signalled the whole
// process group, os._exit(1 << 32) exited with status 0).
bool int_arg(Object* o, int* out) { return index_as_c_int(o, out); }                   // int
bool pid_arg(Object* o, int* out) { return index_as_c_int_i_format(o, out); }          // pid_t, "i"
bool long_arg(Object* o, int64_t* out) { return index_as_i64(o, out, "long"); }        // off_t, long
bool ssize_arg(Object* o, int64_t* out) { return index_as_i64(o, out, "ssize_t"); }    // Py_ssize_t

// uid_t/gid_t as CPython's _Py_Uid_Converter/_Py_Gid_Converter: -1 means "unchanged"; other
// negative numbers and, as CPython words it, numbers of 2**32 and more that fit a C long are "less
// than minimum", larger ones "greater than maximum".
bool id_arg(Object* o, const char* what, uint32_t* out) {
    if (!is_index(o) || is_float(o)) {
        err_format(TypeError, "%s should be integer, not %s", what, o->type->name);
        return false;
    }
    Ref<> index = Ref<>::steal(number_index(o));
    if (!index) return false;
    int64_t v;
    if (!int_as_i64(index.get(), &v)) {
        if (int_sign(index.get()) < 0) err_format(OverflowError, "%s is less than minimum", what);
        else err_format(OverflowError, "%s is greater than maximum", what);
        return false;
    }
    if (v == -1) {
        *out = UINT32_MAX;
        return true;
    }
    if (v < 0 || v > UINT32_MAX) {
        err_format(OverflowError, "%s is less than minimum", what);
        return false;
    }
    *out = static_cast<uint32_t>(v);
    return true;
}

// A file descriptor given for a path (os.stat(fd), chdir, chmod, chown, truncate, statvfs).
bool fd_arg(Object* o, int* out) {
    int64_t v;
    if (!index_as_i64(o, &v, "int")) return false;
    if (v < INT32_MIN || v > INT32_MAX) {
        err_set_string(OverflowError, v < 0 ? "fd is less than minimum" : "fd is greater than maximum");
        return false;
    }
    *out = static_cast<int>(v);
    return true;
}

#define POSIX_ARGS(fname, min, max) \
    if (!check_positional(fname, nargs, kwnames, min, max)) return nullptr

// ---- Folders and paths ----

Object* posix_getcwd(Object*, Object* const*, size_t nargs, Object* kwnames) {
    POSIX_ARGS("getcwd", 0, 0);
    std::vector<char> buf(4096);
    while (!getcwd(buf.data(), buf.size())) {
        if (errno != ERANGE) return os_error(errno);
        buf.resize(buf.size() * 2);
    }
    return str_from(buf.data());
}

Object* posix_getcwdb(Object*, Object* const*, size_t nargs, Object* kwnames) {
    POSIX_ARGS("getcwdb", 0, 0);
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return os_error(errno);
    return bytes_from(buf);
}

Object* posix_chdir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("chdir", 1, 1);
    if (is_index(args[0])) {
        int fd;
        if (!fd_arg(args[0], &fd)) return nullptr;
        if (fchdir(fd) < 0) return os_error(errno);
        return none_new();
    }
    PathArg p;
    if (!path_arg("chdir", "path", args[0], &p)) return nullptr;
    if (chdir(p.text.c_str()) < 0) return os_error(errno, p.original);
    return none_new();
}

Object* posix_listdir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("listdir", 0, 1);
    PathArg p;
    p.text = ".";
    if (nargs > 0 && args[0] != None && !path_arg("listdir", "path", args[0], &p)) return nullptr;
    DIR* dir = opendir(p.text.c_str());
    if (!dir) return os_error(errno, nargs > 0 && args[0] != None ? p.original : Ref<>::steal(str_from(".")).get());
    Ref<> out = Ref<>::steal(list_new(0));
    errno = 0;
    while (dirent* e = readdir(dir)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
        Ref<> name = Ref<>::steal(path_result(e->d_name, p.as_bytes));
        if (!name || list_append(out.get(), name.get()) < 0) {
            closedir(dir);
            return nullptr;
        }
    }
    closedir(dir);
    return out.release();
}

// _listdir_types(path) -> list of (name, d_type): what scandir needs without a stat per entry.
Object* posix_listdir_types(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("_listdir_types", 1, 1);
    PathArg p;
    if (!path_arg("scandir", "path", args[0], &p)) return nullptr;
    DIR* dir = opendir(p.text.c_str());
    if (!dir) return os_error(errno, p.original);
    Ref<> out = Ref<>::steal(list_new(0));
    while (dirent* e = readdir(dir)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
        Ref<> name = Ref<>::steal(path_result(e->d_name, p.as_bytes));
        Ref<> type = Ref<>::steal(int_from_i64(e->d_type));
        Ref<> ino = Ref<>::steal(int_from_i64(static_cast<int64_t>(e->d_ino)));
        Ref<> item = Ref<>::steal(tuple_pack({name.get(), type.get(), ino.get()}));
        if (!item || list_append(out.get(), item.get()) < 0) {
            closedir(dir);
            return nullptr;
        }
    }
    closedir(dir);
    return out.release();
}

Object* stat_tuple(const struct stat& st) {
    auto ns = [](const timespec& t) { return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec; };
    Object* items[] = {
        int_from_i64(st.st_mode), int_from_i64(static_cast<int64_t>(st.st_ino)), int_from_i64(static_cast<int64_t>(st.st_dev)),
        int_from_i64(static_cast<int64_t>(st.st_nlink)), int_from_i64(st.st_uid), int_from_i64(st.st_gid),
        int_from_i64(st.st_size), int_from_i64(ns(st.st_atim)), int_from_i64(ns(st.st_mtim)), int_from_i64(ns(st.st_ctim)),
        int_from_i64(st.st_blksize), int_from_i64(st.st_blocks), int_from_i64(static_cast<int64_t>(st.st_rdev)),
    };
    constexpr ssize n = sizeof items / sizeof items[0];
    Object* t = tuple_from_array(items, n);
    for (Object* o : items) xdecref(o);
    return t;
}

// _stat(path_or_fd, follow_symlinks) -> (mode, ino, dev, nlink, uid, gid, size, atime_ns,
// mtime_ns, ctime_ns, blksize, blocks, rdev); os.stat_result is built from it in os.py.
Object* posix_stat_raw(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("stat", 2, 2);
    struct stat st;
    if (is_index(args[0])) {
        int fd;
        if (!fd_arg(args[0], &fd)) return nullptr;
        if (fstat(fd, &st) < 0) return os_error(errno);
        return stat_tuple(st);
    }
    PathArg p;
    if (!path_arg("stat", "path", args[0], &p)) return nullptr;
    int follow = object_is_true(args[1]);
    if (follow < 0) return nullptr;
    if ((follow ? stat(p.text.c_str(), &st) : lstat(p.text.c_str(), &st)) < 0) return os_error(errno, p.original);
    return stat_tuple(st);
}

// One-path system calls that return nothing: rmdir, unlink, ...
template <int (*Fn)(const char*)>
Object* path_call(const char* fname, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional(fname, nargs, kwnames, 1, 1)) return nullptr;
    PathArg p;
    if (!path_arg(fname, "path", args[0], &p)) return nullptr;
    if (Fn(p.text.c_str()) < 0) return os_error(errno, p.original);
    return none_new();
}

Object* posix_rmdir(Object*, Object* const* args, size_t nargs, Object* kwnames) { return path_call<rmdir>("rmdir", args, nargs, kwnames); }
Object* posix_unlink(Object*, Object* const* args, size_t nargs, Object* kwnames) { return path_call<unlink>("unlink", args, nargs, kwnames); }
Object* posix_remove(Object*, Object* const* args, size_t nargs, Object* kwnames) { return path_call<unlink>("remove", args, nargs, kwnames); }

Object* posix_mkdir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("mkdir", 1, 2);
    PathArg p;
    if (!path_arg("mkdir", "path", args[0], &p)) return nullptr;
    int mode = 0777;
    if (nargs > 1 && !int_arg(args[1], &mode)) return nullptr;
    if (mkdir(p.text.c_str(), static_cast<mode_t>(mode)) < 0) return os_error(errno, p.original);
    return none_new();
}

Object* two_paths(const char* fname, Object* const* args, size_t nargs, Object* kwnames, int (*fn)(const char*, const char*)) {
    if (!check_positional(fname, nargs, kwnames, 2, 2)) return nullptr;
    PathArg a, b;
    if (!path_arg(fname, "src", args[0], &a) || !path_arg(fname, "dst", args[1], &b)) return nullptr;
    if (fn(a.text.c_str(), b.text.c_str()) < 0) return os_error(errno, a.original, b.original);
    return none_new();
}

Object* posix_rename(Object*, Object* const* args, size_t nargs, Object* kwnames) { return two_paths("rename", args, nargs, kwnames, rename); }
Object* posix_replace(Object*, Object* const* args, size_t nargs, Object* kwnames) { return two_paths("replace", args, nargs, kwnames, rename); }
Object* posix_link(Object*, Object* const* args, size_t nargs, Object* kwnames) { return two_paths("link", args, nargs, kwnames, link); }
Object* posix_symlink(Object*, Object* const* args, size_t nargs, Object* kwnames) { return two_paths("symlink", args, nargs, kwnames, symlink); }

Object* posix_readlink(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("readlink", 1, 1);
    PathArg p;
    if (!path_arg("readlink", "path", args[0], &p)) return nullptr;
    char buf[4096];
    ssize_t n = readlink(p.text.c_str(), buf, sizeof buf);
    if (n < 0) return os_error(errno, p.original);
    return path_result(std::string(buf, static_cast<size_t>(n)), p.as_bytes);
}

Object* posix_access(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("access", 2, 2);
    PathArg p;
    int mode;
    if (!path_arg("access", "path", args[0], &p) || !int_arg(args[1], &mode)) return nullptr;
    return bool_from(access(p.text.c_str(), static_cast<int>(mode)) == 0);
}

Object* posix_chmod(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("chmod", 2, 2);
    int mode;
    if (!int_arg(args[1], &mode)) return nullptr;
    if (is_index(args[0])) {
        int fd;
        if (!fd_arg(args[0], &fd)) return nullptr;
        if (fchmod(fd, static_cast<mode_t>(mode)) < 0) return os_error(errno);
        return none_new();
    }
    PathArg p;
    if (!path_arg("chmod", "path", args[0], &p)) return nullptr;
    if (chmod(p.text.c_str(), static_cast<mode_t>(mode)) < 0) return os_error(errno, p.original);
    return none_new();
}

// _utime(path, atime_ns, mtime_ns) or _utime(path, None, None) for "now".
Object* posix_utime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("utime", 3, 3);
    PathArg p;
    if (!path_arg("utime", "path", args[0], &p)) return nullptr;
    timespec ts[2];
    timespec* tp = nullptr;
    if (args[1] != None) {
        int64_t a, m;
        if (!long_arg(args[1], &a) || !long_arg(args[2], &m)) return nullptr;
        ts[0] = {static_cast<time_t>(a / 1000000000), static_cast<long>(a % 1000000000)};
        ts[1] = {static_cast<time_t>(m / 1000000000), static_cast<long>(m % 1000000000)};
        tp = ts;
    }
    if (utimensat(AT_FDCWD, p.text.c_str(), tp, 0) < 0) return os_error(errno, p.original);
    return none_new();
}

Object* posix_truncate(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("truncate", 2, 2);
    int64_t length;
    if (!long_arg(args[1], &length)) return nullptr;
    if (is_index(args[0])) {
        int fd;
        if (!fd_arg(args[0], &fd)) return nullptr;
        if (ftruncate(fd, length) < 0) return os_error(errno);
        return none_new();
    }
    PathArg p;
    if (!path_arg("truncate", "path", args[0], &p)) return nullptr;
    if (truncate(p.text.c_str(), length) < 0) return os_error(errno, p.original);
    return none_new();
}

// ---- File descriptors ----

Object* posix_open(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("open", 2, 3);
    PathArg p;
    int flags, mode = 0777;
    if (!path_arg("open", "path", args[0], &p) || !int_arg(args[1], &flags)) return nullptr;
    if (nargs > 2 && !int_arg(args[2], &mode)) return nullptr;
    int fd;
    do {
        fd = open(p.text.c_str(), static_cast<int>(flags) | O_CLOEXEC, static_cast<mode_t>(mode));
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) return os_error(errno, p.original);
    return int_from_i64(fd);
}

Object* posix_close(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("close", 1, 1);
    int fd;
    if (!int_arg(args[0], &fd)) return nullptr;
    if (close(fd) < 0) return os_error(errno);
    return none_new();
}

Object* posix_read(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("read", 2, 2);
    int fd;
    int64_t n;
    if (!int_arg(args[0], &fd) || !ssize_arg(args[1], &n)) return nullptr;
    if (n < 0) return os_error(EINVAL);   // CPython 3.11: os.read(fd, -1) is OSError EINVAL
    std::string buf(static_cast<size_t>(n), '\0');
    ssize_t got;
    do {
        got = read(fd, buf.data(), buf.size());
    } while (got < 0 && errno == EINTR);
    if (got < 0) return os_error(errno);
    buf.resize(static_cast<size_t>(got));
    return bytes_from(buf);
}

Object* posix_write(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("write", 2, 2);
    int fd;
    if (!int_arg(args[0], &fd)) return nullptr;
    std::string_view data;
    if (!bytes_like_borrow(args[1], &data)) return nullptr;
    ssize_t n;
    do {
        n = write(fd, data.data(), data.size());
    } while (n < 0 && errno == EINTR);
    if (n < 0) return os_error(errno);
    return int_from_i64(n);
}

Object* posix_lseek(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("lseek", 3, 3);
    int fd, how;
    int64_t pos;
    if (!int_arg(args[0], &fd) || !long_arg(args[1], &pos) || !int_arg(args[2], &how)) return nullptr;
    off_t r = lseek(fd, pos, how);
    if (r < 0) return os_error(errno);
    return int_from_i64(r);
}

Object* posix_pipe(Object*, Object* const*, size_t nargs, Object* kwnames) {
    POSIX_ARGS("pipe", 0, 0);
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) return os_error(errno);
    Ref<> a = Ref<>::steal(int_from_i64(fds[0]));
    Ref<> b = Ref<>::steal(int_from_i64(fds[1]));
    return tuple_pack({a.get(), b.get()});
}

Object* posix_dup(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("dup", 1, 1);
    int fd;
    if (!int_arg(args[0], &fd)) return nullptr;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return os_error(errno);
    return int_from_i64(r);
}

Object* posix_dup2(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("dup2", 2, 3);
    int fd, fd2;
    if (!int_arg(args[0], &fd) || !int_arg(args[1], &fd2)) return nullptr;
    int inheritable = nargs > 2 ? object_is_true(args[2]) : 1;
    if (inheritable < 0) return nullptr;
    int r = inheritable ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
    if (r < 0) return os_error(errno);
    return int_from_i64(r);
}

Object* posix_isatty(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("isatty", 1, 1);
    int fd;
    if (!int_arg(args[0], &fd)) return nullptr;
    return bool_from(isatty(fd));
}

Object* posix_fsync(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("fsync", 1, 1);
    int fd;
    if (!int_arg(args[0], &fd)) return nullptr;
    if (fsync(fd) < 0) return os_error(errno);
    return none_new();
}

Object* fd_flag(const char* fname, Object* const* args, size_t nargs, Object* kwnames, int get_cmd, int set_cmd, int bit,
                bool inverted) {
    if (!check_positional(fname, nargs, kwnames, 1, 2)) return nullptr;
    int fd;
    if (!int_arg(args[0], &fd)) return nullptr;
    int flags = fcntl(fd, get_cmd);
    if (flags < 0) return os_error(errno);
    if (nargs == 1) return bool_from(((flags & bit) != 0) != inverted);
    int on = object_is_true(args[1]);
    if (on < 0) return nullptr;
    if (inverted) on = !on;
    flags = on ? (flags | bit) : (flags & ~bit);
    if (fcntl(fd, set_cmd, flags) < 0) return os_error(errno);
    return none_new();
}

Object* posix_get_inheritable(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("get_inheritable", 1, 1);
    return fd_flag("get_inheritable", args, nargs, kwnames, F_GETFD, F_SETFD, FD_CLOEXEC, true);
}
Object* posix_set_inheritable(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("set_inheritable", 2, 2);
    return fd_flag("set_inheritable", args, nargs, kwnames, F_GETFD, F_SETFD, FD_CLOEXEC, true);
}
Object* posix_get_blocking(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("get_blocking", 1, 1);
    return fd_flag("get_blocking", args, nargs, kwnames, F_GETFL, F_SETFL, O_NONBLOCK, true);
}
Object* posix_set_blocking(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("set_blocking", 2, 2);
    return fd_flag("set_blocking", args, nargs, kwnames, F_GETFL, F_SETFL, O_NONBLOCK, true);
}

// ---- Processes ----

#define POSIX_INT_GETTER(fname, expr)                                                      \
    Object* posix_##fname(Object*, Object* const*, size_t nargs, Object* kwnames) {        \
        POSIX_ARGS(#fname, 0, 0);                                                          \
        return int_from_i64(expr);                                                         \
    }
POSIX_INT_GETTER(getpid, getpid())
POSIX_INT_GETTER(getppid, getppid())
POSIX_INT_GETTER(getuid, getuid())
POSIX_INT_GETTER(geteuid, geteuid())
POSIX_INT_GETTER(getgid, getgid())
POSIX_INT_GETTER(getegid, getegid())
POSIX_INT_GETTER(getpgrp, getpgrp())
#undef POSIX_INT_GETTER

Object* posix_kill(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("kill", 2, 2);
    int pid;
    int64_t sig;
    if (!pid_arg(args[0], &pid) || !ssize_arg(args[1], &sig)) return nullptr;
    // CPython 3.11 takes the signal as a Py_ssize_t and passes it on cast to int.
    if (kill(pid, static_cast<int>(sig)) < 0) return os_error(errno);
    // A signal sent to ourselves is delivered before kill() returns: run its handler now, as
    // CPython's next eval-breaker check would.
    if (signals_check() < 0) return nullptr;
    return none_new();
}

// killpg(pgid, sig): a signal to every process of a group (Popen(start_new_session=True) users).
Object* posix_killpg(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("killpg", 2, 2);
    int pgid, sig;
    if (!pid_arg(args[0], &pgid) || !pid_arg(args[1], &sig)) return nullptr;
    if (killpg(pgid, sig) < 0) return os_error(errno);
    if (signals_check() < 0) return nullptr;
    return none_new();
}
Object* posix_getpgid(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("getpgid", 1, 1);
    int pid;
    if (!pid_arg(args[0], &pid)) return nullptr;
    pid_t r = getpgid(pid);
    if (r < 0) return os_error(errno);
    return int_from_i64(r);
}
Object* posix_getsid(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("getsid", 1, 1);
    int pid;
    if (!pid_arg(args[0], &pid)) return nullptr;
    pid_t r = getsid(pid);
    if (r < 0) return os_error(errno);
    return int_from_i64(r);
}
Object* posix_setsid(Object*, Object* const*, size_t nargs, Object* kwnames) {
    POSIX_ARGS("setsid", 0, 0);
    if (setsid() < 0) return os_error(errno);
    return none_new();
}
// pidfd_open(pid, flags=0): an fd that becomes readable when the process ends; asyncio's child
// watcher waits on it in the selector (no threads, no SIGCHLD handler needed).
Object* posix_pidfd_open(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("pidfd_open", 1, 2);
    int pid;
    int64_t flags = 0;
    if (!pid_arg(args[0], &pid)) return nullptr;
    if (nargs > 1) {   // CPython's unsigned int converter, messages included
        Ref<> index = Ref<>::steal(number_index(args[1]));
        if (!index) return nullptr;
        if (int_sign(index.get()) < 0) return err_set_string(ValueError, "value must be positive");
        Mpz scratch;
        bool fits = int_as_i64(index.get(), &flags);
        if (!fits && mpz_sizeinbase(int_mpz(index.get(), scratch), 2) > 64)
            return err_set_string(OverflowError, "Python int too large to convert to C unsigned long");
        if (!fits || flags > UINT32_MAX) return err_set_string(OverflowError, "Python int too large for C unsigned int");
    }
#ifdef SYS_pidfd_open
    long fd = syscall(SYS_pidfd_open, static_cast<pid_t>(pid), static_cast<unsigned>(flags));
    if (fd < 0) return os_error(errno);
    // CPython's pidfd_open gives a non-inheritable fd; the kernel sets close-on-exec already.
    return int_from_i64(fd);
#else
    return os_error(ENOSYS);
#endif
}
Object* posix_waitpid(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("waitpid", 2, 2);
    int pid, options;
    if (!pid_arg(args[0], &pid) || !pid_arg(args[1], &options)) return nullptr;
    int status = 0;
    pid_t r;
    do {
        r = waitpid(pid, &status, options);
    } while (r < 0 && errno == EINTR && signals_check() == 0);
    if (r < 0 && err_occurred()) return nullptr;
    if (r < 0) return os_error(errno);
    Ref<> a = Ref<>::steal(int_from_i64(r));
    Ref<> b = Ref<>::steal(int_from_i64(status));
    return tuple_pack({a.get(), b.get()});
}

Object* posix_fork(Object*, Object* const*, size_t nargs, Object* kwnames) {
    POSIX_ARGS("fork", 0, 0);
    sys_flush_stdout();
    pid_t pid = fork();
    if (pid < 0) return os_error(errno);
    return int_from_i64(pid);
}

bool string_list(Object* seq, const char* fname, std::vector<std::string>* out) {
    Ref<> it = Ref<>::steal(object_iter(seq));
    if (!it) return false;
    while (Object* item = iter_next(it.get())) {
        Ref<> x = Ref<>::steal(item);
        PathArg p;
        if (!path_arg(fname, "args", item, &p)) return false;
        out->push_back(p.text);
    }
    return !err_occurred();
}

// execv(path, args) / execve(path, args, env): replaces the process; returns only on error.
Object* posix_execve(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("execve", 2, 3);
    PathArg p;
    if (!path_arg("execve", "path", args[0], &p)) return nullptr;
    std::vector<std::string> argv, envs;
    if (!string_list(args[1], "execve", &argv)) return nullptr;
    if (argv.empty()) return err_set_string(ValueError, "execv() arg 2 must not be empty");
    if (argv[0].empty()) return err_set_string(ValueError, "execv() arg 2 first element cannot be empty");
    bool with_env = nargs > 2 && args[2] != None;
    if (with_env) {
        Ref<> items = Ref<>::steal(call_method0(args[2], "items"));
        if (!items) return nullptr;
        Ref<> it = Ref<>::steal(object_iter(items.get()));
        if (!it) return nullptr;
        while (Object* pair = iter_next(it.get())) {
            Ref<> x = Ref<>::steal(pair);
            Ref<> k = Ref<>::steal(object_getitem(pair, Ref<>::steal(int_from_i64(0)).get()));
            Ref<> v = Ref<>::steal(object_getitem(pair, Ref<>::steal(int_from_i64(1)).get()));
            PathArg kp, vp;
            if (!k || !v || !path_arg("execve", "env", k.get(), &kp) || !path_arg("execve", "env", v.get(), &vp)) return nullptr;
            envs.push_back(kp.text + "=" + vp.text);
        }
        if (err_occurred()) return nullptr;
    }
    std::vector<char*> cargv, cenv;
    for (std::string& s : argv) cargv.push_back(s.data());
    cargv.push_back(nullptr);
    for (std::string& s : envs) cenv.push_back(s.data());
    cenv.push_back(nullptr);
    sys_flush_stdout();
    if (with_env)
        execve(p.text.c_str(), cargv.data(), cenv.data());
    else
        execv(p.text.c_str(), cargv.data());
    return os_error(errno);
}

Object* posix_exit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("_exit", 1, 1);
    int code;
    if (!int_arg(args[0], &code)) return nullptr;
    _exit(code);
}

Object* posix_system(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("system", 1, 1);
    PathArg p;
    if (!path_arg("system", "command", args[0], &p)) return nullptr;
    sys_flush_stdout();
    return int_from_i64(system(p.text.c_str()));
}

// ---- Environment and system facts ----

Object* posix_environ_bytes(Object*, Object* const*, size_t nargs, Object* kwnames) {
    POSIX_ARGS("_environ", 0, 0);
    Ref<> d = Ref<>::steal(dict_new());
    if (g_system_access_removed) return d.release();   // a sandboxed os sees an empty environment
    for (char** e = environ; e && *e; ++e) {
        const char* eq = std::strchr(*e, '=');
        if (!eq) continue;
        Ref<> k = Ref<>::steal(bytes_from(std::string_view(*e, static_cast<size_t>(eq - *e))));
        Ref<> v = Ref<>::steal(bytes_from(eq + 1));
        if (!k || !v) return nullptr;
        if (dict_getitem(d.get(), k.get())) continue;   // the first definition wins, as in getenv
        if (dict_setitem(d.get(), k.get(), v.get()) < 0) return nullptr;
    }
    return d.release();
}

Object* posix_putenv(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("putenv", 2, 2);
    PathArg k, v;
    if (!path_arg("putenv", "name", args[0], &k) || !path_arg("putenv", "value", args[1], &v)) return nullptr;
    if (k.text.empty() || k.text.find('=') != std::string::npos) return err_set_string(ValueError, "illegal environment variable name");
    if (setenv(k.text.c_str(), v.text.c_str(), 1) < 0) return os_error(errno);
    return none_new();
}

Object* posix_unsetenv(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("unsetenv", 1, 1);
    PathArg k;
    if (!path_arg("unsetenv", "name", args[0], &k)) return nullptr;
    if (k.text.empty() || k.text.find('=') != std::string::npos) return err_set_string(ValueError, "illegal environment variable name");
    if (unsetenv(k.text.c_str()) < 0) return os_error(errno);
    return none_new();
}

Object* posix_strerror(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("strerror", 1, 1);
    int code;
    if (!int_arg(args[0], &code)) return nullptr;
    return str_from(std::strerror(code));
}

Object* posix_urandom(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("urandom", 1, 1);
    int64_t n;
    if (!ssize_arg(args[0], &n)) return nullptr;
    if (n < 0) return err_set_string(ValueError, "negative argument not allowed");
    std::string buf(static_cast<size_t>(n), '\0');
    size_t done = 0;
    while (done < buf.size()) {
        ssize_t r = getrandom(buf.data() + done, buf.size() - done, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            return os_error(errno);
        }
        done += static_cast<size_t>(r);
    }
    return bytes_from(buf);
}

Object* posix_cpu_count(Object*, Object* const*, size_t nargs, Object* kwnames) {
    POSIX_ARGS("cpu_count", 0, 0);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? int_from_i64(n) : none_new();
}

Object* posix_umask(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("umask", 1, 1);
    int m;
    if (!int_arg(args[0], &m)) return nullptr;
    return int_from_i64(umask(static_cast<mode_t>(m)));
}

Object* posix_get_terminal_size(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("get_terminal_size", 0, 1);
    int fd = 1;
    if (nargs > 0 && !int_arg(args[0], &fd)) return nullptr;
    winsize w{};
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return os_error(errno);
    Ref<> c = Ref<>::steal(int_from_i64(w.ws_col));
    Ref<> l = Ref<>::steal(int_from_i64(w.ws_row));
    return tuple_pack({c.get(), l.get()});
}

Object* posix_uname(Object*, Object* const*, size_t nargs, Object* kwnames) {
    POSIX_ARGS("uname", 0, 0);
    utsname u;
    if (uname(&u) < 0) return os_error(errno);
    Ref<> a = Ref<>::steal(str_from(u.sysname));
    Ref<> b = Ref<>::steal(str_from(u.nodename));
    Ref<> c = Ref<>::steal(str_from(u.release));
    Ref<> d = Ref<>::steal(str_from(u.version));
    Ref<> e = Ref<>::steal(str_from(u.machine));
    return tuple_pack({a.get(), b.get(), c.get(), d.get(), e.get()});
}

Object* posix_times(Object*, Object* const*, size_t nargs, Object* kwnames) {
    POSIX_ARGS("times", 0, 0);
    struct tms t;
    clock_t c = times(&t);
    double hz = static_cast<double>(sysconf(_SC_CLK_TCK));
    Ref<> a = Ref<>::steal(float_from(t.tms_utime / hz));
    Ref<> b = Ref<>::steal(float_from(t.tms_stime / hz));
    Ref<> d = Ref<>::steal(float_from(t.tms_cutime / hz));
    Ref<> e = Ref<>::steal(float_from(t.tms_cstime / hz));
    Ref<> f = Ref<>::steal(float_from(c / hz));
    return tuple_pack({a.get(), b.get(), d.get(), e.get(), f.get()});
}

// _statvfs(path_or_fd) -> (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag,
// namemax, fsid); os.statvfs_result is built from it in os.py.
Object* posix_statvfs(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("statvfs", 1, 1);
    struct statvfs v;
    if (is_index(args[0])) {
        int fd;
        if (!fd_arg(args[0], &fd)) return nullptr;
        if (fstatvfs(fd, &v) < 0) return os_error(errno);
    } else {
        PathArg p;
        if (!path_arg("statvfs", "path", args[0], &p)) return nullptr;
        if (statvfs(p.text.c_str(), &v) < 0) return os_error(errno, p.original);
    }
    const unsigned long long fields[11] = {v.f_bsize, v.f_frsize, v.f_blocks, v.f_bfree, v.f_bavail, v.f_files,
                                           v.f_ffree, v.f_favail, v.f_flag, v.f_namemax, v.f_fsid};
    Ref<> items[11];
    for (int k = 0; k < 11; ++k) {
        items[k] = Ref<>::steal(int_from_u64(fields[k]));
        if (!items[k]) return nullptr;
    }
    return tuple_pack({items[0].get(), items[1].get(), items[2].get(), items[3].get(), items[4].get(), items[5].get(),
                       items[6].get(), items[7].get(), items[8].get(), items[9].get(), items[10].get()});
}

Object* posix_getloadavg(Object*, Object* const*, size_t nargs, Object* kwnames) {
    POSIX_ARGS("getloadavg", 0, 0);
    double loads[3];
    if (getloadavg(loads, 3) != 3) return err_set_string(OSError, "Load averages are unobtainable");
    Ref<> a = Ref<>::steal(float_from(loads[0]));
    Ref<> b = Ref<>::steal(float_from(loads[1]));
    Ref<> c = Ref<>::steal(float_from(loads[2]));
    return tuple_pack({a.get(), b.get(), c.get()});
}

// chown(path_or_fd, uid, gid, follow_symlinks): -1 leaves an id unchanged.
Object* posix_chown(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("chown", 4, 4);
    uint32_t uid, gid;
    if (!id_arg(args[1], "uid", &uid) || !id_arg(args[2], "gid", &gid)) return nullptr;
    if (is_index(args[0])) {
        int fd;
        if (!fd_arg(args[0], &fd)) return nullptr;
        if (fchown(fd, static_cast<uid_t>(uid), static_cast<gid_t>(gid)) < 0) return os_error(errno);
        return none_new();
    }
    PathArg p;
    if (!path_arg("chown", "path", args[0], &p)) return nullptr;
    int follow = object_is_true(args[3]);
    if (follow < 0) return nullptr;
    int rc = follow ? chown(p.text.c_str(), static_cast<uid_t>(uid), static_cast<gid_t>(gid))
                    : lchown(p.text.c_str(), static_cast<uid_t>(uid), static_cast<gid_t>(gid));
    if (rc < 0) return os_error(errno, p.original);
    return none_new();
}

Object* posix_getgroups(Object*, Object* const*, size_t nargs, Object* kwnames) {
    POSIX_ARGS("getgroups", 0, 0);
    int n = getgroups(0, nullptr);
    if (n < 0) return os_error(errno);
    std::vector<gid_t> groups(static_cast<size_t>(n) + 1);
    n = getgroups(static_cast<int>(groups.size()), groups.data());
    if (n < 0) return os_error(errno);
    Ref<> out = Ref<>::steal(list_new(0));
    if (!out) return nullptr;
    for (int k = 0; k < n; ++k) {
        Ref<> g = Ref<>::steal(int_from_i64(groups[static_cast<size_t>(k)]));
        if (!g || list_append(out.get(), g.get()) < 0) return nullptr;
    }
    return out.release();
}

Object* posix_getlogin(Object*, Object* const*, size_t nargs, Object* kwnames) {
    POSIX_ARGS("getlogin", 0, 0);
    errno = 0;
    const char* name = getlogin();
    if (!name) return os_error(errno ? errno : ENOTTY);
    return str_from(name);
}

#ifndef __EMSCRIPTEN__   // emscripten's libc has no CPU affinity; CPython's os lacks it there too
Object* posix_sched_getaffinity(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("sched_getaffinity", 1, 1);
    int pid;
    if (!pid_arg(args[0], &pid)) return nullptr;
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(pid, sizeof set, &set) < 0) return os_error(errno);
    Ref<> out = Ref<>::steal(list_new(0));
    if (!out) return nullptr;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (!CPU_ISSET(cpu, &set)) continue;
        Ref<> c = Ref<>::steal(int_from_i64(cpu));
        if (!c || list_append(out.get(), c.get()) < 0) return nullptr;
    }
    return out.release();   // os.py makes the set
}
#endif

Object* posix_nice(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("nice", 1, 1);
    int inc;
    if (!int_arg(args[0], &inc)) return nullptr;
    errno = 0;
    int r = nice(inc);
    if (r == -1 && errno != 0) return os_error(errno);
    return int_from_i64(r);
}

Object* posix_sync(Object*, Object* const*, size_t nargs, Object* kwnames) {
    POSIX_ARGS("sync", 0, 0);
    sync();
    return none_new();
}

Object* posix_mkfifo(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("mkfifo", 2, 2);
    PathArg p;
    int mode;
    if (!path_arg("mkfifo", "path", args[0], &p) || !int_arg(args[1], &mode)) return nullptr;
    if (mkfifo(p.text.c_str(), static_cast<mode_t>(mode)) < 0) return os_error(errno, p.original);
    return none_new();
}

// pread(fd, n, offset) and pwrite(fd, data, offset): at an offset, leaving the file position.
Object* posix_pread(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("pread", 3, 3);
    int fd;
    int64_t n, offset;
    if (!int_arg(args[0], &fd) || !ssize_arg(args[1], &n) || !long_arg(args[2], &offset)) return nullptr;
    if (n < 0) return err_set_string(ValueError, "negative buffersize in pread");
    std::string buf(static_cast<size_t>(n), '\0');
    ssize_t got;
    do {
        got = pread(fd, buf.data(), buf.size(), static_cast<off_t>(offset));
    } while (got < 0 && errno == EINTR);
    if (got < 0) return os_error(errno);
    buf.resize(static_cast<size_t>(got));
    return bytes_from(buf);
}

Object* posix_pwrite(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("pwrite", 3, 3);
    int fd;
    int64_t offset;
    std::string_view data;
    if (!int_arg(args[0], &fd) || !bytes_like_borrow(args[1], &data) || !long_arg(args[2], &offset)) return nullptr;
    ssize_t n;
    do {
        n = pwrite(fd, data.data(), data.size(), static_cast<off_t>(offset));
    } while (n < 0 && errno == EINTR);
    if (n < 0) return os_error(errno);
    return int_from_i64(n);
}

// ---- The user and group databases (lib/pwd.py and lib/grp.py build their records) ----

Object* passwd_tuple(const struct passwd* pw) {
    Ref<> name = Ref<>::steal(str_from(pw->pw_name));
    Ref<> passwd = Ref<>::steal(str_from(pw->pw_passwd ? pw->pw_passwd : ""));
    Ref<> uid = Ref<>::steal(int_from_i64(pw->pw_uid));
    Ref<> gid = Ref<>::steal(int_from_i64(pw->pw_gid));
    Ref<> gecos = Ref<>::steal(str_from(pw->pw_gecos ? pw->pw_gecos : ""));
    Ref<> dir = Ref<>::steal(str_from(pw->pw_dir ? pw->pw_dir : ""));
    Ref<> shell = Ref<>::steal(str_from(pw->pw_shell ? pw->pw_shell : ""));
    if (!name || !passwd || !uid || !gid || !gecos || !dir || !shell) return nullptr;
    return tuple_pack({name.get(), passwd.get(), uid.get(), gid.get(), gecos.get(), dir.get(), shell.get()});
}

Object* group_tuple(const struct group* gr) {
    Ref<> members = Ref<>::steal(list_new(0));
    if (!members) return nullptr;
    for (char** m = gr->gr_mem; m && *m; ++m) {
        Ref<> one = Ref<>::steal(str_from(*m));
        if (!one || list_append(members.get(), one.get()) < 0) return nullptr;
    }
    Ref<> name = Ref<>::steal(str_from(gr->gr_name));
    Ref<> passwd = Ref<>::steal(str_from(gr->gr_passwd ? gr->gr_passwd : ""));
    Ref<> gid = Ref<>::steal(int_from_i64(gr->gr_gid));
    if (!name || !passwd || !gid) return nullptr;
    return tuple_pack({name.get(), passwd.get(), gid.get(), members.get()});
}

// _getpw(uid_or_name) / _getgr(gid_or_name): the record's fields as a tuple, or None if absent.
Object* posix_getpw(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("_getpw", 1, 1);
    struct passwd* pw;
    errno = 0;
    if (is_str(args[0])) {
        pw = getpwnam(std::string(str_view(args[0])).c_str());
    } else {
        uint32_t uid;
        if (!id_arg(args[0], "uid", &uid)) return nullptr;
        pw = getpwuid(static_cast<uid_t>(uid));
    }
    if (!pw) return none_new();
    return passwd_tuple(pw);
}

Object* posix_getgr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    POSIX_ARGS("_getgr", 1, 1);
    struct group* gr;
    errno = 0;
    if (is_str(args[0])) {
        gr = getgrnam(std::string(str_view(args[0])).c_str());
    } else {
        uint32_t gid;
        if (!id_arg(args[0], "gid", &gid)) return nullptr;
        gr = getgrgid(static_cast<gid_t>(gid));
    }
    if (!gr) return none_new();
    return group_tuple(gr);
}

Object* posix_getpwall(Object*, Object* const*, size_t nargs, Object* kwnames) {
    POSIX_ARGS("_getpwall", 0, 0);
    Ref<> out = Ref<>::steal(list_new(0));
    if (!out) return nullptr;
    setpwent();
    while (struct passwd* pw = getpwent()) {
        Ref<> t = Ref<>::steal(passwd_tuple(pw));
        if (!t || list_append(out.get(), t.get()) < 0) {
            endpwent();
            return nullptr;
        }
    }
    endpwent();
    return out.release();
}

Object* posix_getgrall(Object*, Object* const*, size_t nargs, Object* kwnames) {
    POSIX_ARGS("_getgrall", 0, 0);
    Ref<> out = Ref<>::steal(list_new(0));
    if (!out) return nullptr;
    setgrent();
    while (struct group* gr = getgrent()) {
        Ref<> t = Ref<>::steal(group_tuple(gr));
        if (!t || list_append(out.get(), t.get()) < 0) {
            endgrent();
            return nullptr;
        }
    }
    endgrent();
    return out.release();
}

const MethodDef kPosixMethods[] = {
    {"getcwd", posix_getcwd, kMethSystem},   {"getcwdb", posix_getcwdb, kMethSystem},   {"chdir", posix_chdir, kMethSystem},
    {"listdir", posix_listdir, kMethSystem}, {"_listdir_types", posix_listdir_types, kMethSystem}, {"_stat", posix_stat_raw, kMethSystem},
    {"rmdir", posix_rmdir, kMethSystem},     {"unlink", posix_unlink, kMethSystem},     {"remove", posix_remove, kMethSystem},
    {"mkdir", posix_mkdir, kMethSystem},     {"rename", posix_rename, kMethSystem},     {"replace", posix_replace, kMethSystem},
    {"link", posix_link, kMethSystem},       {"symlink", posix_symlink, kMethSystem},   {"readlink", posix_readlink, kMethSystem},
    {"access", posix_access, kMethSystem},   {"chmod", posix_chmod, kMethSystem},       {"_utime", posix_utime, kMethSystem},
    {"truncate", posix_truncate, kMethSystem}, {"ftruncate", posix_truncate, kMethSystem},
    {"open", posix_open, kMethSystem},       {"close", posix_close, kMethSystem},       {"read", posix_read, kMethSystem},
    {"write", posix_write, kMethSystem},     {"lseek", posix_lseek, kMethSystem},       {"pipe", posix_pipe, kMethSystem},
    {"dup", posix_dup, kMethSystem},         {"dup2", posix_dup2, kMethSystem},         {"isatty", posix_isatty, kMethSystem},
    {"fsync", posix_fsync, kMethSystem},
    {"get_inheritable", posix_get_inheritable, kMethSystem}, {"set_inheritable", posix_set_inheritable, kMethSystem},
    {"get_blocking", posix_get_blocking, kMethSystem},       {"set_blocking", posix_set_blocking, kMethSystem},
    {"getpid", posix_getpid},   {"getppid", posix_getppid},   {"getuid", posix_getuid, kMethSystem},
    {"geteuid", posix_geteuid, kMethSystem}, {"getgid", posix_getgid, kMethSystem},     {"getegid", posix_getegid, kMethSystem},
    {"getpgrp", posix_getpgrp, kMethSystem},
    {"kill", posix_kill, kMethSystem},       {"waitpid", posix_waitpid, kMethSystem},   {"fork", posix_fork, kMethSystem},
    {"execve", posix_execve, kMethSystem},   {"execv", posix_execve, kMethSystem},      {"_exit", posix_exit, kMethSystem},
    {"system", posix_system, kMethSystem},   {"killpg", posix_killpg, kMethSystem},     {"getpgid", posix_getpgid, kMethSystem},
    {"getsid", posix_getsid, kMethSystem},   {"setsid", posix_setsid, kMethSystem},     {"pidfd_open", posix_pidfd_open, kMethSystem},
    {"_environ", posix_environ_bytes}, {"putenv", posix_putenv, kMethSystem}, {"unsetenv", posix_unsetenv, kMethSystem},
    {"strerror", posix_strerror}, {"urandom", posix_urandom}, {"cpu_count", posix_cpu_count},
    {"umask", posix_umask, kMethSystem},     {"get_terminal_size", posix_get_terminal_size, kMethSystem},
    {"_uname", posix_uname, kMethSystem},    {"_times", posix_times},
    {"_statvfs", posix_statvfs, kMethSystem}, {"getloadavg", posix_getloadavg, kMethSystem},
    {"_chown", posix_chown, kMethSystem},    {"getgroups", posix_getgroups, kMethSystem},
    {"getlogin", posix_getlogin, kMethSystem},
#ifndef __EMSCRIPTEN__
    {"_sched_getaffinity", posix_sched_getaffinity, kMethSystem},
#endif
    {"nice", posix_nice, kMethSystem},       {"sync", posix_sync, kMethSystem},
    {"_mkfifo", posix_mkfifo, kMethSystem},  {"pread", posix_pread, kMethSystem},
    {"pwrite", posix_pwrite, kMethSystem},
    {"_getpw", posix_getpw, kMethSystem},    {"_getgr", posix_getgr, kMethSystem},
    {"_getpwall", posix_getpwall, kMethSystem}, {"_getgrall", posix_getgrall, kMethSystem},
    {nullptr, nullptr},
};

struct IntConstant {
    const char* name;
    int64_t value;
};

const IntConstant kPosixConstants[] = {
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_APPEND", O_APPEND},
    {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK},
    {"O_NOCTTY", O_NOCTTY}, {"O_CLOEXEC", O_CLOEXEC}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
    {"O_SYNC", O_SYNC}, {"O_DSYNC", O_DSYNC}, {"O_ACCMODE", O_ACCMODE}, {"O_NDELAY", O_NDELAY},
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED},
    {"EX_OK", 0}, {"F_GETFD", F_GETFD}, {"F_SETFD", F_SETFD}, {"F_GETFL", F_GETFL}, {"F_SETFL", F_SETFL},
    {"FD_CLOEXEC", FD_CLOEXEC},
    {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_NOUSER", 67}, {"EX_NOHOST", 68},
    {"EX_UNAVAILABLE", 69}, {"EX_SOFTWARE", 70}, {"EX_OSERR", 71}, {"EX_OSFILE", 72}, {"EX_CANTCREAT", 73},
    {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75}, {"EX_PROTOCOL", 76}, {"EX_NOPERM", 77}, {"EX_CONFIG", 78},
    {"ST_RDONLY", ST_RDONLY}, {"ST_NOSUID", ST_NOSUID},
    {"PRIO_PROCESS", 0}, {"PRIO_PGRP", 1}, {"PRIO_USER", 2},
    {"P_PID", 1}, {"P_PGID", 2}, {"P_ALL", 0}, {"WEXITED", WEXITED}, {"WSTOPPED", WSTOPPED}, {"WNOWAIT", WNOWAIT},
    {nullptr, 0},
};

}  // namespace

Object* make_posix_module() {
    Ref<> m = Ref<>::steal(module_new("posix"));
    if (!m || module_add_functions(m.get(), kPosixMethods) < 0) return nullptr;
    for (const IntConstant* c = kPosixConstants; c->name; ++c)
        if (module_add_int(m.get(), c->name, c->value) < 0) return nullptr;
    return m.release();
}

}  // namespace pygen
