// range, range_iterator and longrange_iterator. Bounds that fit int64 are kept in place (lengths
// up to 2**64-1 computed exactly with 128-bit arithmetic); larger ones as ints, with every
// operation then done in int arithmetic, as CPython does for all ranges. O(1) membership and
// index for ints.
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
    r->big = nullptr;
    return r;
}

// The parts of a range as ints, whichever way it is stored.
struct Parts {
    Ref<> start, stop, step, length;
};

bool parts_of(RangeObject* r, Parts* p) {
    if (r->big) {
        p->start = Ref<>::borrow(tuple_item(r->big, 0));
        p->stop = Ref<>::borrow(tuple_item(r->big, 1));
        p->step = Ref<>::borrow(tuple_item(r->big, 2));
        p->length = Ref<>::borrow(tuple_item(r->big, 3));
        return true;
    }
    p->start = Ref<>::steal(int_from_i64(r->start));
    p->stop = Ref<>::steal(int_from_i64(r->stop));
    p->step = Ref<>::steal(int_from_i64(r->step));
    p->length = Ref<>::steal(int_from_u64(r->length));
    return p->start && p->stop && p->step && p->length;
}

Object* op(Object* a, Object* b, BinOp o) { return binary_op(a, b, o); }

bool int_is_one(Object* v) {
    int64_t x;
    return int_as_i64(v, &x) && x == 1;
}

// CPython: rangeobject.c, compute_range_length.
Object* big_length(Object* start, Object* stop, Object* step) {
    Ref<> lo, hi, st;
    if (int_sign(step) > 0) {
        lo = Ref<>::borrow(start);
        hi = Ref<>::borrow(stop);
        st = Ref<>::borrow(step);
    } else {
        lo = Ref<>::borrow(stop);
        hi = Ref<>::borrow(start);
        st = Ref<>::steal(unary_negative(step));
        if (!st) return nullptr;
    }
    int empty = object_rich_compare_bool(lo.get(), hi.get(), CompareOp::Ge);
    if (empty < 0) return nullptr;
    if (empty) return int_from_i64(0);
    Ref<> diff = Ref<>::steal(op(hi.get(), lo.get(), BinOp::Sub));
    Ref<> one = Ref<>::steal(int_from_i64(1));
    if (!diff || !one) return nullptr;
    Ref<> less = Ref<>::steal(op(diff.get(), one.get(), BinOp::Sub));
    Ref<> q = less ? Ref<>::steal(op(less.get(), st.get(), BinOp::FloorDiv)) : Ref<>();
    return q ? op(q.get(), one.get(), BinOp::Add) : nullptr;
}

// A range from int bounds of any size: in place when they fit int64, else as ints.
Object* make_range_obj(TypeObject* type, Object* start, Object* stop, Object* step) {
    int64_t a, b, c;
    if (int_as_i64(start, &a) && int_as_i64(stop, &b) && int_as_i64(step, &c)) return make_range(type, a, b, c);
    Ref<> length = Ref<>::steal(big_length(start, stop, step));
    if (!length) return nullptr;
    Ref<> parts = Ref<>::steal(tuple_pack({start, stop, step, length.get()}));
    if (!parts) return nullptr;
    auto* r = static_cast<RangeObject*>(alloc_object(type));
    if (r == nullptr) return nullptr;
    r->start = r->stop = r->step = 0;
    r->length = 0;
    r->big = parts.release();
    return r;
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
    Ref<> bounds[3];
    for (size_t i = 0; i < nargs; ++i) {
        bounds[i] = Ref<>::steal(number_index(args[i]));
        if (!bounds[i]) return nullptr;
    }
    if (nargs == 1) {
        bounds[1] = std::move(bounds[0]);
        bounds[0] = Ref<>::steal(int_from_i64(0));
    }
    if (nargs < 3) bounds[2] = Ref<>::steal(int_from_i64(1));
    if (!bounds[0] || !bounds[2]) return nullptr;
    if (int_sign(bounds[2].get()) == 0) return err_set_string(ValueError, "range() arg 3 must not be zero");
    return make_range_obj(type, bounds[0].get(), bounds[1].get(), bounds[2].get());
}

