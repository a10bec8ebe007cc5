// tuple and tuple_iterator: one-block allocation, the empty-tuple singleton, per-size free lists,
// CPython's xxHash-based hash, lexicographic comparison, slicing, concatenation and repetition.
// Also the argument-check helpers shared by the container files (declared in tuple.h).
// Leaves slot wrappers (__len__, __getitem__ as Python methods) to type_ready.
// CPython counterpart: Objects/tupleobject.c.
#include "objects/tuple.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/type_impl.h"   // object_init: no __init__ of its own
#include "objects/errors.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str.h"
#include "vm/gc.h"
#include "vm/thread_state.h"

namespace pygen {

TypeObject TupleType;
TypeObject TupleIterType;

// ---- Argument checks shared by the container files ----

bool arg_exactly_one_fail(const char* qualname, size_t nargs) {
    err_format(TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
    return false;
}

bool arg_none_fail(const char* qualname, size_t nargs) {
    err_format(TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
    return false;
}

bool arg_count_fail(const char* name, size_t nargs, size_t min, size_t max) {
    if (min == max) {
        err_format(TypeError, "%s expected %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs);
    } else if (nargs < min) {
        err_format(TypeError, "%s expected at least %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs);
    } else {
        err_format(TypeError, "%s expected at most %zu argument%s, got %zu", name, max, max == 1 ? "" : "s", nargs);
    }
    return false;
}

bool arg_slice_index(Object* o, ssize* out) {
    if (!is_index(o)) {
        err_set_string(TypeError, "slice indices must be integers or have an __index__ method");
        return false;
    }
    ssize v = number_as_ssize(o, nullptr);   // clips, as CPython does for slice bounds
    if (v == -1 && err_occurred()) return false;
    *out = v;
    return true;
}

bool arg_index_ssize(Object* o, ssize* out) {
    if (is_int(o)) return int_as_ssize(o, out);
    Object* i = number_index(o);
    if (i == nullptr) return false;
    bool ok = int_as_ssize(i, out);
    decref(i);
    return ok;
}

// ---- Allocation ----
// Exact tuples come from gc_alloc (a GC header in front, vm/gc.h) with a free list per small size
// (the VM builds tuples constantly); a parked block keeps its header, untracked.
// Subclass instances get type->basicsize plus room for the items; see tuple_alloc.

namespace {

constexpr ssize kFreeListSizes = 20;      // sizes 1..19 are pooled
constexpr int kFreeListMax = 2000;        // per size
TupleObject* free_list[kFreeListSizes];   // chained through items[0]
int free_count[kFreeListSizes];
TupleObject* empty_tuple;                 // immortal singleton

size_t tuple_bytes(ssize n) {
    // items is the last member and pointer-aligned, so it starts one slot before the end.
    size_t bytes = sizeof(TupleObject) - sizeof(Object*) + static_cast<size_t>(n) * sizeof(Object*);
    return bytes < sizeof(TupleObject) ? sizeof(TupleObject) : bytes;
}

// Returns a tuple of `type` with n null items, or null with MemoryError.
TupleObject* tuple_alloc(TypeObject* type, ssize n) {
    if (n < 0 || static_cast<size_t>(n) > (SIZE_MAX - 64) / sizeof(Object*) / 2) {
        err_no_memory();
        return nullptr;
    }
    TupleObject* t;
    if (type == &TupleType) {
        if (n < kFreeListSizes && free_list[n] != nullptr) {
            t = free_list[n];
            free_list[n] = reinterpret_cast<TupleObject*>(t->items[0]);
            --free_count[n];
            t->items[0] = nullptr;
            gc_header(t)->prev = 0;   // a new object: not "finalised"
        } else {
            t = static_cast<TupleObject*>(gc_alloc(tuple_bytes(n)));
            if (t == nullptr) { err_no_memory(); return nullptr; }
        }
    } else {
        // Subclass instance: the items sit at the same offset as in exact tuples, so a subclass
        // slot placed right after TupleObject (a __dict__) would overlap items[1..].
        // TODO(#tuple-subclass-dict): type.cpp must place such slots outside the item area.
        size_t bytes = type->basicsize + static_cast<size_t>(n) * sizeof(Object*);
        t = static_cast<TupleObject*>(gc_alloc(bytes));
        if (t == nullptr) { err_no_memory(); return nullptr; }
        if (type_has(type, kTypeHeap)) incref(type);
    }
    t->refcnt = 1;
    t->type = type;
    t->size = n;
    // Tracked from the start, as CPython's; a collection untracks exact tuples it finds holding
    // only atomic values (vm/gc.cpp). Items still null are skipped by both.
    gc_track(t);
    return t;
}

void tuple_dealloc(Object* o) {
    auto* t = static_cast<TupleObject*>(o);
    // Each slot is emptied as its item is released, so a parked block is already all null
    // (a memset here, for the one- and two-item tuples exceptions and calls make all the
    // time, compiled to `rep stos`: a fifth of an exception-heavy program's time).
    for (ssize i = 0; i < t->size; ++i) {
        Object* item = t->items[i];
        t->items[i] = nullptr;
        xdecref(item);
    }
    TypeObject* type = t->type;
    if (type == &TupleType) {
        ssize n = t->size;
        if (n > 0 && n < kFreeListSizes && free_count[n] < kFreeListMax) {
            t->items[0] = reinterpret_cast<Object*>(free_list[n]);
            free_list[n] = t;
            ++free_count[n];
            return;
        }
        gc_free(t);
        return;
    }
    gc_free(t);
    if (type_has(type, kTypeHeap)) decref(type);
}

void tuple_traverse(Object* o, VisitFn visit, void* arg) {
    auto* t = static_cast<TupleObject*>(o);
    for (ssize i = 0; i < t->size; ++i)
        if (t->items[i]) visit(t->items[i], arg);
}

}  // namespace

Object* tuple_new(ssize size) {
    if (size == 0 && empty_tuple != nullptr) return incref(empty_tuple);
    return tuple_alloc(&TupleType, size);
}

Object* tuple_pack(std::initializer_list<Object*> items) {
    Object* t = tuple_new(static_cast<ssize>(items.size()));
    if (t == nullptr) return nullptr;
    ssize i = 0;
    for (Object* item : items) tuple_items(t)[i++] = incref(item);
    return t;
}

Object* tuple_from_array(Object* const* items, ssize n) {
    Object* t = tuple_new(n);
    if (t == nullptr) return nullptr;
    Object** dst = tuple_items(t);
    for (ssize i = 0; i < n; ++i) dst[i] = incref(items[i]);
    return t;
}

Object* tuple_slice(Object* t, ssize lo, ssize hi) {
    ssize n = tuple_size(t);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    if (lo == 0 && hi == n && is_tuple_exact(t)) return incref(t);
    return tuple_from_array(tuple_items(t) + lo, hi - lo);
}

namespace {

// ---- Slots ----

Object* tuple_repr(Object* o) {
    ssize n = tuple_size(o);
    if (n == 0) return str_from("()");
    int status = repr_enter(o);
    if (status != 0) return status > 0 ? str_from("(...)") : nullptr;
    std::string out = "(";
    for (ssize i = 0; i < n; ++i) {
        if (i > 0) out += ", ";
        if (!enter_recursive_call(" while getting the repr of an object")) { repr_leave(o); return nullptr; }
        Object* r = object_repr(tuple_item(o, i));
        leave_recursive_call();
        if (r == nullptr) { repr_leave(o); return nullptr; }
        out += str_view(r);
        decref(r);
    }
    out += n == 1 ? ",)" : ")";
    repr_leave(o);
    return str_from(out);
}

// CPython: tupleobject.c, tuplehash (xxHash's round over the items' hashes).
constexpr uint64_t kXXPrime1 = 11400714785074694791ULL;
constexpr uint64_t kXXPrime2 = 14029467366897019727ULL;
constexpr uint64_t kXXPrime5 = 2870177450012600261ULL;

int64_t tuple_hash(Object* o) {
    ssize n = tuple_size(o);
    uint64_t acc = kXXPrime5;
    for (ssize i = 0; i < n; ++i) {
        int64_t lane = object_hash(tuple_item(o, i));
        if (lane == -1) return -1;
        acc += static_cast<uint64_t>(lane) * kXXPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kXXPrime1;
    }
    acc += static_cast<uint64_t>(n) ^ (kXXPrime5 ^ 3527539UL);
    if (acc == static_cast<uint64_t>(-1)) return 1546275796;
    return static_cast<int64_t>(acc);
}

Object* tuple_richcompare(Object* v, Object* w, CompareOp op) {
    if (!is_tuple(v) || !is_tuple(w)) return incref(NotImplemented);
    ssize vn = tuple_size(v), wn = tuple_size(w);
    ssize i = 0;
    for (; i < vn && i < wn; ++i) {
        int k = object_rich_compare_bool(tuple_item(v, i), tuple_item(w, i), CompareOp::Eq);
        if (k < 0) return nullptr;
        if (!k) break;
    }
    if (i >= vn || i >= wn) {
        bool r = false;
        switch (op) {
            case CompareOp::Lt: r = vn < wn; break;
            case CompareOp::Le: r = vn <= wn; break;
            case CompareOp::Eq: r = vn == wn; break;
            case CompareOp::Ne: r = vn != wn; break;
            case CompareOp::Gt: r = vn > wn; break;
            case CompareOp::Ge: r = vn >= wn; break;
        }
        return bool_from(r);
    }
    if (op == CompareOp::Eq) return bool_from(false);
    if (op == CompareOp::Ne) return bool_from(true);
    return object_rich_compare(tuple_item(v, i), tuple_item(w, i), op);
}

ssize tuple_length(Object* o) { return tuple_size(o); }

Object* tuple_subscript(Object* o, Object* key) {
    ssize n = tuple_size(o);
    if (is_int(key)) {
        auto* io = static_cast<IntObject*>(key);
        ssize i;
        if (!io->is_big) {
            i = io->small;
        } else {
            i = number_as_ssize(key, IndexError);
            if (i == -1 && err_occurred()) return nullptr;
        }
        if (i < 0) i += n;
        if (static_cast<size_t>(i) >= static_cast<size_t>(n))
            return err_set_string(IndexError, "tuple index out of range");
        return incref(tuple_item(o, i));
    }
    if (is_slice(key)) {
        ssize start, stop, step, len;
        if (!slice_indices(key, n, &start, &stop, &step, &len)) return nullptr;
        if (step == 1) return tuple_slice(o, start, stop);
        Object* r = tuple_new(len);
        if (r == nullptr) return nullptr;
        for (ssize k = 0; k < len; ++k) tuple_items(r)[k] = incref(tuple_item(o, start + k * step));
        return r;
    }
    if (is_index(key)) {
        ssize i = number_as_ssize(key, IndexError);
        if (i == -1 && err_occurred()) return nullptr;
        if (i < 0) i += n;
        if (static_cast<size_t>(i) >= static_cast<size_t>(n))
            return err_set_string(IndexError, "tuple index out of range");
        return incref(tuple_item(o, i));
    }
    return err_format(TypeError, "tuple indices must be integers or slices, not %T", key);
}

int tuple_contains(Object* o, Object* item) {
    ssize n = tuple_size(o);
    for (ssize i = 0; i < n; ++i) {
        int k = object_rich_compare_bool(tuple_item(o, i), item, CompareOp::Eq);
        if (k != 0) return k;
    }
    return 0;
}

// The Add slot: concatenation when the left operand is a tuple. As the right operand we defer, so
// the left operand's own message ("can only concatenate list ...") or the generic one is raised.
Object* tuple_concat(Object* a, Object* b) {
    if (!is_tuple(a)) return incref(NotImplemented);
    if (!is_tuple(b)) {
        BinaryFn other = b->type->nb[static_cast<int>(BinOp::Add)];
        if (other != nullptr && other != tuple_concat) return incref(NotImplemented);
        return err_format(TypeError, "can only concatenate tuple (not \"%T\") to tuple", b);
    }
    ssize an = tuple_size(a), bn = tuple_size(b);
    if (bn == 0 && is_tuple_exact(a)) return incref(a);
    if (an == 0 && is_tuple_exact(b)) return incref(b);
    Object* r = tuple_new(an + bn);
    if (r == nullptr) return nullptr;
    Object** dst = tuple_items(r);
    for (ssize i = 0; i < an; ++i) dst[i] = incref(tuple_item(a, i));
    for (ssize i = 0; i < bn; ++i) dst[an + i] = incref(tuple_item(b, i));
    return r;
}

Object* tuple_repeat_n(Object* t, ssize count) {
    ssize n = tuple_size(t);
    if (count < 0) count = 0;
    if (count == 1 && is_tuple_exact(t)) return incref(t);
    if (n == 0 || count == 0) return tuple_new(0);
    if (n > PTRDIFF_MAX / static_cast<ssize>(sizeof(Object*)) / count) return err_no_memory();
    Object* r = tuple_new(n * count);
    if (r == nullptr) return nullptr;
    Object** dst = tuple_items(r);
    for (ssize c = 0; c < count; ++c)
        for (ssize i = 0; i < n; ++i) *dst++ = incref(tuple_item(t, i));
    return r;
}

// The Mul slot, called as (tuple, n) or (n, tuple). As the left operand we let another type's
// reflected __rmul__ run before raising CPython's sequence-repeat message.
Object* tuple_mul(Object* a, Object* b) {
    bool left = is_tuple(a);
    Object* seq = left ? a : b;
    Object* count = left ? b : a;
    if (!is_index(count)) {
        BinaryFn other = count->type->nb[static_cast<int>(BinOp::Mul)];
        if (left && other != nullptr && other != tuple_mul) return incref(NotImplemented);
        return err_format(TypeError, "can't multiply sequence by non-int of type '%T'", count);
    }
    ssize n = number_as_ssize(count, OverflowError);
    if (n == -1 && err_occurred()) return nullptr;
    return tuple_repeat_n(seq, n);
}

Object* tuple_iter(Object* o);

// ---- Methods ----

Object* tuple_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("tuple.count", kwnames) || !arg_exactly_one("tuple.count", nargs)) return nullptr;
    ssize count = 0, n = tuple_size(self);
    for (ssize i = 0; i < n; ++i) {
        int k = object_rich_compare_bool(tuple_item(self, i), args[0], CompareOp::Eq);
        if (k < 0) return nullptr;
        count += k;
    }
    return int_from_i64(count);
}

Object* tuple_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("index", kwnames) || !arg_count("index", nargs, 1, 3)) return nullptr;
    ssize n = tuple_size(self);
    ssize start = 0, stop = PTRDIFF_MAX;
    if (nargs >= 2 && !arg_slice_index(args[1], &start)) return nullptr;
    if (nargs >= 3 && !arg_slice_index(args[2], &stop)) return nullptr;
    if (start < 0) { start += n; if (start < 0) start = 0; }
    if (stop < 0) { stop += n; } else if (stop > n) { stop = n; }
    for (ssize i = start; i < stop && i < tuple_size(self); ++i) {
        int k = object_rich_compare_bool(tuple_item(self, i), args[0], CompareOp::Eq);
        if (k < 0) return nullptr;
        if (k) return int_from_i64(i);
    }
    return err_set_string(ValueError, "tuple.index(x): x not in tuple");
}

Object* tuple_getnewargs(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("tuple.__getnewargs__", kwnames) || !arg_none("tuple.__getnewargs__", nargs)) return nullptr;
    Object* copy = tuple_from_array(tuple_items(self), tuple_size(self));
    if (copy == nullptr) return nullptr;
    Object* r = tuple_pack({copy});
    decref(copy);
    return r;
}

// tuple(iterable); subclasses get a copy of the items in an instance of their own type.
Object* tuple_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    // A subclass with its own __init__ may take keywords: they are for it (CPython: tuple_new).
    if ((type == &TupleType || type->tp_init == object_init) && !arg_no_kwargs("tuple", kwnames)) return nullptr;
    if (!arg_count("tuple", nargs, 0, 1)) return nullptr;
    Object* base;
    if (nargs == 0) {
        base = tuple_new(0);
    } else if (type == &TupleType && is_tuple_exact(args[0])) {
        return incref(args[0]);
    } else {
        base = sequence_tuple(args[0]);
    }
    if (base == nullptr || type == &TupleType) return base;
    ssize n = tuple_size(base);
    TupleObject* r = tuple_alloc(type, n);
    if (r == nullptr) { decref(base); return nullptr; }
    for (ssize i = 0; i < n; ++i) r->items[i] = incref(tuple_item(base, i));
    decref(base);
    return r;
}

