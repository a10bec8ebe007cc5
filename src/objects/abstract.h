// Generic operations on any object, dispatching through the type slots (object.h) with CPython's
// fallbacks and error messages: attribute access, calls, comparisons, arithmetic, containers,
// iteration. This is what the VM and built-in functions use; they never read slots directly
// except on hot paths. CPython counterparts: Objects/abstract.c, Objects/object.c.
#pragma once

#include <string>
#include <string_view>

#include "objects/object.h"

namespace pygen {

// ---- Text ----
Object* object_repr(Object* o);        // str
Object* object_str(Object* o);         // str
Object* object_ascii(Object* o);
Object* object_format(Object* o, Object* spec);  // format(o, spec); spec is a str (may be empty)
// A new str from a printf-style format with err_format's conversions (%s %S %R %T %d %zd ...).
Object* str_from_format(const char* fmt, ...);

// ---- Identity, truth, hashing ----
int object_is_true(Object* o);         // -1 error, else 0/1
int64_t object_hash(Object* o);        // -1 with exception on error
Object* object_rich_compare(Object* a, Object* b, CompareOp op);     // new ref, falls back as CPython does
int object_rich_compare_bool(Object* a, Object* b, CompareOp op);    // -1 error; identity implies Eq
int object_equal(Object* a, Object* b);  // rich_compare_bool(Eq)

// ---- Attributes ----
Object* object_getattr(Object* o, Object* name);          // name: str
Object* object_getattr_str(Object* o, const char* name);
// Like getattr but returns null *without* an exception when the attribute is missing.
Object* object_lookup_attr(Object* o, Object* name);
int object_setattr(Object* o, Object* name, Object* value);   // value null: delete
int object_setattr_str(Object* o, const char* name, Object* value);
Object* generic_getattr(Object* o, Object* name);         // object.__getattribute__
// As generic_getattr, but a missing attribute gives null with no exception set (none is created).
Object* generic_getattr_suppress(Object* o, Object* name);
int generic_setattr(Object* o, Object* name, Object* value);  // object.__setattr__
Object** object_dict_ptr(Object* o);                      // address of the __dict__ slot or null
// The attribute `name` (a str) in o's own storage: the dict at *dictptr (o's __dict__ slot) or,
// while there is none, o's inline values (instance_values.h). Borrowed, or null: absent, or an
// exception (a key's __eq__ raised, memory ran out).
Object* instance_storage_get(Object* o, Object** dictptr, Object* name);
// The __dict__ attribute of instances (getter creates the dict on first use; setter accepts only
// dicts). Usable as GetSetDef functions by any type with a dictoffset.
Object* generic_get_dict(Object* o);
int generic_set_dict(Object* o, Object* value);
// Looks name up along type(o).__mro__ without calling descriptors. Borrowed, null if absent (no error).
Object* type_lookup(TypeObject* type, Object* name);
Object* type_lookup_str(TypeObject* type, const char* name);

// ---- Calls ----
Object* call(Object* callable, Object* const* args, size_t nargs, Object* kwnames = nullptr);
Object* call0(Object* callable);
Object* call1(Object* callable, Object* a);
Object* call2(Object* callable, Object* a, Object* b);
// callable(*args_tuple, **kwargs_dict); kwargs may be null.
Object* call_tuple_dict(Object* callable, Object* args_tuple, Object* kwargs);
// obj.name(args...)
Object* call_method(Object* obj, const char* name, Object* const* args, size_t nargs);
Object* call_method0(Object* obj, const char* name);
Object* call_method1(Object* obj, const char* name, Object* a);
bool is_callable(Object* o);
// callable(self, *args, **kw) without building a bound method (args as vectorcall).
Object* call_with_self(Object* callable, Object* self, Object* const* args, size_t nargs, Object* kwnames);
// Looks up obj.name for an immediate call (CPython's _PyObject_GetMethod). Returns 1 with *method
// set to an unbound function (kTypeMethodDescriptor) that must be called with obj prepended,
// 0 with *method set to an ordinary attribute value, -1 with an exception. *method is a new ref.
int object_get_method(Object* obj, Object* name, Object** method);
// type(o).name bound to o, skipping the instance dict (CPython's _PyObject_LookupSpecial).
// New reference; null without an exception when absent, null with one on error.
Object* lookup_special(Object* o, Object* name);

// ---- Numbers ----
Object* binary_op(Object* a, Object* b, BinOp op);          // a + b etc; TypeError "unsupported operand type(s) for +: 'int' and 'str'"
Object* inplace_op(Object* a, Object* b, BinOp op);         // a += b etc
Object* power3(Object* a, Object* b, Object* mod);          // pow(a, b, mod)
Object* unary_negative(Object* o);
Object* unary_positive(Object* o);
Object* unary_invert(Object* o);
Object* number_absolute(Object* o);
Object* number_index(Object* o);     // __index__ -> int
// res (new reference), an instance of a strict subclass of int/float that a conversion slot gave:
// issues 3.11's DeprecationWarning "<what> (type T).  The ability to return an instance of a
// strict subclass of <base> is deprecated, ..." and returns res, or drops it and returns null
// when the warning became an error.
Object* warn_strict_subclass(Object* res, const std::string& what, const char* base);
Object* number_long(Object* o);      // int(o) without base
Object* number_float(Object* o);     // float(o)
// Converts an index-like object to ssize; on overflow raises err_type (or clips when err_type null).
ssize number_as_ssize(Object* o, TypeObject* err_type);
const char* binop_symbol(BinOp op);       // "+", "//", "**", ...
const char* inplace_symbol(BinOp op);     // "+=", ...

// ---- Containers ----
ssize object_length(Object* o);                  // len(); -1 with exception
// operator.length_hint: len() if the type has it, else __length_hint__, else `fallback`. Returns
// -1 with an exception (TypeError/ValueError for a bad hint). CPython: PyObject_LengthHint.
ssize object_length_hint(Object* o, ssize fallback);
Object* object_getitem(Object* o, Object* key);
int object_setitem(Object* o, Object* key, Object* value);
int object_delitem(Object* o, Object* key);
int sequence_contains(Object* container, Object* item);   // `in`; -1 error

// ---- Iteration ----
Object* object_iter(Object* o);     // iter(o); TypeError "'int' object is not iterable"
// next(it): new ref; null without exception when exhausted; null with exception on error.
Object* iter_next(Object* it);
// Drains an iterable into a new list / tuple.
Object* sequence_list(Object* iterable);
Object* sequence_tuple(Object* iterable);

// ---- Types ----
int object_isinstance(Object* o, Object* cls);    // cls may be a tuple; honours __instancecheck__
int object_issubclass(Object* derived, Object* cls);
const char* type_name(Object* o);                 // o->type->name
// The type as Argument Clinic's "argument must be X, not Y" messages print it: "None" for None
// itself (CPython's _PyArg_BadArgument), the type's name otherwise.
const char* arg_type_name(Object* o);

}  // namespace pygen