void range_dealloc(Object* o) {
    xdecref(as_range(o)->big);
    free_object(o);
}

Object* range_repr(Object* o) {
    RangeObject* r = as_range(o);
    if (!r->big) {
        std::string out = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
        if (r->step != 1) out += ", " + std::to_string(r->step);
        return str_from(out + ")");
    }
    std::string out = "range(";
    for (int i = 0; i < 3; ++i) {
        if (i == 2 && int_is_one(tuple_item(r->big, 2))) break;
        Ref<> text = Ref<>::steal(object_repr(tuple_item(r->big, i)));
        if (!text) return nullptr;
        out += (i ? ", " : "") + std::string(str_view(text.get()));
    }
    return str_from(out + ")");
}

ssize range_len(Object* o) {
    RangeObject* r = as_range(o);
    if (r->big) {
        ssize n;
        return int_as_ssize(tuple_item(r->big, 3), &n) ? n : -1;
    }
    uint64_t n = r->length;
    if (n > static_cast<uint64_t>(PTRDIFF_MAX)) {
        err_set_string(OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return static_cast<ssize>(n);
}

int range_bool(Object* o) {
    RangeObject* r = as_range(o);
    return r->big ? int_sign(tuple_item(r->big, 3)) != 0 : r->length != 0;
}

// CPython: rangeobject.c, range_hash: hash((len, start, step)) with None for what cannot matter.
int64_t range_hash(Object* o) {
    Parts p;
    if (!parts_of(as_range(o), &p)) return -1;
    bool empty = int_sign(p.length.get()) == 0;
    bool single = int_is_one(p.length.get());
    Object* start = empty ? None : p.start.get();
    Object* step = empty || single ? None : p.step.get();
    Ref<> t = Ref<>::steal(tuple_pack({p.length.get(), start, step}));
    return t ? object_hash(t.get()) : -1;
}

// -1 on error.
int range_equals(RangeObject* a, RangeObject* b) {
    if (a == b) return 1;
    if (!a->big && !b->big) {
        if (a->length != b->length) return 0;
        if (a->length == 0) return 1;
        if (a->start != b->start) return 0;
        if (a->length == 1) return 1;
        return a->step == b->step;
    }
    Parts p, q;
    if (!parts_of(a, &p) || !parts_of(b, &q)) return -1;
    int eq = object_rich_compare_bool(p.length.get(), q.length.get(), CompareOp::Eq);
    if (eq <= 0 || int_sign(p.length.get()) == 0) return eq;
    eq = object_rich_compare_bool(p.start.get(), q.start.get(), CompareOp::Eq);
    if (eq <= 0) return eq;
    if (int_is_one(p.length.get())) return 1;
    return object_rich_compare_bool(p.step.get(), q.step.get(), CompareOp::Eq);
}

Object* range_richcompare(Object* v, Object* w, CompareOp op) {
    if (!is_range(w) || !is_range(v) || (op != CompareOp::Eq && op != CompareOp::Ne))
        return incref(NotImplemented);
    int eq = range_equals(as_range(v), as_range(w));
    if (eq < 0) return nullptr;
    return bool_from(op == CompareOp::Eq ? eq : !eq);
}

// Where an int value sits in a range stored as ints: 1 with *index set (a new reference) when it
// is an element, 0 when not, -1 on error.
int big_position(RangeObject* r, Object* value, Object** index) {
    Parts p;
    if (!parts_of(r, &p)) return -1;
    bool up = int_sign(p.step.get()) > 0;
    // Inside [start, stop) going up, (stop, start] going down.
    int inside = object_rich_compare_bool(value, p.start.get(), up ? CompareOp::Ge : CompareOp::Le);
    if (inside > 0) inside = object_rich_compare_bool(value, p.stop.get(), up ? CompareOp::Lt : CompareOp::Gt);
    if (inside <= 0) return inside;
    Ref<> off = Ref<>::steal(op(value, p.start.get(), BinOp::Sub));
    Ref<> qr = off ? Ref<>::steal(int_divmod(off.get(), p.step.get())) : Ref<>();
    if (!qr) return -1;
    if (int_sign(tuple_item(qr.get(), 1)) != 0) return 0;
    *index = incref(tuple_item(qr.get(), 0));
    return 1;
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
int64_t iter_search(Object* o, Object* value, int mode) {
    Ref<> it = Ref<>::steal(object_iter(o));
    if (!it) return -2;
    int64_t count = 0;
    for (int64_t i = 0;; ++i) {
        Ref<> item = Ref<>::steal(iter_next(it.get()));
        if (!item) return err_occurred() ? -2 : mode == 1 ? -1 : mode == 0 ? 0 : count;
        int k = object_rich_compare_bool(item.get(), value, CompareOp::Eq);
        if (k < 0) return -2;
        if (k) {
            if (mode == 0) return 1;
            if (mode == 1) return i;
            ++count;
        }
    }
}

// For an exact int (or bool): 1 with *index (a new reference) set when it is an element, 0 when
// not, -1 on error.
int position(RangeObject* r, Object* value, Object** index) {
    if (r->big) return big_position(r, value, index);
    uint64_t i;
    if (!int_position(r, value, &i)) return 0;
    *index = int_from_u64(i);
    return *index ? 1 : -1;
}

int range_contains(Object* o, Object* value) {
    if (is_exact_int_or_bool(value)) {
        Object* index = nullptr;
        int k = position(as_range(o), value, &index);
        xdecref(index);
        return k;
    }
    int64_t k = iter_search(o, value, 0);
    return k == -2 ? -1 : static_cast<int>(k);
}

// r[key] for a slice, in int arithmetic (CPython: rangeobject.c, compute_slice).
Object* big_slice(RangeObject* r, Object* slice) {
    Parts p;
    if (!parts_of(r, &p)) return nullptr;
    Object *a, *b, *c;
    if (!slice_indices_big(slice, p.length.get(), &a, &b, &c)) return nullptr;
    Ref<> first = Ref<>::steal(a), last = Ref<>::steal(b), stride = Ref<>::steal(c);
    Ref<> offset_a = Ref<>::steal(op(first.get(), p.step.get(), BinOp::Mul));
    Ref<> offset_b = Ref<>::steal(op(last.get(), p.step.get(), BinOp::Mul));
    Ref<> step = Ref<>::steal(op(stride.get(), p.step.get(), BinOp::Mul));
    if (!offset_a || !offset_b || !step) return nullptr;
    Ref<> start = Ref<>::steal(op(p.start.get(), offset_a.get(), BinOp::Add));
    Ref<> stop = Ref<>::steal(op(p.start.get(), offset_b.get(), BinOp::Add));
    if (!start || !stop) return nullptr;
    return make_range_obj(&RangeType, start.get(), stop.get(), step.get());
}

// r[i] for an int i of any size.
Object* big_item(RangeObject* r, Object* i) {
    Parts p;
    if (!parts_of(r, &p)) return nullptr;
    Ref<> pos = Ref<>::borrow(i);
    if (int_sign(i) < 0) {
        pos = Ref<>::steal(op(i, p.length.get(), BinOp::Add));
        if (!pos) return nullptr;
    }
    int inside = int_sign(pos.get()) >= 0 ? object_rich_compare_bool(pos.get(), p.length.get(), CompareOp::Lt) : 0;
    if (inside < 0) return nullptr;
    if (!inside) return err_set_string(IndexError, "range object index out of range");
    Ref<> offset = Ref<>::steal(op(pos.get(), p.step.get(), BinOp::Mul));
    return offset ? op(p.start.get(), offset.get(), BinOp::Add) : nullptr;
}

Object* range_subscript(Object* o, Object* key) {
    RangeObject* r = as_range(o);
    if (is_slice(key)) {
        if (!r->big && r->length <= static_cast<uint64_t>(PTRDIFF_MAX)) {
            ssize start, stop, step, len;
            if (!slice_indices(key, static_cast<ssize>(r->length), &start, &stop, &step, &len)) return nullptr;
            // slice_indices clamps a step beyond +-PTRDIFF_MAX to that bound; CPython's
            // compute_slice keeps the step as given, so such steps take the int path.
            if (step == PTRDIFF_MAX || step == -PTRDIFF_MAX) return big_slice(r, key);
            i128 new_start = static_cast<i128>(r->start) + static_cast<i128>(start) * r->step;
            i128 new_step = static_cast<i128>(r->step) * step;
            i128 new_stop = static_cast<i128>(r->start) + static_cast<i128>(stop) * r->step;
            auto fits = [](i128 v) { return v >= INT64_MIN && v <= INT64_MAX; };
            if (fits(new_start) && fits(new_step) && fits(new_stop))
                return make_range(&RangeType, static_cast<int64_t>(new_start), static_cast<int64_t>(new_stop),
                                  static_cast<int64_t>(new_step));
        }
        return big_slice(r, key);
    }
    if (!is_index(key)) return err_format(TypeError, "range indices must be integers or slices, not %T", key);
    Ref<> idx = Ref<>::steal(number_index(key));
    if (!idx) return nullptr;
    int64_t i;
    if (r->big || !int_as_i64(idx.get(), &i)) return big_item(r, idx.get());
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
    if (is_exact_int_or_bool(args[0])) {
        Object* index = nullptr;
        int k = position(as_range(self), args[0], &index);
        xdecref(index);
        return k < 0 ? nullptr : int_from_i64(k);
    }
    int64_t k = iter_search(self, args[0], 2);
    return k == -2 ? nullptr : int_from_i64(k);
}

Object* m_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("range.index", kwnames) || !arg_exactly_one("range.index", nargs)) return nullptr;
    if (is_exact_int_or_bool(args[0])) {
        Object* index = nullptr;
        int k = position(as_range(self), args[0], &index);
        if (k < 0) return nullptr;
        if (k) return index;
        return err_format(ValueError, "%R is not in range", args[0]);
    }
    int64_t k = iter_search(self, args[0], 1);
    if (k == -2) return nullptr;
    if (k == -1) return err_set_string(ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(k);
}

Object* m_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Parts p;
    if (!parts_of(as_range(self), &p)) return nullptr;
    Ref<> t = Ref<>::steal(tuple_pack({p.start.get(), p.stop.get(), p.step.get()}));
    return t ? tuple_pack({&RangeType, t.get()}) : nullptr;
}

Object* part(Object* o, int which) {
    Parts p;
    if (!parts_of(as_range(o), &p)) return nullptr;
    return (which == 0 ? p.start : which == 1 ? p.stop : p.step).release();
}

Object* get_start(Object* o) { return part(o, 0); }
Object* get_stop(Object* o) { return part(o, 1); }
Object* get_step(Object* o) { return part(o, 2); }

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
    uint64_t first;       // the first value and the number of values at creation: what
    uint64_t length;      // __reduce__ and __setstate__ count the index from
};

