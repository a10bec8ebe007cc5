// tuple: immutable array of strong references, allocated in one block. The empty tuple is a singleton.
// CPython counterpart: Objects/tupleobject.c.
#pragma once

#include <initializer_list>

#include "objects/object.h"

namespace pygen {

struct TupleObject : Object {
    ssize size;
    Object* items[1];      // allocated with room for `size` items
};

extern TypeObject TupleType;
inline bool is_index_type(TypeObject* t) { return type_has(t, kTypeIntSubclass) || t->nb_index != nullptr; }
inline bool is_tuple(Object* o) { return type_has(o->type, kTypeTupleSubclass); }
inline bool is_tuple_exact(Object* o) { return o->type == &TupleType; }
// New tuple with `size` null items for the caller to fill (items are owned by the tuple).
Object* tuple_new(ssize size);
Object* tuple_pack(std::initializer_list<Object*> items);   // increfs each item
Object* tuple_from_array(Object* const* items, ssize n);      // increfs each item
inline ssize tuple_size(Object* t) { return static_cast<TupleObject*>(t)->size; }
inline Object* tuple_item(Object* t, ssize i) { return static_cast<TupleObject*>(t)->items[i]; }  // borrowed
inline Object** tuple_items(Object* t) { return static_cast<TupleObject*>(t)->items; }
Object* tuple_slice(Object* t, ssize lo, ssize hi);

// ---- Shared by the container files (tuple, list, dict, set, range, iterators) ----
// Argument checks for built-in methods, each raising CPython's exact TypeError and returning false.
// Qualified names read "list.append"; plain names read "pop" (CPython's two message families).
// arg_no_kwargs ("list.append() takes no keyword arguments") is str.h's.
// The checks pass inline; the *_fail functions make the message.
bool arg_exactly_one_fail(const char* qualname, size_t nargs);
bool arg_none_fail(const char* qualname, size_t nargs);
bool arg_count_fail(const char* name, size_t nargs, size_t min, size_t max);
// "list.append() takes exactly one argument (2 given)"
[[nodiscard]] inline bool arg_exactly_one(const char* qualname, size_t nargs) {
    return nargs == 1 || arg_exactly_one_fail(qualname, nargs);
}
// "list.copy() takes no arguments (1 given)"
[[nodiscard]] inline bool arg_none(const char* qualname, size_t nargs) { return nargs == 0 || arg_none_fail(qualname, nargs); }
// "pop expected at most 1 argument, got 2" / "insert expected 2 arguments, got 1".
[[nodiscard]] inline bool arg_count(const char* name, size_t nargs, size_t min, size_t max) {
    return (nargs >= min && nargs <= max) || arg_count_fail(name, nargs, min, max);
}
// Converts a start/stop argument of index()/count()-style methods, clipping to ssize
// (CPython's _PyEval_SliceIndexNotNone): "slice indices must be integers or have an __index__ method".
[[nodiscard]] bool arg_slice_index(Object* o, ssize* out);
// Converts an integer argument (int or __index__) to ssize like Argument Clinic's "n" converter:
// "'str' object cannot be interpreted as an integer", "Python int too large to convert to C ssize_t".
[[nodiscard]] bool arg_index_ssize(Object* o, ssize* out);
// True when o is an int or defines __index__ (CPython's PyIndex_Check).
inline bool is_index(Object* o) { return is_index_type(o->type); }

extern TypeObject TupleIterType;   // "tuple_iterator"

void init_tuple_type();

}  // namespace pygen
