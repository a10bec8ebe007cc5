// The generator family's shared machinery and the generator and coroutine types. gen_send_ex2 is
// the only code that enters a generator frame: it links the generator's exception state into the
// thread on entry and unlinks it on every way out, applies PEP 479, and releases the frame once
// the generator finishes. Async generators build on this in asyncgen.cpp.
// CPython counterpart: Objects/genobject.c.
#include "objects/genobject.h"

#include <cstdio>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "objects/alloc_limit.h"
#include "objects/size_pools.h"
#include "vm/signals.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/frame_alloc.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/runtime.h"
#include "vm/thread_state.h"
#include "vm/traceback.h"
#include "modules/warnings.h"

namespace pygen {

TypeObject GenType;
TypeObject CoroType;
TypeObject CoroWrapperType;

void init_async_gen_types();             // asyncgen.cpp
void async_gen_finalize_hook(GenObject* gen, bool* handled);   // asyncgen.cpp
void coro_warn_never_awaited(GenObject* gen);  // below

// ---- Head helpers: the one table of per-kind names and messages ----

namespace {

struct KindInfo {
    const char* type_name;          // "generator"
    const char* just_started;       // TypeError for a non-None first send
    const char* already_executing;  // ValueError on re-entry
    const char* raised_stop;        // PEP 479 RuntimeError text
    const char* ignored_exit;       // close() when the body yields on GeneratorExit
};

const KindInfo kKinds[] = {
    {"generator", "can't send non-None value to a just-started generator", "generator already executing",
     "generator raised StopIteration", "generator ignored GeneratorExit"},
    {"coroutine", "can't send non-None value to a just-started coroutine", "coroutine already executing",
     "coroutine raised StopIteration", "coroutine ignored GeneratorExit"},
    {"async_generator", "can't send non-None value to a just-started async generator", "async generator already executing",
     "async generator raised StopIteration", "async generator ignored GeneratorExit"},
};

const KindInfo& kind_of(GenObject* g) { return kKinds[static_cast<int>(g->kind)]; }

std::string addr(const void* p) {
    char buf[32];
    snprintf(buf, sizeof buf, "%p", p);
    return buf;
}

int g_origin_depth = 0;

// cr_origin: (filename, line, function name) of each calling frame, innermost first.
Object* compute_cr_origin(int depth) {
    std::vector<Object*> items;
    for (Frame* f = ts()->frame; f && static_cast<int>(items.size()) < depth; f = f->back) {
        Ref<> line = Ref<>::steal(int_from_i64(frame_lineno(f)));
        items.push_back(tuple_pack({f->code->filename, line.get(), f->code->name}));
    }
    Object* t = tuple_new(static_cast<ssize>(items.size()));
    for (size_t i = 0; i < items.size(); ++i) tuple_items(t)[i] = items[i];
    return t;
}

}  // namespace

int coroutine_origin_tracking_depth() { return g_origin_depth; }
void set_coroutine_origin_tracking_depth(int depth) { g_origin_depth = depth; }

Object* gen_name(GenObject* g) { return g->names ? tuple_item(g->names, 0) : gen_code(g)->name; }
Object* gen_qualname(GenObject* g) { return g->names ? tuple_item(g->names, 1) : gen_code(g)->qualname; }

namespace {
// Replaces one of the two names, keeping the other.
void set_names(GenObject* g, Object* name, Object* qualname) {
    Object* t = tuple_pack({name ? name : gen_name(g), qualname ? qualname : gen_qualname(g)});
    setref(g->names, t);
}
}  // namespace

namespace {
// A generator's block: [GCHeader][GenObject][GCHeader][Frame + slots]. Blocks of up to
// size_pools::kMaxBytes come from the size-class pools (a generator made and dropped in a loop
// reuses the block the last one left, still in cache); larger ones from the allocator.
inline size_t gen_block_bytes(const CodeObject* co) {
    return sizeof(GCHeader) + sizeof(GenObject) + frame_detail::frame_bytes(co->nlocalsplus + co->stacksize);
}

// A block for a generator running `co`: its generator header, the generator and the frame's
// header zeroed, the frame's fields and slots left for the caller (counted as one allocation for
// the collector, as gc_alloc would). Null when the allocator refuses (no exception set).
GenObject* gen_block_alloc(const CodeObject* co) {
    size_t bytes = gen_block_bytes(co);
    void* block;
    if (bytes <= size_pools::kMaxBytes) {
        block = size_pools::take(size_pools::class_of(bytes));
    } else {
        block = allocation_impossible(bytes) ? nullptr : mem_malloc(bytes);
    }
    if (!block) return nullptr;
    std::memset(block, 0, sizeof(GCHeader) + sizeof(GenObject) + sizeof(GCHeader));
    return static_cast<GenObject*>(gc_adopt(block));
}

void free_gen_block(Frame* f) {
    size_t bytes = gen_block_bytes(f->code);   // the code is immutable: the size it was made for
    decref(f->code);
    void* block = gc_release(reinterpret_cast<GenObject*>(gc_header(f)) - 1);
    if (bytes <= size_pools::kMaxBytes) size_pools::give(block, size_pools::class_of(bytes));
    else mem_free(block);
}
}  // namespace

Frame* gen_block_frame_new(CodeObject* co, FunctionObject* func) {
    gc_maybe_collect_at_frame();
    if (g_step_budget >= 0 && step_budget_spend() < 0) [[unlikely]] return nullptr;
    GenObject* gen = gen_block_alloc(co);
    if (!gen) {
        err_no_memory();
        return nullptr;
    }
    Frame* f = gen_block_frame(gen);
    frame_init_fields(f, co, func, 0, false);
    // The generator part is not alive yet: a frame dropped before gen_new_with_frame (arguments
    // that do not bind) frees the block with itself (gen_block_frame_died).
    f->gen_link = kGenBlock;
    return f;
}

Object* gen_new_with_frame(Frame* f, FunctionObject* func) {
    CodeObject* co = f->code;
    TypeObject* type = (co->flags & kCoCoroutine) ? &CoroType : (co->flags & kCoAsyncGenerator) ? &AsyncGenType : &GenType;
    GenObject* gen;
    Frame* bf;
    if (f->gen_link & kGenBlock) {
        // Made by gen_block_frame_new, the arguments bound in place: the block is the generator's.
        gen = reinterpret_cast<GenObject*>(gc_header(f)) - 1;
        bf = f;
    } else {
        // A frame from the ordinary pool (arguments bound) moves into the generator's block: its
        // header and variable slots are copied, references and all, and its old memory goes back
        // unused.
        gen = gen_block_alloc(co);
        if (!gen) {
            frame_clear(f);
            frame_free_cleared(f);
            return err_no_memory();
        }
        bf = gen_block_frame(gen);
        gc_untrack(f);   // a frame from the call path was never exposed; stay safe if it was
        std::memcpy(static_cast<void*>(bf), static_cast<const void*>(f),
                    sizeof(Frame) - sizeof(Object*) + sizeof(Object*) * static_cast<size_t>(co->nlocalsplus));
        frame_forget_moved(f);
    }
    gen->refcnt = 1;
    gen->type = type;
    bf->gen_link = kGenBlock | kGenOwner | kGenHoldsRef | kGenAlive;
    gen->kind = type == &CoroType ? GenKind::Coroutine : type == &AsyncGenType ? GenKind::AsyncGenerator : GenKind::Generator;
    if (func->name != co->name || func->qualname != co->qualname) gen->names = tuple_pack({func->name, func->qualname});
    gen->frame_state = FrameState::Created;
    bf->lasti = 0;   // RETURN_GENERATOR, the first instruction, counts as executed
    gc_track(gen);   // complete now: the collector may look inside
    if (gen->kind == GenKind::Coroutine && g_origin_depth > 0) gen->origin_or_finalizer = compute_cr_origin(g_origin_depth);
    return gen;
}

void gen_block_frame_died(Frame* f) {
    clearref(f->func);
    clearref(f->locals);
    if (f->gen_link & kGenAlive) f->gen_link |= kFrameDead;   // the code stays for gi_code
    else free_gen_block(f);
}

// ---- gen_send_ex2: the only entry into a generator frame ----

GenTraceHook g_gen_trace_hook = nullptr;

// CPython: genobject.c, gen_send_ex2.
SendResult gen_send_ex2(GenObject* gen, Object* arg, Object** result, bool exc, bool closing) {
    *result = nullptr;
    const KindInfo& k = kind_of(gen);
    if (gen->frame_state == FrameState::Created && arg && arg != None && !exc) {
        err_set_string(TypeError, k.just_started);
        return SendResult::Error;
    }
    if (gen->frame_state == FrameState::Executing) {
        err_set_string(ValueError, k.already_executing);
        return SendResult::Error;
    }
    if (gen->frame_state >= FrameState::Completed) {
        if (gen->kind == GenKind::Coroutine && !closing) {
            err_set_string(RuntimeError, "cannot reuse already awaited coroutine");
        } else if (arg && !exc) {
            *result = incref(None);
            return SendResult::Return;
        }
        return SendResult::Error;   // with the thrown exception, or none: plain exhaustion
    }
    Frame* f = gen_frame(gen);
    if (gen->frame_state == FrameState::Suspended) {
        // The value of the suspended `yield` expression.
        f->stack_base()[f->stack_depth++] = newref(arg ? arg : None);
    }
    ThreadState* t = ts();
    gen->exc_state.previous_item = t->exc_info;
    t->exc_info = &gen->exc_state;
    if (exc) {
        // CPython: _PyErr_ChainStackItem — a thrown exception gets the generator's own handled
        // exception as context.
        Object* handled = gen->exc_state.exc_value;
        Object* pending = err_occurred();
        if (handled && handled != None && pending && pending != handled)
            exception_set_context(pending, newref(handled));
    }
    incref(gen);   // the body may drop the last outside reference to its own generator
    if (g_gen_trace_hook) g_gen_trace_hook(gen, GenTraceEvent::Resume);
    gen->frame_state = FrameState::Executing;
    Object* r = eval_frame(f, exc);
    t->exc_info = gen->exc_state.previous_item;
    gen->exc_state.previous_item = nullptr;
    if (r && gen->frame_state == FrameState::Suspended) {
        if (g_gen_trace_hook) g_gen_trace_hook(gen, GenTraceEvent::Suspend);
        *result = r;
        decref(gen);
        return SendResult::Next;
    }
    gen_finish(gen, r == nullptr);
    if (g_gen_trace_hook) g_gen_trace_hook(gen, GenTraceEvent::Finish);
    *result = r;
    decref(gen);
    return r ? SendResult::Return : SendResult::Error;
}

// CPython: the end of gen_send_ex2. The body returned (raised == false) or raised: apply PEP 479,
// then release the frame and the saved exception state; the generator cannot run again.
void gen_finish(GenObject* gen, bool raised) {
    gen->frame_state = FrameState::Completed;
    if (raised) {
        // PEP 479: StopIteration leaking out of the body becomes RuntimeError (cause and context).
        const char* msg = nullptr;
        if (err_matches(StopIteration)) msg = kind_of(gen).raised_stop;
        else if (gen->kind == GenKind::AsyncGenerator && err_matches(StopAsyncIteration))
            msg = "async generator raised StopAsyncIteration";
        if (msg) {
            Object* stop = err_fetch();
            err_set_string(RuntimeError, msg);
            Object* rt = err_occurred();
            exception_set_cause(rt, newref(stop));
            exception_set_context(rt, stop);
        }
    }
    clearref(gen->exc_state.exc_value);
    gen->frame_state = FrameState::Cleared;
    Frame* f = gen_block_frame(gen);
    if (f->refcnt == 1) {
        // Nobody else holds the frame: what it refers to goes now, as CPython clears a finished
        // generator's frame. The generator keeps its reference (and so the code, for gi_code).
        f->gen_link &= ~kGenOwner;
        frame_clear(f);
        clearref(f->func);
    } else {
        // Held elsewhere (a traceback, a stored gi_frame): from now on the frame belongs to its
        // holders, who keep its locals and stack (CPython's take_ownership).
        f->gen_link &= ~(kGenOwner | kGenHoldsRef);
        --f->refcnt;
    }
}

namespace {

// send() as seen from Python: a Return becomes StopIteration(value).
Object* gen_send_ex(GenObject* gen, Object* arg, bool exc, bool closing) {
    Object* result;
    SendResult r = gen_send_ex2(gen, arg, &result, exc, closing);
    if (r == SendResult::Next) return result;
    if (r == SendResult::Return) {
        if (gen->kind == GenKind::AsyncGenerator) {
            decref(result);
            err_set_object(StopAsyncIteration, nullptr);
        } else {
            gen_set_stop_iteration_value(result);
            decref(result);
        }
    }
    return nullptr;
}

}  // namespace

// Raises StopIteration carrying `value` (StopIteration() for None), as _PyGen_SetStopIterationValue.
void gen_set_stop_iteration_value(Object* value) {
    if (value == None) {
        err_set_object(StopIteration, nullptr);
        return;
    }
    Ref<> exc = Ref<>::steal(call1(StopIteration, value));
    if (exc) err_set_instance(exc.get());
}

Object* gen_send_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs != 1 || kwnames)
        return err_format(TypeError, "%s.send() takes exactly one argument (%zu given)", self->type->name, nargs);
    return gen_send_ex(static_cast<GenObject*>(self), args[0], false, false);
}

