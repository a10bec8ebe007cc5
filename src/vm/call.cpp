// Binding call arguments to a function's parameters and running functions from C++.
// The messages are CPython 3.11's, word for word.
// CPython counterpart: Python/ceval.c (initialize_locals, missing_arguments, too_many_positional).
#include "vm/call.h"

#include <string>
#include <vector>

#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/genobject.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call_builtin_style.h"
#include "vm/eval.h"
#include "vm/frame_alloc.h"
#include "vm/thread_state.h"

namespace pygen {

namespace {

// The function's own __qualname__ (which may have been reassigned), as CPython's messages use.
std::string fname(FunctionObject* func) {
    Object* q = func->qualname && is_str(func->qualname) ? func->qualname : func->code->qualname;
    return std::string(str_view(q)) + "()";
}

std::string quoted_list(const std::vector<std::string>& names) {
    std::string s;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        s += "'" + names[i] + "'";
    }
    return s;
}

void missing_arguments(FunctionObject* func, Object** slots, int start, int end, bool kwonly) {
    CodeObject* co = func->code;
    std::vector<std::string> missing;
    for (int i = start; i < end; ++i)
        if (!slots[i]) missing.emplace_back(str_view(tuple_item(co->localsplus_names, i)));
    err_format(TypeError, "%s missing %d required %s argument%s: %s", fname(func).c_str(), static_cast<int>(missing.size()),
               kwonly ? "keyword-only" : "positional", missing.size() == 1 ? "" : "s", quoted_list(missing).c_str());
}

void too_many_positional(FunctionObject* func, size_t given, Object** slots) {
    CodeObject* co = func->code;
    int argcount = co->argcount;
    int ndefaults = func->defaults ? static_cast<int>(tuple_size(func->defaults)) : 0;
    int kwonly_given = 0;
    for (int i = argcount; i < argcount + co->kwonlyargcount; ++i)
        if (slots[i]) ++kwonly_given;
    std::string takes;
    if (ndefaults > 0) {
        takes = "from " + std::to_string(argcount - ndefaults) + " to " + std::to_string(argcount) + " positional arguments";
    } else {
        takes = std::to_string(argcount) + " positional argument" + (argcount == 1 ? "" : "s");
    }
    std::string given_text = std::to_string(given);
    if (kwonly_given) {
        given_text += std::string(" positional argument") + (given == 1 ? "" : "s") + " (and " +
                      std::to_string(kwonly_given) + " keyword-only argument" + (kwonly_given == 1 ? "" : "s") + ")";
    }
    err_format(TypeError, "%s takes %s but %s %s given", fname(func).c_str(), takes.c_str(), given_text.c_str(),
               (given == 1 && !kwonly_given) ? "was" : "were");
}

}  // namespace