// ---- longrange_iterator: over a range stored as ints ----

TypeObject LongRangeIterType;

struct LongRangeIterObject : Object {
    Object* next;        // ints: the next value, the step (negated for reversed), what is left
    Object* step;
    Object* remaining;
    Object* first;       // ints: the first value and the number of values at creation
    Object* length;
};

Object* long_range_iter_new(RangeObject* r, bool reversed) {
    Parts p;
    if (!parts_of(r, &p)) return nullptr;
    Ref<> first = p.start, step = p.step;
    if (reversed) {
        // start + (length - 1) * step, then back by step.
        Ref<> one = Ref<>::steal(int_from_i64(1));
        Ref<> last = one ? Ref<>::steal(op(p.length.get(), one.get(), BinOp::Sub)) : Ref<>();
        Ref<> offset = last ? Ref<>::steal(op(last.get(), p.step.get(), BinOp::Mul)) : Ref<>();
        first = offset ? Ref<>::steal(op(p.start.get(), offset.get(), BinOp::Add)) : Ref<>();
        step = Ref<>::steal(unary_negative(p.step.get()));
        if (!first || !step) return nullptr;
    }
    auto* it = static_cast<LongRangeIterObject*>(alloc_object(&LongRangeIterType));
    if (it == nullptr) return nullptr;
    it->first = incref(first.get());
    it->length = incref(p.length.get());
    it->next = first.release();
    it->step = step.release();
    it->remaining = p.length.release();
    return it;
}