SendResult gen_send(GenObject* gen, Object* arg, Object** result) { return gen_send_ex2(gen, arg, result, false, false); }

// ---- yield from support ----

// CPython: genobject.c, _PyGen_yf. The delegate sits on top of the stack while the frame is
// suspended at the YIELD_VALUE that follows a SEND.
Object* gen_yf(GenObject* gen) {
    if (gen->frame_state != FrameState::Suspended) return nullptr;
    Frame* f = gen_block_frame(gen);
    int i = f->lasti;
    const auto& code = f->code->instrs;
    if (i <= 0 || instr_op(code[i]) != YIELD_VALUE || instr_op(code[i - 1]) != SEND) return nullptr;
    if (f->stack_depth <= 0) return nullptr;
    return f->stack_base()[f->stack_depth - 1];
}

namespace {

Object* gen_close(GenObject* gen);

// CPython: genobject.c, gen_close_iter. 0 ok, -1 error.
int gen_close_iter(Object* yf) {
    if (is_gen(yf) || is_coro(yf)) {
        Object* r = gen_close(static_cast<GenObject*>(yf));
        if (!r) return -1;
        decref(r);
        return 0;
    }
    // A failing lookup of close is reported, not raised: the close of the outer generator goes on.
    Ref<> meth = Ref<>::steal(object_lookup_attr(yf, str_intern("close")));
    if (!meth) {
        if (err_occurred()) err_write_unraisable(yf);
        return 0;
    }
    Object* r = call0(meth.get());
    if (!r) return -1;
    decref(r);
    return 0;
}

// Whether close() may finish the generator without running its frame: it has not finished and is
// not running, delegates to nobody, and no exception handler (try, with, except) covers the point
// where it stopped, so a GeneratorExit raised there would unwind straight out of the frame, run no
// code of the body and be discarded by close(). CPython 3.12's gen_close takes the same shortcut;
// in 3.11 a trace or profile function sees that unwinding (call, exception and return events), so
// the shortcut is off while one is set, and at the recursion limit, where entering the frame
// raises RecursionError instead.
bool close_needs_no_throw(GenObject* gen) {
    if (gen->frame_state != FrameState::Suspended && gen->frame_state != FrameState::Created) return false;
    if (g_gen_trace_hook) return false;
    ThreadState* t = ts();
    if (t->use_tracing || t->recursion_depth >= t->recursion_limit) return false;
    Frame* f = gen_block_frame(gen);
    uint32_t at = static_cast<uint32_t>(f->lasti);
    for (const ExceptionTableEntry& e : f->code->exception_table)
        if (at >= e.start && at < e.end) return false;
    // Outside every handler nothing is being handled in the frame: checked rather than assumed.
    if (gen->exc_state.exc_value && gen->exc_state.exc_value != None) return false;
    return !gen_yf(gen);
}

// The shortcut: what the unwinding of GeneratorExit would do, without the exception. The
// stack's values go first (top down), as the unwinding pops them while the generator runs, so a
// finaliser they trigger finds it running; then the generator finishes as after any return.
void close_without_throw(GenObject* gen) {
    Frame* f = gen_block_frame(gen);
    incref(gen);   // a finaliser may drop the last outside reference
    gen->frame_state = FrameState::Executing;
    while (f->stack_depth > 0) {
        Object* v = f->stack_base()[--f->stack_depth];
        xdecref(v);
    }
    gen_finish(gen, false);
    decref(gen);
}

// CPython: genobject.c, gen_close.
Object* gen_close(GenObject* gen) {
    if (close_needs_no_throw(gen)) {
        close_without_throw(gen);
        return none_new();
    }
    int err = 0;
    if (Object* yf = gen_yf(gen)) {
        FrameState saved = gen->frame_state;
        gen->frame_state = FrameState::Executing;
        Ref<> keep = Ref<>::borrow(yf);
        err = gen_close_iter(yf);
        gen->frame_state = saved;
    }
    if (err == 0) err_set_object(GeneratorExit, nullptr);
    Object* r = gen_send_ex(gen, None, true, true);
    if (r) {
        decref(r);
        err_set_string(RuntimeError, kind_of(gen).ignored_exit);
        return nullptr;
    }
    if (err_matches(StopIteration) || err_matches(GeneratorExit)) {
        err_clear();
        return none_new();
    }
    if (!err_occurred()) return none_new();
    return nullptr;
}

// CPython: genobject.c, _gen_throw.
Object* gen_throw_inner(GenObject* gen, bool close_on_genexit, Object* typ, Object* val, Object* tb) {
    if (Object* yf_borrowed = gen_yf(gen)) {
        Ref<> yf = Ref<>::borrow(yf_borrowed);
        Ref<> ret;
        // Any GeneratorExit closes the delegate: the class, a subclass, or an instance of either.
        if (close_on_genexit && err_given_matches(typ, GeneratorExit)) {
            FrameState saved = gen->frame_state;
            gen->frame_state = FrameState::Executing;
            int err = gen_close_iter(yf.get());
            gen->frame_state = saved;
            if (err < 0) {
                // The delegate goes before the frame resumes, as CPython drops yf first: a
                // delegate that dies here is finalised before the frame's handlers run.
                yf = Ref<>();
                return gen_send_ex(gen, None, true, false);
            }
            goto throw_here;
        }
        if (is_gen(yf.get()) || is_coro(yf.get())) {
            // Link the frame in so the delegate's traceback shows the whole chain.
            Frame* f = gen_frame(gen);
            ThreadState* t = ts();
            f->back = t->frame;
            t->frame = f;
            FrameState saved = gen->frame_state;
            gen->frame_state = FrameState::Executing;
            ret = Ref<>::steal(gen_throw_inner(static_cast<GenObject*>(yf.get()), close_on_genexit, typ, val, tb));
            gen->frame_state = saved;
            t->frame = f->back;
            f->back = nullptr;
        } else {
            Ref<> meth = Ref<>::steal(object_lookup_attr(yf.get(), str_intern("throw")));
            if (!meth) {
                if (err_occurred()) {
                    yf = Ref<>();
                    return gen_send_ex(gen, None, true, false);
                }
                goto throw_here;
            }
            FrameState saved = gen->frame_state;
            gen->frame_state = FrameState::Executing;
            Object* args[3] = {typ, val ? val : None, tb ? tb : None};
            size_t n = tb ? 3 : val ? 2 : 1;
            ret = Ref<>::steal(call(meth.get(), args, n, nullptr));
            gen->frame_state = saved;
        }
        if (!ret) {
            // The delegate finished: pop it and continue after the SEND loop with its value.
            Frame* f = gen_frame(gen);
            Object* receiver = f->stack_base()[--f->stack_depth];
            decref(receiver);
            f->lasti = static_cast<int>(instr_arg(f->code->instrs[f->lasti - 1])) - 1;
            if (!err_occurred() || err_matches(StopIteration)) {
                Object* stop = err_fetch();
                Ref<> value = Ref<>::borrow(stop ? stop_iteration_value(stop) : None);
                xdecref(stop);
                Object* r;
                SendResult sr = gen_send_ex2(gen, value.get(), &r, false, false);
                if (sr == SendResult::Next) return r;
                if (sr == SendResult::Return) {
                    if (gen->kind == GenKind::AsyncGenerator) {
                        decref(r);
                        err_set_object(StopAsyncIteration, nullptr);
                    } else {
                        gen_set_stop_iteration_value(r);
                        decref(r);
                    }
                }
                return nullptr;
            }
            return gen_send_ex(gen, None, true, false);
        }
        return ret.release();
    }

throw_here:
    if (tb == None) tb = nullptr;
    if (tb && !is_traceback(tb)) return err_set_string(TypeError, "throw() third argument must be a traceback object");
    Ref<> exc;
    if (is_exception_class(typ)) {
        if (val && val != None && is_exception_instance(val) && is_subtype(val->type, static_cast<TypeObject*>(typ))) {
            exc = Ref<>::borrow(val);
        } else if (!val || val == None) {
            exc = Ref<>::steal(call0(typ));
        } else if (is_tuple(val)) {
            exc = Ref<>::steal(call(typ, tuple_items(val), static_cast<size_t>(tuple_size(val))));
        } else {
            exc = Ref<>::steal(call1(typ, val));
        }
        // CPython normalises the exception inside the generator's frame, so an error from the
        // constructor is what the generator sees (and, uncaught, what finishes it).
        if (!exc) return gen_send_ex(gen, None, true, false);
        if (!is_exception_instance(exc.get())) {
            // Also a normalisation error: thrown into the generator like the one above.
            err_format(TypeError, "calling %R should have returned an instance of BaseException, not %s", typ,
                       exc->type->name);
            return gen_send_ex(gen, None, true, false);
        }
    } else if (is_exception_instance(typ)) {
        if (val && val != None) return err_set_string(TypeError, "instance exception may not have a separate value");
        exc = Ref<>::borrow(typ);
    } else {
        return err_format(TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                          typ->type->name);
    }
    if (tb) exception_set_traceback(exc.get(), newref(tb));
    err_restore(exc.release());
    return gen_send_ex(gen, None, true, false);
}

// ---- Python-visible methods shared by generator and coroutine ----

GenObject* as_gen(Object* o) { return static_cast<GenObject*>(o); }

Object* gen_throw_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames)) return err_set_string(TypeError, "throw() takes no keyword arguments");
    if (nargs < 1 || nargs > 3) return err_bad_argument_count("throw", nargs, 1, 3);
    return gen_throw_inner(as_gen(self), true, args[0], nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr);
}

