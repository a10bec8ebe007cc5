// Class creation: type(name, bases, dict) — metaclass selection, base validation and instance
// layout (best base, __dict__ and weakref slots), the class namespace conventions (__qualname__,
// __module__, implicit staticmethod/classmethod, __eq__ without __hash__), slot dispatchers,
// __set_name__ and __init_subclass__. The class statement itself (__build_class__, metaclass=)
// is the VM's. CPython counterpart: Objects/typeobject.c (type_new and helpers).
#include <cstring>

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"

namespace pygen {

// needs: vm/frame_api.h (the lead) — the globals of the running frame, for __module__ of classes
// created by a direct type(...) call.
Object* frame_globals_of_current();

bool is_python_function(Object* o) { return is_function(o); }

namespace {

// True when `type` adds fields to `base` beyond a __dict__ / weakref slot of its own.
bool extra_ivars(TypeObject* type, TypeObject* base) {
    size_t t_size = type->basicsize;
    size_t b_size = base->basicsize;
    bool heap = type_has(type, kTypeHeap);
    if (heap && type->weaklistoffset != 0 && base->weaklistoffset == 0 &&
        static_cast<size_t>(type->weaklistoffset) + sizeof(Object*) == t_size) {
        t_size -= sizeof(Object*);
    }
    if (heap && type->dictoffset != 0 && base->dictoffset == 0 &&
        static_cast<size_t>(type->dictoffset) + sizeof(Object*) == t_size) {
        t_size -= sizeof(Object*);
    }
    return t_size != b_size;
}

}  // namespace

TypeObject* solid_base(TypeObject* type) {
    TypeObject* base = type->base ? solid_base(type->base) : &ObjectType;
    return extra_ivars(type, base) ? type : base;
}

// CPython: typeobject.c, best_base — the base whose layout all others are compatible with.
TypeObject* best_base(Object* bases) {
    TypeObject* base = nullptr;
    TypeObject* winner = nullptr;
    for (ssize i = 0; i < tuple_size(bases); i++) {
        Object* b = tuple_item(bases, i);
        if (!is_type(b)) {
            err_set_string(TypeError, "bases must be types");
            return nullptr;
        }
        auto* base_i = static_cast<TypeObject*>(b);
        if (!type_has(base_i, kTypeBaseType)) {
            err_format(TypeError, "type '%s' is not an acceptable base type", base_i->name);
            return nullptr;
        }
        TypeObject* candidate = solid_base(base_i);
        if (winner == nullptr) {
            winner = candidate;
            base = base_i;
        } else if (is_subtype(winner, candidate)) {
            // winner already covers candidate's layout
        } else if (is_subtype(candidate, winner)) {
            winner = candidate;
            base = base_i;
        } else {
            err_set_string(TypeError, "multiple bases have instance lay-out conflict");
            return nullptr;
        }
    }
    if (base == nullptr) err_set_string(TypeError, "a new-style class can't have only classic bases");
    return base;
}

namespace {

TypeObject* calculate_metaclass(TypeObject* metatype, Object* bases) {
    TypeObject* winner = metatype;
    for (ssize i = 0; i < tuple_size(bases); i++) {
        TypeObject* tmp = tuple_item(bases, i)->type;
        if (is_subtype(winner, tmp)) continue;
        if (is_subtype(tmp, winner)) {
            winner = tmp;
            continue;
        }
        err_set_string(TypeError,
                       "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                       "metaclasses of all its bases");
        return nullptr;
    }
    return winner;
}

Object* subtype_get_weakref(Object*) { return none_new(); }

const GetSetDef kSubtypeDictGetSet = {"__dict__", generic_get_dict, generic_set_dict};
const GetSetDef kSubtypeWeakrefGetSet = {"__weakref__", subtype_get_weakref, nullptr};

// Wraps dict[name] with `wrap` (staticmethod_new / classmethod_new) when it is a plain function.
bool wrap_function_entry(Object* dict, const char* name, Object* (*wrap)(Object*)) {
    Object* value = dict_getitem_str(dict, name);
    if (value == nullptr) return !err_occurred();
    if (!is_python_function(value)) return true;
    Object* wrapped = wrap(value);
    if (wrapped == nullptr) return false;
    int rc = dict_setitem_str(dict, name, wrapped);
    decref(wrapped);
    return rc == 0;
}

bool set_if_absent(Object* dict, const char* name, Object* value) {
    Object* key = str_intern(name);
    if (key == nullptr) return false;
    int has = dict_contains(dict, key);
    int rc = has;
    if (has == 0) rc = dict_setitem(dict, key, value);
    decref(key);
    return rc >= 0;
}

// The class namespace conventions; `dict` is the class's own copy.
bool prepare_namespace(TypeObject* type, Object* dict) {
    Object* module = dict_getitem_str(dict, "__module__");
    if (module == nullptr) {
        if (err_occurred()) return false;
        Object* globals = frame_globals_of_current();
        Object* name = globals ? dict_getitem_str(globals, "__name__") : nullptr;
        if (name != nullptr && dict_setitem_str(dict, "__module__", name) < 0) return false;
        err_clear();
        module = name;
    }
    if (module != nullptr && is_str(module)) type->module_name = newref(module);

    Object* qualname = dict_getitem_str(dict, "__qualname__");
    if (qualname != nullptr) {
        if (!is_str(qualname)) {
            err_format(TypeError, "type __qualname__ must be a str, not %s", qualname->type->name);
            return false;
        }
        type->ht_qualname = newref(qualname);
        Object* key = str_intern("__qualname__");
        int rc = dict_delitem(dict, key);
        decref(key);
        if (rc < 0) return false;
    } else {
        if (err_occurred()) return false;
        type->ht_qualname = newref(type->ht_name);
    }
    if (!set_if_absent(dict, "__doc__", None)) return false;
    if (!wrap_function_entry(dict, "__new__", staticmethod_new)) return false;
    if (!wrap_function_entry(dict, "__init_subclass__", classmethod_new)) return false;
    if (!wrap_function_entry(dict, "__class_getitem__", classmethod_new)) return false;
    // A class that defines equality but not hashing is unhashable.
    Object* eq = dict_getitem_str(dict, "__eq__");
    if (eq != nullptr && !set_if_absent(dict, "__hash__", None)) return false;
    return !err_occurred();
}

// Calls value.__set_name__(type, key) for every namespace entry that has it.
bool set_names(TypeObject* type) {
    Object* items = dict_copy(type->dict);
    if (items == nullptr) return false;
    ssize pos = 0;
    Object *key, *value;
    bool ok = true;
    while (ok && dict_next(items, &pos, &key, &value)) {
        Object* set_name = lookup_special(value, PYGEN_ID(__set_name__));
        if (set_name == nullptr) {
            if (err_occurred()) ok = false;
            continue;
        }
        Object* res = call2(set_name, type, key);
        decref(set_name);
        if (res == nullptr) {
            Object* cause = err_fetch();
            err_format(RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'", value->type->name,
                       key, type->name);
            Object* exc = err_occurred();
            if (exc != nullptr && cause != nullptr) {
                exception_set_cause(exc, newref(cause));
                exception_set_context(exc, newref(cause));
            }
            xdecref(cause);
            ok = false;
        } else {
            decref(res);
        }
    }
    decref(items);
    return ok;
}

// super(type, type).__init_subclass__(**kwargs)
bool init_subclass(TypeObject* type, Object* const* kwvalues, Object* kwnames) {
    Object* mro = type->mro;
    Object* name = PYGEN_ID(__init_subclass__);
    for (ssize i = 1; i < tuple_size(mro); i++) {
        auto* base = static_cast<TypeObject*>(tuple_item(mro, i));
        if (base->dict == nullptr) continue;
        Object* func = dict_getitem_known_hash(base->dict, name, str_hash(name));
        if (func == nullptr) continue;
        incref(func);
        Object* bound;
        if (DescrGetFn get = func->type->descr_get) bound = get(func, nullptr, type);
        else bound = newref(func);
        decref(func);
        if (bound == nullptr) return false;
        Object* res = call(bound, kwvalues, 0, kwnames);
        decref(bound);
        if (res == nullptr) return false;
        decref(res);
        return true;
    }
    return true;
}

}  // namespace

// CPython: typeobject.c, type_new.
Object* type_new(TypeObject* metatype, Object* const* args, size_t nargs, Object* kwnames) {
    bool has_kw = kwnames != nullptr && tuple_size(kwnames) != 0;
    if (metatype == &TypeType && nargs == 1 && !has_kw) return newref(static_cast<Object*>(args[0]->type));
    if (nargs != 3) {
        if (metatype == &TypeType) return err_set_string(TypeError, "type() takes 1 or 3 arguments");
        return err_format(TypeError, "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
    }
    Object* name = args[0];
    Object* bases = args[1];
    Object* orig_dict = args[2];
    if (!is_str(name)) return err_format(TypeError, "type.__new__() argument 1 must be str, not %s", name->type->name);
    if (!is_tuple(bases)) {
        return err_format(TypeError, "type.__new__() argument 2 must be tuple, not %s", bases->type->name);
    }
    if (!is_dict(orig_dict)) {
        return err_format(TypeError, "type.__new__() argument 3 must be dict, not %s", orig_dict->type->name);
    }
    TypeObject* winner = calculate_metaclass(metatype, bases);
    if (winner == nullptr) return nullptr;
    if (winner != metatype) {
        if (winner->tp_new != type_new) return winner->tp_new(winner, args, nargs, kwnames);
        metatype = winner;
    }

    Ref<> bases_ref = Ref<>::borrow(bases);
    if (tuple_size(bases) == 0) {
        bases_ref = Ref<>::steal(tuple_pack({&ObjectType}));
        if (!bases_ref) return nullptr;
    }
    bases = bases_ref.get();
    for (ssize i = 0; i < tuple_size(bases); i++) {
        for (ssize j = i + 1; j < tuple_size(bases); j++) {
            if (tuple_item(bases, i) == tuple_item(bases, j)) {
                Object* dup_name = object_lookup_attr(tuple_item(bases, i), PYGEN_ID(__name__));
                if (dup_name == nullptr) return nullptr;
                err_format(TypeError, "duplicate base class %S", dup_name);
                decref(dup_name);
                return nullptr;
            }
        }
    }
    TypeObject* base = best_base(bases);
    if (base == nullptr) return nullptr;
    if (std::strlen(str_cstr(name)) != static_cast<StrObject*>(name)->byte_size) {
        return err_set_string(ValueError, "type name must not contain null characters");
    }

    Object* dict = dict_copy(orig_dict);
    if (dict == nullptr) return nullptr;
    auto* type = static_cast<TypeObject*>(alloc_object(metatype));
    if (type == nullptr) {
        decref(dict);
        return nullptr;
    }
    Ref<> type_ref = Ref<>::steal(type);
    type->flags = kTypeHeap | kTypeBaseType | kTypeGC;
    type->ht_name = newref(name);
    type->name = str_cstr(type->ht_name);
    type->dict = dict;
    type->bases = newref(bases);
    type->base = newref(base);
    if (!prepare_namespace(type, dict)) return nullptr;

    // Instance layout: the base's, plus a __dict__ and a weakref slot unless it has them.
    type->basicsize = base->basicsize;
    type->dictoffset = base->dictoffset;
    type->weaklistoffset = base->weaklistoffset;
    if (type->dictoffset == 0) {
        type->dictoffset = static_cast<ssize>(type->basicsize);
        type->basicsize += sizeof(Object*);
        Object* d = getset_descr_new(type, &kSubtypeDictGetSet);
        if (d == nullptr || !set_if_absent(dict, "__dict__", d)) {
            xdecref(d);
            return nullptr;
        }
        decref(d);
    }
    if (type->weaklistoffset == 0) {
        type->weaklistoffset = static_cast<ssize>(type->basicsize);
        type->basicsize += sizeof(Object*);
        Object* d = getset_descr_new(type, &kSubtypeWeakrefGetSet);
        if (d == nullptr || !set_if_absent(dict, "__weakref__", d)) {
            xdecref(d);
            return nullptr;
        }
        decref(d);
    }

    inherit_slots(type, base);
    type->tp_new = base->tp_new;
    type->dealloc = subtype_dealloc;
    type->traverse = subtype_traverse;
    type->clear = subtype_clear;

    if (!mro_internal(type)) return nullptr;
    type->flags |= kTypeReady;
    for (ssize i = 0; i < tuple_size(bases); i++) {
        type_add_subclass(static_cast<TypeObject*>(tuple_item(bases, i)), type);
    }
    fixup_slot_dispatchers(type);
    type_modified(type);

    if (!set_names(type)) return nullptr;
    size_t nkw = has_kw ? static_cast<size_t>(tuple_size(kwnames)) : 0;
    if (!init_subclass(type, args + nargs, nkw ? kwnames : nullptr)) return nullptr;
    return type_ref.release();
}

}  // namespace pygen
