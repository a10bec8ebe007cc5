// The _posixsubprocess module: fork_exec(), the one step of subprocess.Popen that cannot be done
// in Python. Everything the child needs (argv, envp, the executables to try) is converted to C
// strings before vfork(), so the child only makes system calls: it wires its standard fds to the
// pipes, changes folder, closes the other fds and execs. When anything fails the child writes
// "OSError:<hex errno>:<stage>" to the error pipe (close-on-exec, so a successful exec leaves it
// empty) and exits 255; lib/subprocess.py reads that and raises the matching OSError.
// CPython counterpart: Modules/_posixsubprocess.c.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"

extern char** environ;

namespace pygen {

namespace {

bool int_arg(Object* o, int* out) {
    int64_t v;
    if (!index_as_i64(o, &v, "int")) return false;
    *out = static_cast<int>(v);
    return true;
}

// bytes (or str, encoded as UTF-8) without NUL -> std::string.
bool bytes_arg(Object* o, const char* what, std::string* out) {
    std::string_view v;
    if (is_bytes(o)) v = bytes_view(o);
    else if (is_str(o)) v = str_view(o);
    else {
        err_format(TypeError, "fork_exec: %s must be bytes, not %s", what, o->type->name);
        return false;
    }
    if (v.find('\0') != std::string_view::npos) {
        err_format(ValueError, "embedded null byte");
        return false;
    }
    *out = std::string(v);
    return true;
}

bool bytes_seq(Object* seq, const char* what, std::vector<std::string>* out) {
    Ref<> it = Ref<>::steal(object_iter(seq));
    if (!it) return false;
    while (Object* raw = iter_next(it.get())) {
        Ref<> item = Ref<>::steal(raw);
        std::string s;
        if (!bytes_arg(item.get(), what, &s)) return false;
        out->push_back(std::move(s));
    }
    return !err_occurred();
}

std::vector<char*> c_array(std::vector<std::string>& v) {
    std::vector<char*> out;
    for (std::string& s : v) out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

// ---- In the child: system calls only (no allocation, no Python) ----

void write_all(int fd, const char* p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;
        }
        p += w;
        n -= static_cast<size_t>(w);
    }
}

[[noreturn]] void child_fail(int errpipe, int err, const char* stage) {
    char buf[64];
    size_t n = 0;
    const char* head = "OSError:";
    for (const char* p = head; *p; ++p) buf[n++] = *p;
    char hex[16];
    int h = 0;
    unsigned v = static_cast<unsigned>(err);
    do {
        hex[h++] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v);
    while (h) buf[n++] = hex[--h];
    buf[n++] = ':';
    for (const char* p = stage; *p && n < sizeof buf; ++p) buf[n++] = *p;
    write_all(errpipe, buf, n);
    _exit(255);
}

bool set_inheritable(int fd) {
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0) return false;
    if (flags & FD_CLOEXEC) return fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC) == 0;
    return true;
}

// Closes every fd >= 3 except those in `keep` (sorted). close_range when the kernel has it.
void close_fds_except(const int* keep, size_t nkeep) {
    long lo = 3;
    long max_fd = sysconf(_SC_OPEN_MAX);
    if (max_fd < 0) max_fd = 1024;
    for (size_t i = 0; i <= nkeep; ++i) {
        long hi = i < nkeep ? keep[i] - 1 : ~0U;   // close [lo, hi]
        if (hi >= lo) {
#ifdef SYS_close_range
            if (syscall(SYS_close_range, static_cast<unsigned>(lo), static_cast<unsigned>(hi), 0) == 0) {
                if (i < nkeep) lo = keep[i] + 1;
                continue;
            }
#endif
            long end = std::min(hi, max_fd - 1);
            for (long fd = lo; fd <= end; ++fd) close(static_cast<int>(fd));
        }
        if (i < nkeep) lo = std::max(lo, static_cast<long>(keep[i]) + 1);
    }
}

