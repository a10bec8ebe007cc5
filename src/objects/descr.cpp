// Callable wrappers for built-in code: builtin_function_or_method (a MethodDef, maybe bound),
// method_descriptor and classmethod_descriptor (MethodDef entries in a type's dict),
// getset_descriptor, wrapper_descriptor (a C slot exposed as a dunder) and method-wrapper (one
// bound to an instance), plus X.__new__ (tp_new_wrapper). property, classmethod/staticmethod and
// super have their own files. CPython counterparts: Objects/methodobject.c, Objects/descrobject.c.
#include "objects/weakref.h"
#include "objects/descr.h"

#include <cstring>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>

#include "objects/abstract.h"
#include "objects/builtin_docs.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "vm/thread_state.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"

namespace pygen {

TypeObject BuiltinFunctionType;
TypeObject MethodDescrType;
TypeObject ClassMethodDescrType;
TypeObject GetSetDescrType;
TypeObject WrapperDescrType;
TypeObject MethodWrapperType;

namespace {

// method_descriptor, classmethod_descriptor and getset_descriptor share this head.
struct MethodWrapperObject : Object {
    WrapperDescrObject* descr;   // strong
    Object* self;                // strong
};

const MethodDef* method_def(Object* d) { return static_cast<const MethodDef*>(static_cast<DescrObject*>(d)->def); }
const GetSetDef* getset_def(Object* d) { return static_cast<const GetSetDef*>(static_cast<DescrObject*>(d)->def); }
TypeObject* owner_of(Object* d) { return static_cast<DescrObject*>(d)->owner; }

// "list.append": the owner's __qualname__ and the entry's name.
Object* owner_qualname(TypeObject* owner, const char* name) {
    Object* q = type_qualname(owner);
    if (q == nullptr) return nullptr;
    Object* res = str_from_format("%U.%s", q, name);
    decref(q);
    return res;
}

Object* descr_new(TypeObject* type, TypeObject* owner, const void* def) {
    Object* o = alloc_object(type);
    if (o == nullptr) return nullptr;
    auto* d = static_cast<DescrObject*>(o);
    d->owner = newref(owner);
    d->def = def;
    return o;
}

void descr_dealloc(Object* self) {
    clearref(static_cast<DescrObject*>(self)->owner);
    free_object(self);
}

void descr_traverse(Object* self, VisitFn visit, void* arg) {
    if (TypeObject* t = static_cast<DescrObject*>(self)->owner) visit(t, arg);
}

Object* descr_get_objclass(Object* self) { return newref(static_cast<Object*>(owner_of(self))); }
Object* get_none(Object*) { return none_new(); }

// Docstrings of the generator family's methods and name attributes (code introspects them, as
// CPython's test_coroutines does); other builtin methods have none yet.
Object* family_doc(TypeObject* owner, const char* name) {
    std::string_view kind;
    if (std::strcmp(owner->name, "generator") == 0) kind = "generator";
    else if (std::strcmp(owner->name, "coroutine") == 0) kind = "coroutine";
    else if (std::strcmp(owner->name, "async_generator") == 0) kind = "async generator";
    if (kind.empty()) return none_new();
    std::string k(kind);
    std::string n(name);
    std::string doc;
    if (n == "send") {
        doc = "send(arg) -> send 'arg' into " + k + ",\nreturn the next value it yields or raise StopIteration.";
    } else if (n == "throw") {
        doc = "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise an exception in " + k +
              " at its suspension point, return the next value it yields or raise\nStopIteration.";
    } else if (n == "close") {
        doc = "close() -> raise GeneratorExit inside " + k + ".";
    } else if (n == "__name__") {
        doc = "name of the " + k;
    } else if (n == "__qualname__") {
        doc = "qualified name of the " + k;
    } else if (n == "asend") {
        doc = "asend(v) -> send 'v' in async generator.";
    } else if (n == "athrow") {
        doc = "athrow(typ[,val[,tb]]) -> raise exception in async generator.";
    } else if (n == "aclose") {
        doc = "aclose() -> raise GeneratorExit inside async generator.";
    } else {
        return none_new();
    }
    return str_from(doc);
}

// ---- builtin_function_or_method ----

BuiltinFunctionObject* as_builtin(Object* o) { return static_cast<BuiltinFunctionObject*>(o); }

bool is_plain_function(BuiltinFunctionObject* f) { return f->self == nullptr || is_module(f->self); }

}  // namespace


namespace {

// Every built-in function and method is entered here. A std::bad_alloc (or length_error) from C++
// containers inside it becomes MemoryError at this innermost boundary, so the C++ callers above it,
// which hold references in locals (a bound __format__ method, say), see an ordinary error return
// and release them; unwound past them, those references leaked (#9).
Object* call_cfunction(CFunction fn, Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    try {
        return fn(self, args, nargs, kwnames);
    } catch (const std::bad_alloc&) {
        return err_no_memory();
    } catch (const std::length_error&) {
        return err_no_memory();
    }
}

// A kMethDepth entry: one level of recursion depth around the call.
Object* call_counted_cfunction(CFunction fn, Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!enter_recursive_call(" while calling a Python object")) return nullptr;
    RecursiveCallScope scope;
    return call_cfunction(fn, self, args, nargs, kwnames);
}

// A kMethSystem function once the host removed system access: "module.name" refused.
Object* refuse_system_function(const MethodDef* def, Object* self) {
    std::string what = def->name;
    if (self && is_module(self)) {
        Object* d = module_dict(self);
        Object* n = d ? dict_getitem_str(d, "__name__") : nullptr;
        if (n && is_str(n)) what = std::string(str_view(n)) + "." + what;
    } else if (self) {
        what = std::string(self->type->name) + "." + what;
    }
    return err_system_access(what + "()");
}

Object* builtin_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    BuiltinFunctionObject* f = as_builtin(callable);
    if ((f->def->flags & kMethSystem) && g_system_access_removed) [[unlikely]]
        return refuse_system_function(f->def, f->self);
    if (f->def->flags & kMethDepth) return call_counted_cfunction(f->def->fn, f->self, args, nargs, kwnames);
    return call_cfunction(f->def->fn, f->self, args, nargs, kwnames);
}

