// range, slice, and the built-in iterator types that are not tied to one container:
// enumerate, zip, map, filter, reversed, the sequence iterator (iter() over __getitem__) and
// callable_iterator (iter(f, sentinel)).
// CPython counterparts: Objects/rangeobject.c, Objects/sliceobject.c, Objects/enumobject.c,
// Objects/iterobject.c, Python/bltinmodule.c (map, filter, zip).
#pragma once

#include "objects/object.h"

namespace pygen {

extern TypeObject RangeType;
extern TypeObject SliceType;
extern TypeObject EnumerateType;
extern TypeObject ZipType;
extern TypeObject MapType;
extern TypeObject FilterType;
extern TypeObject ReversedType;
extern TypeObject SeqIterType;
extern TypeObject CallIterType;

struct SliceObject : Object {
    Object* start;     // strong, None when omitted
    Object* stop;
    Object* step;
};
inline bool is_slice(Object* o) { return o->type == &SliceType; }
Object* slice_new(Object* start, Object* stop, Object* step);   // increfs; null args mean None
// Resolves a slice against a sequence length (CPython's PySlice_GetIndicesEx). Returns false with an
// exception set ("slice step cannot be zero", bad index types).
bool slice_indices(Object* slice, ssize length, ssize* start, ssize* stop, ssize* step, ssize* slicelength);
// The two halves of slice_indices, for containers whose length may change while __index__ runs:
// unpack first (may run Python code), then adjust to the length read afterwards.
bool slice_unpack(Object* slice, ssize* start, ssize* stop, ssize* step);
ssize slice_adjust(ssize length, ssize* start, ssize* stop, ssize step);   // returns slicelength
// A slice resolved against a length of any size, as new int references (CPython's
// _PySlice_GetLongIndices): what range slicing and slice.indices use.
bool slice_indices_big(Object* slice, Object* length, Object** start, Object** stop, Object** step);

Object* range_new3(int64_t start, int64_t stop, int64_t step);
Object* seq_iter_new(Object* seq);             // iterator over obj[0], obj[1], ... until IndexError
Object* call_iter_new(Object* callable, Object* sentinel);

// ---- Pickling of the built-in iterators (CPython: each iterator's __reduce__/__setstate__) ----
// (iter, (seq,), index), or (iter, (seq,)) when index is null: the reduction of an iterator that
// resumes from a position. `builtin` names the callable ("iter" or "reversed"), taken from the
// builtins module as CPython's _PyEval_GetBuiltin does. Increfs its arguments; null on error.
Object* iter_reduce(const char* builtin, Object* seq, Object* index);
// (iter, (items,)): the reduction of an iterator that cannot resume from an index (dict and set
// iterators), items being the list of what it has left, made by the caller. Increfs items.
Object* iter_reduce_list(Object* items);
// A __setstate__ argument read as CPython's PyLong_AsSsize_t does (TypeError "an integer is
// required", OverflowError when too large). False with the exception set.
bool iter_setstate_index(Object* state, ssize* out);

extern TypeObject RangeIterType;   // "range_iterator"

// range objects keep int64 bounds in place; bounds beyond int64 go to `big`, arbitrary-size ints
// as CPython always uses, with a longrange_iterator for them.
struct RangeObject : Object {
    int64_t start;
    int64_t stop;
    int64_t step;        // never 0
    uint64_t length;     // may exceed INT64_MAX (len() then raises OverflowError)
    Object* big;         // null, or the tuple (start, stop, step, length) of ints; then the fields
                         // above are unused
};
inline bool is_range(Object* o) { return o->type == &RangeType; }

// init_range_types also readies slice (slice.cpp) and the iterator types (iterators.cpp).
void init_slice_type();
void init_iterator_types();
void init_range_types();

}  // namespace pygen
