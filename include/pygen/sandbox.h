// Limits for untrusted scripts: a memory cap (MemoryError beyond it, the host unharmed), an
// instruction budget with an interrupt callback, an allowlist of importable modules, and a switch
// removing the ways out of the sandbox at their source (files, processes, network, signals).
//
// All limits are runtime-wide (pygen has one runtime per process, see pygen.h); a host running
// several scripts sets them around each resume, which costs a few stores.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "pygen/value.h"

namespace pygen {

// ---- Instruction budget ----
// Every loop back edge and every new frame (call, generator creation) spends one step. When none
// is left the interrupt callback runs (if set); if it returns true it must have given more steps
// (set_budget) and the script goes on; otherwise pygen.BudgetExceeded (a BaseException subclass,
// so `except Exception` does not catch it) is raised at that point.
enum class BudgetMode {
    // Raised once, then the budget is off: a script may catch it (cooperative scripts).
    Catchable,
    // Raised again at every later back edge and call until the host sets a new budget: no handler
    // can keep the script running (at most straight-line code runs), so it ends raising it.
    Abort,
};
void set_budget(int64_t steps, BudgetMode mode = BudgetMode::Abort);   // steps < 0: no budget
int64_t budget_left();          // steps left; negative when there is no budget
bool budget_exhausted();        // the budget reached 0 since it was last set
void clear_budget();            // no budget (same as set_budget(-1))
// Called on exhaustion; return true to continue (after set_budget), false to raise.
void set_interrupt_callback(std::function<bool()> callback);
// The pygen.BudgetExceeded class.
Value budget_exceeded_type();

// ---- Memory cap ----
// Caps the bytes held by Python objects (object blocks, list/dict/set tables, str/bytes/int
// payloads including GMP's limbs, frames), counted from the moment the cap is set. An allocation that would pass the
// cap raises MemoryError in the script; the host's own allocations are not counted.
// bytes == 0 removes the cap.
void set_memory_limit(size_t bytes);
size_t memory_used();   // bytes counted since the cap was set (0 when no cap)

// ---- Imports and escape hatches (README "Sandbox: what is guaranteed") ----
// Only these top-level modules (and their submodules) may be imported by script code; others
// raise ImportError "import of 'x' is not allowed" (its name attribute set). Checked by absolute
// name (relative imports resolved first) on every route that imports by name for a script: import
// statements, __import__, importlib's import_module/_gcd_import/find_spec and its loaders,
// pickle's find_class, mock.patch. Import statements written in the embedded standard library's
// own code are not checked: an allowed module loads what it needs (json loads re), and what it
// loads stays reachable as its attributes (json.decoder.re) but not importable by name. Imports
// made by the host (pygen::import) are not checked. An empty list removes the allowlist.
// The allowlist is not a capability boundary: remove_system_access() is.
void set_import_allowlist(std::vector<std::string> modules);
// One-way for the runtime (until finalize()): the C++ functions that reach outside the runtime
// refuse with PermissionError (errno EPERM) wherever a script finds them (os/posix: files,
// descriptors, processes, environment writes, cwd; io's files; _socket, _select, _signal's
// handlers and alarms, _posixsubprocess, time.sleep, stdin reads, closing std streams, _imp's
// file reads); os.environ reads as empty; the import system searches no folder; tracebacks read
// no source file; open, input, breakpoint, exit, quit and help leave builtins; os, sys, io,
// importlib, socket, subprocess and the like are refused by name. Pure computation, print, the
// embedded library and host-installed modules go on working.
void remove_system_access();

}  // namespace pygen