Object* gen_close_method(Object* self, Object* const*, size_t nargs, Object*) {
    if (nargs) return err_format(TypeError, "%s.close() takes no arguments (%zu given)", self->type->name, nargs);
    return gen_close(as_gen(self));
}

Object* gen_iternext(Object* self) {
    Object* result;
    GenObject* gen = as_gen(self);
    SendResult r = gen_send_ex2(gen, nullptr, &result, false, false);
    if (r == SendResult::Next) return result;
    if (r == SendResult::Return) {
        if (result != None) gen_set_stop_iteration_value(result);
        decref(result);
    }
    return nullptr;
}

Object* gen_get_frame(Object* o) {
    GenObject* g = as_gen(o);
    return incref(gen_frame(g) ? frame_expose(gen_frame(g)) : None);
}
Object* gen_get_running(Object* o) { return bool_from(as_gen(o)->frame_state == FrameState::Executing); }
Object* gen_get_suspended(Object* o) { return bool_from(as_gen(o)->frame_state == FrameState::Suspended); }
Object* gen_get_code(Object* o) { return incref(gen_code(as_gen(o))); }
Object* gen_get_yieldfrom(Object* o) {
    Object* yf = gen_yf(as_gen(o));
    return incref(yf ? yf : None);
}
Object* gen_get_name(Object* o) { return incref(gen_name(as_gen(o))); }
int gen_set_name(Object* o, Object* v) {
    if (!v || !is_str(v)) {
        err_set_string(TypeError, "__name__ must be set to a string object");
        return -1;
    }
    set_names(as_gen(o), v, nullptr);
    return 0;
}
Object* gen_get_qualname(Object* o) { return incref(gen_qualname(as_gen(o))); }
int gen_set_qualname(Object* o, Object* v) {
    if (!v || !is_str(v)) {
        err_set_string(TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    set_names(as_gen(o), nullptr, v);
    return 0;
}
Object* coro_get_origin(Object* o) {
    Object* origin = as_gen(o)->origin_or_finalizer;
    return incref(origin ? origin : None);
}

Object* gen_repr(Object* o) {
    return str_from("<" + std::string(kind_of(as_gen(o)).type_name) + " object " + std::string(str_view(gen_qualname(as_gen(o)))) +
                    " at " + addr(o) + ">");
}

// ---- Finalisation ----

// CPython: genobject.c, _PyGen_Finalize. Closes an unfinished generator when its last reference
// goes; errors are reported as unraisable.
void gen_finalize(GenObject* gen, bool close_unstarted = false) {
    if (!gen_frame(gen)) return;
    // A generator that never started has nothing to clean up (no finally can be active); only
    // frame.clear() closes it, so that it then looks finished.
    if (gen->kind == GenKind::Generator && gen->frame_state == FrameState::Created && !close_unstarted) return;
    Object* saved = err_fetch();
    if (gen->kind == GenKind::AsyncGenerator) {
        bool handled = false;
        async_gen_finalize_hook(gen, &handled);
        if (handled) {
            err_restore(saved);
            return;
        }
    }
    if (gen->kind == GenKind::Coroutine && gen->frame_state == FrameState::Created) {
        coro_warn_never_awaited(gen);
    } else {
        Object* r = gen_close(gen);
        if (!r) err_write_unraisable(gen);
        else decref(r);
    }
    err_restore(saved);
}

void gen_dealloc(Object* o) {
    GenObject* gen = as_gen(o);
    if (gen_frame(gen) && !gen->finalized) {
        // Resurrect for the duration of the finaliser; it may store the generator somewhere.
        // PEP 442: the finaliser runs at most once per object.
        gen->finalized = true;
        o->refcnt = 1;
        gen_finalize(gen);
        if (--o->refcnt > 0) return;
    }
    gc_untrack(gen);
    if (gen->weakreflist) weakref_clear_refs(o);
    clearref(gen->names);
    clearref(gen->exc_state.exc_value);
    clearref(gen->origin_or_finalizer);
    // Last, the frame in the block: the generator's reference to it, if it still has one, goes
    // (a frame someone else still holds keeps its locals and stack, as CPython's take_ownership
    // does: they may be part of a cycle through that holder, which the collector frees later);
    // the block goes with whichever of the two parts is the last.
    Frame* f = gen_block_frame(gen);
    gen->type = nullptr;   // the generator part of the block is dead from here on
    uint8_t link = f->gen_link;
    f->gen_link = link & ~(kGenOwner | kGenAlive | kGenHoldsRef);
    if (link & kGenHoldsRef) {
        if (f->refcnt == 1) frame_clear(f);
        decref(f);
    } else if (link & kFrameDead) {
        free_gen_block(f);
    }
}

void gen_traverse(Object* o, VisitFn visit, void* arg) {
    GenObject* g = as_gen(o);
    // The frame in the block while the generator holds it (also after it finished: the code);
    // once the frame died, the code it leaves for gi_code.
    Frame* f = gen_block_frame(g);
    if (f->gen_link & kGenHoldsRef) frame_traverse_if_owned(f, visit, arg);
    else if (f->gen_link & kFrameDead) visit(f->code, arg);
    if (g->exc_state.exc_value) visit(g->exc_state.exc_value, arg);
    if (g->origin_or_finalizer) visit(g->origin_or_finalizer, arg);
}

Object* self_iter(Object* o) { return incref(o); }

const MethodDef kGenMethods[] = {
    {"send", gen_send_method},
    {"throw", gen_throw_method},
    {"close", gen_close_method},
    {nullptr, nullptr},
};

const GetSetDef kGenGetSet[] = {
    {"gi_frame", gen_get_frame},
    {"gi_running", gen_get_running},
    {"gi_suspended", gen_get_suspended},
    {"gi_code", gen_get_code},
    {"gi_yieldfrom", gen_get_yieldfrom},
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {nullptr, nullptr},
};

// ---- Coroutine ----

Object* coro_await_method(Object* self, Object* const*, size_t, Object*);

const MethodDef kCoroMethods[] = {
    {"send", gen_send_method},
    {"throw", gen_throw_method},
    {"close", gen_close_method},
    {"__await__", coro_await_method},
    {nullptr, nullptr},
};

const GetSetDef kCoroGetSet[] = {
    {"cr_frame", gen_get_frame},
    {"cr_running", gen_get_running},
    {"cr_suspended", gen_get_suspended},
    {"cr_code", gen_get_code},
    {"cr_await", gen_get_yieldfrom},
    {"cr_origin", coro_get_origin},
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {nullptr, nullptr},
};

// The iterator coroutine.__await__() returns: forwards everything to the coroutine.
struct CoroWrapper : Object {
    Object* coro;   // strong
};

Object* coro_await_method(Object* self, Object* const*, size_t nargs, Object*) {
    if (nargs) return err_format(TypeError, "__await__() takes no arguments (%zu given)", nargs);
    auto* w = static_cast<CoroWrapper*>(alloc_object(&CoroWrapperType));
    w->coro = newref(self);
    return w;
}

void wrapper_dealloc(Object* o) {
    xdecref(static_cast<CoroWrapper*>(o)->coro);
    free_object(o);
}
void wrapper_traverse(Object* o, VisitFn visit, void* arg) { visit(static_cast<CoroWrapper*>(o)->coro, arg); }
Object* wrapper_iternext(Object* o) {
    return gen_send_ex(as_gen(static_cast<CoroWrapper*>(o)->coro), None, false, false);
}
Object* wrapper_send(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs != 1 || kwnames)
        return err_format(TypeError, "coroutine_wrapper.send() takes exactly one argument (%zu given)", nargs);
    return gen_send_method(static_cast<CoroWrapper*>(self)->coro, args, nargs, kwnames);
}
Object* wrapper_throw(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return gen_throw_method(static_cast<CoroWrapper*>(self)->coro, args, nargs, kwnames);
}
Object* wrapper_close(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return gen_close_method(static_cast<CoroWrapper*>(self)->coro, args, nargs, kwnames);
}

const MethodDef kWrapperMethods[] = {
    {"send", wrapper_send},
    {"throw", wrapper_throw},
    {"close", wrapper_close},
    {nullptr, nullptr},
};

}  // namespace

