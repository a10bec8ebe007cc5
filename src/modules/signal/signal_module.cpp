// The _signal module: installing handlers (signal, getsignal), sending and waiting for signals
// (raise_signal, pthread_kill, alarm, pause, setitimer), the wakeup fd asyncio uses, and the
// constants. lib/signal.py wraps it with the Signals/Handlers enums as CPython's signal.py does.
// The delivery machinery (C handler, pending flags, running Python handlers) is vm/signals.cpp.
// CPython counterpart: Modules/signalmodule.c.
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>

#include "modules/builtins_args.h"
#include "vm/runtime.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/signals.h"

namespace pygen {

namespace {

Object* g_default_int_handler = nullptr;   // strong: the module's default_int_handler

Object* os_error(int e) {
    Ref<> code = Ref<>::steal(int_from_i64(e));
    Ref<> msg = Ref<>::steal(str_from(std::strerror(e)));
    Object* args[2] = {code.get(), msg.get()};
    Ref<> exc = Ref<>::steal(call(OSError, args, 2));
    if (exc) err_set_instance(exc.get());
    return nullptr;
}

bool signum_arg(Object* o, int* out) {
    int64_t v;
    if (!index_as_i64(o, &v, "int")) return false;
    if (v < 1 || v >= NSIG) {
        err_set_string(ValueError, "signal number out of range");
        return false;
    }
    *out = static_cast<int>(v);
    return true;
}

Object* sig_default_int_handler(Object*, Object* const*, size_t, Object*) {
    return err_set_object(KeyboardInterrupt, nullptr);
}

// What a signal's disposition is when Python never set it: SIG_DFL (0), SIG_IGN (1) or None
// (a handler installed by someone else).
Object* disposition_now(int s) {
    struct sigaction sa {};
    if (sigaction(s, nullptr, &sa) < 0) return none_new();
    if (sa.sa_handler == SIG_DFL) return int_from_i64(0);
    if (sa.sa_handler == SIG_IGN) return int_from_i64(1);
    return none_new();
}

// signal(signalnum, handler): handler is 0 (SIG_DFL), 1 (SIG_IGN) or a callable.
Object* sig_signal(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("signal", nargs, kwnames, 2, 2)) return nullptr;
    int s;
    if (!signum_arg(args[0], &s)) return nullptr;
    Object* h = args[1];
    struct sigaction sa {};
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;
    int64_t code = -1;
    if (is_int(h)) {
        if (!index_as_i64(h, &code, "int")) return nullptr;
        if (code != 0 && code != 1)
            return err_set_string(TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        sa.sa_handler = code == 0 ? SIG_DFL : SIG_IGN;
    } else if (!is_callable(h)) {
        return err_set_string(TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    } else {
        sa.sa_handler = signal_trip_handler;
    }
    struct sigaction old {};
    if (sigaction(s, &sa, &old) < 0) return os_error(errno);
    Ref<> previous = Ref<>::borrow(signal_handler_get(s));
    if (!previous) previous = Ref<>::steal(old.sa_handler == SIG_DFL ? int_from_i64(0) : old.sa_handler == SIG_IGN ? int_from_i64(1) : none_new());
    signal_handler_set(s, h);
    return previous.release();
}

Object* sig_getsignal(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("getsignal", nargs, kwnames)) return nullptr;
    int s;
    if (!signum_arg(args[0], &s)) return nullptr;
    if (Object* h = signal_handler_get(s)) return newref(h);
    return disposition_now(s);
}

Object* sig_raise_signal(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("raise_signal", nargs, kwnames)) return nullptr;
    int s;
    if (!signum_arg(args[0], &s)) return nullptr;
    if (raise(s) != 0) return os_error(errno);
    // CPython checks right after: the handler runs before raise_signal returns.
    if (signals_check() < 0) return nullptr;
    return none_new();
}

Object* sig_pthread_kill(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("pthread_kill", nargs, kwnames, 2, 2)) return nullptr;
    int64_t tid;
    if (!index_as_i64(args[0], &tid, "unsigned long")) return nullptr;
    int64_t s;
    if (!index_as_i64(args[1], &s, "int")) return nullptr;
    int err = pthread_kill(static_cast<pthread_t>(tid), static_cast<int>(s));
    if (err != 0) return os_error(err);
    if (signals_check() < 0) return nullptr;
    return none_new();
}

Object* sig_alarm(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("alarm", nargs, kwnames)) return nullptr;
    int64_t secs;
    if (!index_as_i64(args[0], &secs, "int")) return nullptr;
    return int_from_i64(alarm(static_cast<unsigned>(secs)));
}

Object* sig_pause(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("pause", nargs, kwnames)) return nullptr;
    pause();
    if (signals_check() < 0) return nullptr;
    return none_new();
}

