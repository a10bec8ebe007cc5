// Signals as the interpreter sees them: a C-level handler only records that a signal arrived (one
// flag per signal plus one "something is pending" flag) and writes the wakeup fd; the Python
// handlers run later, on the interpreter thread, when the eval loop or a blocking call checks.
// The signal module (modules/signal) installs handlers through this interface.
// CPython counterpart: Modules/signalmodule.c (trip_signal, PyErr_CheckSignals).
#pragma once

#include <atomic>
#include <cstdint>

#include "objects/object.h"

namespace pygen {

extern std::atomic<bool> g_signals_pending;   // set by the C handler, cleared by signals_run_pending

// Runs the Python handlers of the signals that arrived. Returns 0, or -1 with the handler's
// exception pending (KeyboardInterrupt from the default SIGINT handler, for one).
int signals_run_pending();
// The eval loop's check: one relaxed load when nothing is pending.
inline int signals_check() {
    return g_signals_pending.load(std::memory_order_relaxed) ? signals_run_pending() : 0;
}

// ---- Step budget (fuzzing) ----
// A bound on the work a program may do, for harnesses that run arbitrary input (tests/fuzz): each
// loop back edge and each new frame spends one step; once none is left, KeyboardInterrupt("step
// budget exhausted") is raised there, and again at every later check, so no handler can keep the
// program going. Off (negative) by default. While on, it keeps g_signals_pending set, so back
// edges reach it through signals_check and cost nothing extra when it is off.
extern int64_t g_step_budget;   // steps left; negative: no budget
void step_budget_set(int64_t steps);   // steps < 0 turns it off
// Spends one step; returns -1 with KeyboardInterrupt pending when none is left (or what the
// exhausted hook decides).
int step_budget_spend();
// The embedding API's instruction budget (include/pygen/sandbox.h) reuses this budget: when set,
// the hook runs instead of raising KeyboardInterrupt once no step is left. It returns 0 to go on
// (after giving more steps) or -1 with an exception pending.
using StepBudgetExhaustedHook = int (*)();
extern StepBudgetExhaustedHook g_step_budget_exhausted_hook;

// The Python-level handler table (strong references; null means "never set from Python").
Object* signal_handler_get(int signum);            // borrowed or null
void signal_handler_set(int signum, Object* handler);   // increfs handler (may be null)
// The C handler every Python-level handler uses.
void signal_trip_handler(int signum);
// The fd the C handler writes the signal number to (-1: none); returns the previous one.
int signal_set_wakeup_fd(int fd, bool warn_on_full_buffer);

// Start-up: SIGINT gets the default int handler, SIGPIPE and SIGXFSZ are ignored (as CPython).
// `default_int_handler` is the Python callable raising KeyboardInterrupt (borrowed, kept alive).
void signals_install_defaults(Object* default_int_handler);
// Runtime teardown: every Python handler dropped and its signal back to the OS default, nothing
// pending, no wakeup fd, no step budget.
void signals_reset();

// Set when the program ended in an uncaught KeyboardInterrupt: the process then kills itself
// with SIGINT at exit, as CPython 3.11 does, so its parent sees "killed by SIGINT".
extern bool g_exit_by_sigint;

}  // namespace pygen