// Fills the parameter slots of a fresh frame. Returns false with TypeError set.
static bool bind_arguments(Frame* f, FunctionObject* func, Object* const* args, size_t nargs, Object* kwnames) {
    CodeObject* co = func->code;
    Object** slots = f->localsplus;
    int argcount = co->argcount;
    int total = argcount + co->kwonlyargcount;
    Object* kwdict = nullptr;
    if (co->flags & kCoVarkeywords) {
        // Sized for the keywords given: usually all of them land in **kwargs.
        kwdict = dict_new_presized(kwnames ? tuple_size(kwnames) : 0, true);
        if (!kwdict) return false;   // MemoryError (was taken for "no **kwargs")
        slots[total + ((co->flags & kCoVarargs) ? 1 : 0)] = kwdict;
    }
    size_t npos = nargs < static_cast<size_t>(argcount) ? nargs : static_cast<size_t>(argcount);
    for (size_t i = 0; i < npos; ++i) slots[i] = newref(args[i]);
    if (co->flags & kCoVarargs) {
        size_t extra = nargs > npos ? nargs - npos : 0;
        slots[total] = tuple_from_array(args + npos, static_cast<ssize>(extra));
        if (!slots[total]) return false;
    }
    if (kwnames) {
        ssize nkw = tuple_size(kwnames);
        std::vector<std::string> posonly_as_kw;
        for (ssize k = 0; k < nkw; ++k) {
            Object* name = tuple_item(kwnames, k);
            Object* value = args[nargs + k];
            // Keyword names are almost always the very string objects of the parameter names
            // (both interned by the compiler): an identity scan first, the comparison by value
            // only when it finds nothing.
            Object* const* pnames = tuple_items(co->localsplus_names);
            int found = -1;
            for (int i = co->posonlyargcount; i < total; ++i) {
                if (pnames[i] == name) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                for (int i = co->posonlyargcount; i < total; ++i) {
                    if (str_equal(pnames[i], name)) {
                        found = i;
                        break;
                    }
                }
            }
            if (found < 0) {
                if (kwdict) {
                    if (dict_setitem(kwdict, name, value) < 0) return false;
                    continue;
                }
                bool is_posonly = false;
                for (int i = 0; i < co->posonlyargcount; ++i)
                    if (str_equal(tuple_item(co->localsplus_names, i), name)) is_posonly = true;
                if (is_posonly) {
                    posonly_as_kw.emplace_back(str_view(name));
                    continue;
                }
                err_format(TypeError, "%s got an unexpected keyword argument '%s'", fname(func).c_str(), str_cstr(name));
                return false;
            }
            if (slots[found]) {
                err_format(TypeError, "%s got multiple values for argument '%s'", fname(func).c_str(), str_cstr(name));
                return false;
            }
            slots[found] = newref(value);
        }
        if (!posonly_as_kw.empty()) {
            std::string list;
            for (size_t i = 0; i < posonly_as_kw.size(); ++i) list += (i ? ", " : "") + posonly_as_kw[i];
            err_format(TypeError, "%s got some positional-only arguments passed as keyword arguments: '%s'",
                       fname(func).c_str(), list.c_str());
            return false;
        }
    }
    if (nargs > static_cast<size_t>(argcount) && !(co->flags & kCoVarargs)) {
        too_many_positional(func, nargs, slots);
        return false;
    }
    if (nargs < static_cast<size_t>(argcount)) {
        int ndefaults = func->defaults ? static_cast<int>(tuple_size(func->defaults)) : 0;
        int first_default = argcount - ndefaults;
        for (int i = static_cast<int>(nargs); i < first_default; ++i) {
            if (!slots[i]) {
                missing_arguments(func, slots, static_cast<int>(nargs), first_default, false);
                return false;
            }
        }
        for (int i = first_default > static_cast<int>(nargs) ? first_default : static_cast<int>(nargs); i < argcount; ++i)
            if (!slots[i]) slots[i] = newref(tuple_item(func->defaults, i - first_default));
    }
    if (co->kwonlyargcount > 0) {
        bool missing = false;
        for (int i = argcount; i < total; ++i) {
            if (slots[i]) continue;
            Object* def = func->kwdefaults ? dict_getitem(func->kwdefaults, tuple_item(co->localsplus_names, i)) : nullptr;
            if (def) slots[i] = newref(def);
            else missing = true;
        }
        if (missing) {
            missing_arguments(func, slots, argcount, total, true);
            return false;
        }
    }
    return true;
}

Frame* frame_for_call(FunctionObject* func, Object* const* args, size_t nargs, Object* kwnames) {
    CodeObject* co = func->code;
    // A generator function's arguments go straight into the frame inside the generator's block.
    Frame* f = (co->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) ? gen_block_frame_new(co, func)
                                                                             : frame_new(co, func, nullptr);
    if (!f) return nullptr;
    if (!bind_arguments(f, func, args, nargs, kwnames)) {
        decref(f);
        if (func->dict) reword_binding_error(func, args, nargs, kwnames);
        return nullptr;
    }
    if (!(co->flags & kCoNoFree)) frame_make_cells(f, func);
    return f;
}

Frame* frame_for_call_ex(FunctionObject* func, Object* args_tuple, Object* kwargs) {
    ssize n = tuple_size(args_tuple);
    Object* const* items = tuple_items(args_tuple);
    if (!kwargs || dict_size(kwargs) == 0) return frame_for_call(func, items, static_cast<size_t>(n), nullptr);
    // f(*args, **kw): the keywords become a kwnames tuple and values after the positionals, as
    // call_tuple_dict passes them (values borrowed from kwargs, which the caller keeps alive).
    ssize nk = dict_size(kwargs);
    Ref<> kwnames = Ref<>::steal(tuple_new(nk));
    if (!kwnames) return nullptr;
    // The arguments of a call of ordinary size sit on the C++ stack, not in a heap block.
    constexpr ssize kStackArgs = 24;
    Object* stack_buf[kStackArgs];
    std::vector<Object*> heap_buf;
    Object** buf = stack_buf;
    if (n + nk > kStackArgs) {
        heap_buf.resize(static_cast<size_t>(n + nk));
        buf = heap_buf.data();
    }
    for (ssize i = 0; i < n; i++) buf[static_cast<size_t>(i)] = items[i];
    ssize pos = 0, k = 0;
    Object *key, *value;
    while (dict_next(kwargs, &pos, &key, &value)) {
        if (!is_str(key)) {
            err_set_string(TypeError, "keywords must be strings");
            return nullptr;
        }
        tuple_items(kwnames.get())[k] = newref(key);
        buf[static_cast<size_t>(n + k)] = value;
        k++;
    }
    return frame_for_call(func, buf, static_cast<size_t>(n), kwnames.get());
}