Object* builtin_repr(Object* self) {
    BuiltinFunctionObject* f = as_builtin(self);
    if (is_plain_function(f)) return str_from_format("<built-in function %s>", f->def->name);
    return str_from_format("<built-in method %s of %s object at %p>", f->def->name, f->self->type->name,
                           static_cast<void*>(f->self));
}

void builtin_dealloc(Object* self) {
    BuiltinFunctionObject* f = as_builtin(self);
    if (f->weakreflist) weakref_clear_refs(self);
    clearref(f->self);
    clearref(f->module);
    free_object(self);
}

void builtin_traverse(Object* self, VisitFn visit, void* arg) {
    BuiltinFunctionObject* f = as_builtin(self);
    if (f->self) visit(f->self, arg);
    if (f->module) visit(f->module, arg);
}

Object* builtin_richcompare(Object* a, Object* b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || b->type != &BuiltinFunctionType) {
        return incref(NotImplemented);
    }
    bool eq = as_builtin(a)->def == as_builtin(b)->def && as_builtin(a)->self == as_builtin(b)->self;
    return bool_from(op == CompareOp::Eq ? eq : !eq);
}

int64_t builtin_hash(Object* self) {
    BuiltinFunctionObject* f = as_builtin(self);
    int64_t h = f->self ? object_hash(f->self) : 0;
    if (h == -1) return -1;
    h ^= static_cast<int64_t>(reinterpret_cast<uintptr_t>(f->def) >> 3);
    return h == -1 ? -2 : h;
}

Object* builtin_get_name(Object* self) { return str_from_cstr(as_builtin(self)->def->name); }

Object* builtin_get_qualname(Object* self) {
    BuiltinFunctionObject* f = as_builtin(self);
    if (is_plain_function(f)) return str_from_cstr(f->def->name);
    TypeObject* t = is_type(f->self) ? static_cast<TypeObject*>(f->self) : f->self->type;
    return owner_qualname(t, f->def->name);
}

Object* builtin_get_self(Object* self) {
    Object* s = as_builtin(self)->self;
    return s && !(as_builtin(self)->def->flags & kMethStatic) ? newref(s) : none_new();
}

