// slice objects and slice_indices, the resolution of a slice against a sequence length that
// every sequence type uses for a[i:j:k].
// CPython counterpart: Objects/sliceobject.c (PySlice_Unpack, PySlice_AdjustIndices).
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

TypeObject SliceType;

namespace {

inline SliceObject* as_slice(Object* o) { return static_cast<SliceObject*>(o); }

constexpr ssize kSsizeMax = PTRDIFF_MAX;
constexpr ssize kSsizeMin = PTRDIFF_MIN;

// A slice bound: None keeps the default, ints and __index__ objects are clipped to ssize.
// CPython: ceval.c, _PyEval_SliceIndex.
bool slice_index(Object* v, ssize* out) {
    if (v == None) return true;
    if (is_int(v)) {
        auto* io = static_cast<IntObject*>(v);
        if (!io->is_big) { *out = clip_to_ssize(io->small); return true; }
    }
    if (!is_index(v)) {
        err_set_string(TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    ssize x = number_as_ssize(v, nullptr);
    if (x == -1 && err_occurred()) return false;
    *out = x;
    return true;
}

}  // namespace

// CPython: sliceobject.c, PySlice_Unpack.
bool slice_unpack(Object* s, ssize* start, ssize* stop, ssize* step) {
    SliceObject* sl = as_slice(s);
    *step = 1;
    if (sl->step != None) {
        if (!slice_index(sl->step, step)) return false;
        if (*step == 0) {
            err_set_string(ValueError, "slice step cannot be zero");
            return false;
        }
        // Keep -step representable.
        if (*step < -kSsizeMax) *step = -kSsizeMax;
    }
    *start = *step < 0 ? kSsizeMax : 0;
    if (!slice_index(sl->start, start)) return false;
    *stop = *step < 0 ? kSsizeMin : kSsizeMax;
    if (!slice_index(sl->stop, stop)) return false;
    return true;
}

// CPython: sliceobject.c, PySlice_AdjustIndices. Returns the slice length.
ssize slice_adjust(ssize length, ssize* start, ssize* stop, ssize step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (0 - step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}


bool slice_indices(Object* slice, ssize length, ssize* start, ssize* stop, ssize* step, ssize* slicelength) {
    if (!slice_unpack(slice, start, stop, step)) return false;
    *slicelength = slice_adjust(length, start, stop, *step);
    return true;
}

namespace {

// A bound of slice_indices_big: an int (via __index__), clipped to [lower, upper] after adding
// length to a negative one.
Object* clip_big_index(Object* v, Object* length, Object* lower, Object* upper) {
    if (!is_index(v))
        return err_set_string(TypeError, "slice indices must be integers or None or have an __index__ method");
    Ref<> i = Ref<>::steal(number_index(v));
    if (!i) return nullptr;
    if (int_sign(i.get()) < 0) {
        i = Ref<>::steal(binary_op(i.get(), length, BinOp::Add));
        if (!i) return nullptr;
        int below = object_rich_compare_bool(i.get(), lower, CompareOp::Lt);
        if (below < 0) return nullptr;
        return below ? incref(lower) : i.release();
    }
    int above = object_rich_compare_bool(i.get(), upper, CompareOp::Gt);
    if (above < 0) return nullptr;
    return above ? incref(upper) : i.release();
}

}  // namespace

// CPython: sliceobject.c, _PySlice_GetLongIndices.
bool slice_indices_big(Object* slice, Object* length, Object** start, Object** stop, Object** step) {
    SliceObject* sl = as_slice(slice);
    Ref<> st;
    if (sl->step == None) {
        st = Ref<>::steal(int_from_i64(1));
    } else {
        if (!is_index(sl->step)) {
            err_set_string(TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        st = Ref<>::steal(number_index(sl->step));
        if (st && int_sign(st.get()) == 0) {
            err_set_string(ValueError, "slice step cannot be zero");
            return false;
        }
    }
    if (!st) return false;
    bool backwards = int_sign(st.get()) < 0;
    Ref<> lower = Ref<>::steal(int_from_i64(backwards ? -1 : 0));
    Ref<> upper = Ref<>::steal(backwards ? binary_op(length, lower.get(), BinOp::Add) : incref(length));
    if (!lower || !upper) return false;
    Ref<> a = Ref<>::steal(sl->start == None ? incref(backwards ? upper.get() : lower.get())
                                             : clip_big_index(sl->start, length, lower.get(), upper.get()));
    if (!a) return false;
    Ref<> b = Ref<>::steal(sl->stop == None ? incref(backwards ? lower.get() : upper.get())
                                            : clip_big_index(sl->stop, length, lower.get(), upper.get()));
    if (!b) return false;
    *start = a.release();
    *stop = b.release();
    *step = st.release();
    return true;
}

Object* slice_new(Object* start, Object* stop, Object* step) {
    auto* s = static_cast<SliceObject*>(alloc_object(&SliceType));
    if (s == nullptr) return nullptr;
    s->start = incref(start ? start : None);
    s->stop = incref(stop ? stop : None);
    s->step = incref(step ? step : None);
    return s;
}

namespace {

void slice_dealloc(Object* o) {
    SliceObject* s = as_slice(o);
    xdecref(s->start);
    xdecref(s->stop);
    xdecref(s->step);
    free_object(o);
}

void slice_traverse(Object* o, VisitFn visit, void* arg) {
    SliceObject* s = as_slice(o);
    if (s->start) visit(s->start, arg);
    if (s->stop) visit(s->stop, arg);
    if (s->step) visit(s->step, arg);
}

Object* slice_repr(Object* o) {
    SliceObject* s = as_slice(o);
    std::string out = "slice(";
    Object* parts[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; ++i) {
        Object* r = object_repr(parts[i]);
        if (r == nullptr) return nullptr;
        if (i) out += ", ";
        out += str_view(r);
        decref(r);
    }
    out += ")";
    return str_from(out);
}

Object* slice_as_tuple(Object* o) {
    SliceObject* s = as_slice(o);
    return tuple_pack({s->start, s->stop, s->step});
}

Object* slice_richcompare(Object* v, Object* w, CompareOp op) {
    if (!is_slice(v) || !is_slice(w)) return incref(NotImplemented);
    if (v == w) {
        bool r = op == CompareOp::Eq || op == CompareOp::Le || op == CompareOp::Ge;
        return bool_from(r);
    }
    Object* a = slice_as_tuple(v);
    if (a == nullptr) return nullptr;
    Object* b = slice_as_tuple(w);
    if (b == nullptr) { decref(a); return nullptr; }
    Object* r = object_rich_compare(a, b, op);
    decref(a);
    decref(b);
    return r;
}

Object* slice_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("slice", kwnames) || !arg_count("slice", nargs, 1, 3)) return nullptr;
    if (nargs == 1) return slice_new(nullptr, args[0], nullptr);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : nullptr);
}

// slice.indices(length) -> (start, stop, step), all resolved for a sequence of that length.
Object* m_indices(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("slice.indices", kwnames) || !arg_exactly_one("slice.indices", nargs)) return nullptr;
    Ref<> length = Ref<>::steal(number_index(args[0]));
    if (!length) return nullptr;
    if (int_sign(length.get()) < 0) return err_set_string(ValueError, "length should not be negative");
    Object *start, *stop, *step;
    if (!slice_indices_big(self, length.get(), &start, &stop, &step)) return nullptr;
    Object* r = tuple_pack({start, stop, step});
    decref(start);
    decref(stop);
    decref(step);
    return r;
}

Object* m_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_none("slice.__reduce__", nargs)) return nullptr;
    Object* t = slice_as_tuple(self);
    if (t == nullptr) return nullptr;
    Object* r = tuple_pack({&SliceType, t});
    decref(t);
    return r;
}

Object* get_start(Object* o) { return incref(as_slice(o)->start); }
Object* get_stop(Object* o) { return incref(as_slice(o)->stop); }
Object* get_step(Object* o) { return incref(as_slice(o)->step); }

const MethodDef slice_methods[] = {
    {"indices", m_indices},
    {"__reduce__", m_reduce},
    {nullptr, nullptr},
};

const GetSetDef slice_getset[] = {
    {"start", get_start},
    {"stop", get_stop},
    {"step", get_step},
    {nullptr, nullptr},
};

}  // namespace

// Called from init_range_types (range.cpp), which owns this file's family in range.h.
void init_slice_type() {
    TypeObject& t = SliceType;
    t.name = "slice";
    t.basicsize = sizeof(SliceObject);
    t.flags = kTypeGC | kTypePooledAlloc;
    t.dealloc = slice_dealloc;
    t.repr = slice_repr;
    t.hash = hash_not_implemented;   // slices became hashable only in 3.12
    t.richcompare = slice_richcompare;
    t.tp_new = slice_tp_new;
    t.traverse = slice_traverse;
    t.methods = slice_methods;
    t.getset = slice_getset;
    (void)type_ready(&t);
}

}  // namespace pygen
