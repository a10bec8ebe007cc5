// The async-signal-safe half of signal handling (the C handler, the pending flags, the wakeup fd)
// and the synchronous half that calls the Python handlers on the interpreter thread.
// CPython counterpart: Modules/signalmodule.c (trip_signal, _PyErr_CheckSignalsTstate).
#include "vm/signals.h"
#include "vm/thread_state.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "vm/frame_api.h"

namespace pygen {

std::atomic<bool> g_signals_pending{false};
bool g_exit_by_sigint = false;

namespace {

std::atomic<bool> g_tripped[NSIG];         // per-signal "arrived since last check"
std::atomic<int> g_wakeup_fd{-1};
Object* g_handlers[NSIG];                  // strong or null
bool g_running_handlers = false;           // no re-entry while a handler runs

}  // namespace

void signal_trip_handler(int signum) {
    int saved = errno;   // the interrupted code may be about to read errno
    if (signum > 0 && signum < NSIG) g_tripped[signum].store(true, std::memory_order_relaxed);
    g_signals_pending.store(true, std::memory_order_release);
    int fd = g_wakeup_fd.load(std::memory_order_relaxed);
    if (fd >= 0) {
        unsigned char byte = static_cast<unsigned char>(signum);
        ssize_t r = write(fd, &byte, 1);
        (void)r;   // a full pipe loses the byte, as in CPython (warn_on_full_buffer aside)
    }
    errno = saved;
}

int signal_set_wakeup_fd(int fd, bool) { return g_wakeup_fd.exchange(fd); }

Object* signal_handler_get(int signum) { return signum > 0 && signum < NSIG ? g_handlers[signum] : nullptr; }

void signal_handler_set(int signum, Object* handler) {
    if (signum <= 0 || signum >= NSIG) return;
    Object* old = g_handlers[signum];
    g_handlers[signum] = xnewref(handler);
    xdecref(old);
}

int64_t g_step_budget = -1;
StepBudgetExhaustedHook g_step_budget_exhausted_hook = nullptr;

void step_budget_set(int64_t steps) {
    g_step_budget = steps;
    if (steps >= 0) g_signals_pending.store(true, std::memory_order_relaxed);
}

int step_budget_spend() {
    if (g_step_budget > 0) {
        --g_step_budget;
        return 0;
    }
    if (g_step_budget_exhausted_hook) return g_step_budget_exhausted_hook();
    err_set_string(KeyboardInterrupt, "step budget exhausted");
    return -1;
}

namespace {
int run_signal_handlers();
}

int signals_run_pending() {
    if (g_step_budget >= 0) [[unlikely]] {
        int r = step_budget_spend() < 0 ? -1 : run_signal_handlers();
        // The budget keeps the flag set so every back edge comes here (see signals.h).
        g_signals_pending.store(true, std::memory_order_relaxed);
        return r;
    }
    int r = run_signal_handlers();
    // While tracing is on the flag stays set, so plain eval loops switch to the tracing
    // variant at their next back edge (vm/trace.h).
    if (ts()->use_tracing) [[unlikely]] g_signals_pending.store(true, std::memory_order_relaxed);
    return r;
}

namespace {
int run_signal_handlers() {
    if (g_running_handlers) return 0;
    if (!g_signals_pending.exchange(false, std::memory_order_acquire)) return 0;
    g_running_handlers = true;
    for (int s = 1; s < NSIG; s++) {
        if (!g_tripped[s].exchange(false, std::memory_order_relaxed)) continue;
        Object* h = g_handlers[s];
        if (!h || is_int(h)) continue;   // SIG_DFL / SIG_IGN recorded as ints: nothing to run
        Ref<> keep = Ref<>::borrow(h);
        Ref<> num = Ref<>::steal(int_from_i64(s));
        Ref<> frame = Ref<>::steal(frame_get_current(0));
        if (!frame) {
            err_clear();
            frame = Ref<>::borrow(None);
        }
        Object* args[2] = {num.get(), frame.get()};
        Ref<> r = Ref<>::steal(call(h, args, 2));
        if (!r) {
            // The other signals stay recorded for the next check.
            g_signals_pending.store(true, std::memory_order_relaxed);
            g_running_handlers = false;
            return -1;
        }
    }
    g_running_handlers = false;
    return 0;
}
}  // namespace

void signals_install_defaults(Object* default_int_handler) {
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
    signal_handler_set(SIGINT, default_int_handler);
    struct sigaction sa {};
    sa.sa_handler = signal_trip_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;   // no SA_RESTART: blocking calls see EINTR and check the handlers
    sigaction(SIGINT, &sa, nullptr);
}

void signals_reset() {
    for (int signum = 1; signum < NSIG; ++signum) {
        if (!g_handlers[signum]) continue;
        if (signum != SIGPIPE && signum != SIGXFSZ) signal(signum, SIG_DFL);
        clearref(g_handlers[signum]);
    }
    for (auto& t : g_tripped) t.store(false, std::memory_order_relaxed);
    g_signals_pending.store(false, std::memory_order_relaxed);
    g_wakeup_fd.store(-1, std::memory_order_relaxed);
    g_running_handlers = false;
    g_step_budget = -1;
    g_step_budget_exhausted_hook = nullptr;
}

}  // namespace pygen