Object* builtin_get_module(Object* self) {
    Object* m = as_builtin(self)->module;
    return m ? newref(m) : none_new();
}

// Where the docs table files a built-in: a module function under its module's name, a method
// under the type whose table defines it (a subclass instance's method under its base).
std::string builtin_doc_owner(BuiltinFunctionObject* f) {
    if (f->self && is_module(f->self)) {
        Object* d = module_dict(f->self);
        Object* n = d ? dict_getitem_str(d, "__name__") : nullptr;
        return n && is_str(n) ? std::string(str_view(n)) : std::string();
    }
    if (f->self == nullptr) return f->module && is_str(f->module) ? std::string(str_view(f->module)) : "builtins";
    TypeObject* t = is_type(f->self) ? static_cast<TypeObject*>(f->self) : f->self->type;
    return builtin_method_owner(t, f->def)->name;
}

// X.__new__ (tp_new_wrapper) is the same for every type.
bool is_tp_new(BuiltinFunctionObject* f) { return f->def == &kTpNewWrapperDef; }

Object* builtin_get_doc(Object* self) {
    BuiltinFunctionObject* f = as_builtin(self);
    if (is_tp_new(f)) return str_from_cstr("Create and return a new object of the type (help(type) shows its arguments).");
    return builtin_doc_object(builtin_doc_owner(f), f->def->name);
}

Object* builtin_get_text_signature(Object* self) {
    BuiltinFunctionObject* f = as_builtin(self);
    if (is_tp_new(f)) return str_from_cstr("($type, *args, **kwargs)");
    return builtin_signature_object(builtin_doc_owner(f), f->def->name);
}

int builtin_set_module(Object* self, Object* value) {
    setref(as_builtin(self)->module, xnewref(value));
    return 0;
}

// (getattr, (self, name)): how a method bound to an object pickles (CPython: methodobject.c,
// meth_reduce; descrobject.c, wrapper_reduce).
Object* reduce_as_getattr(Object* self, const char* name) {
    Object* getattr_fn = dict_getitem_str(builtins_dict(), "getattr");
    if (getattr_fn == nullptr) {
        if (!err_occurred()) err_set_string(RuntimeError, "lost builtins module");
        return nullptr;
    }
    Object* name_obj = str_from_cstr(name);
    if (name_obj == nullptr) return nullptr;
    Object* args = tuple_pack({self, name_obj});
    decref(name_obj);
    if (args == nullptr) return nullptr;
    Object* res = tuple_pack({getattr_fn, args});
    decref(args);
    return res;
}

// A module-level function pickles by its name (found again in its module), a bound one as
// getattr(self, name).
Object* builtin_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__reduce__", kwnames) || !arg_none("__reduce__", nargs)) return nullptr;
    BuiltinFunctionObject* f = as_builtin(self);
    if (is_plain_function(f)) return str_from_cstr(f->def->name);
    return reduce_as_getattr(f->self, f->def->name);
}

const MethodDef kBuiltinMethods[] = {
    {"__reduce__", builtin_reduce},
    {nullptr, nullptr},
};

const GetSetDef kBuiltinGetSet[] = {
    {"__name__", builtin_get_name},
    {"__qualname__", builtin_get_qualname},
    {"__self__", builtin_get_self},
    {"__module__", builtin_get_module, builtin_set_module},
    {"__doc__", builtin_get_doc},
    {"__text_signature__", builtin_get_text_signature},
    {nullptr, nullptr},
};

// ---- method_descriptor ----

Object* descr_check_instance(Object* descr, const char* name, Object* obj) {
    TypeObject* owner = owner_of(descr);
    if (!is_subtype(obj->type, owner)) {
        return err_format(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                          owner->name, obj->type->name);
    }
    return obj;
}

Object* method_descr_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    const MethodDef* def = method_def(callable);
    if (nargs < 1) {
        Object* q = owner_qualname(owner_of(callable), def->name);
        if (q == nullptr) return nullptr;
        err_format(TypeError, "unbound method %U() needs an argument", q);
        decref(q);
        return nullptr;
    }
    if (descr_check_instance(callable, def->name, args[0]) == nullptr) return nullptr;
    if ((def->flags & kMethSystem) && g_system_access_removed) [[unlikely]]
        return refuse_system_function(def, args[0]);
    if (def->flags & kMethDepth) return call_counted_cfunction(def->fn, args[0], args + 1, nargs - 1, kwnames);
    return call_cfunction(def->fn, args[0], args + 1, nargs - 1, kwnames);
}