// "RuntimeWarning: coroutine 'f' was never awaited", reported the way warnings.warn would.
void coro_warn_never_awaited(GenObject* gen) {
    // As CPython (_PyErr_WarnUnawaitedCoroutine): the warning goes through
    // warnings._warn_unawaited_coroutine(coro) when the module has it, so code that replaces it
    // is obeyed; if it fails, the error is reported as unraisable and the warning is issued here.
    // At shutdown the module is not asked (CPython no longer finds it then).
    if (gen->kind == GenKind::Coroutine && !runtime_finalizing()) {
        Ref<> mod = Ref<>::steal(import_module("warnings"));
        Ref<> fn = mod ? Ref<>::steal(object_getattr_str(mod.get(), "_warn_unawaited_coroutine")) : Ref<>();
        if (fn) {
            Ref<> res = Ref<>::steal(call1(fn.get(), gen));
            bool warned = res || err_matches(RuntimeWarning);
            if (!res) err_write_unraisable(gen);
            if (warned) return;
        } else if (err_matches(AttributeError)) {
            err_clear();
        } else {
            err_write_unraisable(gen);
        }
    }
    std::string msg = "coroutine '" + std::string(str_view(gen_qualname(gen))) + "' was never awaited";
    // With origin tracking on, the frames that created it follow, outermost first, in
    // traceback.format_list's layout. CPython: warnings.py, _warn_unawaited_coroutine. At shutdown
    // CPython no longer finds the warnings module and warns with the bare message.
    Object* origin = gen->origin_or_finalizer;
    if (gen->kind == GenKind::Coroutine && origin && is_tuple(origin) && !runtime_finalizing()) {
        msg += "\nCoroutine created at (most recent call last)\n";
        for (ssize i = tuple_size(origin) - 1; i >= 0; --i) {
            Object* entry = tuple_items(origin)[i];
            if (!is_tuple(entry) || tuple_size(entry) != 3) continue;
            Object** e = tuple_items(entry);
            int64_t lineno = 0;
            if (!is_str(e[0]) || !is_str(e[2]) || !int_as_i64(e[1], &lineno)) { err_clear(); continue; }
            std::string file(str_view(e[0]));
            msg += "  File \"" + file + "\", line " + std::to_string(lineno) + ", in " + std::string(str_view(e[2])) + "\n";
            std::string line = source_line_stripped(file, static_cast<int>(lineno));
            if (!line.empty()) msg += "    " + line + "\n";
        }
        while (!msg.empty() && msg.back() == '\n') msg.pop_back();
    }
    if (!warn_message(RuntimeWarning, msg, gen)) err_write_unraisable(gen);
}

