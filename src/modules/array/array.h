// The array module's type, shared by its files: array_object.cpp (storage, items, the buffer
// and sequence protocols, iteration, the type and the module) and array_methods.cpp (the
// methods, __reduce_ex__ and _array_reconstructor).
// CPython counterpart: Modules/arraymodule.c (behaviour only).
#pragma once

#include "objects/object.h"

namespace pygen {

// One item type: its typecode, size in bytes, the struct format its buffer exports, and the
// machine format code __reduce_ex__ writes for it on a little-endian machine.
struct ArrayDescr {
    char code;
    int size;
    bool is_int;
    bool is_signed;
    const char* format;
    int mformat;
};

struct ArrayObject : Object {
    char* data;              // mem_malloc'ed block of `allocated` items; null while allocated is 0
    ssize size;              // items in use
    ssize allocated;         // items the block holds
    const ArrayDescr* descr;
    ssize exports;           // buffers lent out: the array may not change size meanwhile
    Object* weakreflist;
};

extern TypeObject ArrayType;       // "array.array"
extern TypeObject ArrayIterType;   // "array.arrayiterator"

inline bool is_array(Object* o) { return o->type == &ArrayType || is_subtype(o->type, &ArrayType); }
inline ArrayObject* as_array(Object* o) { return static_cast<ArrayObject*>(o); }

// The descriptor of typecode c, or null.
const ArrayDescr* array_descr_for(uint32_t c);
// A new empty array of `type` (ArrayType or a subclass) with room for n items (size n, zeroed).
ArrayObject* array_alloc(TypeObject* type, const ArrayDescr* d, ssize n);
// Sets the size to n items, keeping the first min(size, n); BufferError while exporting.
[[nodiscard]] bool array_resize(ArrayObject* a, ssize n);
// The item at i (0 <= i < size) as a Python value.
Object* array_get(ArrayObject* a, ssize i);
// Converts v for the array's type into out (size bytes), with CPython's errors. False on error.
[[nodiscard]] bool array_convert(const ArrayDescr* d, Object* v, char* out);
// Appends v (converted). False on error, the array unchanged.
[[nodiscard]] bool array_append(ArrayObject* a, Object* v);
// Appends n raw items. False with BufferError/MemoryError.
[[nodiscard]] bool array_append_raw(ArrayObject* a, const char* p, ssize n);
// Appends every item of an iterable (arrays of the same kind copied raw).
[[nodiscard]] bool array_extend(ArrayObject* a, Object* iterable);
// Appends the bytes of a bytes-like object (frombytes).
[[nodiscard]] bool array_frombytes(ArrayObject* a, Object* buffer);
// Appends the characters of a str to a 'u' array.
[[nodiscard]] bool array_fromunicode(ArrayObject* a, Object* s);
// array(typecode[, initializer]) for `type`, as tp_new (also _array_reconstructor's maker).
Object* array_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames);
// The exact array.array copy of items [lo, hi).
Object* array_slice(ArrayObject* a, ssize lo, ssize hi);
// tolist()
Object* array_tolist(ArrayObject* a);
// tounicode() of a 'u' array.
Object* array_tounicode(ArrayObject* a);

// array_methods.cpp: the method table and the module-level _array_reconstructor.
extern const MethodDef kArrayMethods[];
Object* array_reconstructor(Object* self, Object* const* args, size_t nargs, Object* kwnames);

}  // namespace pygen