Object* method_descr_get(Object* descr, Object* obj, Object*) {
    if (obj == nullptr) return newref(descr);
    if (descr_check_instance(descr, method_def(descr)->name, obj) == nullptr) return nullptr;
    return builtin_function_new(method_def(descr), obj);
}

Object* method_descr_repr(Object* self) {
    return str_from_format("<method '%s' of '%s' objects>", method_def(self)->name, owner_of(self)->name);
}

Object* method_descr_get_name(Object* self) { return str_from_cstr(method_def(self)->name); }
Object* method_descr_get_qualname(Object* self) { return owner_qualname(owner_of(self), method_def(self)->name); }

Object* method_descr_get_doc(Object* self) {
    Object* doc = family_doc(owner_of(self), method_def(self)->name);
    if (doc != None) return doc;
    decref(doc);
    return builtin_doc_object(owner_of(self)->name, method_def(self)->name);
}

Object* method_descr_get_text_signature(Object* self) {
    return builtin_signature_object(owner_of(self)->name, method_def(self)->name);
}

// CPython: descrobject.c, descr_reduce: (getattr, (owner, name)).
Object* method_descr_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__reduce__", kwnames) || !arg_none("__reduce__", nargs)) return nullptr;
    return reduce_as_getattr(owner_of(self), method_def(self)->name);
}

const MethodDef kMethodDescrMethods[] = {
    {"__reduce__", method_descr_reduce},
    {nullptr, nullptr},
};

const GetSetDef kMethodDescrGetSet[] = {
    {"__name__", method_descr_get_name},
    {"__qualname__", method_descr_get_qualname},
    {"__objclass__", descr_get_objclass},
    {"__doc__", method_descr_get_doc},
    {"__text_signature__", method_descr_get_text_signature},
    {nullptr, nullptr},
};

// ---- classmethod_descriptor ----

Object* classmethod_descr_get(Object* descr, Object* obj, Object* type) {
    const MethodDef* def = method_def(descr);
    TypeObject* owner = owner_of(descr);
    if (type == nullptr) type = obj->type;
    if (!is_type(type)) {
        return err_format(TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", def->name,
                          owner->name, type->type->name);
    }
    if (!is_subtype(static_cast<TypeObject*>(type), owner)) {
        return err_format(TypeError, "descriptor '%s' for type '%s' doesn't apply to type '%s'", def->name,
                          owner->name, static_cast<TypeObject*>(type)->name);
    }
    return builtin_function_new(def, type);
}

Object* classmethod_descr_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    const MethodDef* def = method_def(callable);
    TypeObject* owner = owner_of(callable);
    if (nargs < 1) {
        return err_format(TypeError, "descriptor '%s' of '%s' object needs an argument", def->name, owner->name);
    }
    if (!is_type(args[0])) {
        return err_format(TypeError, "descriptor '%s' requires a type but received a '%s'", def->name,
                          args[0]->type->name);
    }
    if (!is_subtype(static_cast<TypeObject*>(args[0]), owner)) {
        return err_format(TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'", def->name,
                          owner->name, static_cast<TypeObject*>(args[0])->name);
    }
    return call_cfunction(def->fn, args[0], args + 1, nargs - 1, kwnames);
}

// ---- getset_descriptor ----

Object* getset_get(Object* descr, Object* obj, Object*) {
    if (obj == nullptr) return newref(descr);
    const GetSetDef* def = getset_def(descr);
    if (descr_check_instance(descr, def->name, obj) == nullptr) return nullptr;
    if (def->get == nullptr) {
        return err_format(AttributeError, "attribute '%s' of '%s' objects is not readable", def->name,
                          owner_of(descr)->name);
    }
    return def->get(obj);
}

