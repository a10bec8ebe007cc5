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
    // sys.settrace / sys.setprofile (vm/trace.h). CPython: c_tracefunc/c_traceobj,
    // c_profilefunc/c_profileobj, tracing, cframe->use_tracing.
    Object* trace_func = nullptr;         // strong; the global trace function, null when off
    Object* profile_func = nullptr;       // strong; the profile function, null when off
    bool tracing = false;                 // a trace or profile function is running: no events
    // The eval loop runs its tracing variant while this is set: trace_func or profile_func is set
    // (and none is running), or some frame still holds an f_trace (traced_frames > 0), so that
    // such a frame only ends in the variant that releases it. Kept by trace_update_state().
    bool use_tracing = false;
    int traced_frames = 0;                // frames whose f_trace is set (kFrameHasTrace)
};

// The runtime's one thread state (thread_state.cpp); ts() is inline so the call paths read it
// without a call.
extern ThreadState g_thread_state;
inline ThreadState* ts() { return &g_thread_state; }

// The exception currently being handled (sys.exc_info()[1]) or null/None. Borrowed.
Object* current_handled_exception();

// Recursion guard for C++ re-entry (calls from C++ into Python, repr of nested containers).
// Returns false with RecursionError set ("maximum recursion depth exceeded" + where).
[[nodiscard]] bool enter_recursive_call(const char* where);
void leave_recursive_call();
// Sets RecursionError ("maximum recursion depth exceeded" + where) as enter_recursive_call does
// when the limit is passed: with the headroom that lets the exception itself be created (its
// class call counts a level too).
void raise_recursion_error(const char* where);

// Leaves a recursive call entered with enter_recursive_call() at scope exit, also when a C++
// exception (std::bad_alloc) unwinds through it.
struct RecursiveCallScope {
    RecursiveCallScope() = default;
    RecursiveCallScope(const RecursiveCallScope&) = delete;
    RecursiveCallScope& operator=(const RecursiveCallScope&) = delete;
    ~RecursiveCallScope() { leave_recursive_call(); }
};

}  // namespace pygen
