// The `pygen` module: a window on what a generator, coroutine or async generator holds, the view
// the seed chapter's author had to patch CPython to get. pygen.layout(obj) returns the head as a
// dict (frame, running, code, weakreflist, name, qualname, exc_state, plus the kind-specific fields)
// and the frame's f_lasti, f_lineno, value-stack depth and locals; pygen.dump(obj) prints it as a box.
// Also the hook types.coroutine needs (_set_iterable_coroutine) and free-list sizes for tests.
#include <string>
#include <vector>

#include "modules/sys_module.h"
#include "objects/abstract.h"
#include "objects/alloc_limit.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/genobject.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "vm/match.h"
#include "vm/frame.h"
#include "vm/specialize.h"
#include "vm/traceback.h"

namespace pygen {

ssize async_gen_free_list_sizes(ssize* wrapped);   // asyncgen.cpp
int add_pygen_trace_functions(Object* m);            // pygen_trace.cpp

namespace {

const char* state_name(FrameState s) {
    switch (s) {
    case FrameState::Created: return "CREATED";
    case FrameState::Suspended: return "SUSPENDED";
    case FrameState::Executing: return "RUNNING";
    case FrameState::Completed: return "COMPLETED";
    case FrameState::Cleared: return "CLEARED";
    }
    return "?";
}

bool set(Object* d, const char* key, Object* value_stolen) {
    if (!value_stolen) return false;
    int r = dict_setitem_str(d, key, value_stolen);
    decref(value_stolen);
    return r == 0;
}

Object* layout_of(Object* obj) {
    if (!is_gen_family(obj))
        return err_format(TypeError, "pygen.layout() expects a generator, coroutine or async generator, not %s",
                          obj->type->name);
    auto* g = static_cast<GenObject*>(obj);
    Ref<> d = Ref<>::steal(dict_new());
    Object* dd = d.get();
    bool alive = gen_frame(g) != nullptr;
    bool ok = set(dd, "type", str_from(obj->type->name)) &&
              set(dd, "frame", incref(alive ? frame_expose(gen_frame(g)) : None)) &&
              set(dd, "running", bool_from(g->frame_state == FrameState::Executing)) &&
              set(dd, "frame_state", str_from(state_name(g->frame_state))) && set(dd, "code", incref(gen_code(g))) &&
              set(dd, "weakreflist", weakref_live_refs(obj)) && set(dd, "name", incref(gen_name(g))) &&
              set(dd, "qualname", incref(gen_qualname(g)));
    if (!ok) return nullptr;
    Object* exc = g->exc_state.exc_value;
    if (exc && exc != None) {
        ok = set(dd, "exc_state", tuple_pack({exc->type, exc, traceback_exposed(exception_traceback(exc))}));
    } else {
        ok = set(dd, "exc_state", tuple_pack({None, None, None}));
    }
    if (!ok) return nullptr;
    if (g->kind == GenKind::Coroutine) {
        Object* origin = g->origin_or_finalizer;
        if (!set(dd, "origin", incref(origin ? origin : None))) return nullptr;
    } else if (g->kind == GenKind::AsyncGenerator) {
        Object* fin = g->origin_or_finalizer;
        ok = set(dd, "finalizer", incref(fin ? fin : None)) && set(dd, "hooks_inited", bool_from(g->hooks_inited)) &&
             set(dd, "closed", bool_from(g->closed)) && set(dd, "running_async", bool_from(g->running_async));
        if (!ok) return nullptr;
    }
    if (alive) {
        Frame* f = gen_frame(g);
        ok = set(dd, "f_lasti", int_from_i64(f->lasti)) && set(dd, "f_lineno", int_from_i64(frame_lineno(f))) &&
             set(dd, "stack_depth", int_from_i64(f->stack_depth)) && set(dd, "locals", frame_get_locals(f));
    } else {
        ok = set(dd, "f_lasti", incref(None)) && set(dd, "f_lineno", incref(None)) &&
             set(dd, "stack_depth", int_from_i64(0)) && set(dd, "locals", incref(None));
    }
    if (!ok) return nullptr;
    return d.release();
}

Object* pygen_layout(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_bad_argument_count("layout", nargs, 1, 1);
    return layout_of(args[0]);
}

// Strips the 0x... address so the box is stable enough to read (and to diff).
std::string short_repr(Object* v) {
    Ref<> r = Ref<>::steal(object_repr(v));
    if (!r) {
        err_clear();
        return "<repr failed>";
    }
    std::string s(str_view(r.get()));
    if (s.size() > 60) s = s.substr(0, 57) + "...";
    return s;
}

Object* pygen_dump(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_bad_argument_count("dump", nargs, 1, 1);
    Ref<> d = Ref<>::steal(layout_of(args[0]));
    if (!d) return nullptr;
    std::vector<std::pair<std::string, std::string>> rows;
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(d.get(), &pos, &k, &v)) {
        std::string key(str_view(k));
        if (key == "type") continue;
        if (key == "locals" && is_dict(v)) {
            ssize lp = 0;
            Object *lk, *lv;
            bool any = false;
            while (dict_next(v, &lp, &lk, &lv)) {
                rows.emplace_back(any ? "" : "locals", std::string(str_view(lk)) + " = " + short_repr(lv));
                any = true;
            }
            if (!any) rows.emplace_back("locals", "{}");
            continue;
        }
        rows.emplace_back(key, short_repr(v));
    }
    size_t kw = 0, vw = 0;
    for (auto& [a, b] : rows) {
        kw = std::max(kw, a.size());
        vw = std::max(vw, b.size());
    }
    auto* g = static_cast<GenObject*>(args[0]);
    std::string title = std::string(args[0]->type->name) + " " + std::string(str_view(gen_qualname(g)));
    vw = std::max(vw, title.size() > kw + 3 ? title.size() - kw - 3 : 0);
    std::string rule = "+" + std::string(kw + 2, '-') + "+" + std::string(vw + 2, '-') + "+\n";
    std::string out = "+" + std::string(kw + vw + 5, '-') + "+\n";
    out += "| " + title + std::string(kw + vw + 3 - title.size(), ' ') + " |\n";
    out += rule;
    for (auto& [a, b] : rows) out += "| " + a + std::string(kw - a.size(), ' ') + " | " + b + std::string(vw - b.size(), ' ') + " |\n";
    out += rule;
    Object* out_stream = sys_get_object("stdout");
    if (!out_stream) return err_set_string(RuntimeError, "lost sys.stdout");
    Ref<> text = Ref<>::steal(str_from(out));
    Ref<> r = Ref<>::steal(call_method1(out_stream, "write", text.get()));
    if (!r) return nullptr;
    return none_new();
}

// types.coroutine(genfunc): generators made by the function afterwards can be awaited.
Object* pygen_set_iterable_coroutine(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1 || !is_function(args[0])) return err_set_string(TypeError, "_set_iterable_coroutine expects a function");
    auto* f = static_cast<FunctionObject*>(args[0]);
    // Code objects are shared and immutable: give the function a flagged copy of its own.
    CodeObject* src = f->code;
    CodeObject* c = code_new();
    code_base_instrs(src, &c->instrs);   // the copy starts unquickened, without caches
    c->lines = src->lines;
    c->spans = src->spans;
    c->exception_table = src->exception_table;
    c->local_kinds = src->local_kinds;
    c->cell2arg = src->cell2arg;
    c->consts = newref(src->consts);
    c->names = newref(src->names);
    c->localsplus_names = newref(src->localsplus_names);
    c->name = newref(src->name);
    c->qualname = newref(src->qualname);
    c->filename = newref(src->filename);
    c->argcount = src->argcount;
    c->posonlyargcount = src->posonlyargcount;
    c->kwonlyargcount = src->kwonlyargcount;
    c->flags = src->flags | kCoIterableCoroutine;
    c->nlocalsplus = src->nlocalsplus;
    c->nlocals = src->nlocals;
    c->ncellvars = src->ncellvars;
    c->nfreevars = src->nfreevars;
    c->stacksize = src->stacksize;
    c->firstlineno = src->firstlineno;
    setref(f->code, c);
    f->version = function_next_version();
    return incref(args[0]);
}