void long_range_iter_dealloc(Object* o) {
    auto* it = static_cast<LongRangeIterObject*>(o);
    decref(it->next);
    decref(it->step);
    decref(it->remaining);
    decref(it->first);
    decref(it->length);
    free_object(o);
}

Object* long_range_iter_next(Object* o) {
    auto* it = static_cast<LongRangeIterObject*>(o);
    if (int_sign(it->remaining) == 0) return nullptr;
    Ref<> one = Ref<>::steal(int_from_i64(1));
    Ref<> left = one ? Ref<>::steal(op(it->remaining, one.get(), BinOp::Sub)) : Ref<>();
    Ref<> after = Ref<>::steal(op(it->next, it->step, BinOp::Add));
    if (!left || !after) return nullptr;
    Object* value = it->next;
    it->next = after.release();
    decref(it->remaining);
    it->remaining = left.release();
    return value;
}

Object* long_range_iter_length_hint(Object* self, Object* const*, size_t, Object*) {
    return incref(static_cast<LongRangeIterObject*>(self)->remaining);
}

// (iter, (range(first, first + length * step, step),), index): CPython's rangeiter_reduce and
// longrangeiter_reduce, both iterators described by ints.
Object* range_iter_reduction(Object* first, Object* length, Object* step, Object* index) {
    Ref<> span = Ref<>::steal(op(length, step, BinOp::Mul));
    Ref<> stop = span ? Ref<>::steal(op(first, span.get(), BinOp::Add)) : Ref<>();
    Ref<> range = stop ? Ref<>::steal(make_range_obj(&RangeType, first, stop.get(), step)) : Ref<>();
    if (!range) return nullptr;
    return iter_reduce("iter", range.get(), index);
}