// CPython: genobject.c, _PyCoro_GetAwaitableIter.
Object* coro_get_awaitable_iter(Object* o) {
    if (is_coro(o) || (is_gen(o) && (gen_code(as_gen(o))->flags & kCoIterableCoroutine))) return incref(o);
    // asend/athrow awaitables are their own iterators (their __await__ returns self).
    if (o->type == &AsyncGenASendType || o->type == &AsyncGenAThrowType) return incref(o);
    static Object* const s_await = str_intern("__await__");
    Object* getter = type_lookup(o->type, s_await);
    if (getter) {
        Object* res;
        if (is_function(getter)) {
            // A Python __await__ (a class's generator method) is called with the object as its
            // first argument, without a bound method in between (CPython's slot_am_await).
            Ref<> keep = Ref<>::borrow(getter);
            res = call(getter, &o, 1, nullptr);
        } else {
            Ref<> bound = Ref<>::steal(getter->type->descr_get ? getter->type->descr_get(getter, o, o->type) : incref(getter));
            if (!bound) return nullptr;
            res = call0(bound.get());
        }
        if (!res) return nullptr;
        if (is_coro(res) || (is_gen(res) && (gen_code(as_gen(res))->flags & kCoIterableCoroutine))) {
            decref(res);
            return err_set_string(TypeError, "__await__() returned a coroutine");
        }
        if (!res->type->iternext) {
            err_format(TypeError, "__await__() returned non-iterator of type '%s'", res->type->name);
            decref(res);
            return nullptr;
        }
        return res;
    }
    return err_format(TypeError, "object %s can't be used in 'await' expression", o->type->name);
}