Object* sig_strsignal(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("strsignal", nargs, kwnames)) return nullptr;
    int s;
    if (!signum_arg(args[0], &s)) return nullptr;
    const char* text = strsignal(s);
    if (!text || std::strncmp(text, "Unknown signal", 14) == 0 || std::strncmp(text, "Real-time signal", 16) == 0)
        return none_new();
    return str_from(text);
}

Object* sig_valid_signals(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("valid_signals", nargs, kwnames)) return nullptr;
    sigset_t all;
    sigfillset(&all);
    Ref<> out = Ref<>::steal(set_new(nullptr));
    if (!out) return nullptr;
    for (int s = 1; s < NSIG; s++) {
        if (sigismember(&all, s) != 1) continue;
        Ref<> n = Ref<>::steal(int_from_i64(s));
        if (!n || set_add(out.get(), n.get()) < 0) return nullptr;
    }
    return out.release();
}

Object* sig_siginterrupt(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("siginterrupt", nargs, kwnames, 2, 2)) return nullptr;
    int s;
    if (!signum_arg(args[0], &s)) return nullptr;
    int flag = object_is_true(args[1]);
    if (flag < 0) return nullptr;
    struct sigaction sa {};
    if (sigaction(s, nullptr, &sa) < 0) return os_error(errno);
    if (flag) sa.sa_flags &= ~SA_RESTART;
    else sa.sa_flags |= SA_RESTART;
    if (sigaction(s, &sa, nullptr) < 0) return os_error(errno);
    return none_new();
}

Object* sig_set_wakeup_fd(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const names[] = {"fd", "warn_on_full_buffer"};
    Object* a[2];
    if (!bind_args(ArgSpec{"set_wakeup_fd", names, 2, 1, 1, 1}, args, nargs, kwnames, a)) return nullptr;
    int64_t fd;
    if (!index_as_i64(a[0], &fd, "int")) return nullptr;
    if (fd != -1) {
        int flags = fcntl(static_cast<int>(fd), F_GETFL);
        if (flags < 0) return os_error(errno);
        if (!(flags & O_NONBLOCK)) return err_format(ValueError, "the fd %d must be in non-blocking mode", static_cast<int>(fd));
    }
    return int_from_i64(signal_set_wakeup_fd(static_cast<int>(fd), true));
}

double timeval_seconds(const timeval& tv) { return static_cast<double>(tv.tv_sec) + tv.tv_usec / 1e6; }

bool seconds_timeval(Object* o, timeval* out) {
    Ref<> f = Ref<>::steal(number_float(o));
    if (!f) return false;
    double d = float_value(f.get());
    out->tv_sec = static_cast<time_t>(d);
    out->tv_usec = static_cast<suseconds_t>(std::llround((d - std::floor(d)) * 1e6));
    if (out->tv_usec >= 1000000) {
        out->tv_sec++;
        out->tv_usec -= 1000000;
    }
    if (d > 0 && out->tv_sec == 0 && out->tv_usec == 0) out->tv_usec = 1;
    return true;
}

Object* itimer_tuple(const itimerval& v) {
    Ref<> a = Ref<>::steal(float_from(timeval_seconds(v.it_value)));
    Ref<> b = Ref<>::steal(float_from(timeval_seconds(v.it_interval)));
    return tuple_pack({a.get(), b.get()});
}

// signal.py turns this OSError into signal.ItimerError (an OSError subclass).
Object* itimer_error(int e) { return os_error(e); }

Object* sig_setitimer(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("setitimer", nargs, kwnames, 2, 3)) return nullptr;
    int64_t which;
    if (!index_as_i64(args[0], &which, "int")) return nullptr;
    itimerval nv{}, old{};
    if (!seconds_timeval(args[1], &nv.it_value)) return nullptr;
    if (nargs > 2 && !seconds_timeval(args[2], &nv.it_interval)) return nullptr;
    if (setitimer(static_cast<int>(which), &nv, &old) < 0) return itimer_error(errno);
    return itimer_tuple(old);
}

Object* sig_getitimer(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("getitimer", nargs, kwnames)) return nullptr;
    int64_t which;
    if (!index_as_i64(args[0], &which, "int")) return nullptr;
    itimerval v{};
    if (getitimer(static_cast<int>(which), &v) < 0) return itimer_error(errno);
    return itimer_tuple(v);
}

