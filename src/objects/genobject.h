// The generator family: generator, coroutine and async generator share one head (the frame, the
// running state, the code, the weak-reference list, the name and qualified name, and the saved
// exception state), as CPython's _PyGenObject_HEAD. Everything that enters a generator's frame
// goes through gen_send_ex2. Also the async-generator helper objects (asend, athrow, wrapped value)
// and the coroutine wrapper returned by coroutine.__await__.
// CPython counterparts: Include/cpython/genobject.h, Objects/genobject.c.
#pragma once

#include "objects/function.h"
#include "objects/object.h"
#include "vm/frame.h"
#include "vm/thread_state.h"

namespace pygen {

// CPython 3.11's values, so "finished" is one comparison (state >= Completed).
enum class FrameState : int8_t { Created = -2, Suspended = -1, Executing = 0, Completed = 1, Cleared = 4 };

enum class GenKind : uint8_t { Generator = 0, Coroutine = 1, AsyncGenerator = 2 };

// A generator and its frame are one block, [GCHeader][GenObject][GCHeader][Frame + slots], as
// CPython 3.11 keeps the frame inside the generator (gi_iframe): one allocation per generator.
// The frame stays a full object (gi_frame, tracebacks and f_back hold it), and its refcount
// includes the generator's reference until the generator finishes with the frame held
// elsewhere (then the frame belongs to its holders, as CPython's take_ownership makes it) or is
// deallocated. The block is freed when the later of the two parts goes (Frame::gen_link); the
// frame's code stays until then, for gi_code.
struct GenObject : Object {
    Object* weakreflist;           // head of the weak references to this object (weakref module)
    Object* names;                 // strong tuple (__name__, __qualname__), or null while they are the
                                   // code's co_name/co_qualname (almost always: one pointer, not two)
    ExcStackItem exc_state;        // the exception being handled inside the generator; linked into
                                   // ThreadState::exc_info only while the generator runs
    Object* origin_or_finalizer;   // coroutine: cr_origin tuple; async generator: ag_finalizer; may be null
    bool hooks_inited : 1;         // async generators: firstiter hook called
    bool closed : 1;               // async generators: ag_closed
    bool running_async : 1;        // async generators: an asend/athrow is in flight (ag_running)
    bool finalized : 1;            // the finaliser (close / hook / warning) already ran (PEP 442)
    GenKind kind;
    FrameState frame_state;
};

enum class SendResult { Return, Next, Error };

extern TypeObject GenType;            // "generator"
extern TypeObject CoroType;           // "coroutine"
extern TypeObject AsyncGenType;       // "async_generator"
extern TypeObject CoroWrapperType;    // "coroutine_wrapper"
extern TypeObject AsyncGenASendType;  // "async_generator_asend"
extern TypeObject AsyncGenAThrowType; // "async_generator_athrow"
extern TypeObject AsyncGenWrappedValueType;

inline bool is_gen(Object* o) { return o->type == &GenType; }
inline bool is_coro(Object* o) { return o->type == &CoroType; }
inline bool is_asyncgen(Object* o) { return o->type == &AsyncGenType; }
inline bool is_gen_family(Object* o) { return is_gen(o) || is_coro(o) || is_asyncgen(o); }

// The frame in a generator's block (valid as long as the block: gi_code reads its code).
inline Frame* gen_block_frame(GenObject* g) {
    return static_cast<Frame*>(gc_header_object(reinterpret_cast<GCHeader*>(g + 1)));
}
inline CodeObject* gen_code(GenObject* g) { return gen_block_frame(g)->code; }
// The frame while the generator can still run (created, suspended or executing); null once it
// finished (gi_frame is None).
inline Frame* gen_frame(GenObject* g) {
    return g->frame_state < FrameState::Completed ? gen_block_frame(g) : nullptr;
}
// The deallocation of a frame in a generator's block (vm/frame.cpp): its slots, function and
// f_locals are gone; frees the block once the generator is gone too.
void gen_block_frame_died(Frame* f);
inline GenObject* frame_gen(Frame* f) {
    return (f->gen_link & kGenOwner) ? reinterpret_cast<GenObject*>(gc_header(f)) - 1 : nullptr;
}

// __name__ / __qualname__ (borrowed).
Object* gen_name(GenObject* g);
Object* gen_qualname(GenObject* g);

// Wraps a frame prepared by frame_for_call into a new generator/coroutine/async generator (by the
// code flags). Steals the frame reference. A frame from gen_block_frame_new becomes the
// generator's frame where it is; any other is copied into a new block.
Object* gen_new_with_frame(Frame* f, FunctionObject* func);
// The frame of a generator not yet made, in the block the generator will have (a collection point
// and step-budget check, as frame_alloc): frame_for_call binds a generator function's arguments
// into it directly, and gen_new_with_frame then makes the generator around it. Dropped before
// that, the frame frees the block. Every slot empty; null with an exception set.
Frame* gen_block_frame_new(CodeObject* co, FunctionObject* func);

// The one entry into a generator frame. Sends `arg` (or, with exc, raises the pending exception
// inside the frame). *result receives a new reference: the yielded value (Next) or the return value
// (Return); on Error an exception is set and *result is null.
SendResult gen_send_ex2(GenObject* gen, Object* arg, Object** result, bool exc, bool closing);
// Tracing resumptions for `pygen --trace-gen` and the playground's Step (pygen._set_gen_trace):
// when set, gen_send_ex2 calls the hook just before the body resumes (Resume: the sent value is on
// the stack and exc_state is linked to the thread's), after it suspends (Suspend) and after it
// finished (Finish: frame released). The eval loop resumes generators inline only while it is
// null, so every resumption passes here. The hook must leave any pending exception as it found it.
enum class GenTraceEvent { Resume, Suspend, Finish };
using GenTraceHook = void (*)(GenObject* gen, GenTraceEvent event);
extern GenTraceHook g_gen_trace_hook;
// The generator's body finished (returned, or raised when `raised`): PEP 479 conversion of the
// pending exception, then the frame and saved exception state are released. The caller has
// already unlinked exc_state from the thread and left the frame.
void gen_finish(GenObject* gen, bool raised);
// send() semantics for the VM's SEND: StopIteration is turned into Return.
SendResult gen_send(GenObject* gen, Object* arg, Object** result);
// generator.send / coroutine.send (their method table's C function). The eval loop recognises it
// in CALL_BUILTIN and resumes the generator inline (no C++ recursion, as FOR_ITER and SEND do).
Object* gen_send_method(Object* self, Object* const* args, size_t nargs, Object* kwnames);
// Raises StopIteration carrying `value` (a bare StopIteration() for None), as send() does when the
// body returns.
void gen_set_stop_iteration_value(Object* value);
// SEND into an async_generator_asend: the yielded value comes back as Return (no StopIteration).
SendResult async_gen_asend_send(Object* asend, Object* arg, Object** result);
// async_generator.__anext__() of an exact async generator (GET_ANEXT calls it directly): runs the
// firstiter hook once, then returns a new asend awaitable, which is its own iterator.
Object* async_gen_anext(Object* agen);
// The delegate of a generator suspended in `yield from` / `await`, or null. Borrowed.
Object* gen_yf(GenObject* gen);
// Wraps value for an async generator's yield (ASYNC_GEN_WRAP).
Object* async_gen_value_wrapper_new(Object* value);
// Coroutine checks of GET_AWAITABLE: the awaitable iterator for `o` or null with TypeError.
Object* coro_get_awaitable_iter(Object* o);

// Finalises (closes) a generator found unreachable by the cycle collector; at most once.
void gen_finalize_once(GenObject* gen);
// frame.clear() on a generator's frame that is not running: finalises the generator as its
// deallocation would (close, errors unraisable; never-awaited warning for a coroutine). Returns None.
Object* gen_close_from_frame(GenObject* gen);

// sys.set_asyncgen_hooks / get_asyncgen_hooks / set_coroutine_origin_tracking_depth state.
Object* get_asyncgen_firstiter();     // borrowed, may be null
Object* get_asyncgen_finalizer();     // borrowed, may be null
void set_asyncgen_hooks(Object* firstiter, Object* finalizer);   // null leaves unchanged; None clears
int coroutine_origin_tracking_depth();
void set_coroutine_origin_tracking_depth(int depth);

void init_gen_types();

}  // namespace pygen
