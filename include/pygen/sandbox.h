// Limits for untrusted scripts: a memory cap (MemoryError beyond it, the host unharmed), an
// instruction budget with an interrupt callback, an allowlist of importable modules, and a switch
// removing the ways out of the sandbox (open, os, socket, subprocess, ...).
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

// ---- Imports and escape hatches ----
// Only these top-level modules (and their submodules) may be imported; others raise ImportError
// "import of 'x' is not allowed". Modules already imported by the host stay reachable through
// objects it hands out. An empty list removes the allowlist.
void set_import_allowlist(std::vector<std::string> modules);
// Removes open() from builtins and refuses os, posix, socket, subprocess, select, signal, io's
// file access, ctypes-like modules and importlib's loaders (one-way: stays until finalize() ends the runtime).
void remove_system_access();

}  // namespace pygen
