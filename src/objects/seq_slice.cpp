// The eval loop's slicing without slice objects (objects/seq_slice.h).
#include "objects/seq_slice.h"

#include <cstdint>

#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

bool plain_index(Object* o, ssize* out) {
    if (o == None) return true;
    if (o->type != &IntType || static_cast<IntObject*>(o)->is_big) return false;
    *out = clip_to_ssize(static_cast<IntObject*>(o)->small);
    return true;
}

}  // namespace

bool slice_bounds_plain(Object* start, Object* stop, Object* step, ssize* lo, ssize* hi, ssize* st) {
    ssize s = 1;
    if (step && !plain_index(step, &s)) return false;
    if (s == 0) return false;                        // ValueError comes from the generic path
    if (s < -PTRDIFF_MAX) s = -PTRDIFF_MAX;         // keeps -step representable, as slice_unpack
    *lo = s < 0 ? PTRDIFF_MAX : 0;
    *hi = s < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
    if (!plain_index(start, lo) || !plain_index(stop, hi)) return false;
    *st = s;
    return true;
}

bool sequence_slice_plain(Object* seq, ssize lo, ssize hi, ssize st, Object** out) {
    if (seq->type == &ListType) {
        ssize len = slice_adjust(list_size(seq), &lo, &hi, st);
        *out = st == 1 ? list_get_slice(seq, lo, hi) : list_slice_by_step(seq, lo, st, len);
        return true;
    }
    if (seq->type == &StrType) {
        ssize len = slice_adjust(str_length(seq), &lo, &hi, st);
        *out = str_slice_by_step(seq, lo, st, len);
        return true;
    }
    if (seq->type == &TupleType && st == 1) {
        slice_adjust(tuple_size(seq), &lo, &hi, st);
        *out = tuple_slice(seq, lo, hi);
        return true;
    }
    return false;
}

bool list_store_slice_plain(Object* list, ssize lo, ssize hi, ssize st, Object* value, int* status) {
    if (list->type != &ListType || st != 1) return false;
    slice_adjust(list_size(list), &lo, &hi, st);
    *status = list_assign_slice(list, lo, hi, value);
    return true;
}

}  // namespace pygen
