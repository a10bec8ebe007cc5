// Frame allocation (with a small free list per size, since every Python call makes one), the
// Python-visible frame type (f_lasti, f_lineno, f_locals, ...), and what modules ask of the
// executing frame (globals(), locals(), super()).
// CPython counterparts: Objects/frameobject.c, Python/frame.c.
#include "vm/frame.h"
#include "vm/frame_alloc.h"
#include "objects/alloc_limit.h"

#include <cstdlib>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/genobject.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/frame_api.h"
#include "vm/gc.h"
#include "vm/signals.h"
#include "vm/thread_state.h"
#include "vm/trace.h"

namespace pygen {

TypeObject FrameType;

namespace frame_detail {
FramePool g_pools[kPooledSlotLimit + 1];
}  // namespace frame_detail

Frame* frame_new(CodeObject* code, FunctionObject* func, Object* locals) {
    Frame* f = frame_alloc(code, func, 0);
    if (f) f->locals = xnewref(locals);
    return f;
}

void frame_keep_caller(Frame* f, Frame* caller) {
    if (caller == nullptr || f->refcnt <= 1 || (f->gen_link & kGenBlock)) return;
    f->back = static_cast<Frame*>(incref(frame_expose(caller)));
}

void frame_free_cleared(Frame* f) {
    if (f->back) [[unlikely]] {
        // The caller it kept (frame_keep_caller); dropped after this frame is gone, below.
        Frame* back = f->back;
        f->back = nullptr;
        frame_free_cleared(f);
        decref(back);
        return;
    }
    if (f->gen_link & kGenBlock) [[unlikely]] {
        gen_block_frame_died(f);
        return;
    }
    frame_release(f);
}

namespace {

void clear_slots(Frame* f) {
    if (f->is_cleared) return;
    f->is_cleared = true;
    int n = f->code->nlocalsplus + f->stack_depth;
    f->stack_depth = 0;
    for (int i = 0; i < n; ++i) clearref(f->localsplus[i]);
}

}  // namespace

void frame_clear(Frame* f) {
    if (f->is_cleared) return;
    clear_slots(f);
    if (f->is_optimized()) clearref(f->locals);   // the f_locals snapshot
}

int frame_lineno(Frame* f) {
    if (f->lasti < 0) {
        // Module code starts at line 0 (CPython 3.11's RESUME there has no line of its own):
        // what a 'call' event of a module frame reports.
        if (!f->is_optimized() && f->code->name && str_view(f->code->name) == "<module>") return 0;
        return f->code->firstlineno;
    }
    if (f->trace_flags & kFrameLineOverride) return frame_trace_lineno(f);
    // An implicit `return None` has no line of its own: CPython copies it into the block falling
    // into it, so it reports that block's line; the nearest line before it stands in for that.
    return code_line_at_or_before(f->code, f->lasti);
}

Object* frame_get_locals(Frame* f) {
    if (!f->is_optimized()) return incref(f->locals ? f->locals : f->globals());
    if (!f->locals) f->locals = dict_new();
    Object* d = f->locals;
    CodeObject* co = f->code;
    for (int i = 0; i < co->nlocalsplus; ++i) {
        Object* name = tuple_item(co->localsplus_names, i);
        Object* v = f->localsplus[i];
        uint8_t kind = co->local_kinds[i];
        if (v && (kind & (kLocalCell | kLocalFree)) && v->type == &CellType) v = static_cast<CellObject*>(v)->ref;
        if (v) {
            if (dict_setitem(d, name, v) < 0) return nullptr;
        } else {
            int has = dict_contains(d, name);
            if (has > 0 && dict_delitem(d, name) < 0) return nullptr;
        }
    }
    return incref(d);
}

namespace {

void frame_dealloc(Object* o) {
    auto* f = static_cast<Frame*>(o);
    gc_untrack(f);   // before the locals go: their finalisers may run a collection
    frame_drop_trace(f);
    frame_clear(f);
    frame_free_cleared(f);
}

void frame_traverse(Object* o, VisitFn visit, void* arg) {
    auto* f = static_cast<Frame*>(o);
    if (f->code) visit(f->code, arg);
    if (f->func) visit(f->func, arg);
    if (f->locals) visit(f->locals, arg);
    if (f->back && !f->is_executing) visit(f->back, arg);   // the caller it kept
    // An executing frame's stack depth lives in the eval loop's registers, so stack_depth is stale
    // (slots above the live top may hold popped or freed values). As CPython 3.11 does (stacktop
    // is -1 while a frame runs), it exposes no slots at all: what its locals and stack hold counts
    // as referenced from outside, which keeps it alive for this collection.
    if (f->is_cleared || f->is_executing) return;
    int n = f->code->nlocalsplus + f->stack_depth;
    for (int i = 0; i < n; ++i)
        if (f->localsplus[i]) visit(f->localsplus[i], arg);
}

Frame* as_frame(Object* o) { return static_cast<Frame*>(o); }

}  // namespace

void frame_traverse_if_owned(Frame* f, VisitFn visit, void* arg) {
    if (gc_is_tracked(f)) visit(f, arg);   // it traverses itself: one edge, like any tracked object
    else if (f->refcnt == 1) frame_traverse(f, visit, arg);
}

Object* frame_expose(Frame* f) {
    gc_track(f);
    return f;
}

namespace {

// Breaks a cycle the collector found through a frame nobody runs: its slots and f_locals snapshot
// go (CPython's frame_tp_clear). A generator's frame is left to the generator, which the
// collector finalises (closes) first; code and function stay, as readers of the frame need them.
int frame_tp_clear(Object* o) {
    auto* f = static_cast<Frame*>(o);
    if (f->is_executing || (f->gen_link & kGenOwner)) return 0;
    frame_drop_trace(f);
    frame_clear(f);
    return 0;
}

}  // namespace

namespace {

Object* get_lasti(Object* o) { return int_from_i64(as_frame(o)->lasti); }
Object* get_lineno(Object* o) { return int_from_i64(frame_lineno(as_frame(o))); }
Object* get_locals(Object* o) { return frame_get_locals(as_frame(o)); }
Object* get_code(Object* o) { return incref(as_frame(o)->code); }
Object* get_globals(Object* o) { return incref(as_frame(o)->globals()); }
Object* get_builtins(Object* o) {
    FunctionObject* fn = as_frame(o)->func;
    return incref(fn->builtins_foreign ? fn->builtins_foreign : fn->builtins);
}
Object* get_back(Object* o) {
    Frame* b = as_frame(o)->back;
    return incref(b ? frame_expose(b) : None);
}
Object* get_trace(Object* o) { return frame_get_trace(as_frame(o)); }
int set_trace(Object* o, Object* v) {
    frame_set_trace(as_frame(o), v);   // deleting (v null) sets None, as CPython does
    return 0;
}
Object* get_trace_lines(Object* o) { return bool_from(!(as_frame(o)->trace_flags & kFrameNoTraceLines)); }
Object* get_trace_opcodes(Object* o) { return bool_from(as_frame(o)->trace_flags & kFrameTraceOpcodes); }
// CPython: frameobject.c, frame_settrace_lines / frame_settrace_opcodes: only bools are accepted.
int set_trace_flag(Object* o, Object* v, uint8_t flag, bool flag_means_true, const char* name) {
    if (!v || (v != True && v != False)) {
        err_format(TypeError, "attribute value type must be bool");
        (void)name;
        return -1;
    }
    bool on = (v == True) == flag_means_true;
    Frame* f = as_frame(o);
    if (on) f->trace_flags |= flag;
    else f->trace_flags &= static_cast<uint8_t>(~flag);
    return 0;
}
int set_trace_lines(Object* o, Object* v) { return set_trace_flag(o, v, kFrameNoTraceLines, false, "f_trace_lines"); }
int set_trace_opcodes(Object* o, Object* v) { return set_trace_flag(o, v, kFrameTraceOpcodes, true, "f_trace_opcodes"); }
int set_lineno(Object* o, Object* v) {
    if (!v) {
        err_set_string(AttributeError, "cannot delete attribute");
        return -1;
    }
    if (!is_int_exact(v)) {
        err_set_string(ValueError, "lineno must be an integer");
        return -1;
    }
    int64_t line;
    if (!int_as_i64(v, &line) || line > INT32_MAX || line < INT32_MIN) {
        err_clear();
        err_set_string(ValueError, "lineno out of range");
        return -1;
    }
    return trace_set_lineno(as_frame(o), line);
}

Object* frame_repr(Object* o) {
    auto* f = as_frame(o);
    char buf[48];
    snprintf(buf, sizeof buf, "%p", static_cast<void*>(o));
    return str_from("<frame at " + std::string(buf) + ", file '" + std::string(str_view(f->code->filename)) +
                    "', line " + std::to_string(frame_lineno(f)) + ", code " + std::string(str_view(f->code->name)) + ">");
}

Object* frame_clear_method(Object* self, Object* const*, size_t nargs, Object*) {
    auto* f = as_frame(self);
    if (f->is_executing) return err_set_string(RuntimeError, "cannot clear an executing frame");
    // Clearing a suspended generator's frame closes the generator (its finally blocks run).
    if (GenObject* g = frame_gen(f)) return gen_close_from_frame(g);
    // Only the slots: the f_locals snapshot stays, as in CPython, until f_locals is read again.
    clear_slots(f);
    return none_new();
}

const GetSetDef kFrameGetSet[] = {
    {"f_lasti", get_lasti},
    {"f_lineno", get_lineno, set_lineno},
    {"f_locals", get_locals},
    {"f_code", get_code},
    {"f_globals", get_globals},
    {"f_builtins", get_builtins},
    {"f_back", get_back},
    {"f_trace", get_trace, set_trace},
    {"f_trace_lines", get_trace_lines, set_trace_lines},
    {"f_trace_opcodes", get_trace_opcodes, set_trace_opcodes},
    {nullptr, nullptr},
};

const MethodDef kFrameMethods[] = {
    {"clear", frame_clear_method},
    {nullptr, nullptr},
};

}  // namespace

// ---- What modules need from the executing frame ----

Object* frame_globals_of_current() {
    Frame* f = ts()->frame;
    return f ? f->globals() : builtins_dict();
}

Object* frame_builtins_of_current() {
    Frame* f = ts()->frame;
    if (!f) return builtins_dict();
    return f->func->builtins_foreign ? f->func->builtins_foreign : f->func->builtins;
}

int frame_future_flags_of_current() {
    Frame* f = ts()->frame;
    return f ? f->code->flags & kCoFutureMask : 0;
}

Object* frame_locals_of_current() {
    Frame* f = ts()->frame;
    if (!f) return incref(builtins_dict());
    return frame_get_locals(f);
}

Object* frame_get_current(int depth) {
    Frame* f = ts()->frame;
    while (f && depth > 0) {
        f = f->back;
        --depth;
    }
    if (!f) return err_set_string(ValueError, "call stack is not deep enough");
    return incref(frame_expose(f));
}

bool frame_get_super_args(Object** type, Object** obj) {
    Frame* f = ts()->frame;
    if (!f) {
        err_set_string(RuntimeError, "super(): no current frame");
        return false;
    }
    CodeObject* co = f->code;
    if (co->argcount == 0) {
        err_set_string(RuntimeError, "super(): no arguments");
        return false;
    }
    Object* first = f->localsplus[0];
    if (first && (co->local_kinds[0] & kLocalCell) && first->type == &CellType) first = static_cast<CellObject*>(first)->ref;
    if (!first) {
        err_set_string(RuntimeError, "super(): arg[0] deleted");
        return false;
    }
    for (int i = 0; i < co->nlocalsplus; ++i) {
        if (!(co->local_kinds[i] & kLocalFree)) continue;
        if (str_view(tuple_item(co->localsplus_names, i)) != "__class__") continue;
        Object* cell = f->localsplus[i];
        Object* cls = cell && cell->type == &CellType ? static_cast<CellObject*>(cell)->ref : nullptr;
        if (!cls) {
            err_set_string(RuntimeError, "super(): empty __class__ cell");
            return false;
        }
        if (!is_type(cls)) {
            err_format(RuntimeError, "super(): __class__ is not a type (%s)", cls->type->name);
            return false;
        }
        *type = cls;
        *obj = first;
        return true;
    }
    err_set_string(RuntimeError, "super(): __class__ cell not found");
    return false;
}

void init_frame_type() {
    FrameType.name = "frame";
    FrameType.basicsize = sizeof(Frame);
    FrameType.flags = kTypeGC | kTypeGCSelfTracked;   // pooled blocks with a header: tracked once exposed
    FrameType.dealloc = frame_dealloc;
    FrameType.traverse = frame_traverse;
    FrameType.clear = frame_tp_clear;
    FrameType.repr = frame_repr;
    FrameType.getset = kFrameGetSet;
    FrameType.methods = kFrameMethods;
    if (!type_ready(&FrameType)) abort();
}

}  // namespace pygen
