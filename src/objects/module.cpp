// Module objects and the registry of C++ modules.
// CPython counterpart: Objects/moduleobject.c.
#include "objects/module.h"

#include <cstring>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "vm/call.h"

namespace pygen {

TypeObject ModuleType;

namespace {

struct BuiltinModuleEntry {
    const char* name;
    ModuleInitFn init;
};
std::vector<BuiltinModuleEntry>& registry() {
    static std::vector<BuiltinModuleEntry> r;
    return r;
}

Object* g_builtins_module = nullptr;
Object* g_sys_modules = nullptr;

ModuleObject* as_module(Object* o) { return static_cast<ModuleObject*>(o); }

void module_dealloc(Object* o) {
    if (as_module(o)->weakreflist) weakref_clear_refs(o);
    xdecref(as_module(o)->dict);
    xdecref(as_module(o)->name);
    free_object(o);
}

void module_traverse(Object* o, VisitFn visit, void* arg) {
    if (as_module(o)->dict) visit(as_module(o)->dict, arg);
}

Object* module_repr(Object* o) {
    Object* d = as_module(o)->dict;
    Object* name = dict_getitem_str(d, "__name__");
    std::string n = name && is_str(name) ? std::string(str_view(name)) : "?";
    Object* file = dict_getitem_str(d, "__file__");
    if (file && is_str(file)) return str_from("<module '" + n + "' from '" + std::string(str_view(file)) + "'>");
    // Built-in only when something loaded it as such (a spec or loader); a module made by
    // ModuleType(name) is just "<module 'name'>", as CPython's.
    Object* spec = dict_getitem_str(d, "__spec__");
    Object* loader = dict_getitem_str(d, "__loader__");
    if ((spec && spec != None) || (loader && loader != None)) return str_from("<module '" + n + "' (built-in)>");
    return str_from("<module '" + n + "'>");
}

Object* module_getattro(Object* o, Object* name) {
    Object* v = generic_getattr(o, name);
    if (v || !err_matches(AttributeError)) return v;
    err_clear();
    Object* d = as_module(o)->dict;
    if (Object* getattr_hook = dict_getitem_str(d, "__getattr__")) return call1(getattr_hook, name);
    Object* mname = dict_getitem_str(d, "__name__");
    if (mname && is_str(mname))
        return err_format(AttributeError, "module '%s' has no attribute '%s'", str_cstr(mname), str_cstr(name));
    return err_format(AttributeError, "module has no attribute '%s'", str_cstr(name));
}

Object* module_get_dict(Object* o) { return incref(as_module(o)->dict); }

// module.__annotations__ lives in the module's dict; reading it creates an empty dict there when
// the module has none (CPython 3.10+: module_get_annotations / module_set_annotations).
Object* module_get_annotations(Object* o) {
    Object* d = as_module(o)->dict;
    if (!d || !is_dict(d)) return err_set_string(TypeError, "<module>.__dict__ is not a dictionary");
    if (Object* a = dict_getitem_str(d, "__annotations__")) return incref(a);
    if (err_occurred()) return nullptr;
    Ref<> fresh = Ref<>::steal(dict_new());
    if (!fresh || dict_setitem_str(d, "__annotations__", fresh.get()) < 0) return nullptr;
    return fresh.release();
}

int module_set_annotations(Object* o, Object* value) {
    Object* d = as_module(o)->dict;
    if (!d || !is_dict(d)) {
        err_set_string(TypeError, "<module>.__dict__ is not a dictionary");
        return -1;
    }
    if (value) return dict_setitem_str(d, "__annotations__", value);
    if (dict_delitem_str(d, "__annotations__") == 0) return 0;
    if (err_matches(KeyError)) {
        err_clear();
        err_set_string(AttributeError, "__annotations__");
    }
    return -1;
}

const GetSetDef kModuleGetSet[] = {
    {"__dict__", module_get_dict},
    {"__annotations__", module_get_annotations, module_set_annotations},
    {nullptr, nullptr},
};

// module.__new__ makes an empty namespace of `type` (a subclass's instances are of the subclass);
// __init__(name, doc=None) fills in the standard names, as CPython splits the two.
Object* module_tp_new(TypeObject* type, Object* const*, size_t, Object*) {
    auto* m = static_cast<ModuleObject*>(alloc_object(type));
    if (!m) return nullptr;
    m->dict = dict_new();
    if (!m->dict) {
        decref(m);
        return nullptr;
    }
    return m;
}

int module_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* name = nargs > 0 ? args[0] : nullptr;
    Object* doc = nargs > 1 ? args[1] : nullptr;
    if (nargs > 2) {
        err_format(TypeError, "module() takes at most 2 arguments (%zu given)", nargs);
        return -1;
    }
    ssize nkw = kwnames ? tuple_size(kwnames) : 0;
    for (ssize i = 0; i < nkw; ++i) {
        std::string_view k = str_view(tuple_item(kwnames, i));
        Object* v = args[nargs + i];
        if (k == "name" && !name) name = v;
        else if (k == "doc" && !doc) doc = v;
        else {
            err_format(TypeError, "module() got an unexpected keyword argument '%s'", std::string(k).c_str());
            return -1;
        }
    }
    if (!name) {
        err_set_string(TypeError, "module() missing required argument 'name' (pos 1)");
        return -1;
    }
    if (!is_str(name)) {
        err_format(TypeError, "module() argument 'name' must be str, not %s", arg_type_name(name));
        return -1;
    }
    ModuleObject* m = as_module(self);
    Object* old = m->name;
    m->name = incref(name);
    xdecref(old);
    Object* d = m->dict;
    if (dict_setitem_str(d, "__name__", name) < 0 || dict_setitem_str(d, "__doc__", doc ? doc : None) < 0 ||
        dict_setitem_str(d, "__package__", None) < 0 || dict_setitem_str(d, "__loader__", None) < 0 ||
        dict_setitem_str(d, "__spec__", None) < 0)
        return -1;
    return 0;
}

}  // namespace

