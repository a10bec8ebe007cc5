// range and range_iterator with int64 bounds (lengths up to 2**64-1 are computed exactly with
// 128-bit arithmetic); O(1) membership and index for ints. Bounds beyond int64 raise
// OverflowError for now (CPython switches to arbitrary-size arithmetic).
// CPython counterpart: Objects/rangeobject.c.
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

TypeObject RangeType;
TypeObject RangeIterType;

namespace {

using i128 = __int128;

inline RangeObject* as_range(Object* o) { return static_cast<RangeObject*>(o); }

uint64_t compute_length(int64_t start, int64_t stop, int64_t step) {
    i128 lo, hi, st;
    if (step > 0) { lo = start; hi = stop; st = step; }
    else { lo = stop; hi = start; st = -static_cast<i128>(step); }
    if (lo >= hi) return 0;
    return static_cast<uint64_t>((hi - lo - 1) / st + 1);
}

Object* make_range(TypeObject* type, int64_t start, int64_t stop, int64_t step) {
    auto* r = static_cast<RangeObject*>(alloc_object(type));
    if (r == nullptr) return nullptr;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = compute_length(start, stop, step);
    return r;
}

// A range() argument: int or __index__, fitting int64.
bool range_arg(Object* o, int64_t* out) {
    Object* i = number_index(o);
    if (i == nullptr) return false;
    ssize v;
    bool ok = int_as_ssize(i, &v);
    decref(i);
    if (ok) *out = v;
    return ok;
}

inline int64_t item_at(RangeObject* r, uint64_t i) {
    return static_cast<int64_t>(static_cast<i128>(r->start) + static_cast<i128>(i) * r->step);
}

}  // namespace

Object* range_new3(int64_t start, int64_t stop, int64_t step) {
    if (step == 0) return err_set_string(ValueError, "range() arg 3 must not be zero");
    return make_range(&RangeType, start, stop, step);
}

namespace {

Object* range_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("range", kwnames) || !arg_count("range", nargs, 1, 3)) return nullptr;
    int64_t start = 0, stop = 0, step = 1;
    if (nargs == 1) {
        if (!range_arg(args[0], &stop)) return nullptr;
    } else {
        if (!range_arg(args[0], &start) || !range_arg(args[1], &stop)) return nullptr;
        if (nargs == 3) {
            if (!range_arg(args[2], &step)) return nullptr;
            if (step == 0) return err_set_string(ValueError, "range() arg 3 must not be zero");
        }
    }
    return make_range(type, start, stop, step);
}

void range_dealloc(Object* o) { free_object(o); }

Object* range_repr(Object* o) {
    RangeObject* r = as_range(o);
    std::string out = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
    if (r->step != 1) out += ", " + std::to_string(r->step);
    out += ")";
    return str_from(out);
}

