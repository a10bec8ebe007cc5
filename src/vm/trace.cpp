// The calls behind sys.settrace and sys.setprofile: each event runs the hook with the thread's
// tracing flag set (so the hook itself is not traced), the frame's fast locals copied to f_locals
// before and back after (a debugger's writes to f_locals are seen), and the CPython rules for a
// hook that raises (tracing is turned off, the exception propagates from where the event was).
// CPython counterparts: Python/ceval.c (call_trace, call_trace_protected, call_exc_trace,
// maybe_call_line_trace, trace_call_function), Python/sysmodule.c (trace_trampoline,
// profile_trampoline, call_trampoline).
#include "vm/trace.h"

#include <unordered_map>

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/genobject.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "vm/signals.h"
#include "vm/traceback.h"

namespace pygen {

namespace {

// f_trace and the tracer's line of the frames that have them (kFrameTraceSideState): only traced
// frames need these two words, so they stay out of every frame's header.
struct FrameTraceState {
    Object* fn = nullptr;   // strong while the frame has kFrameHasTrace
    int lineno = 0;         // while the frame has kFrameLineOverride
};

std::unordered_map<const Frame*, FrameTraceState>& side_table() {
    static auto* table = new std::unordered_map<const Frame*, FrameTraceState>();
    return *table;
}

FrameTraceState& side_state(const Frame* f) { return side_table()[f]; }

enum class Event : uint8_t { Call, Exception, Line, Return, CCall, CException, CReturn, Opcode, None };

const char* const kEventNames[] = {"call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode"};
Object* g_event_strings[8];   // strong, interned on first use

Object* event_string(Event e) {
    Object*& s = g_event_strings[static_cast<int>(e)];
    if (!s) s = str_intern(kEventNames[static_cast<int>(e)]);
    return s;
}

// The event whose hook is running (CPython: tstate->tracing_what): the f_lineno setter accepts
// only 'line' (and 'return' after a yield).
Event g_tracing_what = Event::None;

// CPython: frameobject.c, _PyFrame_LocalsToFast(frame, clear=1): f_locals written by the hook go
// back to the fast slots (cells get their contents); a name deleted from f_locals empties its slot.
void locals_to_fast(Frame* f) {
    if (!f->is_optimized() || !f->locals || !is_dict(f->locals) || f->is_cleared) return;
    CodeObject* co = f->code;
    Object* saved = err_fetch();
    for (int i = 0; i < co->nlocalsplus; ++i) {
        Object* name = tuple_item(co->localsplus_names, i);
        Object* value = dict_getitem(f->locals, name);   // borrowed or null
        if (!value && err_occurred()) err_clear();
        Object*& slot = f->localsplus[i];
        uint8_t kind = co->local_kinds[i];
        if ((kind & (kLocalCell | kLocalFree)) && slot && slot->type == &CellType) {
            auto* cell = static_cast<CellObject*>(slot);
            if (cell->ref != value) {
                Object* old = cell->ref;
                cell->ref = xnewref(value);
                xdecref(old);
            }
        } else if (slot != value) {
            Object* old = slot;
            slot = xnewref(value);
            xdecref(old);
        }
    }
    err_restore(saved);
}

// CPython: sysmodule.c, call_trampoline. New reference, or null with the hook's exception. No
// traceback entry for f here, as in 3.11: the eval loop's error path adds it where the frame goes
// on ('call'/'line'), and a failing 'return' or 'exception' hook adds none (f was listed twice).
Object* call_trampoline(Object* callback, Frame* f, Event what, Object* arg) {
    if (f->is_optimized() && !f->is_cleared) {
        Object* locals = frame_get_locals(f);
        if (!locals) return nullptr;
        decref(locals);
    }
    Object* args[3] = {frame_expose(f), event_string(what), arg ? arg : None};
    Object* result = call(callback, args, 3, nullptr);
    locals_to_fast(f);
    return result;
}

// CPython: sysmodule.c, trace_trampoline: 'call' goes to the global function, every other event
// to the frame's f_trace; a non-None result becomes the frame's f_trace; an error turns tracing off.
int trace_trampoline(Frame* f, Event what, Object* arg) {
    ThreadState* t = ts();
    Object* callback = what == Event::Call ? t->trace_func : ((f->trace_flags & kFrameHasTrace) ? side_state(f).fn : nullptr);
    if (!callback) return 0;
    Ref<> keep = Ref<>::borrow(callback);
    Object* result = call_trampoline(callback, f, what, arg);
    if (!result) {
        trace_set_trace(nullptr);
        frame_set_trace(f, nullptr);
        return -1;
    }
    if (result != None) frame_set_trace(f, result);
    decref(result);
    return 0;
}

// CPython: sysmodule.c, profile_trampoline.
int profile_trampoline(Frame* f, Event what, Object* arg) {
    ThreadState* t = ts();
    Ref<> keep = Ref<>::borrow(t->profile_func);
    Object* result = call_trampoline(t->profile_func, f, what, arg);
    if (!result) {
        trace_set_profile(nullptr);
        return -1;
    }
    decref(result);
    return 0;
}

// CPython: ceval.c, call_trace. No event while a hook runs; the hook runs with tracing off.
int call_trace(bool profile, Frame* f, Event what, Object* arg) {
    ThreadState* t = ts();
    if (t->tracing) return 0;
    if (profile ? !t->profile_func : !t->trace_func) return 0;
    Event old_what = g_tracing_what;
    g_tracing_what = what;
    t->tracing = true;
    trace_update_state(t);
    int r = profile ? profile_trampoline(f, what, arg) : trace_trampoline(f, what, arg);
    t->tracing = false;
    trace_update_state(t);
    g_tracing_what = old_what;
    return r;
}

// CPython: ceval.c, call_trace_protected: the pending exception survives a hook that succeeds.
int call_trace_protected(bool profile, Frame* f, Event what, Object* arg) {
    Object* saved = err_fetch();
    int r = call_trace(profile, f, what, arg);
    if (r == 0) err_restore(saved);
    else xdecref(saved);
    return r;
}

}  // namespace

void trace_update_state(ThreadState* t) {
    bool on = !t->tracing && (t->trace_func || t->profile_func || t->traced_frames > 0);
    if (on == t->use_tracing) return;
    t->use_tracing = on;
    // Eval loops look at this flag on every back edge and switch variants there when use_tracing
    // differs from theirs (eval.cpp); signals_run_pending keeps it set while tracing is on.
    g_signals_pending.store(true, std::memory_order_relaxed);
}

void trace_set_trace(Object* func) {
    ThreadState* t = ts();
    if (func == None) func = nullptr;
    Object* old = t->trace_func;
    t->trace_func = xnewref(func);
    xdecref(old);
    trace_update_state(t);
}

void trace_set_profile(Object* func) {
    ThreadState* t = ts();
    if (func == None) func = nullptr;
    Object* old = t->profile_func;
    t->profile_func = xnewref(func);
    xdecref(old);
    trace_update_state(t);
}

Object* frame_get_trace(Frame* f) {
    return incref((f->trace_flags & kFrameHasTrace) ? side_state(f).fn : None);
}

void frame_set_trace(Frame* f, Object* fn) {
    if (fn == None) fn = nullptr;
    ThreadState* t = ts();
    if (f->trace_flags & kFrameHasTrace) {
        FrameTraceState& state = side_state(f);
        Object* old = state.fn;
        if (fn) {
            state.fn = newref(fn);
        } else {
            // The tracer's line goes with f_trace: only a traced frame's 'line' events set it.
            f->trace_flags &= static_cast<uint8_t>(~kFrameTraceSideState);
            side_table().erase(f);
            --t->traced_frames;
            trace_update_state(t);
        }
        decref(old);
        return;
    }
    if (!fn) return;
    side_state(f).fn = newref(fn);
    f->trace_flags |= kFrameHasTrace;
    ++t->traced_frames;
    trace_update_state(t);
}

int frame_trace_lineno(Frame* f) { return side_state(f).lineno; }

int trace_call(Frame* f) {
    ThreadState* t = ts();
    if (t->tracing) return 0;
    if (t->trace_func && call_trace(false, f, Event::Call, None) < 0) return -1;
    if (t->profile_func && call_trace(true, f, Event::Call, None) < 0) return -1;
    return 0;
}

int trace_return(Frame* f, Object* retval) {
    ThreadState* t = ts();
    if (t->tracing) return 0;
    if (retval) {
        if (t->trace_func && call_trace(false, f, Event::Return, retval) < 0) return -1;
        if (t->profile_func && call_trace(true, f, Event::Return, retval) < 0) return -1;
        return 0;
    }
    if (t->trace_func && call_trace_protected(false, f, Event::Return, None) < 0) return -1;
    if (t->profile_func && call_trace_protected(true, f, Event::Return, None) < 0) return -1;
    return 0;
}

void trace_exception(Frame* f) {
    ThreadState* t = ts();
    if (t->tracing || !t->trace_func || !(f->trace_flags & kFrameHasTrace)) return;
    Object* exc = err_fetch();
    if (!exc) return;
    Object* tb = exception_traceback(exc);
    Object* arg = tuple_pack({static_cast<Object*>(exc->type), exc, tb ? traceback_exposed(tb) : None});
    if (!arg) {
        err_restore(exc);
        return;
    }
    int r = call_trace(false, f, Event::Exception, arg);
    decref(arg);
    if (r == 0) err_restore(exc);
    else decref(exc);
}

int trace_send_return(Frame* f, Object* value) {
    ThreadState* t = ts();
    if (t->tracing || !t->trace_func || !(f->trace_flags & kFrameHasTrace)) return 0;
    gen_set_stop_iteration_value(value);
    trace_exception(f);
    if (!err_matches(StopIteration)) return -1;
    err_clear();
    return 0;
}

int trace_instruction(Frame* f, int prev) {
    ThreadState* t = ts();
    if (t->tracing || !t->trace_func || !(f->trace_flags & kFrameHasTrace)) return 0;
    CodeObject* co = f->code;
    int here = f->lasti;
    // RETURN_GENERATOR opens generator code before its first traceable instruction (CPython:
    // _co_firsttraceable): no event for it, and the body's first line counts as the frame's start.
    if (instr_op(co->instrs[here]) == RETURN_GENERATOR) return 0;
    if (prev >= 0 && instr_op(co->instrs[prev]) == RETURN_GENERATOR) prev = -1;
    int line = code_line_of(co, here);
    int lastline = prev < 0 ? -1 : (f->trace_flags & kFrameLineOverride) ? side_state(f).lineno : code_line_of(co, prev);
    if (line == -1) {
        // An instruction without a line (a loop's closing jump, an implicit `return None`):
        // CPython 3.11 gives it the line of the block falling into it, so it stays on the line
        // of the instruction run before it.
        if (lastline != -1) {
            side_state(f).lineno = lastline;
            f->trace_flags |= kFrameLineOverride;
        }
    } else {
        f->trace_flags &= static_cast<uint8_t>(~kFrameLineOverride);
    }
    if (line != -1 && !(f->trace_flags & kFrameNoTraceLines)) {
        // A new line, or a jump backwards (a loop's next iteration) except the SEND of a
        // `yield from` / `await` being resumed.
        if (line != lastline || (here < prev && instr_op(co->instrs[here]) != SEND)) {
            if (call_trace(false, f, Event::Line, None) < 0) return -1;
        }
    }
    if ((f->trace_flags & kFrameTraceOpcodes) && t->trace_func) {
        if (call_trace(false, f, Event::Opcode, None) < 0) return -1;
    }
    return 0;
}

bool trace_is_c_function(Object* callable) {
    return callable->type == &BuiltinFunctionType || callable->type == &MethodDescrType;
}

Object* trace_c_call(Frame* f, Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    ThreadState* t = ts();
    size_t npos = nargs - (kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0);
    Ref<> func = Ref<>::borrow(callable);
    if (callable->type == &MethodDescrType) {
        // The hook sees the method bound to its receiver, as CPython builds it for the event.
        if (npos == 0) return call(callable, args, nargs, kwnames);
        DescrGetFn get = callable->type->descr_get;
        Object* bound = get ? get(callable, args[0], args[0]->type) : nullptr;
        if (!bound) return nullptr;
        func = Ref<>::steal(bound);
    }
    if (call_trace(true, f, Event::CCall, func.get()) < 0) return nullptr;
    Object* res = call(callable, args, nargs, kwnames);
    if (!t->profile_func) return res;
    if (!res) {
        call_trace_protected(true, f, Event::CException, func.get());
        return nullptr;
    }
    if (call_trace(true, f, Event::CReturn, func.get()) < 0) {
        decref(res);
        return nullptr;
    }
    return res;
}

// CPython: frameobject.c, frame_setlineno: its checks of when a jump is allowed, in its order;
// the jump itself is trace_jump.cpp's.
int trace_set_lineno(Frame* f, int64_t line) {
    switch (g_tracing_what) {
    case Event::Exception:
        err_set_string(ValueError, "can only jump from a 'line' trace event");
        return -1;
    case Event::Call:
        err_set_string(ValueError, "can't jump from the 'call' trace event of a new frame");
        return -1;
    case Event::Line:
        break;
    case Event::Return:
        if (frame_gen(f) && frame_gen(f)->frame_state == FrameState::Suspended) break;
        [[fallthrough]];
    default:
        err_set_string(ValueError, "can only jump from a 'line' trace event");
        return -1;
    }
    if (!(f->trace_flags & kFrameHasTrace)) {
        err_set_string(ValueError, "f_lineno can only be set by a trace function");
        return -1;
    }
    if (line < f->code->firstlineno) {
        err_format(ValueError, "line %d comes before the current code block", static_cast<int>(line));
        return -1;
    }
    return trace_jump_to_line(f, line);
}

}  // namespace pygen