const MethodDef tuple_methods[] = {
    {"count", tuple_count},
    {"index", tuple_index},
    {"__getnewargs__", tuple_getnewargs},
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {nullptr, nullptr},
};

// ---- tuple_iterator ----

struct TupleIterObject : Object {
    ssize index;
    Object* seq;   // strong; null once exhausted
};

void tuple_iter_dealloc(Object* o) {
    auto* it = static_cast<TupleIterObject*>(o);
    xdecref(it->seq);
    free_object(o);
}

void tuple_iter_traverse(Object* o, VisitFn visit, void* arg) {
    auto* it = static_cast<TupleIterObject*>(o);
    if (it->seq) visit(it->seq, arg);
}

int tuple_iter_clear(Object* o) {
    clearref(static_cast<TupleIterObject*>(o)->seq);
    return 0;
}

Object* tuple_iter_self(Object* o) { return incref(o); }

Object* tuple_iter_next(Object* o) {
    auto* it = static_cast<TupleIterObject*>(o);
    Object* seq = it->seq;
    if (seq == nullptr) return nullptr;
    if (it->index < tuple_size(seq)) return incref(tuple_item(seq, it->index++));
    it->seq = nullptr;
    decref(seq);
    return nullptr;
}

Object* tuple_iter_length_hint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    auto* it = static_cast<TupleIterObject*>(self);
    ssize n = it->seq ? tuple_size(it->seq) - it->index : 0;
    return int_from_i64(n < 0 ? 0 : n);
}