void frame_make_cells(Frame* f, FunctionObject* func) {
    CodeObject* co = func->code;
    // Cells wrap their initial value (an argument captured by an inner function keeps its value).
    int nlocalsplus = co->nlocalsplus;
    int first_free = nlocalsplus - co->nfreevars;
    for (int i = 0; i < first_free; ++i) {
        if (co->local_kinds[i] & kLocalCell) {
            Object* cell = cell_new(f->localsplus[i]);
            xdecref(f->localsplus[i]);
            f->localsplus[i] = cell;
        }
    }
    if (co->nfreevars > 0) {
        Object* closure = func->closure;
        for (int i = 0; i < co->nfreevars; ++i)
            f->localsplus[first_free + i] = closure ? newref(tuple_item(closure, i)) : cell_new(nullptr);
    }
}

Object* function_vectorcall(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    auto* func = static_cast<FunctionObject*>(callable);
    CodeObject* co = func->code;
    // The common call from C++ (a host calling a script function, a callback): positional
    // arguments that match the parameters of a plain function (no keywords, defaults, *args,
    // **kwargs, keyword-only parameters, cells or generator). The frame is made and, when nobody
    // else kept it, recycled as the eval loop's own calls and returns do (CALL_PY_EXACT_ARGS,
    // RETURN_VALUE) rather than through bind_arguments and the frame type's dealloc.
    constexpr int kNotPlain = kCoVarargs | kCoVarkeywords | kCoGenerator | kCoCoroutine | kCoAsyncGenerator;
    if (!kwnames && (co->flags & (kNotPlain | kCoNoFree)) == kCoNoFree && co->kwonlyargcount == 0 &&
        static_cast<size_t>(co->argcount) == nargs) [[likely]] {
        Frame* f = frame_alloc(co, func, static_cast<int>(nargs));
        if (!f) return nullptr;
        for (size_t i = 0; i < nargs; ++i) f->localsplus[i] = newref(args[i]);
        Object* result = eval_frame(f, false);
        if (f->refcnt == 1 && f->trace_flags == 0) [[likely]] {
            Object** slot = f->localsplus;
            for (Object** end = slot + f->code->nlocalsplus + f->stack_depth; slot < end; ++slot)
                if (*slot) decref(*slot);
            frame_release(f);
        } else {
            decref(f);
        }
        return result;
    }
    Frame* f = frame_for_call(func, args, nargs, kwnames);
    if (!f) return nullptr;
    if (func->code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) return gen_new_with_frame(f, func);
    Object* result = eval_frame(f, false);
    decref(f);
    return result;
}

Object* eval_code(CodeObject* code, Object* globals, Object* locals, Object* closure) {
    // Globals without __builtins__ get the builtins module, as exec() does in CPython.
    if (!dict_getitem_str(globals, "__builtins__") && dict_setitem_str(globals, "__builtins__", builtins_module()) < 0)
        return nullptr;
    // Module-level code runs as a function of its own, so every frame finds its globals and
    // builtins (resolved by function_new) in one place.
    Ref<FunctionObject> func = Ref<FunctionObject>::steal(function_new(code, globals, nullptr));
    if (!func) return nullptr;
    Frame* f = frame_new(code, func.get(), locals);
    if (!f) return nullptr;
    // Module-level code may still have cells (a class body's __class__, comprehension captures).
    int first_free = code->nlocalsplus - code->nfreevars;
    for (int i = 0; i < first_free; ++i)
        if (code->local_kinds[i] & kLocalCell) f->localsplus[i] = cell_new(nullptr);
    // Free variables read cells: exec() checked that a closure with one per variable was given.
    for (int i = 0; i < code->nfreevars; ++i)
        f->localsplus[first_free + i] = closure ? newref(tuple_item(closure, i)) : cell_new(nullptr);
    Object* result = eval_frame(f, false);
    decref(f);
    return result;
}

}  // namespace pygen