// tp_finalize, reached from Python as __del__: it does not mark the generator finalised (only
// its dealloc or the collector does), so a coroutine that never started warns again later.
void gen_finalize_slot(Object* o) { gen_finalize(as_gen(o), /*close_unstarted=*/true); }

void init_gen_types() {
    GenType.name = "generator";
    GenType.basicsize = sizeof(GenObject);
    GenType.weaklistoffset = offsetof(GenObject, weakreflist);
    GenType.flags = kTypeGC | kTypeGCSelfTracked;
    GenType.dealloc = gen_dealloc;
    GenType.finalize = gen_finalize_slot;
    GenType.traverse = gen_traverse;
    GenType.repr = gen_repr;
    GenType.iter = self_iter;
    GenType.iternext = gen_iternext;
    GenType.methods = kGenMethods;
    GenType.getset = kGenGetSet;
    if (!type_ready(&GenType)) abort();

    CoroType.name = "coroutine";
    CoroType.basicsize = sizeof(GenObject);
    CoroType.weaklistoffset = offsetof(GenObject, weakreflist);
    CoroType.flags = kTypeGC | kTypeGCSelfTracked;
    CoroType.dealloc = gen_dealloc;
    CoroType.finalize = gen_finalize_slot;
    CoroType.traverse = gen_traverse;
    CoroType.repr = gen_repr;
    CoroType.methods = kCoroMethods;
    CoroType.getset = kCoroGetSet;
    if (!type_ready(&CoroType)) abort();

    CoroWrapperType.name = "coroutine_wrapper";
    CoroWrapperType.basicsize = sizeof(CoroWrapper);
    CoroWrapperType.flags = kTypeGC;
    CoroWrapperType.dealloc = wrapper_dealloc;
    CoroWrapperType.traverse = wrapper_traverse;
    CoroWrapperType.iter = self_iter;
    CoroWrapperType.iternext = wrapper_iternext;
    CoroWrapperType.methods = kWrapperMethods;
    if (!type_ready(&CoroWrapperType)) abort();

    init_async_gen_types();
}

