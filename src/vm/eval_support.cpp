// The eval loop's out-of-line helpers (see eval_support.h), with CPython 3.11's messages.
// CPython counterpart: Python/ceval.c (unpack_iterable, do_raise, check_except_type_valid,
// import_from, import_all_from, format_kwargs_error).
#include "vm/eval_support.h"

#include <new>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exception_group.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/import.h"
#include "vm/thread_state.h"

namespace pygen {

bool unpack_iterable(Object* v, int before, int after, Object** sp_out) {
    Object* it = object_iter(v);
    if (!it) {
        if (err_matches(TypeError) && !v->type->iter && !type_lookup_str(v->type, "__iter__") && !v->type->getitem) {
            err_clear();
            err_format(TypeError, "cannot unpack non-iterable %s object", v->type->name);
        }
        return false;
    }
    Ref<> iter = Ref<>::steal(it);
    // Items go to sp_out[total-1] .. sp_out[0] so the first item ends up on top.
    int total = after < 0 ? before : before + 1 + after;
    int got = 0;
    auto fail_cleanup = [&]() {
        for (int i = 0; i < got; ++i) decref(sp_out[total - 1 - i]);
        return false;
    };
    // The items taken so far are in sp_out, above the stack top: a std::bad_alloc from the
    // iteration becomes MemoryError here, so that they are released.
    try {
        for (; got < before; ++got) {
            Object* item = iter_next(it);
            if (!item) {
                if (err_occurred()) return fail_cleanup();
                if (after < 0)
                    err_format(ValueError, "not enough values to unpack (expected %d, got %d)", before, got);
                else
                    err_format(ValueError, "not enough values to unpack (expected at least %d, got %d)", before + after, got);
                return fail_cleanup();
            }
            sp_out[total - 1 - got] = item;
        }
        if (after < 0) {
            Object* extra = iter_next(it);
            if (extra) {
                decref(extra);
                err_format(ValueError, "too many values to unpack (expected %d)", before);
                return fail_cleanup();
            }
            if (err_occurred()) return fail_cleanup();
            return true;
        }
        Object* rest = sequence_list(it);
        if (!rest) return fail_cleanup();
        ssize n = list_size(rest);
        if (n < after) {
            err_format(ValueError, "not enough values to unpack (expected at least %d, got %zd)", before + after,
                       static_cast<ssize>(before) + n);
            decref(rest);
            return fail_cleanup();
        }
        // The trailing `after` items come off the end of the starred list.
        for (int i = 0; i < after; ++i) {
            Object* item = list_item(rest, n - after + i);
            sp_out[after - 1 - i] = newref(item);
        }
        auto* l = static_cast<ListObject*>(rest);
        for (ssize i = n - after; i < n; ++i) decref(l->items[i]);
        l->size = n - after;
        sp_out[after] = rest;
        return true;
    } catch (const std::bad_alloc&) {
        err_no_memory();
        return fail_cleanup();
    }
}

bool do_raise(Object* exc, Object* cause) {
    Ref<> value;
    if (is_exception_class(exc)) {
        value = Ref<>::steal(call0(exc));
        if (!value) return false;
        if (!is_exception_instance(value.get())) {
            // `raise` names the result's type by its repr (ceval.c, do_raise), unlike throw().
            err_format(TypeError, "calling %R should have returned an instance of BaseException, not %R", exc,
                       static_cast<Object*>(value->type));
            return false;
        }
    } else if (is_exception_instance(exc)) {
        value = Ref<>::borrow(exc);
    } else {
        err_set_string(TypeError, "exceptions must derive from BaseException");
        return false;
    }
    if (cause) {
        Ref<> fixed;
        if (is_exception_class(cause)) {
            fixed = Ref<>::steal(call0(cause));
            if (!fixed) return false;
        } else if (is_exception_instance(cause)) {
            fixed = Ref<>::borrow(cause);
        } else if (cause == None) {
            fixed = Ref<>();
        } else {
            err_set_string(TypeError, "exception causes must derive from BaseException");
            return false;
        }
        exception_set_cause(value.get(), fixed.release());
    }
    err_set_instance(value.get());   // also chains __context__
    return false;
}

int check_exc_match(Object* exc, Object* match) {
    const char* msg = "catching classes that do not inherit from BaseException is not allowed";
    if (is_tuple(match)) {
        for (ssize i = 0; i < tuple_size(match); ++i) {
            if (!is_exception_class(tuple_item(match, i))) {
                err_set_string(TypeError, msg);
                return -1;
            }
        }
    } else if (!is_exception_class(match)) {
        err_set_string(TypeError, msg);
        return -1;
    }
    return err_given_matches(exc, match) ? 1 : 0;
}

bool check_eg_match(Object* exc, Object* match_type, Object** match, Object** rest) {
    if (check_except_star_type(match_type) < 0) return false;
    if (!exception_group_match(exc, match_type, match, rest)) return false;
    if (*match != None) {
        ExcStackItem* info = ts()->exc_info;
        setref(info->exc_value, newref(*match));
    }
    return true;
}

Object* format_value(Object* value, int conversion, Object* spec) {
    Ref<> v = Ref<>::borrow(value);
    switch (conversion) {
    case 1: v = Ref<>::steal(object_str(value)); break;
    case 2: v = Ref<>::steal(object_repr(value)); break;
    case 3: v = Ref<>::steal(object_ascii(value)); break;
    default: break;
    }
    if (!v) return nullptr;
    if (!spec) {
        if (is_str_exact(v.get())) return v.release();
        if (is_int_exact(v.get())) return IntType.repr(v.get());
    }
    return object_format(v.get(), spec);
}

Object* enter_context(Object* mgr, bool is_async, Object** exit_out) {
    const char* protocol = is_async ? "asynchronous context manager protocol" : "context manager protocol";
    Ref<> enter = Ref<>::steal(lookup_special(mgr, is_async ? "__aenter__" : "__enter__"));
    if (!enter) {
        if (!err_occurred()) err_format(TypeError, "'%s' object does not support the %s", mgr->type->name, protocol);
        return nullptr;
    }
    Ref<> exit = Ref<>::steal(lookup_special(mgr, is_async ? "__aexit__" : "__exit__"));
    if (!exit) {
        if (!err_occurred())
            err_format(TypeError, "'%s' object does not support the %s (missed %s method)", mgr->type->name, protocol,
                       is_async ? "__aexit__" : "__exit__");
        return nullptr;
    }
    Object* res = call0(enter.get());
    if (!res) return nullptr;
    *exit_out = exit.release();
    return res;
}

Object* lookup_special(Object* obj, const char* name) {
    Object* descr = type_lookup_str(obj->type, name);
    if (!descr) return nullptr;
    if (descr->type->descr_get) return descr->type->descr_get(descr, obj, obj->type);
    return incref(descr);
}

void format_name_error(Object* name) {
    err_format(NameError, "name '%s' is not defined", str_cstr(name));
    set_name_error_name(name);
}

std::string function_str(Object* func) {
    Ref<> qualname = Ref<>::steal(object_lookup_attr(func, str_intern("__qualname__")));
    err_clear();
    if (!qualname || !is_str(qualname.get())) return std::string(func->type->name) + " object";
    std::string name(str_view(qualname.get()));
    Ref<> module = Ref<>::steal(object_lookup_attr(func, str_intern("__module__")));
    err_clear();
    if (module && is_str(module.get()) && str_view(module.get()) != "builtins")
        name = std::string(str_view(module.get())) + "." + name;
    return name;
}

void format_kwargs_error(Object* func, Object* key) {
    if (is_str(key))
        err_format(TypeError, "%s() got multiple values for keyword argument '%s'", function_str(func).c_str(),
                   str_cstr(key));
    else
        err_set_string(TypeError, "keywords must be strings");
}

Object* import_name(Frame* f, Object* name, Object* fromlist, Object* level) {
    // CPython reads __import__ with a dict-only call: builtins of any other type are a
    // SystemError there, and a dict subclass is read as a plain dict.
    Object* foreign = f->func->builtins_foreign;
    if (foreign && !is_dict(foreign)) return err_set_string(SystemError, "bad argument to internal function");
    Object* import_func = dict_getitem_str(foreign ? foreign : f->builtins(), "__import__");
    if (!import_func) return err_set_string(ImportError, "__import__ not found");
    int64_t lvl = 0;
    if (!int_as_i64(level, &lvl)) lvl = 0;
    if (import_policy_check(name, f->globals(), static_cast<int>(lvl), f->code) < 0) return nullptr;
    if (import_func == builtin_import_function())
        return import_module_level(name, f->globals(), fromlist, static_cast<int>(lvl));
    Object* locals = f->locals ? f->locals : None;
    Object* args[5] = {name, f->globals(), locals, fromlist, level};
    return call(import_func, args, 5, nullptr);
}

Object* import_from(Object* module, Object* name) {
    Object* v = object_lookup_attr(module, name);
    if (v || err_occurred()) return v;
    // A submodule imported as a side effect may only be in sys.modules.
    Ref<> pkgname = Ref<>::steal(object_lookup_attr(module, str_intern("__name__")));
    if (pkgname && is_str(pkgname.get())) {
        std::string full = std::string(str_view(pkgname.get())) + "." + std::string(str_view(name));
        Object* m = dict_getitem_str(sys_modules(), full.c_str());
        if (m) return incref(m);
    }
    err_clear();
    std::string modname = pkgname && is_str(pkgname.get()) ? std::string(str_view(pkgname.get())) : "<unknown module name>";
    Ref<> file = Ref<>::steal(object_lookup_attr(module, str_intern("__file__")));
    err_clear();
    // A module still running its body (its spec says _initializing) is most likely a circular import.
    bool initializing = false;
    if (Ref<> spec = Ref<>::steal(object_lookup_attr(module, str_intern("__spec__"))); spec && spec.get() != None) {
        Ref<> flag = Ref<>::steal(object_lookup_attr(spec.get(), str_intern("_initializing")));
        initializing = flag && object_is_true(flag.get()) > 0;
    }
    err_clear();
    std::string location = file && is_str(file.get()) ? std::string(str_view(file.get())) : std::string("unknown location");
    std::string msg = "cannot import name '" + std::string(str_view(name)) + "' from " +
                      (initializing ? "partially initialized module '" + modname + "' (most likely due to a circular import) ("
                                    : "'" + modname + "' (") + location + ")";
    // ImportError(msg, name=module, path=file)
    Ref<> msg_obj = Ref<>::steal(str_from(msg));
    Ref<> mod_obj = Ref<>::steal(str_from(modname));
    Ref<> kw = Ref<>::steal(tuple_pack({str_intern("name"), str_intern("path")}));
    Object* args[3] = {msg_obj.get(), mod_obj.get(), file && is_str(file.get()) ? file.get() : None};
    Ref<> exc = Ref<>::steal(call(ImportError, args, 1, kw.get()));
    if (exc) err_set_instance(exc.get());
    return nullptr;
}

int setup_annotations(Object* ns) {
    Object* key = str_from("__annotations__");
    if (!key) return -1;
    Object* ann;
    if (is_dict(ns)) {
        ann = xnewref(dict_getitem(ns, key));
        if (!ann && err_occurred()) { decref(key); return -1; }
    } else {
        // CPython: a missing key in a non-dict namespace is a KeyError from its __getitem__.
        ann = object_getitem(ns, key);
        if (!ann) {
            if (!err_matches(KeyError)) { decref(key); return -1; }
            err_clear();
        }
    }
    int r = 0;
    if (ann) {
        decref(ann);
    } else {
        Object* d = dict_new();
        r = d ? object_setitem(ns, key, d) : -1;
        xdecref(d);
    }
    decref(key);
    return r;
}

bool import_star(Frame* f, Object* module) {
    Object* ns = f->locals ? f->locals : f->globals();
    Ref<> all = Ref<>::steal(object_lookup_attr(module, str_intern("__all__")));
    if (err_occurred()) return false;
    bool skip_private = false;
    if (!all) {
        Ref<> d = Ref<>::steal(object_lookup_attr(module, str_intern("__dict__")));
        if (!d) {
            if (!err_occurred()) err_set_string(ImportError, "from-import-* object has no __dict__ and no __all__");
            return false;
        }
        all = Ref<>::steal(dict_keys_list(d.get()));
        skip_private = true;
    }
    Ref<> it = Ref<>::steal(object_iter(all.get()));
    if (!it) return false;
    while (Object* name = iter_next(it.get())) {
        Ref<> n = Ref<>::steal(name);
        if (skip_private && is_str(name) && str_view(name).substr(0, 1) == "_") continue;
        Ref<> v = Ref<>::steal(object_getattr(module, name));
        if (!v) return false;
        if (object_setitem(ns, name, v.get()) < 0) return false;
    }
    return !err_occurred();
}

}  // namespace pygen
