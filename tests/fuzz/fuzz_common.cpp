// The harnesses' shared runtime set-up (see fuzz_common.h).
#include "fuzz_common.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "pygen/pygen.h"
#include "objects/errors.h"
#include "vm/gc.h"
#include "vm/signals.h"

// The sanitizer settings every harness needs: allocation failures become MemoryError as in a
// release build, and the fuzzer's own leak check decides about leaks.
extern "C" const char* __asan_default_options() { return "allocator_may_return_null=1"; }

namespace pygen::fuzz {

namespace {

// Replaces what could touch the outside world with functions raising OSError, keeping reads of
// process state (getpid, getcwd, environ) since programs print them. Snapshots builtins and sys
// so reset_state() can undo what an input changed.
constexpr const char* kSandbox = R"PY(
import posix, sys, gc, time, builtins
def _denied(*args, **kwargs):
    raise OSError("denied in the fuzzer")
for _name in ('chdir', 'rmdir', 'unlink', 'remove', 'mkdir', 'rename', 'replace', 'link',
              'symlink', 'chmod', '_utime', 'truncate', 'ftruncate', 'open', 'close', 'write',
              'read', 'dup', 'pipe', 'lseek', 'fsync', 'kill', 'waitpid', 'fork', 'execve',
              'execv', '_exit', 'system', 'putenv', 'unsetenv', 'umask', 'set_blocking',
              'set_inheritable'):
    setattr(posix, _name, _denied)
import signal
for _name in ('alarm', 'setitimer', 'pause', 'raise_signal', 'pthread_kill', 'pthread_sigmask',
              'siginterrupt', 'set_wakeup_fd', 'signal'):
    if hasattr(signal, _name):
        setattr(signal, _name, _denied)
    if hasattr(signal, '_signal') and hasattr(signal._signal, _name):
        setattr(signal._signal, _name, _denied)
time.sleep = lambda seconds: None
_limit = sys.setrecursionlimit
def _setrecursionlimit(n):
    # A huge limit lets C++ recursion (repr of nested data) overflow the C stack, in CPython too.
    _limit(min(n, 1500) if isinstance(n, int) else n)
sys.setrecursionlimit = _setrecursionlimit
_fuzz_saved = (dict(builtins.__dict__), dict(sys.__dict__), gc.get_threshold(), sys.getrecursionlimit())
builtins._fuzz_saved = _fuzz_saved
)PY";

constexpr const char* kReset = R"PY(
import builtins as _b
_s = _b.__dict__.get('_fuzz_saved')
if _s is not None:
    _b.__dict__.clear(); _b.__dict__.update(_s[0])
    import sys as _sys, gc as _gc
    for _k in list(_sys.__dict__):
        if _k not in _s[1]:
            del _sys.__dict__[_k]
    _sys.__dict__.update(_s[1])
    _gc.enable()
    _gc.set_threshold(*_s[2])
    _sys.setrecursionlimit(_s[3])
)PY";

}  // namespace

void init() {
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) {
        dup2(devnull, 1);
        ::close(devnull);
    }
    Interpreter py;
    if (!py.ok() || !py.run(kSandbox, "<fuzz sandbox>")) {
        std::fprintf(stderr, "fuzz: runtime start-up failed:\n%s", py.last_error().c_str());
        std::abort();
    }
}

void reset_state() {
    step_budget_set(-1);
    Interpreter py;
    if (!py.run(kReset, "<fuzz reset>")) {
        std::fprintf(stderr, "fuzz: state reset failed:\n%s", py.last_error().c_str());
        std::abort();
    }
}

void run_source(std::string_view source, int64_t steps) {
    {
        Interpreter py;
        step_budget_set(steps);
        (void)py.run(source, "<fuzz>");
        // The namespace dies here, still under the budget: a __del__ may loop too.
        step_budget_set(steps / 4);
    }
    err_clear();
    // Cycles made by the input, finalisers and all, are collected with the input that made them.
    step_budget_set(steps / 4);
    (void)gc_collect();
    err_clear();
    reset_state();
}

}  // namespace pygen::fuzz