void gen_finalize_once(GenObject* gen) {
    if (gen->finalized) return;
    gen->finalized = true;
    gen_finalize(gen);
}

// CPython: frameobject.c, frame_clear, which runs _PyGen_Finalize: errors are reported as
// unraisable, and a coroutine that never started only warns (and stays as it was).
Object* gen_close_from_frame(GenObject* gen) {
    gen_finalize(gen, /*close_unstarted=*/true);
    return none_new();
}

// Shared with asyncgen.cpp.
Object* gen_send_ex_for_asyncgen(GenObject* gen, Object* arg, bool exc, bool closing) {
    return gen_send_ex(gen, arg, exc, closing);
}
Object* gen_throw_for_asyncgen(GenObject* gen, bool close_on_genexit, Object* typ, Object* val, Object* tb) {
    return gen_throw_inner(gen, close_on_genexit, typ, val, tb);
}
Object* gen_close_for_asyncgen(GenObject* gen) { return gen_close(gen); }
Object* gen_repr_for_asyncgen(Object* o) { return gen_repr(o); }
void gen_dealloc_for_asyncgen(Object* o) { gen_dealloc(o); }
void gen_traverse_for_asyncgen(Object* o, VisitFn visit, void* arg) { gen_traverse(o, visit, arg); }
Object* gen_get_frame_for_asyncgen(Object* o) { return gen_get_frame(o); }
Object* gen_get_code_for_asyncgen(Object* o) { return gen_get_code(o); }
Object* gen_get_yieldfrom_for_asyncgen(Object* o) { return gen_get_yieldfrom(o); }
Object* gen_get_name_for_asyncgen(Object* o) { return gen_get_name(o); }
int gen_set_name_for_asyncgen(Object* o, Object* v) { return gen_set_name(o, v); }
Object* gen_get_qualname_for_asyncgen(Object* o) { return gen_get_qualname(o); }
int gen_set_qualname_for_asyncgen(Object* o, Object* v) { return gen_set_qualname(o, v); }

}  // namespace pygen