// pthread_sigmask(how, mask) -> the previous mask as a set of ints.
Object* sig_pthread_sigmask(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("pthread_sigmask", nargs, kwnames, 2, 2)) return nullptr;
    int64_t how;
    if (!index_as_i64(args[0], &how, "int")) return nullptr;
    sigset_t set;
    sigemptyset(&set);
    Ref<> it = Ref<>::steal(object_iter(args[1]));
    if (!it) return nullptr;
    while (Object* raw = iter_next(it.get())) {
        Ref<> item = Ref<>::steal(raw);
        int s;
        if (!signum_arg(item.get(), &s)) return nullptr;
        sigaddset(&set, s);
    }
    if (err_occurred()) return nullptr;
    sigset_t old;
    int err = pthread_sigmask(static_cast<int>(how), &set, &old);
    if (err != 0) return os_error(err);
    Ref<> out = Ref<>::steal(set_new(nullptr));
    if (!out) return nullptr;
    for (int s = 1; s < NSIG; s++) {
        if (sigismember(&old, s) != 1) continue;
        Ref<> n = Ref<>::steal(int_from_i64(s));
        if (!n || set_add(out.get(), n.get()) < 0) return nullptr;
    }
    if (signals_check() < 0) return nullptr;
    return out.release();
}

const MethodDef kSignalFunctions[] = {
    {"signal", sig_signal, kMethSystem},
    {"getsignal", sig_getsignal},
    {"raise_signal", sig_raise_signal, kMethSystem},
    {"pthread_kill", sig_pthread_kill, kMethSystem},
    {"pthread_sigmask", sig_pthread_sigmask, kMethSystem},
    {"alarm", sig_alarm, kMethSystem},
    {"pause", sig_pause, kMethSystem},
    {"strsignal", sig_strsignal},
    {"valid_signals", sig_valid_signals},
    {"siginterrupt", sig_siginterrupt, kMethSystem},
    {"set_wakeup_fd", sig_set_wakeup_fd, kMethSystem},
    {"setitimer", sig_setitimer, kMethSystem},
    {"getitimer", sig_getitimer},
    {nullptr, nullptr},
};

const MethodDef kDefaultIntHandler[] = {
    {"default_int_handler", sig_default_int_handler},
    {nullptr, nullptr},
};

struct SigConstant {
    const char* name;
    int value;
};

const SigConstant kSignals[] = {
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP},
    {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG},
    {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},
    {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL}, {"SIGPWR", SIGPWR},
    {"SIGSYS", SIGSYS}, {"SIGCLD", SIGCHLD},
    {nullptr, 0},
};

}  // namespace

Object* make_signal_module() {
    Ref<> m = Ref<>::steal(module_new("_signal"));
    if (!m || module_add_functions(m.get(), kSignalFunctions) < 0) return nullptr;
    if (!g_default_int_handler) {
        // Made once: the same object is both the module attribute and SIGINT's start-up handler.
        Ref<> tmp = Ref<>::steal(module_new("_signal_tmp"));
        if (!tmp || module_add_functions(tmp.get(), kDefaultIntHandler) < 0) return nullptr;
        Ref<> h = Ref<>::steal(object_getattr_str(tmp.get(), "default_int_handler"));
        if (!h) return nullptr;
        g_default_int_handler = h.release();
        runtime_slot(&g_default_int_handler);
    }
    if (module_add_object(m.get(), "default_int_handler", g_default_int_handler) < 0) return nullptr;
    for (const SigConstant* c = kSignals; c->name; ++c)
        if (module_add_int(m.get(), c->name, c->value) < 0) return nullptr;
    if (module_add_int(m.get(), "SIGRTMIN", SIGRTMIN) < 0 || module_add_int(m.get(), "SIGRTMAX", SIGRTMAX) < 0 ||
        module_add_int(m.get(), "NSIG", NSIG) < 0 || module_add_int(m.get(), "SIG_DFL", 0) < 0 ||
        module_add_int(m.get(), "SIG_IGN", 1) < 0 || module_add_int(m.get(), "SIG_BLOCK", SIG_BLOCK) < 0 ||
        module_add_int(m.get(), "SIG_UNBLOCK", SIG_UNBLOCK) < 0 || module_add_int(m.get(), "SIG_SETMASK", SIG_SETMASK) < 0 ||
        module_add_int(m.get(), "ITIMER_REAL", ITIMER_REAL) < 0 || module_add_int(m.get(), "ITIMER_VIRTUAL", ITIMER_VIRTUAL) < 0 ||
        module_add_int(m.get(), "ITIMER_PROF", ITIMER_PROF) < 0)
        return nullptr;
    return m.release();
}

// Start-up: called once the runtime exists so SIGINT raises KeyboardInterrupt from the start.
bool signals_init() {
    Ref<> m = Ref<>::steal(make_signal_module());
    if (!m) return false;
    signals_install_defaults(g_default_int_handler);
    return true;
}

}  // namespace pygen