int getset_set(Object* descr, Object* obj, Object* value) {
    const GetSetDef* def = getset_def(descr);
    if (descr_check_instance(descr, def->name, obj) == nullptr) return -1;
    if (def->set == nullptr) {
        err_format(AttributeError, "attribute '%s' of '%s' objects is not writable", def->name, owner_of(descr)->name);
        return -1;
    }
    return def->set(obj, value);
}

Object* getset_repr(Object* self) {
    return str_from_format("<attribute '%s' of '%s' objects>", getset_def(self)->name, owner_of(self)->name);
}

Object* getset_get_name(Object* self) { return str_from_cstr(getset_def(self)->name); }
Object* getset_get_qualname(Object* self) { return owner_qualname(owner_of(self), getset_def(self)->name); }

Object* getset_get_doc(Object* self) {
    // The __dict__ and __weakref__ a class statement adds describe themselves (help() lists them).
    if (owner_of(self)->flags & kTypeHeap) {
        const char* name = getset_def(self)->name;
        if (std::strcmp(name, "__dict__") == 0) return str_from_cstr("dictionary for instance variables");
        if (std::strcmp(name, "__weakref__") == 0) return str_from_cstr("list of weak references to the object");
    }
    return family_doc(owner_of(self), getset_def(self)->name);
}

const GetSetDef kGetSetDescrGetSet[] = {
    {"__name__", getset_get_name},
    {"__qualname__", getset_get_qualname},
    {"__objclass__", descr_get_objclass},
    {"__doc__", getset_get_doc},
    {nullptr, nullptr},
};

// ---- wrapper_descriptor and method-wrapper ----

WrapperDescrObject* as_wrapper(Object* o) { return static_cast<WrapperDescrObject*>(o); }

Object* wrapper_descr_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    WrapperDescrObject* d = as_wrapper(callable);
    if (nargs < 1) {
        return err_format(TypeError, "descriptor '%s' of '%s' object needs an argument", d->def->name, d->owner->name);
    }
    Object* self = args[0];
    if (!is_subtype(self->type, d->owner)) {
        return err_format(TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", d->def->name,
                          d->owner->name, self->type->name);
    }
    return d->def->wrapper(self, args + 1, nargs - 1, kwnames, d);
}

Object* method_wrapper_new(WrapperDescrObject* descr, Object* self) {
    Object* o = alloc_object(&MethodWrapperType);
    if (o == nullptr) return nullptr;
    auto* w = static_cast<MethodWrapperObject*>(o);
    w->descr = newref(descr);
    w->self = newref(self);
    return o;
}

Object* wrapper_descr_get(Object* descr, Object* obj, Object*) {
    if (obj == nullptr) return newref(descr);
    WrapperDescrObject* d = as_wrapper(descr);
    if (!is_subtype(obj->type, d->owner)) {
        return err_format(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
                          d->owner->name, obj->type->name);
    }
    return method_wrapper_new(d, obj);
}

Object* wrapper_descr_repr(Object* self) {
    return str_from_format("<slot wrapper '%s' of '%s' objects>", as_wrapper(self)->def->name,
                           as_wrapper(self)->owner->name);
}

void wrapper_descr_dealloc(Object* self) { free_object(self); }

Object* wrapper_get_name(Object* self) { return str_from_cstr(as_wrapper(self)->def->name); }
Object* wrapper_get_qualname(Object* self) { return owner_qualname(as_wrapper(self)->owner, as_wrapper(self)->def->name); }
Object* wrapper_get_objclass(Object* self) { return newref(static_cast<Object*>(as_wrapper(self)->owner)); }