// CPython: tupleobject.c, tupleiter_reduce / tupleiter_setstate.
Object* tuple_iter_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__reduce__", kwnames) || !arg_none("__reduce__", nargs)) return nullptr;
    auto* it = static_cast<TupleIterObject*>(self);
    if (it->seq == nullptr) return iter_reduce("iter", empty_tuple, nullptr);
    Object* index = int_from_i64(it->index);
    if (index == nullptr) return nullptr;
    Object* res = iter_reduce("iter", it->seq, index);
    decref(index);
    return res;
}

Object* tuple_iter_setstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__setstate__", kwnames) || !arg_exactly_one("__setstate__", nargs)) return nullptr;
    auto* it = static_cast<TupleIterObject*>(self);
    ssize index;
    if (!iter_setstate_index(args[0], &index)) return nullptr;
    if (it->seq != nullptr) {
        ssize size = tuple_size(it->seq);
        it->index = index < 0 ? 0 : (index > size ? size : index);
    }
    return incref(None);
}

const MethodDef tuple_iter_methods[] = {
    {"__length_hint__", tuple_iter_length_hint},
    {"__reduce__", tuple_iter_reduce},
    {"__setstate__", tuple_iter_setstate},
    {nullptr, nullptr},
};

Object* tuple_iter(Object* o) {
    auto* it = static_cast<TupleIterObject*>(alloc_object(&TupleIterType));
    if (it == nullptr) return nullptr;
    it->index = 0;
    it->seq = incref(o);
    return it;
}

}  // namespace

