// Per-thread interpreter state: the pending exception, the stack of exceptions being handled
// (sys.exc_info()), the executing frame and the recursion depth. pygen runs one thread, so there is
// one ThreadState reachable through ts().
// CPython counterpart: Include/cpython/pystate.h (PyThreadState, _PyErr_StackItem).
#pragma once

#include "objects/object.h"

namespace pygen {

struct Frame;

// One entry of the handled-exception stack. Generators own one each (their exc_state) and link it
// in while they run, so sys.exc_info() inside and outside a generator both see the right value.
struct ExcStackItem {
    Object* exc_value = nullptr;          // strong; null or None when nothing is being handled
    ExcStackItem* previous_item = nullptr;  // borrowed; next outer entry
};

struct ThreadState {
    Object* curexc = nullptr;             // pending (raised, not yet caught) exception, strong
    ExcStackItem* exc_info = nullptr;     // top of the handled-exception stack (borrowed)
    ExcStackItem base_exc_info;           // bottom entry, owned here
    Frame* frame = nullptr;               // innermost executing Python frame (borrowed)
    int recursion_depth = 0;              // C++-level + Python-level nesting, checked against the limit
    int recursion_limit = 1000;
    int recursion_headroom = 0;           // extra depth granted while handling a RecursionError
};

ThreadState* ts();

// The exception currently being handled (sys.exc_info()[1]) or null/None. Borrowed.
Object* current_handled_exception();

// Recursion guard for C++ re-entry (calls from C++ into Python, repr of nested containers).
// Returns false with RecursionError set ("maximum recursion depth exceeded" + where).
[[nodiscard]] bool enter_recursive_call(const char* where);
void leave_recursive_call();

}  // namespace pygen
