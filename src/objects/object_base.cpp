// The `object` type (the root of every class: default construction, repr, hashing, equality,
// attribute access, __class__, __dict__, __dir__, __format__, __init_subclass__) and the three
// singletons None, NotImplemented and Ellipsis with their types.
// Attribute lookup itself (generic_getattr/setattr) is in abstract.cpp.
// CPython counterparts: Objects/typeobject.c (object_*), Objects/object.c (None, NotImplemented),
// Objects/sliceobject.c (Ellipsis).
#include <cstdint>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/instance_values.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "vm/import.h"

namespace pygen {

TypeObject ObjectType;
TypeObject NoneType;
TypeObject NotImplementedType;
TypeObject EllipsisType;

namespace {
constexpr ssize kImmortalRefcnt = ssize{1} << (sizeof(ssize) >= 8 ? 40 : 28);   // 28: wasm32
}

Object NoneStruct{kImmortalRefcnt, &NoneType};
Object NotImplementedStruct{kImmortalRefcnt, &NotImplementedType};
Object EllipsisStruct{kImmortalRefcnt, &EllipsisType};

namespace {

bool has_kwargs(Object* kwnames) { return kwnames != nullptr && tuple_size(kwnames) != 0; }

// "Can't instantiate abstract class A with abstract methods f, g" (sorted names).
Object* abstract_instantiation_error(TypeObject* type) {
    Object* methods = type_getattro(type, PYGEN_ID(__abstractmethods__));
    if (methods == nullptr) return nullptr;
    Object* list = sequence_list(methods);
    decref(methods);
    if (list == nullptr) return nullptr;
    if (list_sort(list, nullptr, false) < 0) {
        decref(list);
        return nullptr;
    }
    std::string joined;
    for (ssize i = 0; i < list_size(list); i++) {
        Object* s = object_str(list_item(list, i));
        if (s == nullptr) {
            decref(list);
            return nullptr;
        }
        if (i) joined += ", ";
        joined += str_view(s);
        decref(s);
    }
    ssize n = list_size(list);
    decref(list);
    return err_format(TypeError, "Can't instantiate abstract class %s with abstract method%s %s", type->name,
                      n > 1 ? "s" : "", joined.c_str());
}

}  // namespace

// ---- object: construction ----

// CPython: typeobject.c, object_new. Extra arguments are an error only when neither __new__ nor
// __init__ is overridden to consume them.
Object* object_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs != 0 || has_kwargs(kwnames)) {
        if (type->tp_new != object_new) {
            return err_set_string(TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (type->tp_init == object_init) return err_format(TypeError, "%s() takes no arguments", type->name);
    }
    if (type_has(type, kTypeIsAbstract)) return abstract_instantiation_error(type);
    return alloc_object(type);
}

// CPython: typeobject.c, object_init.
int object_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs != 0 || has_kwargs(kwnames)) {
        TypeObject* type = self->type;
        if (type->tp_init != object_init) {
            err_set_string(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->tp_new == object_new) {
            // Only reached by calling __init__ directly: C(args) already failed in object_new.
            err_format(TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", type->name);
            return -1;
        }
    }
    return 0;
}

void object_base_dealloc(Object* o) { free_object(o); }

// ---- object: text, hashing, comparison ----

Object* object_default_repr(Object* o) {
    TypeObject* type = o->type;
    Object* mod = type_module(type);
    if (mod == nullptr) err_clear();
    else if (!is_str(mod)) clearref(mod);
    Object* res;
    if (mod != nullptr && str_view(mod) != "builtins") {
        Object* qual = type_qualname(type);
        if (qual == nullptr) {
            decref(mod);
            return nullptr;
        }
        res = str_from_format("<%U.%U object at %p>", mod, qual, static_cast<void*>(o));
        decref(qual);
    } else {
        res = str_from_format("<%s object at %p>", type->name, static_cast<void*>(o));
    }
    xdecref(mod);
    return res;
}

namespace {

Object* object_default_str(Object* o) { return object_repr(o); }

}  // namespace

// CPython: Python/pyhash.c, _Py_HashPointer — the address rotated so aligned low bits vary.
int64_t object_default_hash(Object* o) {
    auto y = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(o));
    y = (y >> 4) | (y << 60);
    auto h = static_cast<int64_t>(y);
    return h == -1 ? -2 : h;
}