struct ChildPlan {
    char* const* argv;
    char* const* envp;                  // null: inherit environ
    std::vector<char*>* executables;    // tried in order (PATH search done by the caller)
    const char* cwd;                    // null: stay
    int p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write;
    bool close_fds, restore_signals, call_setsid;
    int pgid_to_set, child_umask;
    std::vector<int>* keep_fds;         // sorted, errpipe_write included
    Object* preexec_fn;                 // null or a callable (runs Python in the child)
    const sigset_t* parent_mask;        // the mask to exec with
};

[[noreturn]] void child_exec(ChildPlan& c) {
    int errpipe = c.errpipe_write;
    // The parent's ends are not ours.
    if (c.p2cwrite != -1) close(c.p2cwrite);
    if (c.c2pread != -1) close(c.c2pread);
    if (c.errread != -1) close(c.errread);
    close(c.errpipe_read);
    // Keep the fds we move from out of 0..2 so one dup2 does not clobber the next one's source.
    if (c.c2pwrite == 0) {
        c.c2pwrite = dup(c.c2pwrite);
        if (c.c2pwrite < 0) child_fail(errpipe, errno, "noexec");
    }
    while (c.errwrite == 0 || c.errwrite == 1) {
        c.errwrite = dup(c.errwrite);
        if (c.errwrite < 0) child_fail(errpipe, errno, "noexec");
    }
    struct Move { int from, to; } moves[3] = {{c.p2cread, 0}, {c.c2pwrite, 1}, {c.errwrite, 2}};
    for (const Move& m : moves) {
        if (m.from == -1) continue;
        if (m.from == m.to) {
            if (!set_inheritable(m.to)) child_fail(errpipe, errno, "noexec");
        } else if (dup2(m.from, m.to) < 0) {
            child_fail(errpipe, errno, "noexec");
        }
    }
    if (c.cwd && chdir(c.cwd) < 0) child_fail(errpipe, errno, "chdir");
    if (c.child_umask >= 0) umask(static_cast<mode_t>(c.child_umask));
    if (c.restore_signals) {
        signal(SIGPIPE, SIG_DFL);
        signal(SIGXFSZ, SIG_DFL);
    }
    // The parent's C handlers must not run here (after vfork they would write the parent's
    // memory and its wakeup fd): caught signals go back to their default before the mask
    // the parent had (all blocked since before the fork) is restored. exec would reset them
    // anyway; ignored signals stay ignored, as exec keeps them.
    for (int sig = 1; sig < NSIG; ++sig) {
        struct sigaction sa;
        if (sigaction(sig, nullptr, &sa) != 0) continue;
        if ((sa.sa_flags & SA_SIGINFO) || (sa.sa_handler != SIG_IGN && sa.sa_handler != SIG_DFL))
            signal(sig, SIG_DFL);
    }
    sigprocmask(SIG_SETMASK, c.parent_mask, nullptr);
    if (c.call_setsid && setsid() < 0) child_fail(errpipe, errno, "noexec");
    if (c.pgid_to_set >= 0 && setpgid(0, c.pgid_to_set) < 0) child_fail(errpipe, errno, "noexec");
    if (c.preexec_fn) {
        Object* r = call0(c.preexec_fn);
        if (!r) {
            const char* msg = "SubprocessError:0:Exception occurred in preexec_fn.";
            write_all(errpipe, msg, std::strlen(msg));
            _exit(255);
        }
    }
    for (int fd : *c.keep_fds)
        if (fd != errpipe && !set_inheritable(fd)) child_fail(errpipe, errno, "noexec");
    if (c.close_fds) close_fds_except(c.keep_fds->data(), c.keep_fds->size());
    // Try each candidate; report the first error that is not "no such file" (as a shell does).
    int saved = 0;
    for (char* exe : *c.executables) {
        if (!exe) break;
        if (c.envp) execve(exe, c.argv, c.envp);
        else execv(exe, c.argv);
        if (errno != ENOENT && errno != ENOTDIR && saved == 0) saved = errno;
    }
    child_fail(errpipe, saved ? saved : errno, "");
}

