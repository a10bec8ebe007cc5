// Class creation: type(name, bases, dict) — metaclass selection, base validation and instance
// layout (best base, __slots__ members with their member_descriptor type, __dict__ and weakref
// slots), the class namespace conventions (__qualname__, __module__, implicit
// staticmethod/classmethod, __eq__ without __hash__), slot dispatchers, __set_name__ and
// __init_subclass__. The class statement itself (__build_class__, metaclass=) is the VM's.
// CPython counterparts: Objects/typeobject.c (type_new and helpers), Objects/descrobject.c (members).
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"

namespace pygen {

// needs: vm/frame_api.h (the lead) — the globals of the running frame, for __module__ of classes
// created by a direct type(...) call.
Object* frame_globals_of_current();
// needs: abstract.cpp — address of an instance field laid out at `offset` (handles the subclasses
// of str/bytes/tuple, whose added fields follow their inline data).
Object** instance_field_ptr(Object* o, ssize offset);

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

// ---- member_descriptor: one per __slots__ name ----

TypeObject MemberDescrType;

struct MemberDescrObject : Object {
    TypeObject* owner;   // strong: the class whose __slots__ declared the member
    Object* name;        // strong str, the mangled slot name
    ssize offset;        // of the Object* field, in the owner's fixed layout (see instance_field_ptr)
};

MemberDescrObject* as_member(Object* o) { return static_cast<MemberDescrObject*>(o); }

bool member_check(MemberDescrObject* d, Object* obj) {
    if (is_subtype(obj->type, d->owner)) return true;
    err_format(TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", d->name, d->owner->name,
               obj->type->name);
    return false;
}

// CPython: descrobject.c, member_get with structmember.c, PyMember_GetOne (T_OBJECT_EX).
Object* member_get(Object* descr, Object* obj, Object*) {
    if (obj == nullptr) return newref(descr);
    MemberDescrObject* d = as_member(descr);
    if (!member_check(d, obj)) return nullptr;
    Object* value = *instance_field_ptr(obj, d->offset);
    if (value == nullptr) {
        return err_format(AttributeError, "'%s' object has no attribute '%U'", obj->type->name, d->name);
    }
    return newref(value);
}

// CPython: descrobject.c, member_set with PyMember_SetOne (T_OBJECT_EX): deleting an unset
// member raises AttributeError(name).
int member_set(Object* descr, Object* obj, Object* value) {
    MemberDescrObject* d = as_member(descr);
    if (!member_check(d, obj)) return -1;
    Object** field = instance_field_ptr(obj, d->offset);
    if (value == nullptr && *field == nullptr) {
        err_set_object(AttributeError, d->name);
        return -1;
    }
    setref(*field, xnewref(value));
    return 0;
}

Object* member_repr(Object* self) {
    return str_from_format("<member '%U' of '%s' objects>", as_member(self)->name, as_member(self)->owner->name);
}

void member_dealloc(Object* self) {
    clearref(as_member(self)->owner);
    clearref(as_member(self)->name);
    free_object(self);
}

void member_traverse(Object* self, VisitFn visit, void* arg) {
    if (TypeObject* t = as_member(self)->owner) visit(t, arg);
}

Object* member_get_name(Object* self) { return newref(as_member(self)->name); }
Object* member_get_qualname(Object* self) {
    Object* q = type_qualname(as_member(self)->owner);
    if (q == nullptr) return nullptr;
    Object* res = str_from_format("%U.%U", q, as_member(self)->name);
    decref(q);
    return res;
}
Object* member_get_objclass(Object* self) { return newref(static_cast<Object*>(as_member(self)->owner)); }
Object* member_get_doc(Object*) { return none_new(); }

const GetSetDef kMemberDescrGetSet[] = {
    {"__name__", member_get_name},
    {"__qualname__", member_get_qualname},
    {"__objclass__", member_get_objclass},
    {"__doc__", member_get_doc},
    {nullptr, nullptr},
};

// Readied on first use: only classes with __slots__ need it.
bool ensure_member_descr_type() {
    static bool ready = [] {
        MemberDescrType.name = "member_descriptor";
        MemberDescrType.basicsize = sizeof(MemberDescrObject);
        MemberDescrType.base = &ObjectType;
        MemberDescrType.flags = kTypeGC;
        MemberDescrType.dealloc = member_dealloc;
        MemberDescrType.traverse = member_traverse;
        MemberDescrType.repr = member_repr;
        MemberDescrType.getattro = generic_getattr;
        MemberDescrType.descr_get = member_get;
        MemberDescrType.descr_set = member_set;
        MemberDescrType.getset = kMemberDescrGetSet;
        return type_ready(&MemberDescrType);
    }();
    return ready;
}

Object* member_descr_new(TypeObject* owner, Object* name, ssize offset) {
    if (!ensure_member_descr_type()) return nullptr;
    Object* o = alloc_object(&MemberDescrType);
    if (o == nullptr) return nullptr;
    MemberDescrObject* d = as_member(o);
    d->owner = newref(owner);
    d->name = newref(name);
    d->offset = offset;
    return o;
}

// ---- __slots__ ----

// The bases whose instances CPython sizes per item (tp_itemsize != 0): their subclasses may not
// have member slots or a weakref slot. pygen's str also stores its text inline; CPython allows
// both for str, pygen only the members (weakref.cpp reads weaklistoffset as a fixed offset).
bool is_var_sized(TypeObject* t) {
    return type_has(t, kTypeIntSubclass | kTypeTupleSubclass | kTypeBytesSubclass | kTypeTypeSubclass);
}
bool has_inline_data(TypeObject* t) { return is_var_sized(t) || type_has(t, kTypeStrSubclass); }

// CPython: compile.c, _Py_Mangle — "__x" in class "_A" becomes "_A__x".
Object* mangle_name(Object* class_name, Object* name) {
    std::string_view n = str_view(name);
    std::string_view c = str_view(class_name);
    if (n.size() < 2 || n[0] != '_' || n[1] != '_' || (n.size() >= 4 && n.ends_with("__")) ||
        n.find('.') != std::string_view::npos) {
        return newref(name);
    }
    size_t skip = c.find_first_not_of('_');
    if (skip == std::string_view::npos) return newref(name);
    std::string mangled = "_";
    mangled += c.substr(skip);
    mangled += n;
    return str_from(mangled);
}

// What __slots__ asks of the layout (CPython's type_new_ctx fields for slots).
struct SlotsPlan {
    bool has_slots = false;
    bool add_dict = false;
    bool add_weak = false;
    Ref<> members;   // tuple of the mangled member names, sorted; null without __slots__
};

// CPython: typeobject.c, type_new_get_slots / type_new_slots_impl / type_new_visit_slots /
// type_new_copy_slots / type_new_slots_bases. `dict` is the class's namespace.
bool plan_slots(Object* name, Object* bases, TypeObject* base, Object* dict, SlotsPlan* plan) {
    bool may_add_dict = base->dictoffset == 0;
    bool may_add_weak = base->weaklistoffset == 0 && !has_inline_data(base);
    Object* slots = dict_getitem_str(dict, "__slots__");
    if (slots == nullptr) {
        if (err_occurred()) return false;
        plan->add_dict = may_add_dict;
        plan->add_weak = may_add_weak;
        return true;
    }
    plan->has_slots = true;
    Ref<> names = Ref<>::steal(is_str(slots) ? tuple_pack({slots}) : sequence_tuple(slots));
    if (!names) return false;
    ssize count = tuple_size(names.get());
    if (count > 0 && is_var_sized(base)) {
        err_format(TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name);
        return false;
    }
    for (ssize i = 0; i < count; i++) {
        Object* slot = tuple_item(names.get(), i);
        if (!is_str(slot)) {
            err_format(TypeError, "__slots__ items must be strings, not '%s'", slot->type->name);
            return false;
        }
        Ref<> ok = Ref<>::steal(call_method0(slot, "isidentifier"));
        if (!ok) return false;
        if (ok.get() != True) {
            err_set_string(TypeError, "__slots__ must be identifiers");
            return false;
        }
        if (str_view(slot) == "__dict__") {
            if (!may_add_dict || plan->add_dict) {
                err_set_string(TypeError, "__dict__ slot disallowed: we already got one");
                return false;
            }
            plan->add_dict = true;
        }
        if (str_view(slot) == "__weakref__") {
            if (!may_add_weak || plan->add_weak) {
                err_set_string(TypeError,
                               "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                return false;
            }
            plan->add_weak = true;
        }
    }
    Ref<> members = Ref<>::steal(list_new(0));
    if (!members) return false;
    for (ssize i = 0; i < count; i++) {
        Object* slot = tuple_item(names.get(), i);
        if ((plan->add_dict && str_view(slot) == "__dict__") || (plan->add_weak && str_view(slot) == "__weakref__"))
            continue;
        Ref<> mangled = Ref<>::steal(mangle_name(name, slot));
        if (!mangled || list_append(members.get(), mangled.get()) < 0) return false;
        int r = dict_contains(dict, mangled.get());
        if (r < 0) return false;
        if (r > 0 && str_view(mangled.get()) != "__qualname__" && str_view(mangled.get()) != "__classcell__") {
            err_format(ValueError, "%R in __slots__ conflicts with class variable", mangled.get());
            return false;
        }
    }
    if (list_sort(members.get(), nullptr, false) < 0) return false;
    plan->members = Ref<>::steal(sequence_tuple(members.get()));
    if (!plan->members) return false;
    // Secondary bases may provide the __dict__ or weakref slot.
    for (ssize i = 0; i < tuple_size(bases); i++) {
        auto* b = static_cast<TypeObject*>(tuple_item(bases, i));
        if (b == base) continue;
        if (may_add_dict && !plan->add_dict && b->dictoffset != 0) plan->add_dict = true;
        if (may_add_weak && !plan->add_weak && b->weaklistoffset != 0) plan->add_weak = true;
    }
    return true;
}

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

bool member_descr_offset(Object* descr, TypeObject* type, ssize* offset) {
    if (descr->type != &MemberDescrType || !is_subtype(type, as_member(descr)->owner)) return false;
    *offset = as_member(descr)->offset;
    return true;
}

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
    if (!is_str(name)) return err_format(TypeError, "type.__new__() argument 1 must be str, not %s", arg_type_name(name));
    if (!is_tuple(bases)) {
        return err_format(TypeError, "type.__new__() argument 2 must be tuple, not %s", arg_type_name(bases));
    }
    if (!is_dict(orig_dict)) {
        return err_format(TypeError, "type.__new__() argument 3 must be dict, not %s", arg_type_name(orig_dict));
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

    // Instance layout: the base's, then one field per __slots__ member, then a __dict__ and a
    // weakref slot when the class gets them (without __slots__: whenever the base lacks them).
    SlotsPlan plan;
    if (!plan_slots(name, bases, base, dict, &plan)) return nullptr;
    type->basicsize = base->basicsize;
    type->dictoffset = base->dictoffset;
    type->weaklistoffset = base->weaklistoffset;
    if (plan.members) {
        for (ssize i = 0; i < tuple_size(plan.members.get()); i++) {
            Object* member = tuple_item(plan.members.get(), i);
            Object* d = member_descr_new(type, member, static_cast<ssize>(type->basicsize));
            if (d == nullptr) return nullptr;
            int rc = dict_setitem(dict, member, d);
            decref(d);
            if (rc < 0) return nullptr;
            type->basicsize += sizeof(Object*);
        }
    }
    if (plan.add_dict) {
        type->dictoffset = static_cast<ssize>(type->basicsize);
        type->basicsize += sizeof(Object*);
        Object* d = getset_descr_new(type, &kSubtypeDictGetSet);
        if (d == nullptr || !set_if_absent(dict, "__dict__", d)) {
            xdecref(d);
            return nullptr;
        }
        decref(d);
    }
    if (plan.add_weak) {
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
    // subtype_traverse visits the __dict__ slot itself when no built-in base has one.
    TypeObject* builtin_base = base;
    while (type_has(builtin_base, kTypeHeap)) builtin_base = builtin_base->base;
    if (type->dictoffset != 0 && builtin_base->dictoffset == 0) {
        type->flags |= kTypeOwnsInstanceDict;
        // Instances made by object.__new__ (alloc_object) keep their attributes inline.
        if (builtin_base == &ObjectType) type->flags |= kTypeInlineValues;
    }

    // The class body's __class__ cell (zero-argument super()) is filled before the MRO is
    // computed, so a metaclass's mro() can use it, and whatever it held before (CPython:
    // type_new_set_classcell, within type_new_set_attrs).
    if (Object* classcell = dict_getitem_str(dict, "__classcell__")) {
        if (classcell->type != &CellType) {
            Ref<> shown = Ref<>::steal(object_repr(reinterpret_cast<Object*>(classcell->type)));
            return shown ? err_format(TypeError, "__classcell__ must be a nonlocal cell, not %s", str_cstr(shown.get()))
                         : nullptr;
        }
        setref(static_cast<CellObject*>(classcell)->ref, newref(type));
        if (dict_delitem_str(dict, "__classcell__") < 0) return nullptr;
    } else if (err_occurred()) {
        return nullptr;
    }

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

// ---- Layout compatibility for __class__ and __bases__ assignment ----

namespace {

// The layout of `child` is its base's: no fields, __dict__ or weakref slot of its own.
// CPython: typeobject.c, compatible_with_tp_base.
bool same_layout_as_base(TypeObject* child) {
    TypeObject* parent = child->base;
    return parent != nullptr && child->basicsize == parent->basicsize &&
           child->dictoffset == parent->dictoffset && child->weaklistoffset == parent->weaklistoffset &&
           (child->flags & kTypeGC) == (parent->flags & kTypeGC) &&
           (type_has(child, kTypeHeap) || child->dealloc == parent->dealloc);
}

// Sorted names of the __slots__ members `type` itself declared (CPython's ht_slots).
std::vector<std::string> own_slot_names(TypeObject* type) {
    std::vector<std::string> names;
    ssize pos = 0;
    Object *key, *value;
    while (type->dict && dict_next(type->dict, &pos, &key, &value)) {
        if (value->type == &MemberDescrType && as_member(value)->owner == type)
            names.emplace_back(str_view(as_member(value)->name));
    }
    std::sort(names.begin(), names.end());
    return names;
}

// Two siblings on the same base that add the same things in the same places.
// CPython: typeobject.c, same_slots_added.
bool same_slots_added(TypeObject* a, TypeObject* b) {
    if (!type_has(a, kTypeHeap) || !type_has(b, kTypeHeap)) return false;
    return a->basicsize == b->basicsize && a->dictoffset == b->dictoffset &&
           a->weaklistoffset == b->weaklistoffset && own_slot_names(a) == own_slot_names(b);
}

}  // namespace

bool compatible_for_assignment(TypeObject* oldto, TypeObject* newto, const char* attr) {
    if ((newto->flags & kTypeGC) != (oldto->flags & kTypeGC)) {
        err_format(TypeError, "%s assignment: '%s' deallocator differs from '%s'", attr, newto->name, oldto->name);
        return false;
    }
    TypeObject* newbase = newto;
    TypeObject* oldbase = oldto;
    while (same_layout_as_base(newbase)) newbase = newbase->base;
    while (same_layout_as_base(oldbase)) oldbase = oldbase->base;
    if (newbase != oldbase && (newbase->base != oldbase->base || !same_slots_added(newbase, oldbase))) {
        err_format(TypeError, "%s assignment: '%s' object layout differs from '%s'", attr, newto->name, oldto->name);
        return false;
    }
    return true;
}

}  // namespace pygen