// Slot wrappers' __doc__: the one-line description each special method has in CPython (code
// such as test_generators' doctests prints them); slots not listed have None.
const char* slot_doc(const char* name) {
    static const struct { const char* name; const char* doc; } kDocs[] = {
        {"__next__", "Implement next(self)."},
        {"__iter__", "Implement iter(self)."},
        {"__repr__", "Return repr(self)."},
        {"__str__", "Return str(self)."},
        {"__hash__", "Return hash(self)."},
        {"__len__", "Return len(self)."},
        {"__bool__", "True if self else False"},
        {"__call__", "Call self as a function."},
        {"__await__", "Return an iterator to be used in await expression."},
        {"__aiter__", "Return an awaitable, that resolves in asynchronous iterator."},
        {"__anext__", "Return a value or raise StopAsyncIteration."},
        {"__getattribute__", "Return getattr(self, name)."},
        {"__setattr__", "Implement setattr(self, name, value)."},
        {"__delattr__", "Implement delattr(self, name)."},
        {"__init__", "Initialize self.  See help(type(self)) for accurate signature."},
        {"__lt__", "Return self<value."},
        {"__le__", "Return self<=value."},
        {"__eq__", "Return self==value."},
        {"__ne__", "Return self!=value."},
        {"__gt__", "Return self>value."},
        {"__ge__", "Return self>=value."},
        {"__contains__", "Return key in self."},
        {"__getitem__", "Return self[key]."},
        {"__setitem__", "Set self[key] to value."},
        {"__delitem__", "Delete self[key]."},
        {"__get__", "Return an attribute of instance, which is of type owner."},
        {"__set__", "Set an attribute of instance to value."},
        {"__delete__", "Delete an attribute of instance."},
    };
    for (const auto& d : kDocs) {
        if (std::strcmp(d.name, name) == 0) return d.doc;
    }
    return nullptr;
}

Object* doc_or_none(const char* name) {
    const char* doc = slot_doc(name);
    return doc ? str_from_cstr(doc) : newref(None);
}

Object* wrapper_get_doc(Object* self) { return doc_or_none(as_wrapper(self)->def->name); }
Object* wrapper_get_text_signature(Object* self) { return builtin_signature_object("slot", as_wrapper(self)->def->name); }

Object* wrapper_descr_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__reduce__", kwnames) || !arg_none("__reduce__", nargs)) return nullptr;
    return reduce_as_getattr(as_wrapper(self)->owner, as_wrapper(self)->def->name);
}

const MethodDef kWrapperDescrMethods[] = {
    {"__reduce__", wrapper_descr_reduce},
    {nullptr, nullptr},
};

const GetSetDef kWrapperDescrGetSet[] = {
    {"__name__", wrapper_get_name},
    {"__qualname__", wrapper_get_qualname},
    {"__objclass__", wrapper_get_objclass},
    {"__doc__", wrapper_get_doc},
    {"__text_signature__", wrapper_get_text_signature},
    {nullptr, nullptr},
};

MethodWrapperObject* as_mw(Object* o) { return static_cast<MethodWrapperObject*>(o); }

Object* method_wrapper_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    MethodWrapperObject* w = as_mw(callable);
    return w->descr->def->wrapper(w->self, args, nargs, kwnames, w->descr);
}

Object* method_wrapper_repr(Object* self) {
    MethodWrapperObject* w = as_mw(self);
    return str_from_format("<method-wrapper '%s' of %s object at %p>", w->descr->def->name, w->self->type->name,
                           static_cast<void*>(w->self));
}

void method_wrapper_dealloc(Object* self) {
    MethodWrapperObject* w = as_mw(self);
    Object* d = w->descr;
    w->descr = nullptr;
    xdecref(d);
    clearref(w->self);
    free_object(self);
}

void method_wrapper_traverse(Object* self, VisitFn visit, void* arg) {
    MethodWrapperObject* w = as_mw(self);
    if (w->descr) visit(w->descr, arg);
    if (w->self) visit(w->self, arg);
}

Object* method_wrapper_richcompare(Object* a, Object* b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || b->type != &MethodWrapperType) return incref(NotImplemented);
    bool eq = as_mw(a)->descr == as_mw(b)->descr && as_mw(a)->self == as_mw(b)->self;
    return bool_from(op == CompareOp::Eq ? eq : !eq);
}

int64_t method_wrapper_hash(Object* self) {
    int64_t h = object_hash(as_mw(self)->self);
    if (h == -1) return -1;
    h ^= static_cast<int64_t>(reinterpret_cast<uintptr_t>(as_mw(self)->descr) >> 4);
    return h == -1 ? -2 : h;
}