// fork_exec(args, executable_list, close_fds, pass_fds, cwd, env,
//           p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
//           errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set,
//           umask, preexec_fn) -> pid
Object* fork_exec(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("fork_exec", nargs, kwnames, 19, 19)) return nullptr;
    std::vector<std::string> argv_s, exe_s, env_s;
    if (!bytes_seq(args[0], "args", &argv_s)) return nullptr;
    if (!bytes_seq(args[1], "executable", &exe_s)) return nullptr;
    if (exe_s.empty()) return err_set_string(ValueError, "fork_exec: no executable");
    int close_fds = object_is_true(args[2]);
    if (close_fds < 0) return nullptr;
    std::vector<int> keep;
    {
        Ref<> it = Ref<>::steal(object_iter(args[3]));
        if (!it) return nullptr;
        while (Object* raw = iter_next(it.get())) {
            Ref<> item = Ref<>::steal(raw);
            int fd;
            if (!int_arg(item.get(), &fd)) return nullptr;
            if (fd < 0) return err_set_string(ValueError, "bad value(s) in fds_to_keep");
            keep.push_back(fd);
        }
        if (err_occurred()) return nullptr;
    }
    std::string cwd_s;
    bool has_cwd = args[4] != None;
    if (has_cwd && !bytes_arg(args[4], "cwd", &cwd_s)) return nullptr;
    bool has_env = args[5] != None;
    if (has_env && !bytes_seq(args[5], "env", &env_s)) return nullptr;
    int fds[8];
    for (int i = 0; i < 8; ++i)
        if (!int_arg(args[6 + i], &fds[i])) return nullptr;
    int restore = object_is_true(args[14]);
    int setsid_flag = object_is_true(args[15]);
    if (restore < 0 || setsid_flag < 0) return nullptr;
    int pgid, child_umask;
    if (!int_arg(args[16], &pgid) || !int_arg(args[17], &child_umask)) return nullptr;
    Object* preexec = args[18] == None ? nullptr : args[18];

    keep.push_back(fds[7]);   // the error pipe stays open until exec closes it
    std::sort(keep.begin(), keep.end());
    keep.erase(std::unique(keep.begin(), keep.end()), keep.end());
    std::vector<char*> argv = c_array(argv_s), envp = c_array(env_s), exes = c_array(exe_s);
    // All signals stay blocked across the fork so no handler runs in the child before it has
    // reset them (see child_exec).
    sigset_t all, old_mask;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, &old_mask);
    ChildPlan plan{argv.data(), has_env ? envp.data() : nullptr, &exes, has_cwd ? cwd_s.c_str() : nullptr,
                   fds[0], fds[1], fds[2], fds[3], fds[4], fds[5], fds[6], fds[7],
                   close_fds != 0, restore != 0, setsid_flag != 0, pgid, child_umask, &keep, preexec,
                   &old_mask};
    // vfork unless Python code must run in the child: no page tables copied, no copy-on-write
    // faults in the parent afterwards (CPython uses vfork the same way). The child only makes
    // system calls on memory prepared above and leaves by exec or _exit.
#if defined(__SANITIZE_ADDRESS__)
    pid_t pid = fork();   // the sanitizer's shadow memory would be shared with a vfork child
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
    pid_t pid = fork();
#else
    pid_t pid = preexec ? fork() : vfork();
#endif
#else
    pid_t pid = preexec ? fork() : vfork();
#endif
    if (pid == 0) child_exec(plan);
    int fork_errno = errno;
    sigprocmask(SIG_SETMASK, &old_mask, nullptr);
    if (pid < 0) {
        int e = fork_errno;
        Ref<> code = Ref<>::steal(int_from_i64(e));
        Ref<> msg = Ref<>::steal(str_from(std::strerror(e)));
        Object* eargs[2] = {code.get(), msg.get()};
        Ref<> exc = Ref<>::steal(call(OSError, eargs, 2));
        if (exc) err_set_instance(exc.get());
        return nullptr;
    }
    return int_from_i64(pid);
}

const MethodDef kMethods[] = {
    {"fork_exec", fork_exec, kMethSystem},
    {nullptr, nullptr},
};

}  // namespace

Object* make_posixsubprocess_module() {
    Ref<> m = Ref<>::steal(module_new("_posixsubprocess"));
    if (!m || module_add_functions(m.get(), kMethods) < 0) return nullptr;
    return m.release();
}

}  // namespace pygen