// CPython: typeobject.c, object_richcompare. __ne__ defers to __eq__ and inverts it.
Object* object_richcompare(Object* a, Object* b, CompareOp op) {
    switch (op) {
        case CompareOp::Eq:
            return incref(a == b ? True : NotImplemented);
        case CompareOp::Ne: {
            RichCmpFn eq = a->type->richcompare;
            if (eq == nullptr) return incref(NotImplemented);
            Object* res = eq(a, b, CompareOp::Eq);
            if (res == nullptr || res == NotImplemented) return res;
            int ok = object_is_true(res);
            decref(res);
            if (ok < 0) return nullptr;
            return bool_from(!ok);
        }
        default:
            return incref(NotImplemented);
    }
}

// ---- object: attributes ----

namespace {

Object* object_get_class(Object* self) { return newref(static_cast<Object*>(self->type)); }

bool is_module_type(TypeObject* t) { return is_subtype(t, &ModuleType); }

int object_set_class(Object* self, Object* value) {
    if (value == nullptr) {
        err_set_string(TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!is_type(value)) {
        err_format(TypeError, "__class__ must be set to a class, not '%s' object", value->type->name);
        return -1;
    }
    auto* newto = static_cast<TypeObject*>(value);
    TypeObject* oldto = self->type;
    bool modules = is_module_type(newto) && is_module_type(oldto);
    if (!modules && (!type_has(newto, kTypeHeap) || !type_has(oldto, kTypeHeap))) {
        err_set_string(TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!compatible_for_assignment(oldto, newto, "__class__")) return -1;
    // Inline values are keyed by the old class's shared keys: they move into a dict first (an
    // instance of the new class whose slot holds a dict never reads the area).
    if ((has_inline_values(oldto) || has_inline_values(newto)) && !modules) {
        Object** dictptr = object_dict_ptr(self);
        if (dictptr && *dictptr == nullptr && instance_dict_materialize(self) == nullptr) return -1;
    }
    if (type_has(newto, kTypeHeap)) incref(newto);
    self->type = newto;
    if (type_has(oldto, kTypeHeap)) decref(oldto);
    return 0;
}

const GetSetDef kObjectGetSet[] = {
    {"__class__", object_get_class, object_set_class},
    {nullptr, nullptr},
};

// ---- object: methods ----

Object* object_dir(Object* self, Object* const*, size_t nargs, Object*) {
    if (nargs != 0) return err_format(TypeError, "__dir__() takes no arguments (%zu given)", nargs);
    Object* result = dict_new();
    if (result == nullptr) return nullptr;
    Object** dictptr = object_dict_ptr(self);
    // The attributes as a dict: CPython's __dir__ reads __dict__, which makes it.
    if (dictptr != nullptr && *dictptr == nullptr && has_inline_values(self->type) &&
        instance_dict_materialize(self) == nullptr) {
        decref(result);
        return nullptr;
    }
    if (dictptr != nullptr && *dictptr != nullptr && is_dict(*dictptr)) {
        if (dict_update(result, *dictptr) < 0) {
            decref(result);
            return nullptr;
        }
    } else if (dictptr == nullptr) {
        // No __dict__ slot: CPython reads the __dict__ attribute, which a bound method forwards to
        // its function (so a function attribute shows in dir() of the method).
        Object* d = object_lookup_attr(self, PYGEN_ID(__dict__));
        if (d == nullptr && err_occurred()) {
            decref(result);
            return nullptr;
        }
        int rc = d && is_dict(d) ? dict_update(result, d) : 0;
        xdecref(d);
        if (rc < 0) {
            decref(result);
            return nullptr;
        }
    }
    Object* mro = self->type->mro;
    ssize n = mro ? tuple_size(mro) : 0;
    for (ssize i = 0; i < n; i++) {
        auto* t = static_cast<TypeObject*>(tuple_item(mro, i));
        if (t->dict && dict_merge(result, t->dict, false) < 0) {
            decref(result);
            return nullptr;
        }
    }
    Object* keys = dict_keys_list(result);
    decref(result);
    return keys;
}

Object* object_format_method(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_format(TypeError, "__format__() takes exactly one argument (%zu given)", nargs);
    Object* spec = args[0];
    if (!is_str(spec)) {
        return err_format(TypeError, "__format__() argument must be str, not %s", arg_type_name(spec));
    }
    if (str_length(spec) > 0) {
        return err_format(TypeError, "unsupported format string passed to %s.__format__", self->type->name);
    }
    return object_str(self);
}

Object* object_init_subclass(Object* cls, Object* const*, size_t nargs, Object* kwnames) {
    if (has_kwargs(kwnames)) {
        Object* qual = type_qualname(static_cast<TypeObject*>(cls));
        if (qual == nullptr) return nullptr;
        err_format(TypeError, "%U.__init_subclass__() takes no keyword arguments", qual);
        decref(qual);
        return nullptr;
    }
    if (nargs != 0) {
        return err_format(TypeError, "object.__init_subclass__() takes no arguments (%zu given)", nargs);
    }
    return none_new();
}

Object* object_subclasshook(Object*, Object* const*, size_t, Object*) { return incref(NotImplemented); }

Object* object_sizeof(Object* self, Object* const*, size_t nargs, Object*) {
    if (nargs != 0) return err_format(TypeError, "__sizeof__() takes no arguments (%zu given)", nargs);
    return int_from_i64(static_cast<int64_t>(self->type->basicsize));
}

// The default reduction and __getstate__ are written in Python (lib/copyreg.py: _reduce_object,
// _object_getstate), as CPython's typeobject.c leans on copyreg for them. Calls copyreg.NAME(args).
Object* call_copyreg(const char* name, Object* const* args, size_t nargs) {
    Object* copyreg = import_module("copyreg");
    if (copyreg == nullptr) return nullptr;
    Object* r = call_method(copyreg, name, args, nargs);
    decref(copyreg);
    return r;
}

// object.__reduce_ex__(protocol): a class that overrides __reduce__ gets it called (CPython:
// typeobject.c, object___reduce_ex___impl); otherwise copyreg builds the default reduction.
Object* object_reduce_ex(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (has_kwargs(kwnames)) return err_set_string(TypeError, "object.__reduce_ex__() takes no keyword arguments");
    if (nargs != 1) {
        return err_format(TypeError, "object.__reduce_ex__() takes exactly one argument (%zu given)", nargs);
    }
    Object* proto = number_index(args[0]);
    if (proto == nullptr) return nullptr;
    Object* own = type_lookup_str(self->type, "__reduce__");
    Object* base = type_lookup_str(&ObjectType, "__reduce__");
    if (own != nullptr && own != base) {
        decref(proto);
        return call_method0(self, "__reduce__");
    }
    Object* pa[2] = {self, proto};
    Object* r = call_copyreg("_reduce_object", pa, 2);
    decref(proto);
    return r;
}

// object.__reduce__(): the protocol-0 reduction (CPython: _common_reduce(self, 0)).
Object* object_reduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (nargs != 0 || has_kwargs(kwnames)) {
        return err_format(TypeError, "object.__reduce__() takes no arguments (%zu given)", nargs);
    }
    Object* zero = int_from_i64(0);
    if (zero == nullptr) return nullptr;
    Object* pa[2] = {self, zero};
    Object* r = call_copyreg("_reduce_object", pa, 2);
    decref(zero);
    return r;
}

// object.__getstate__() (new in 3.11): the instance __dict__ and slot values.
Object* object_getstate(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (nargs != 0 || has_kwargs(kwnames)) {
        return err_format(TypeError, "object.__getstate__() takes no arguments (%zu given)", nargs);
    }
    Object* pa[1] = {self};
    return call_copyreg("_object_getstate", pa, 1);
}

const MethodDef kObjectMethods[] = {
    {"__reduce_ex__", object_reduce_ex},
    {"__reduce__", object_reduce},
    {"__getstate__", object_getstate},
    {"__subclasshook__", object_subclasshook, kMethClass},
    {"__init_subclass__", object_init_subclass, kMethClass},
    {"__format__", object_format_method},
    {"__sizeof__", object_sizeof},
    {"__dir__", object_dir},
    {nullptr, nullptr},
};

// ---- None, NotImplemented, Ellipsis ----

Object* none_repr(Object*) { return str_intern("None"); }
int none_bool(Object*) { return 0; }
Object* none_tp_new(TypeObject*, Object* const*, size_t nargs, Object* kwnames) {
    if (nargs != 0 || has_kwargs(kwnames)) return err_set_string(TypeError, "NoneType takes no arguments");
    return none_new();
}

Object* notimplemented_repr(Object*) { return str_intern("NotImplemented"); }
Object* notimplemented_tp_new(TypeObject*, Object* const*, size_t nargs, Object* kwnames) {
    if (nargs != 0 || has_kwargs(kwnames)) return err_set_string(TypeError, "NotImplementedType takes no arguments");
    return incref(NotImplemented);
}
Object* notimplemented_reduce(Object*, Object* const*, size_t, Object*) { return str_intern("NotImplemented"); }

Object* ellipsis_repr(Object*) { return str_intern("Ellipsis"); }
Object* ellipsis_tp_new(TypeObject*, Object* const*, size_t nargs, Object* kwnames) {
    if (nargs != 0 || has_kwargs(kwnames)) return err_set_string(TypeError, "EllipsisType takes no arguments");
    return incref(Ellipsis);
}
Object* ellipsis_reduce(Object*, Object* const*, size_t, Object*) { return str_intern("Ellipsis"); }

const MethodDef kNotImplementedMethods[] = {
    {"__reduce__", notimplemented_reduce},
    {nullptr, nullptr},
};
const MethodDef kEllipsisMethods[] = {
    {"__reduce__", ellipsis_reduce},
    {nullptr, nullptr},
};

void singleton_dealloc(Object*) {
    // Immortal singletons: reaching here means a reference-count bug somewhere; keep them alive.
}

void fill_singleton_type(TypeObject& t, const char* name, UnaryFn repr, NewFn tp_new) {
    t.type = &TypeType;
    t.refcnt = kImmortalRefcnt;
    t.name = name;
    t.basicsize = sizeof(Object);
    t.base = &ObjectType;
    t.dealloc = singleton_dealloc;
    t.repr = repr;
    t.tp_new = tp_new;
}

}  // namespace

void bootstrap_object_types() {
    TypeObject& o = ObjectType;
    o.type = &TypeType;
    o.refcnt = kImmortalRefcnt;
    o.name = "object";
    o.basicsize = sizeof(Object);
    o.flags |= kTypeBaseType;
    o.dealloc = object_base_dealloc;
    o.repr = object_default_repr;
    o.str = object_default_str;
    o.hash = object_default_hash;
    o.richcompare = object_richcompare;
    o.getattro = generic_getattr;
    o.setattro = generic_setattr;
    o.tp_new = object_new;
    o.tp_init = object_init;
    o.methods = kObjectMethods;
    o.getset = kObjectGetSet;

    fill_singleton_type(NoneType, "NoneType", none_repr, none_tp_new);
    NoneType.nb_bool = none_bool;
    fill_singleton_type(NotImplementedType, "NotImplementedType", notimplemented_repr, notimplemented_tp_new);
    NotImplementedType.methods = kNotImplementedMethods;
    fill_singleton_type(EllipsisType, "ellipsis", ellipsis_repr, ellipsis_tp_new);
    EllipsisType.methods = kEllipsisMethods;
}

// ---- __dict__ of instances ----

Object* generic_get_dict(Object* o) {
    Object** dictptr = object_dict_ptr(o);
    if (dictptr == nullptr) return err_set_string(AttributeError, "This object has no __dict__");
    if (*dictptr == nullptr) {
        if (has_inline_values(o->type)) {
            if (instance_dict_materialize(o) == nullptr) return nullptr;
        } else {
            *dictptr = dict_new();
            if (*dictptr == nullptr) return nullptr;
        }
    }
    dict_instance_escape(*dictptr);
    return newref(*dictptr);
}

int generic_set_dict(Object* o, Object* value) {
    Object** dictptr = object_dict_ptr(o);
    if (dictptr == nullptr) {
        err_set_string(AttributeError, "This object has no __dict__");
        return -1;
    }
    // A class's own __dict__ slot may be emptied (CPython 3.11's subtype_setdict): the instance
    // then has no attributes until it gets new ones.
    if (value == nullptr && !type_has(o->type, kTypeOwnsInstanceDict)) {
        err_set_string(TypeError, "cannot delete __dict__");
        return -1;
    }
    if (value != nullptr && !is_dict(value)) {
        err_format(TypeError, "__dict__ must be set to a dictionary, not a '%s'", value->type->name);
        return -1;
    }
    // The inline values go with the storage they belonged to (dropped after the swap, as the
    // old dict is).
    if (*dictptr == nullptr && has_inline_values(o->type)) {
        InlineValues* iv = inline_values_of(o);
        Object* taken[kSharedKeysMax];
        int n = iv->size;
        for (int k = 0; k < n; ++k) {
            taken[k] = iv->values()[k];
            iv->values()[k] = nullptr;
        }
        iv->size = 0;
        *dictptr = xnewref(value);
        for (int k = 0; k < n; ++k) xdecref(taken[k]);
        return 0;
    }
    setref(*dictptr, xnewref(value));
    return 0;
}

}  // namespace pygen