Object* pygen_free_lists(Object*, Object* const*, size_t, Object*) {
    ssize wrapped = 0;
    ssize asend = async_gen_free_list_sizes(&wrapped);
    Ref<> a = Ref<>::steal(int_from_i64(asend));
    Ref<> w = Ref<>::steal(int_from_i64(wrapped));
    Ref<> d = Ref<>::steal(dict_new());
    dict_setitem_str(d.get(), "async_generator_asend", a.get());
    dict_setitem_str(d.get(), "async_generator_wrapped_value", w.get());
    return d.release();
}

// _fail_new(n) -> the countdown left before: arms the allocation-failure injection (the n-th
// C++ allocation from now throws std::bad_alloc, which must end as a MemoryError with nothing
// leaked); 0 disarms. A result of 0 after arming means the failure was injected.
Object* pygen_fail_new(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1 || !is_int(args[0])) return err_format(TypeError, "_fail_new(n) takes an int");
    int64_t n;
    if (!int_as_i64(args[0], &n) || n < 0) return err_format(ValueError, "_fail_new(n): n must be >= 0");
    long left = g_fail_new_countdown;
    g_fail_new_countdown = 0;
    Object* r = int_from_i64(left);
    g_fail_new_countdown = static_cast<long>(n);
    return r;
}

