// Slicing of the exact built-in sequences by bounds that are already plain integers: the eval
// loop's BUILD_SLICE fast path (vm/eval.cpp) runs s[a:b], s[a:b:c] and l[a:b] = v with no slice
// object, as CPython 3.12's BINARY_SLICE/STORE_SLICE do. Bounds follow slice_unpack: a null
// `start`/`stop` is None; the step is never 0.
#pragma once

#include "objects/object.h"

namespace pygen {

// Reads None or an exact int that fits in 64 bits as slice_unpack would (no __index__ runs);
// false for anything else, left to the generic path.
bool slice_bounds_plain(Object* start, Object* stop, Object* step, ssize* lo, ssize* hi, ssize* st);
// seq[lo:hi:st] for an exact list, tuple or str: true with *out the result (null with an
// exception set), false when `seq` is another type or form (nothing done).
bool sequence_slice_plain(Object* seq, ssize lo, ssize hi, ssize st, Object** out);
// list[lo:hi] = value for an exact list and step 1: true with *status 0 or -1 (exception set),
// false when not handled.
bool list_store_slice_plain(Object* list, ssize lo, ssize hi, ssize st, Object* value, int* status);

// The per-type halves (list.cpp, str.cpp): `len` items from `start` by `step`, indices as
// slice_adjust leaves them.
Object* list_slice_by_step(Object* list, ssize start, ssize step, ssize len);
Object* str_slice_by_step(Object* s, ssize start, ssize step, ssize len);
int list_assign_slice(Object* list, ssize lo, ssize hi, Object* value);   // CPython's list_ass_slice

}  // namespace pygen