Object* mw_get_self(Object* self) { return newref(as_mw(self)->self); }
Object* mw_get_name(Object* self) { return str_from_cstr(as_mw(self)->descr->def->name); }
Object* mw_get_qualname(Object* self) { return wrapper_get_qualname(as_mw(self)->descr); }
Object* mw_get_objclass(Object* self) { return newref(static_cast<Object*>(as_mw(self)->descr->owner)); }
Object* mw_get_doc(Object* self) { return doc_or_none(as_mw(self)->descr->def->name); }
Object* mw_get_text_signature(Object* self) { return wrapper_get_text_signature(as_mw(self)->descr); }

Object* method_wrapper_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__reduce__", kwnames) || !arg_none("__reduce__", nargs)) return nullptr;
    return reduce_as_getattr(as_mw(self)->self, as_mw(self)->descr->def->name);
}

const MethodDef kMethodWrapperMethods[] = {
    {"__reduce__", method_wrapper_reduce},
    {nullptr, nullptr},
};

const GetSetDef kMethodWrapperGetSet[] = {
    {"__self__", mw_get_self},
    {"__name__", mw_get_name},
    {"__qualname__", mw_get_qualname},
    {"__objclass__", mw_get_objclass},
    {"__doc__", mw_get_doc},
    {"__text_signature__", mw_get_text_signature},
    {nullptr, nullptr},
};

// ---- X.__new__ ----

// CPython: typeobject.c, tp_new_wrapper. `self` is the type whose __new__ this is.
Object* tp_new_wrapper(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    auto* type = static_cast<TypeObject*>(self);
    if (nargs < 1) return err_format(TypeError, "%s.__new__(): not enough arguments", type->name);
    Object* arg0 = args[0];
    if (!is_type(arg0)) {
        return err_format(TypeError, "%s.__new__(X): X is not a type object (%s)", type->name, arg0->type->name);
    }
    auto* subtype = static_cast<TypeObject*>(arg0);
    if (!is_subtype(subtype, type)) {
        return err_format(TypeError, "%s.__new__(%s): %s is not a subtype of %s", type->name, subtype->name,
                          subtype->name, type->name);
    }
    // The nearest non-Python class must use this very __new__; object.__new__(int) would build
    // an int without initialising its value.
    TypeObject* staticbase = subtype;
    while (staticbase != nullptr && is_generic_slot(kSlotNew, reinterpret_cast<AnyFn>(staticbase->tp_new))) {
        staticbase = staticbase->base;
    }
    if (staticbase != nullptr && staticbase->tp_new != type->tp_new) {
        return err_format(TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", type->name, subtype->name,
                          staticbase->name);
    }
    return type->tp_new(subtype, args + 1, nargs - 1, kwnames);
}

void fill_descr_type(TypeObject& t, const char* name, size_t size, DeallocFn dealloc) {
    t.type = &TypeType;
    t.name = name;
    t.basicsize = size;
    t.base = &ObjectType;
    t.flags |= kTypeGC;
    t.dealloc = dealloc;
    t.getattro = generic_getattr;
}

}  // namespace

const MethodDef kTpNewWrapperDef = {"__new__", tp_new_wrapper, kMethDefault};

Object* builtin_function_new(const MethodDef* def, Object* self) {
    Object* o = alloc_object(&BuiltinFunctionType);
    if (o == nullptr) return nullptr;
    BuiltinFunctionObject* f = as_builtin(o);
    f->def = def;
    f->self = xnewref(self);
    f->module = nullptr;
    if (self != nullptr && is_module(self)) f->module = xnewref(static_cast<ModuleObject*>(self)->name);
    return o;
}

Object* method_descr_new(TypeObject* owner, const MethodDef* def) { return descr_new(&MethodDescrType, owner, def); }
Object* classmethod_descr_new(TypeObject* owner, const MethodDef* def) {
    return descr_new(&ClassMethodDescrType, owner, def);
}
Object* getset_descr_new(TypeObject* owner, const GetSetDef* def) { return descr_new(&GetSetDescrType, owner, def); }

GetterFn getset_getter_for(Object* descr, TypeObject* type) {
    if (descr->type != &GetSetDescrType || !is_subtype(type, owner_of(descr))) return nullptr;
    return getset_def(descr)->get;
}