Object* long_range_iter_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__reduce__", kwnames) || !arg_none("__reduce__", nargs)) return nullptr;
    auto* it = static_cast<LongRangeIterObject*>(self);
    Ref<> index = Ref<>::steal(op(it->length, it->remaining, BinOp::Sub));
    if (!index) return nullptr;
    return range_iter_reduction(it->first, it->length, it->step, index.get());
}

// CPython: longrangeiter_setstate: the index is clipped to [0, length].
Object* long_range_iter_setstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__setstate__", kwnames) || !arg_exactly_one("__setstate__", nargs)) return nullptr;
    auto* it = static_cast<LongRangeIterObject*>(self);
    Object* index = args[0];
    if (!is_int(index)) return err_set_string(TypeError, "an integer is required");
    Ref<> clipped = Ref<>::steal(int_from_i64(0));
    if (!clipped) return nullptr;
    if (int_sign(index) > 0) {
        int greater = object_rich_compare_bool(index, it->length, CompareOp::Gt);
        if (greater < 0) return nullptr;
        clipped = Ref<>::steal(incref(greater ? it->length : index));
    }
    Ref<> offset = Ref<>::steal(op(clipped.get(), it->step, BinOp::Mul));
    Ref<> next = offset ? Ref<>::steal(op(it->first, offset.get(), BinOp::Add)) : Ref<>();
    Ref<> remaining = Ref<>::steal(op(it->length, clipped.get(), BinOp::Sub));
    if (!next || !remaining) return nullptr;
    decref(it->next);
    it->next = next.release();
    decref(it->remaining);
    it->remaining = remaining.release();
    return incref(None);
}

