// The C++ core of asyncio (the `_asyncio` module): Future, its await iterator, Task with the step
// that drives the coroutine through gen_send_ex2, and the task registry. The event loop, gather,
// wait and the rest stay in lib/asyncio (Python), which imports these types when present.
// CPython counterpart: Modules/_asynciomodule.c.
#pragma once

#include "objects/object.h"

namespace pygen {

enum class FutState : uint8_t { Pending = 0, Cancelled = 1, Finished = 2 };

// Future state. Task extends it; Python subclasses of either add a __dict__ of their own only if
// the base has none, and ours has one (as CPython's), so instances accept any attribute.
struct FutureObject : Object {
    Object* loop;            // strong; null until __init__ ran
    Object* callback0;       // the first done callback (strong, null when none): most futures have one
    Object* context0;        // its context (strong, may be None)
    Object* callbacks;       // list of (callback, context) tuples after the first, or null
    Object* result;          // strong; null unless finished with a result
    Object* exception;       // strong; null unless finished with an exception
    Object* exception_tb;    // strong; the exception's traceback when it was set
    Object* source_tb;       // strong; _source_traceback (None: no debug tracking in pygen)
    Object* cancel_msg;      // strong or null
    Object* cancelled_exc;   // strong or null: the CancelledError a Task recorded
    Object* dict;            // __dict__ (strong or null)
    Object* weakreflist;     // weak references (weakref module)
    FutState state;
    bool blocking;           // _asyncio_future_blocking
    bool log_tb;             // exception set and never retrieved
    bool finalized;          // the never-retrieved / destroyed-pending report already ran
};

struct TaskObject : FutureObject {
    Object* coro;            // strong: the coroutine being driven
    Object* context;         // strong: the context each step runs in (None while no contextvars)
    Object* name;            // strong str, or null: named lazily "Task-N" from `name_index`
    Object* fut_waiter;      // strong or null: the Future this Task waits for
    Object* step_fn;         // strong or null: task_step bound to this Task, made once, dropped when done
    Object* wakeup_fn;       // strong or null: task_wakeup bound to this Task, likewise
    TaskObject* all_prev;    // the live-task list (all_tasks); both null when not linked
    TaskObject* all_next;
    int64_t name_index;      // counter value for the lazy default name
    int num_cancels_requested;
    bool must_cancel;        // throw CancelledError at the next step
    bool log_destroy_pending;
};

extern TypeObject FutureType;       // _asyncio.Future
extern TypeObject FutureIterType;   // _asyncio.FutureIter
extern TypeObject TaskType;         // _asyncio.Task

inline bool is_future(Object* o) { return is_subtype(o->type, &FutureType); }
inline bool is_task(Object* o) { return is_subtype(o->type, &TaskType); }

// Shared by future.cpp and task.cpp (defined in future.cpp).
// Lazily imported Python-level pieces; borrowed, null with an exception when unavailable.
Object* asyncio_cancelled_error();
Object* asyncio_invalid_state_error();
Object* asyncio_get_event_loop_fn();          // asyncio.events._get_event_loop
Object* asyncio_running_loop();               // the running loop (borrowed) or null
// Schedules callback(arg) on loop with context (None allowed). 0 ok, -1 error.
int future_call_soon(Object* loop, Object* callback, Object* arg, Object* context);
// Future state transitions used by Task (no Task override checks). Return null/false on error.
[[nodiscard]] bool future_set_result(FutureObject* fut, Object* result);
[[nodiscard]] bool future_set_exception(FutureObject* fut, Object* exc);
// True when it was pending (now cancelled); a callback-scheduling failure leaves an exception set.
bool future_cancel(FutureObject* fut, Object* msg);
[[nodiscard]] bool future_add_callback(FutureObject* fut, Object* callback, Object* context);
// The CancelledError to raise for a cancelled future (new reference).
Object* future_make_cancelled_error(FutureObject* fut);
// fut.result() semantics without the method call: new reference or null with the exception.
Object* future_get_result(FutureObject* fut);
int future_init(FutureObject* fut, Object* loop);
void future_traverse(Object* o, VisitFn visit, void* arg);
int future_clear(Object* o);
Object* future_repr_with(Object* self, const char* helper);

// Registry (task.cpp).
int enter_task(Object* loop, Object* task);
int leave_task(Object* loop, Object* task);

void init_future_types();
void init_task_type();
// The per-runtime task registry (current tasks, live list), made with each _asyncio module.
bool ensure_task_registry();
Object* make_asyncio_module();

}  // namespace pygen