Object* wrapper_descr_new(TypeObject* owner, const SlotDef* def, AnyFn wrapped) {
    Object* o = alloc_object(&WrapperDescrType);
    if (o == nullptr) return nullptr;
    WrapperDescrObject* d = as_wrapper(o);
    d->owner = owner;
    d->def = def;
    d->wrapped = wrapped;
    return o;
}

void bootstrap_descr_types() {
    fill_descr_type(BuiltinFunctionType, "builtin_function_or_method", sizeof(BuiltinFunctionObject), builtin_dealloc);
    BuiltinFunctionType.weaklistoffset = offsetof(BuiltinFunctionObject, weakreflist);
    BuiltinFunctionType.call = builtin_call;
    BuiltinFunctionType.repr = builtin_repr;
    BuiltinFunctionType.traverse = builtin_traverse;
    BuiltinFunctionType.richcompare = builtin_richcompare;
    BuiltinFunctionType.hash = builtin_hash;
    BuiltinFunctionType.getset = kBuiltinGetSet;
    BuiltinFunctionType.methods = kBuiltinMethods;

    fill_descr_type(MethodDescrType, "method_descriptor", sizeof(DescrObject), descr_dealloc);
    MethodDescrType.flags |= kTypeMethodDescriptor;
    MethodDescrType.call = method_descr_call;
    MethodDescrType.descr_get = method_descr_get;
    MethodDescrType.repr = method_descr_repr;
    MethodDescrType.traverse = descr_traverse;
    MethodDescrType.getset = kMethodDescrGetSet;
    MethodDescrType.methods = kMethodDescrMethods;

    // No __reduce__, unlike method_descriptor: CPython refuses to pickle a classmethod_descriptor.
    fill_descr_type(ClassMethodDescrType, "classmethod_descriptor", sizeof(DescrObject), descr_dealloc);
    ClassMethodDescrType.call = classmethod_descr_call;
    ClassMethodDescrType.descr_get = classmethod_descr_get;
    ClassMethodDescrType.repr = method_descr_repr;
    ClassMethodDescrType.traverse = descr_traverse;
    ClassMethodDescrType.getset = kMethodDescrGetSet;

    fill_descr_type(GetSetDescrType, "getset_descriptor", sizeof(DescrObject), descr_dealloc);
    GetSetDescrType.descr_get = getset_get;
    GetSetDescrType.descr_set = getset_set;
    GetSetDescrType.repr = getset_repr;
    GetSetDescrType.traverse = descr_traverse;
    GetSetDescrType.getset = kGetSetDescrGetSet;

    fill_descr_type(WrapperDescrType, "wrapper_descriptor", sizeof(WrapperDescrObject), wrapper_descr_dealloc);
    WrapperDescrType.flags = (WrapperDescrType.flags & ~kTypeGC) | kTypeMethodDescriptor;
    WrapperDescrType.call = wrapper_descr_call;
    WrapperDescrType.descr_get = wrapper_descr_get;
    WrapperDescrType.repr = wrapper_descr_repr;
    WrapperDescrType.getset = kWrapperDescrGetSet;
    WrapperDescrType.methods = kWrapperDescrMethods;

    fill_descr_type(MethodWrapperType, "method-wrapper", sizeof(MethodWrapperObject), method_wrapper_dealloc);
    MethodWrapperType.call = method_wrapper_call;
    MethodWrapperType.repr = method_wrapper_repr;
    MethodWrapperType.traverse = method_wrapper_traverse;
    MethodWrapperType.richcompare = method_wrapper_richcompare;
    MethodWrapperType.hash = method_wrapper_hash;
    MethodWrapperType.getset = kMethodWrapperGetSet;
    MethodWrapperType.methods = kMethodWrapperMethods;

    bootstrap_property_type();
    bootstrap_classmethod_types();
    bootstrap_super_type();
}

void init_descr_types() {
    bootstrap_core_types();
    for (TypeObject* t : {&BuiltinFunctionType, &MethodDescrType, &ClassMethodDescrType, &GetSetDescrType,
                          &WrapperDescrType, &MethodWrapperType, &PropertyType, &ClassMethodType, &StaticMethodType,
                          &SuperType}) {
        if (!type_ready(t)) err_clear();
    }
}

}  // namespace pygen