ssize range_len(Object* o) {
    uint64_t n = as_range(o)->length;
    if (n > static_cast<uint64_t>(PTRDIFF_MAX)) {
        err_set_string(OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return static_cast<ssize>(n);
}

int range_bool(Object* o) { return as_range(o)->length != 0; }

// CPython: rangeobject.c, range_hash: hash((len, start, step)) with None for what cannot matter.
int64_t range_hash(Object* o) {
    RangeObject* r = as_range(o);
    Object* len = int_from_u64(r->length);
    Object* start = r->length == 0 ? incref(None) : int_from_i64(r->start);
    Object* step = r->length <= 1 ? incref(None) : int_from_i64(r->step);
    Object* t = (len && start && step) ? tuple_pack({len, start, step}) : nullptr;
    xdecref(len);
    xdecref(start);
    xdecref(step);
    if (t == nullptr) return -1;
    int64_t h = object_hash(t);
    decref(t);
    return h;
}

bool range_equals(RangeObject* a, RangeObject* b) {
    if (a == b) return true;
    if (a->length != b->length) return false;
    if (a->length == 0) return true;
    if (a->start != b->start) return false;
    if (a->length == 1) return true;
    return a->step == b->step;
}

Object* range_richcompare(Object* v, Object* w, CompareOp op) {
    if (!is_range(w) || !is_range(v) || (op != CompareOp::Eq && op != CompareOp::Ne))
        return incref(NotImplemented);
    bool eq = range_equals(as_range(v), as_range(w));
    return bool_from(op == CompareOp::Eq ? eq : !eq);
}

// For an exact int (or bool) value: 1 with *index set when it is an element, 0 otherwise.
int int_position(RangeObject* r, Object* value, uint64_t* index) {
    int64_t v;
    if (!int_as_i64(value, &v)) return 0;   // beyond int64: cannot be in an int64 range
    i128 off = static_cast<i128>(v) - r->start;
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return 0;
    if (off % r->step != 0) return 0;
    *index = static_cast<uint64_t>(off / r->step);
    return 1;
}

inline bool is_exact_int_or_bool(Object* o) { return is_int_exact(o) || is_bool(o); }

// Linear search for objects that are not plain ints (floats, custom __eq__).
// mode 0: contains (-1/0/1), 1: index (position or -1 not found), 2: count. -2 on error.
int64_t iter_search(RangeObject* r, Object* value, int mode) {
    int64_t count = 0;
    for (uint64_t i = 0; i < r->length; ++i) {
        Object* item = int_from_i64(item_at(r, i));
        if (item == nullptr) return -2;
        int k = object_rich_compare_bool(item, value, CompareOp::Eq);
        decref(item);
        if (k < 0) return -2;
        if (k) {
            if (mode == 0) return 1;
            if (mode == 1) return static_cast<int64_t>(i);
            ++count;
        }
    }
    return mode == 1 ? -1 : mode == 0 ? 0 : count;
}

int range_contains(Object* o, Object* value) {
    RangeObject* r = as_range(o);
    if (is_exact_int_or_bool(value)) {
        uint64_t i;
        return int_position(r, value, &i);
    }
    int64_t k = iter_search(r, value, 0);
    return k == -2 ? -1 : static_cast<int>(k);
}

Object* range_subscript(Object* o, Object* key) {
    RangeObject* r = as_range(o);
    if (is_slice(key)) {
        if (r->length > static_cast<uint64_t>(PTRDIFF_MAX))
            return err_set_string(OverflowError, "Python int too large to convert to C ssize_t");
        ssize start, stop, step, len;
        if (!slice_indices(key, static_cast<ssize>(r->length), &start, &stop, &step, &len)) return nullptr;
        i128 new_start = static_cast<i128>(r->start) + static_cast<i128>(start) * r->step;
        i128 new_step = static_cast<i128>(r->step) * step;
        i128 new_stop = static_cast<i128>(r->start) + static_cast<i128>(stop) * r->step;
        (void)len;
        auto fits = [](i128 v) { return v >= INT64_MIN && v <= INT64_MAX; };
        if (!fits(new_start) || !fits(new_step)) return err_set_string(OverflowError, "Python int too large to convert to C ssize_t");
        if (!fits(new_stop)) return err_set_string(OverflowError, "Python int too large to convert to C ssize_t");
        return make_range(&RangeType, static_cast<int64_t>(new_start), static_cast<int64_t>(new_stop),
                          static_cast<int64_t>(new_step));
    }
    if (!is_index(key)) return err_format(TypeError, "range indices must be integers or slices, not %T", key);
    Object* idx = number_index(key);
    if (idx == nullptr) return nullptr;
    int64_t i;
    bool fits = int_as_i64(idx, &i);
    decref(idx);
    if (!fits) return err_set_string(IndexError, "range object index out of range");
    i128 pos = i;
    if (pos < 0) pos += static_cast<i128>(r->length);
    if (pos < 0 || pos >= static_cast<i128>(r->length))
        return err_set_string(IndexError, "range object index out of range");
    return int_from_i64(item_at(r, static_cast<uint64_t>(pos)));
}

Object* range_iter_new(RangeObject* r, bool reversed);
Object* range_iter(Object* o) { return range_iter_new(as_range(o), false); }

Object* m_reversed(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_none("range.__reversed__", nargs)) return nullptr;
    return range_iter_new(as_range(self), true);
}

Object* m_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("range.count", kwnames) || !arg_exactly_one("range.count", nargs)) return nullptr;
    RangeObject* r = as_range(self);
    if (is_exact_int_or_bool(args[0])) {
        uint64_t i;
        return int_from_i64(int_position(r, args[0], &i));
    }
    int64_t k = iter_search(r, args[0], 2);
    return k == -2 ? nullptr : int_from_i64(k);
}