void init_tuple_type() {
    if (empty_tuple == nullptr) {
        empty_tuple = static_cast<TupleObject*>(gc_alloc(sizeof(TupleObject)));   // never tracked
        empty_tuple->refcnt = 1;   // held by the singleton pointer forever
        empty_tuple->type = &TupleType;
        empty_tuple->size = 0;
    }
    TypeObject& t = TupleType;
    t.name = "tuple";
    t.basicsize = sizeof(TupleObject);
    t.flags = kTypeBaseType | kTypeGC | kTypeTupleSubclass;
    t.dealloc = tuple_dealloc;
    t.repr = tuple_repr;
    t.hash = tuple_hash;
    t.richcompare = tuple_richcompare;
    t.iter = tuple_iter;
    t.tp_new = tuple_tp_new;
    t.traverse = tuple_traverse;   // no clear slot: tuples are immutable, cycles break elsewhere (as CPython)
    t.nb[static_cast<int>(BinOp::Add)] = tuple_concat;
    t.nb[static_cast<int>(BinOp::Mul)] = tuple_mul;
    t.len = tuple_length;
    t.getitem = tuple_subscript;
    t.contains = tuple_contains;
    t.methods = tuple_methods;
    (void)type_ready(&t);

    TypeObject& it = TupleIterType;
    it.name = "tuple_iterator";
    it.basicsize = sizeof(TupleIterObject);
    it.flags = kTypeGC | kTypePooledAlloc;
    it.dealloc = tuple_iter_dealloc;
    it.traverse = tuple_iter_traverse;
    it.clear = tuple_iter_clear;
    it.iter = tuple_iter_self;
    it.iternext = tuple_iter_next;
    it.methods = tuple_iter_methods;
    (void)type_ready(&it);
}

}  // namespace pygen