// _fail_alloc(n) -> the countdown left before: as _fail_new, for the runtime's counted
// allocations (objects, tables, payloads: objects/alloc_limit.h), which return null; the caller
// raises MemoryError. 0 disarms; 0 returned after arming means the failure was injected.
Object* pygen_fail_alloc(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1 || !is_int(args[0])) return err_format(TypeError, "_fail_alloc(n) takes an int");
    int64_t n;
    if (!int_as_i64(args[0], &n) || n < 0) return err_format(ValueError, "_fail_alloc(n): n must be >= 0");
    long left = fail_alloc_arm(0);
    Object* r = int_from_i64(left);
    fail_alloc_arm(static_cast<long>(n));
    return r;
}

// _caret_anchors(segment) -> (left_end, right_start) or None: what lib/traceback.py needs from the
// parser to underline a binary operation or subscript as the interpreter does (CPython uses ast).
Object* pygen_caret_anchors(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1 || !is_str(args[0])) return err_set_string(TypeError, "_caret_anchors expects a str");
    int left = 0, right = 0;
    if (!traceback_caret_anchors(std::string(str_view(args[0])), &left, &right)) return incref(None);
    Ref<> l = Ref<>::steal(int_from_i64(left));
    Ref<> r = Ref<>::steal(int_from_i64(right));
    if (!l || !r) return nullptr;
    Object* t = tuple_new(2);
    if (!t) return nullptr;
    tuple_items(t)[0] = l.release();
    tuple_items(t)[1] = r.release();
    return t;
}

const MethodDef kPygenMethods[] = {
    {"_caret_anchors", pygen_caret_anchors},
    {"layout", pygen_layout},
    {"dump", pygen_dump},
    {"_set_iterable_coroutine", pygen_set_iterable_coroutine},
    {"_free_lists", pygen_free_lists},
    {"_fail_new", pygen_fail_new},
    {"_fail_alloc", pygen_fail_alloc},
    {"_set_collection_flags", pygen_set_collection_flags},
    {"_collection_flags", pygen_collection_flags},
    {nullptr, nullptr},
};

}  // namespace

Object* make_pygen_module() {
    Object* m = module_new("pygen");
    if (!m) return nullptr;
    module_add_functions(m, kPygenMethods);
    if (add_pygen_trace_functions(m) < 0) {
        decref(m);
        return nullptr;
    }
    module_add_string(m, "version", "0.1.0");
    return m;
}

}  // namespace pygen
