// The one ThreadState of the pygen runtime, the handled-exception lookup used by sys.exc_info()
// and implicit exception chaining, and the C++ recursion guard. The VM keeps `frame` and the
// Python-level depth up to date; this file only reads them.
// CPython counterparts: Python/pystate.c (thread state), Python/errors.c
// (_PyErr_GetTopmostException), Python/ceval.c (_Py_CheckRecursiveCall).
#include "vm/thread_state.h"

#include <cstdio>
#include <cstdlib>

#include "objects/errors.h"

namespace pygen {

// constinit so that code running from other translation units' static initialisers already sees
// a usable state (exc_info must point at the owned bottom entry from the start).
constinit ThreadState g_thread_state{nullptr, &g_thread_state.base_exc_info};

namespace {

// How far past the limit code may go while a RecursionError is being created and handled before
// we give up: the same margin CPython allows.
constexpr int kRecursionHeadroomLimit = 50;

}  // namespace

// CPython: errors.c, _PyErr_GetTopmostException — skip entries of generators that are linked in
// but are not handling anything.
Object* current_handled_exception() {
    ExcStackItem* item = g_thread_state.exc_info;
    if (item == nullptr) return nullptr;
    while ((item->exc_value == nullptr || item->exc_value == None) && item->previous_item != nullptr) {
        item = item->previous_item;
    }
    return item->exc_value;
}

// CPython: ceval.c, _Py_CheckRecursiveCall. While the RecursionError itself is being raised and
// handled (headroom > 0) we allow a little extra depth so the handler can run.
bool enter_recursive_call(const char* where) {
    ThreadState* t = &g_thread_state;
    if (++t->recursion_depth <= t->recursion_limit) return true;
    if (t->recursion_headroom > 0) {
        if (t->recursion_depth > t->recursion_limit + kRecursionHeadroomLimit) {
            std::fputs("Fatal Python error: Cannot recover from stack overflow.\n", stderr);
            std::abort();
        }
        return true;
    }
    raise_recursion_error(where);
    --t->recursion_depth;
    return false;
}

void raise_recursion_error(const char* where) {
    ThreadState* t = &g_thread_state;
    ++t->recursion_headroom;
    err_format(RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
    --t->recursion_headroom;
}

void leave_recursive_call() { --g_thread_state.recursion_depth; }

}  // namespace pygen