Object* module_new(const char* name) {
    auto* m = static_cast<ModuleObject*>(alloc_object(&ModuleType));
    m->dict = dict_new();
    m->name = str_from(name);
    if (!m->dict || !m->name) {
        decref(m);
        return nullptr;
    }
    dict_setitem_str(m->dict, "__name__", m->name);
    dict_setitem_str(m->dict, "__doc__", None);
    dict_setitem_str(m->dict, "__package__", None);
    dict_setitem_str(m->dict, "__loader__", None);
    dict_setitem_str(m->dict, "__spec__", None);
    return m;
}

int module_add_functions(Object* module, const MethodDef* defs) {
    Object* modname = as_module(module)->name;
    for (const MethodDef* d = defs; d->name; ++d) {
        Object* f = builtin_function_new(d, nullptr);
        if (!f) return -1;
        auto* bf = static_cast<BuiltinFunctionObject*>(f);
        if (!bf->module) bf->module = newref(modname);
        int r = dict_setitem_str(module_dict(module), d->name, f);
        decref(f);
        if (r < 0) return -1;
    }
    return 0;
}

int module_add_object(Object* module, const char* name, Object* value) {
    return dict_setitem_str(module_dict(module), name, value);
}

int module_add_int(Object* module, const char* name, int64_t value) {
    Object* v = int_from_i64(value);
    int r = module_add_object(module, name, v);
    decref(v);
    return r;
}

int module_add_string(Object* module, const char* name, const char* value) {
    Object* v = str_from(value);
    int r = module_add_object(module, name, v);
    decref(v);
    return r;
}

void register_builtin_module(const char* name, ModuleInitFn init) {
    for (auto& e : registry()) {
        if (std::strcmp(e.name, name) == 0) {
            e.init = init;
            return;
        }
    }
    registry().push_back({name, init});
}

ModuleInitFn find_builtin_module(const char* name) {
    for (auto& e : registry())
        if (std::strcmp(e.name, name) == 0) return e.init;
    return nullptr;
}

std::vector<const char*> builtin_module_names() {
    std::vector<const char*> names;
    for (auto& e : registry()) names.push_back(e.name);
    return names;
}

Object* builtins_module() { return g_builtins_module; }
Object* builtins_dict() { return g_builtins_module ? module_dict(g_builtins_module) : nullptr; }
Object* sys_modules() { return g_sys_modules; }

void set_runtime_modules(Object* builtins, Object* modules) {
    g_builtins_module = builtins;
    g_sys_modules = modules;
}

namespace {

// module.__dir__: a `__dir__` function stored in the module's namespace (PEP 562) answers for the
// module; otherwise the namespace's keys (dir() sorts them).
Object* module_dir(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (nargs || (kwnames && tuple_size(kwnames)))
        return err_format(TypeError, "module.__dir__() takes no arguments (%zu given)", nargs);
    Object* dict = module_dict(self);
    if (!dict || !is_dict(dict)) return err_set_string(TypeError, "<module>.__dict__ is not a dictionary");
    if (Object* fn = dict_getitem_str(dict, "__dir__")) return call0(fn);
    return dict_keys_list(dict);
}

const MethodDef kModuleMethods[] = {
    {"__dir__", module_dir},
    {nullptr, nullptr},
};

}  // namespace

void init_module_type() {
    ModuleType.name = "module";
    ModuleType.basicsize = sizeof(ModuleObject);
    ModuleType.dictoffset = offsetof(ModuleObject, dict);
    ModuleType.weaklistoffset = offsetof(ModuleObject, weakreflist);
    ModuleType.flags = kTypeGC | kTypeBaseType;
    ModuleType.dealloc = module_dealloc;
    ModuleType.traverse = module_traverse;
    ModuleType.repr = module_repr;
    ModuleType.getattro = module_getattro;
    ModuleType.getset = kModuleGetSet;
    ModuleType.methods = kModuleMethods;
    ModuleType.tp_new = module_tp_new;
    ModuleType.tp_init = module_tp_init;
    if (!type_ready(&ModuleType)) abort();
}

}  // namespace pygen
