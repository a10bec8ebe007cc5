// What the pictures (pygen.svg, lib/_pygen_svg.py) and the step-through (pygen --trace-gen,
// lib/_pygen_trace.py) need from C++: a frame's value stack and bytecode listing, the thread's
// chain of handled exceptions, and a hook called at every generator resume and suspension
// (g_gen_trace_hook in genobject.h). The drawing itself is Python.
#include <string>

#include "bytecode/disassembler.h"
#include "vm/runtime.h"
#include "modules/sys_module.h"
#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/genobject.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/thread_state.h"

namespace pygen {

namespace {

Object* g_trace_callable = nullptr;   // strong; the Python hook, null when not tracing
bool g_in_trace = false;              // the hook's own generators are not traced

const char* event_name(GenTraceEvent e) {
    switch (e) {
    case GenTraceEvent::Resume: return "resume";
    case GenTraceEvent::Suspend: return "suspend";
    case GenTraceEvent::Finish: return "finish";
    }
    return "?";
}

// Calls the Python hook with (event, generator); a pending exception (throw(), a body that raised)
// is set aside around the call and restored, and the hook's own errors are reported as unraisable.
void call_trace_hook(GenObject* gen, GenTraceEvent event) {
    if (g_in_trace || !g_trace_callable) return;
    g_in_trace = true;
    Object* pending = err_fetch();
    Ref<> hook = Ref<>::borrow(g_trace_callable);
    Ref<> name = Ref<>::steal(str_from_cstr(event_name(event)));
    Ref<> r = name ? Ref<>::steal(call2(hook.get(), name.get(), gen)) : Ref<>();
    if (!r) {
        Object* exc = err_fetch();
        if (exc) {
            sys_write_stderr("pygen: generator trace hook failed:\n");
            Ref<> text = Ref<>::steal(object_repr(exc));
            if (text) sys_write_stderr(std::string(str_view(text.get())) + "\n");
            err_clear();
            decref(exc);
        }
    }
    err_restore(pending);
    g_in_trace = false;
}

// _set_gen_trace(callable or None)
Object* pygen_set_gen_trace(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_bad_argument_count("_set_gen_trace", nargs, 1, 1);
    Object* f = args[0];
    if (f != None && !is_callable(f)) return err_format(TypeError, "_set_gen_trace expects a callable or None, not %s", f->type->name);
    xdecref(g_trace_callable);
    g_trace_callable = f == None ? nullptr : newref(f);
    runtime_slot(&g_trace_callable);
    g_gen_trace_hook = g_trace_callable ? call_trace_hook : nullptr;
    return none_new();
}

Frame* frame_of(Object* obj) {
    if (obj->type == &FrameType) return static_cast<Frame*>(obj);
    if (is_gen_family(obj)) {
        auto* g = static_cast<GenObject*>(obj);
        if (Frame* f = gen_frame(g)) return f;
    }
    return nullptr;
}

// _value_stack(gen or frame) -> list of the values on a suspended frame's stack, bottom first
// ('<NULL>' marks a call's empty slot); [] for a running or finished one.
Object* pygen_value_stack(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_bad_argument_count("_value_stack", nargs, 1, 1);
    Ref<> out = Ref<>::steal(list_new(0));
    if (!out) return nullptr;
    Frame* f = frame_of(args[0]);
    if (!f || f->is_executing || f->is_cleared) return out.release();
    Object** base = f->stack_base();
    for (uint32_t i = 0; i < f->stack_depth; ++i) {
        Ref<> v = base[i] ? Ref<>::borrow(base[i]) : Ref<>::steal(str_from_cstr("<NULL>"));
        if (!v || list_append(out.get(), v.get()) < 0) return nullptr;
    }
    return out.release();
}

// _dis(code) -> the text `pygen --dis` prints for this code object alone.
Object* pygen_dis(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_bad_argument_count("_dis", nargs, 1, 1);
    if (!is_code(args[0])) return err_format(TypeError, "_dis expects a code object, not %s", args[0]->type->name);
    return str_from(disassemble(static_cast<CodeObject*>(args[0]), false));
}

// _exc_chain(gen=None) -> the handled exceptions from the innermost entry outwards, as
// [(owner, exception or None)]: owner is 'gen' for the generator's own exc_state and 'thread' for
// the thread's entries. For a generator that is not linked in (suspended), its entry comes first
// and the thread's chain follows.
Object* pygen_exc_chain(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs > 1) return err_bad_argument_count("_exc_chain", nargs, 0, 1);
    Ref<> out = Ref<>::steal(list_new(0));
    if (!out) return nullptr;
    auto add = [&](const char* owner, Object* exc) {
        Ref<> o = Ref<>::steal(str_from_cstr(owner));
        Ref<> t = o ? Ref<>::steal(tuple_pack({o.get(), exc && exc != None ? exc : None})) : Ref<>();
        return t && list_append(out.get(), t.get()) == 0;
    };
    ExcStackItem* mine = nullptr;
    if (nargs == 1 && is_gen_family(args[0])) {
        mine = &static_cast<GenObject*>(args[0])->exc_state;
        if (!add("gen", mine->exc_value)) return nullptr;
    }
    ThreadState* t = ts();
    for (ExcStackItem* item = t->exc_info; item; item = item->previous_item) {
        if (item == mine) continue;
        if (!add("thread", item->exc_value)) return nullptr;
    }
    return out.release();
}

// svg(obj) -> str: the picture of a generator, coroutine, async generator, asend/athrow object
// or frame, drawn by lib/_pygen_svg.py.
Object* pygen_svg(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Ref<> mod = Ref<>::steal(import_module("_pygen_svg"));
    if (!mod) return nullptr;
    Ref<> render = Ref<>::steal(object_getattr_str(mod.get(), "svg"));
    if (!render) return nullptr;
    return call(render.get(), args, nargs, kwnames);
}

const MethodDef kTraceMethods[] = {
    {"_set_gen_trace", pygen_set_gen_trace},
    {"_value_stack", pygen_value_stack},
    {"_dis", pygen_dis},
    {"_exc_chain", pygen_exc_chain},
    {"svg", pygen_svg},
    {nullptr, nullptr},
};

}  // namespace

int add_pygen_trace_functions(Object* m) { return module_add_functions(m, kTraceMethods); }

}  // namespace pygen