Object* m_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("range.index", kwnames) || !arg_exactly_one("range.index", nargs)) return nullptr;
    RangeObject* r = as_range(self);
    if (is_exact_int_or_bool(args[0])) {
        uint64_t i;
        if (int_position(r, args[0], &i)) return int_from_u64(i);
        return err_format(ValueError, "%R is not in range", args[0]);
    }
    int64_t k = iter_search(r, args[0], 1);
    if (k == -2) return nullptr;
    if (k == -1) return err_set_string(ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(k);
}

Object* m_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    RangeObject* r = as_range(self);
    Object* a = int_from_i64(r->start);
    Object* b = int_from_i64(r->stop);
    Object* c = int_from_i64(r->step);
    Object* t = (a && b && c) ? tuple_pack({a, b, c}) : nullptr;
    xdecref(a);
    xdecref(b);
    xdecref(c);
    if (t == nullptr) return nullptr;
    Object* res = tuple_pack({&RangeType, t});
    decref(t);
    return res;
}

Object* get_start(Object* o) { return int_from_i64(as_range(o)->start); }
Object* get_stop(Object* o) { return int_from_i64(as_range(o)->stop); }
Object* get_step(Object* o) { return int_from_i64(as_range(o)->step); }

const MethodDef range_methods[] = {
    {"__reversed__", m_reversed},
    {"__reduce__", m_reduce},
    {"count", m_count},
    {"index", m_index},
    {nullptr, nullptr},
};

const GetSetDef range_getset[] = {
    {"start", get_start},
    {"stop", get_stop},
    {"step", get_step},
    {nullptr, nullptr},
};

// ---- range_iterator ----
// Values advance with wrapping unsigned arithmetic: every value handed out is a range element
// (so fits int64); only the never-used value after the last one may wrap.

struct RangeIterObject : Object {
    uint64_t next;        // next value, as two's complement
    uint64_t step;        // two's complement; negated for reversed iteration
    uint64_t remaining;
};

Object* range_iter_new(RangeObject* r, bool reversed) {
    auto* it = static_cast<RangeIterObject*>(alloc_object(&RangeIterType));
    if (it == nullptr) return nullptr;
    it->remaining = r->length;
    if (!reversed) {
        it->next = static_cast<uint64_t>(r->start);
        it->step = static_cast<uint64_t>(r->step);
    } else {
        it->next = r->length ? static_cast<uint64_t>(item_at(r, r->length - 1)) : 0;
        it->step = 0 - static_cast<uint64_t>(r->step);
    }
    return it;
}

void range_iter_dealloc(Object* o) { free_object(o); }

Object* iter_self(Object* o) { return incref(o); }

Object* range_iter_next(Object* o) {
    auto* it = static_cast<RangeIterObject*>(o);
    if (it->remaining == 0) return nullptr;
    --it->remaining;
    uint64_t v = it->next;
    it->next = v + it->step;
    return int_from_i64(static_cast<int64_t>(v));
}

Object* range_iter_length_hint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return int_from_u64(static_cast<RangeIterObject*>(self)->remaining);
}

const MethodDef range_iter_methods[] = {
    {"__length_hint__", range_iter_length_hint},
    {nullptr, nullptr},
};

}  // namespace

void init_range_types() {
    TypeObject& t = RangeType;
    t.name = "range";
    t.basicsize = sizeof(RangeObject);
    t.flags = 0;   // not subclassable, holds no references
    t.dealloc = range_dealloc;
    t.repr = range_repr;
    t.hash = range_hash;
    t.richcompare = range_richcompare;
    t.iter = range_iter;
    t.tp_new = range_tp_new;
    t.nb_bool = range_bool;
    t.len = range_len;
    t.getitem = range_subscript;
    t.contains = range_contains;
    t.methods = range_methods;
    t.getset = range_getset;
    (void)type_ready(&t);

    TypeObject& it = RangeIterType;
    it.name = "range_iterator";
    it.basicsize = sizeof(RangeIterObject);
    it.dealloc = range_iter_dealloc;
    it.iter = iter_self;
    it.iternext = range_iter_next;
    it.methods = range_iter_methods;
    (void)type_ready(&it);

    init_slice_type();
    init_iterator_types();
}

}  // namespace pygen
