// Internals shared by the files that implement the type machinery (type.cpp, type_new.cpp,
// type_slots.cpp, mro.cpp, object_base.cpp, descr.cpp): the slot-definition table that ties dunder
// names to TypeObject slots, wrapper descriptors, and the bootstrap of the core static types.
// Nothing outside those files should include this; the public API is object.h / abstract.h.
// CPython counterpart: the static parts of Objects/typeobject.c (slotdefs, update_slot, ...).
#pragma once

#include <cstddef>

#include "objects/object.h"

namespace pygen {

// Any slot function, stored type-erased; converted back with reinterpret_cast to the slot's type.
using AnyFn = void (*)();

// Identifies one slot field of TypeObject. The nb / nb_inplace arrays take kSlotNb + op etc.
enum SlotId : int {
    kSlotRepr, kSlotStr, kSlotHash, kSlotRichCompare, kSlotGetAttro, kSlotSetAttro,
    kSlotDescrGet, kSlotDescrSet, kSlotCall, kSlotIter, kSlotIterNext, kSlotInit, kSlotNew,
    kSlotLen, kSlotGetItem, kSlotSetItem, kSlotContains,
    kSlotNegative, kSlotPositive, kSlotAbsolute, kSlotInvert, kSlotBool, kSlotInt, kSlotFloat,
    kSlotIndex, kSlotPower3, kSlotDel,
    kSlotNb,                                                  // + BinOp
    kSlotNbInplace = kSlotNb + static_cast<int>(BinOp::Count),  // + BinOp
    kSlotCount = kSlotNbInplace + static_cast<int>(BinOp::Count),
};

AnyFn get_slot(const TypeObject* t, int slot);
void set_slot(TypeObject* t, int slot, AnyFn fn);

struct SlotDef;
struct WrapperDescrObject;

// Calls the C slot a wrapper descriptor wraps, unpacking Python-level arguments.
using WrapperFn = Object* (*)(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                              const WrapperDescrObject* descr);

// One dunder name bound to one slot. Several names can share a slot (__add__/__radd__,
// __setitem__/__delitem__, the six comparisons).
struct SlotDef {
    const char* name;
    int slot;               // SlotId
    AnyFn generic;          // slot_* function installed on heap types defining the dunder
    WrapperFn wrapper;      // null: no wrapper descriptor for built-in types (e.g. __getattr__)
    int arg;                // CompareOp for comparisons, BinOp for number slots, else 0
    Object* name_str;       // interned, filled by slotdefs_init
};

// The slot table, terminated by an entry whose name is null. slotdefs_init interns the names.
const SlotDef* slotdefs();
void slotdefs_init();

struct WrapperDescrObject : Object {
    TypeObject* owner;      // borrowed: static types are immortal, heap types own their dict
    const SlotDef* def;     // static
    AnyFn wrapped;          // the C slot function called by the wrapper
};
extern TypeObject MethodWrapperType;   // "method-wrapper": a wrapper descriptor bound to an object
Object* wrapper_descr_new(TypeObject* owner, const SlotDef* def, AnyFn wrapped);

// ---- Bootstrap ----
// Fill in the fields of the core static types (no allocation, idempotent) so type_ready can
// run in any order relative to the other init_* functions.
void bootstrap_object_types();    // object_base.cpp: object, NoneType, NotImplementedType, ellipsis
void bootstrap_type_type();       // type.cpp: type
void bootstrap_descr_types();     // descr.cpp: calls the three below
void bootstrap_property_type();   // property.cpp
void bootstrap_classmethod_types();  // classmethod.cpp (classmethod, staticmethod)
void bootstrap_super_type();      // super.cpp
void bootstrap_core_types();      // all of the above, once

// ---- Slots (type_slots.cpp) ----
// Adds a wrapper descriptor to type->dict for every slot that `own` (the type's slots before
// inheritance) sets, unless the dict already has that name; sets __hash__ = None for unhashable.
[[nodiscard]] bool add_slot_wrappers(TypeObject* type, const TypeObject& own);
// Points every named slot of a heap type at the C function of the nearest definition in the MRO
// (built-in wrapper) or at the generic slot_* dispatcher (Python-level dunder).
void fixup_slot_dispatchers(TypeObject* type);
// After type.name was set or deleted: refresh the slots named by it on type and its subclasses.
void update_slot(TypeObject* type, Object* name);
bool is_slot_name(Object* name);    // a dunder some slot is named after
bool is_generic_slot(int slot, AnyFn fn);   // fn is the slot_* dispatcher installed for `slot`
// type's tp_init is the dispatcher that calls a Python-level __init__ (CALL_TYPE_INIT's test).
bool init_is_dunder_dispatch(const TypeObject* type);

// Instance lifecycle of heap types (set as dealloc/traverse/clear by type_new).
void subtype_dealloc(Object* o);
void subtype_traverse(Object* o, VisitFn visit, void* arg);
int subtype_clear(Object* o);

// ---- type.cpp ----
Object* type_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames);
Object* type_getattro(Object* type, Object* name);
// Like type_getattro, but a missing name returns null without an exception.
Object* type_getattro_suppress(Object* type, Object* name);
void type_add_subclass(TypeObject* base, TypeObject* sub);
void type_remove_subclass(TypeObject* base, TypeObject* sub);
// Copies null slots of `type` from `base` (CPython's inherit_special + inherit_slots).
void inherit_slots(TypeObject* type, TypeObject* base);
// __name__ / __qualname__ / __module__ as text, for static and heap types alike.
Object* type_qualname(TypeObject* t);     // new ref str
Object* type_module(TypeObject* t);       // new ref (str for well-formed types), null + error
// "mod.qualname" or "qualname" for builtins; new ref str, null on error.
Object* type_fullname(TypeObject* t);
// The builtin_function_or_method table entry behind X.__new__ (tp_new_wrapper).
extern const MethodDef kTpNewWrapperDef;

// ---- type_new.cpp ----
Object* type_new(TypeObject* metatype, Object* const* args, size_t nargs, Object* kwnames);
TypeObject* best_base(Object* bases);             // null with TypeError on layout conflict
TypeObject* solid_base(TypeObject* type);
// Whether instances of `oldto` may become instances of `newto` (attr: "__class__" or "__bases__"
// for the message). False with TypeError set. CPython: typeobject.c, compatible_for_assignment.
bool compatible_for_assignment(TypeObject* oldto, TypeObject* newto, const char* attr);
bool is_python_function(Object* o);              // the lead's `function` type (by name)

// ---- mro.cpp ----
// C3 linearisation of type (its bases must have mros). New tuple or null with TypeError.
Object* mro_c3(TypeObject* type);
// Computes type->mro, honouring a metaclass mro() override. False with an error set.
[[nodiscard]] bool mro_internal(TypeObject* type);

// ---- object_base.cpp ----
Object* object_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames);
int object_init(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* object_default_repr(Object* o);
Object* object_richcompare(Object* a, Object* b, CompareOp op);
int64_t object_default_hash(Object* o);
void object_base_dealloc(Object* o);

// ---- abstract.cpp ----
// isinstance / issubclass without the __instancecheck__ / __subclasscheck__ hooks.
int object_recursive_isinstance(Object* inst, Object* cls);
int object_recursive_issubclass(Object* derived, Object* cls);

// Interned name cached in a function-local static.
#define PYGEN_ID(name_literal)                                         \
    ([]() -> Object* {                                                 \
        static Object* s_id = str_intern(#name_literal);               \
        return s_id;                                                   \
    }())

}  // namespace pygen
