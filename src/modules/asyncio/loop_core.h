// The event loop's C++ core (loop_core.cpp): Handle, TimerHandle, the ready queue and LoopCore,
// the base of asyncio.base_events.BaseEventLoop. Task and Future schedule through
// loop_call_soon when the loop's call_soon is the core's own.
// CPython counterparts: asyncio/events.py (Handle, TimerHandle), asyncio/base_events.py.
#pragma once

#include "objects/object.h"

namespace pygen {

struct HandleObject : Object {
    Object* callback;      // strong; null once cancelled
    Object* args;          // strong tuple; None once cancelled
    Object* loop;          // strong
    Object* context;       // strong; None when the callback runs in the current context
    Object* repr;          // strong or null: the repr kept when cancelled in debug mode
    Object* source_tb;     // strong or null
    Object* dict;          // __dict__ of subclass instances
    Object* weakreflist;
    bool cancelled;
};

struct TimerHandleObject : HandleObject {
    Object* when_obj;      // strong: `when` as given (int or float)
    double when;           // the same as a double, for the heap
    bool scheduled;        // in the loop's heap
};

// FIFO ring buffer of handles (loop._ready).
struct ReadyQueue : Object {
    Object** items;        // `capacity` slots (new[]), `size` strong refs from `head`
    ssize head;
    ssize size;
    ssize capacity;
};

struct LoopCoreObject : Object {
    Object* ready;             // strong ReadyQueue
    Object* scheduled;         // strong list: heap of TimerHandles by `when`
    Object* current_handle;    // strong or null
    Object* io_wait;           // strong or null: `_io_wait(timeout)`, the selector's wait, set by
                               // selector loops only while some fd is registered (else the
                               // core sleeps with no Python call, keeping fd-less loops fast)
    Object* dict;
    Object* weakreflist;
    int64_t timer_cancelled_count;
    double clock_resolution;
    bool stopping;
    bool closed;
    bool debug;
};

inline LoopCoreObject* as_loop_core(Object* o) { return static_cast<LoopCoreObject*>(o); }

extern TypeObject HandleType;
extern TypeObject TimerHandleType;
extern TypeObject ReadyQueueType;
extern TypeObject LoopCoreType;

// New Handle for callback(*cbargs) appended to the loop's ready queue (no checks); new reference.
Object* loop_call_soon(Object* loop, Object* callback, Object* cbargs, Object* context);
// True when loop.call_soon is LoopCore's (no Python override): loop_call_soon may be used.
bool loop_has_core_call_soon(Object* loop);
// Runs a Handle's callback; 0, or -1 with SystemExit/KeyboardInterrupt pending.
int handle_run(Object* handle);
// context.run(callback, *args) (contextvars.Context or any object with a run method).
Object* context_run_call(Object* context, Object* callback, Object* const* args, size_t nargs);

void init_loop_core_types();

}  // namespace pygen