const MethodDef long_range_iter_methods[] = {
    {"__length_hint__", long_range_iter_length_hint},
    {"__reduce__", long_range_iter_reduce},
    {"__setstate__", long_range_iter_setstate},
    {nullptr, nullptr},
};

// Whether CPython would iterate this int64 range with its int iterator (rangeobject.c, range_iter
// and range_reverse): the length and the value past either end must fit a C long. The type name
// shows, so the choice is CPython's.
bool fits_int_iterator(RangeObject* r, bool reversed) {
    if (r->length > static_cast<uint64_t>(INT64_MAX)) return false;
    int64_t step = r->step;
    if (!reversed) {
        if (r->length == 0) return true;
        return step > 0 ? r->stop <= INT64_MAX - (step - 1) : r->stop >= INT64_MIN + (-1 - step);
    }
    if (step == INT64_MIN) return false;
    uint64_t start = static_cast<uint64_t>(r->start);
    return step > 0 ? start - static_cast<uint64_t>(INT64_MIN) >= static_cast<uint64_t>(step)
                    : static_cast<uint64_t>(INT64_MAX) - start >= 0 - static_cast<uint64_t>(step);
}

Object* range_iter_new(RangeObject* r, bool reversed) {
    if (r->big || !fits_int_iterator(r, reversed)) return long_range_iter_new(r, reversed);
    auto* it = static_cast<RangeIterObject*>(alloc_object(&RangeIterType));
    if (it == nullptr) return nullptr;
    it->remaining = r->length;
    it->length = r->length;
    if (!reversed) {
        it->next = static_cast<uint64_t>(r->start);
        it->step = static_cast<uint64_t>(r->step);
    } else {
        it->next = r->length ? static_cast<uint64_t>(item_at(r, r->length - 1)) : 0;
        it->step = 0 - static_cast<uint64_t>(r->step);
    }
    it->first = it->next;
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

Object* range_iter_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__reduce__", kwnames) || !arg_none("__reduce__", nargs)) return nullptr;
    auto* it = static_cast<RangeIterObject*>(self);
    Ref<> first = Ref<>::steal(int_from_i64(static_cast<int64_t>(it->first)));
    Ref<> length = Ref<>::steal(int_from_u64(it->length));
    Ref<> step = Ref<>::steal(int_from_i64(static_cast<int64_t>(it->step)));
    Ref<> index = Ref<>::steal(int_from_u64(it->length - it->remaining));
    if (!first || !length || !step || !index) return nullptr;
    return range_iter_reduction(first.get(), length.get(), step.get(), index.get());
}

// CPython: rangeiter_setstate: the index is clipped to [0, length].
Object* range_iter_setstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__setstate__", kwnames) || !arg_exactly_one("__setstate__", nargs)) return nullptr;
    auto* it = static_cast<RangeIterObject*>(self);
    ssize index;
    if (!iter_setstate_index(args[0], &index)) return nullptr;
    uint64_t clipped = index < 0 ? 0 : static_cast<uint64_t>(index);
    if (clipped > it->length) clipped = it->length;
    it->remaining = it->length - clipped;
    it->next = it->first + clipped * it->step;
    return incref(None);
}

const MethodDef range_iter_methods[] = {
    {"__length_hint__", range_iter_length_hint},
    {"__reduce__", range_iter_reduce},
    {"__setstate__", range_iter_setstate},
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
    it.flags = kTypePooledAlloc;
    it.dealloc = range_iter_dealloc;
    it.iter = iter_self;
    it.iternext = range_iter_next;
    it.methods = range_iter_methods;
    (void)type_ready(&it);

    TypeObject& lit = LongRangeIterType;
    lit.name = "longrange_iterator";
    lit.basicsize = sizeof(LongRangeIterObject);
    lit.flags = kTypePooledAlloc;
    lit.dealloc = long_range_iter_dealloc;
    lit.iter = iter_self;
    lit.iternext = long_range_iter_next;
    lit.methods = long_range_iter_methods;
    (void)type_ready(&lit);

    init_slice_type();
    init_iterator_types();
}

}  // namespace pygen
