// The built-in iterator types not tied to one container: enumerate, zip, map, filter, reversed,
// the sequence iterator behind iter() on __getitem__-only objects, and callable_iterator for
// iter(f, sentinel). The builtins module exposes the types; iter() calls seq_iter_new/call_iter_new.
// CPython counterparts: Objects/enumobject.c, Objects/iterobject.c, Python/bltinmodule.c.
#include <vector>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/gc.h"

namespace pygen {

TypeObject EnumerateType;
TypeObject ZipType;
TypeObject MapType;
TypeObject FilterType;
TypeObject ReversedType;
TypeObject SeqIterType;
TypeObject CallIterType;

namespace {

Object* iter_self(Object* o) { return incref(o); }

// Ends an iteration step whose inner iterator returned null: StopIteration leaking out of a
// Python-level __next__ counts as exhaustion. Returns true when the failure is a real error.
bool real_error() {
    if (err_occurred() == nullptr) return false;
    if (err_matches(StopIteration)) { err_clear(); return false; }
    return true;
}

inline Object* next_of(Object* it) {
    UnaryFn fn = it->type->iternext;
    return fn ? fn(it) : iter_next(it);
}

// map() and filter() take no keywords, nor do their subclasses unless they define an __init__
// (which might want some), as CPython's checks of tp_init.
bool refuses_kwargs(TypeObject* type, TypeObject* base) {
    return type == base || type_lookup_str(type, "__init__") == type_lookup_str(&ObjectType, "__init__");
}

// Refills `*cache` in place when nobody else holds it, else makes a fresh tuple (CPython's trick
// for enumerate/zip/dict.items). Steals the items.
Object* reuse_tuple(Object** cache, Object* const* items, ssize n) {
    Object* r = *cache;
    if (r != nullptr && r->refcnt == 1) {
        for (ssize i = 0; i < n; ++i) {
            Object* old = tuple_items(r)[i];
            tuple_items(r)[i] = items[i];
            decref(old);
        }
        gc_track(r);   // a collection may have untracked it while it held atomic values
        return incref(r);
    }
    r = tuple_new(n);
    if (r == nullptr) {
        for (ssize i = 0; i < n; ++i) decref(items[i]);
        return nullptr;
    }
    for (ssize i = 0; i < n; ++i) tuple_items(r)[i] = items[i];
    setref(*cache, incref(r));
    return r;
}

// Keyword arguments of a constructor: matches names against `names`, filling out[] after the
// positionals. Raises CPython's messages for unknown or duplicate names.
bool bind_kwargs(const char* fname, Object* const* args, size_t nargs, Object* kwnames,
                 std::initializer_list<const char*> names, Object** out) {
    if (kwnames == nullptr) return true;
    for (ssize k = 0; k < tuple_size(kwnames); ++k) {
        Object* name = tuple_item(kwnames, k);
        size_t pos = 0;
        bool found = false;
        for (const char* n : names) {
            if (str_view(name) == n) { found = true; break; }
            ++pos;
        }
        if (!found) {
            err_format(TypeError, "'%S' is an invalid keyword argument for %s()", name, fname);
            return false;
        }
        if (pos < nargs || out[pos] != nullptr) {
            err_format(TypeError, "argument for %s() given by name ('%S') and position (%zu)", fname, name, pos + 1);
            return false;
        }
        out[pos] = args[nargs + static_cast<size_t>(k)];
    }
    return true;
}

// ---- enumerate ----

struct EnumerateObject : Object {
    ssize index;          // next count while it fits
    Object* it;           // strong
    Object* long_index;   // strong int once counting left ssize, else null
    Object* result;       // reused (index, item) tuple, may be null
};

Object* enumerate_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs > 2) return err_format(TypeError, "enumerate() takes at most 2 arguments (%zu given)", nargs + (kwnames ? tuple_size(kwnames) : 0));
    Object* bound[2] = {nargs > 0 ? args[0] : nullptr, nargs > 1 ? args[1] : nullptr};
    if (!bind_kwargs("enumerate", args, nargs, kwnames, {"iterable", "start"}, bound)) return nullptr;
    if (bound[0] == nullptr) return err_set_string(TypeError, "enumerate() missing required argument 'iterable'");
    ssize index = 0;
    Object* long_index = nullptr;
    if (bound[1] != nullptr) {
        Object* start = number_index(bound[1]);
        if (start == nullptr) return nullptr;
        int64_t v;
        if (int_as_i64(start, &v) && v < PTRDIFF_MAX) {
            index = v;
            decref(start);
        } else {
            long_index = start;
        }
    }
    Object* it = object_iter(bound[0]);
    if (it == nullptr) { xdecref(long_index); return nullptr; }
    auto* e = static_cast<EnumerateObject*>(alloc_object(type));
    if (e == nullptr) { decref(it); xdecref(long_index); return nullptr; }
    e->index = index;
    e->it = it;
    e->long_index = long_index;
    e->result = nullptr;
    return e;
}

void enumerate_dealloc(Object* o) {
    auto* e = static_cast<EnumerateObject*>(o);
    xdecref(e->it);
    xdecref(e->long_index);
    xdecref(e->result);
    free_object(o);
}

void enumerate_traverse(Object* o, VisitFn visit, void* arg) {
    auto* e = static_cast<EnumerateObject*>(o);
    if (e->it) visit(e->it, arg);
    if (e->long_index) visit(e->long_index, arg);
    if (e->result) visit(e->result, arg);
}

int enumerate_clear(Object* o) {
    auto* e = static_cast<EnumerateObject*>(o);
    clearref(e->it);
    clearref(e->long_index);
    clearref(e->result);
    return 0;
}

Object* enumerate_next(Object* o) {
    auto* e = static_cast<EnumerateObject*>(o);
    if (e->it == nullptr) return nullptr;
    Object* item = next_of(e->it);
    if (item == nullptr) return nullptr;
    Object* idx;
    if (e->long_index == nullptr && e->index < PTRDIFF_MAX) {
        idx = int_from_i64(e->index++);
    } else {
        if (e->long_index == nullptr) e->long_index = int_from_i64(e->index);
        Object* one = int_from_i64(1);
        Object* nxt = (e->long_index && one) ? binary_op(e->long_index, one, BinOp::Add) : nullptr;
        xdecref(one);
        if (nxt == nullptr) { decref(item); return nullptr; }
        idx = e->long_index;   // hand over our reference
        e->long_index = nxt;
    }
    if (idx == nullptr) { decref(item); return nullptr; }
    Object* pair[2] = {idx, item};
    return reuse_tuple(&e->result, pair, 2);
}

// ---- zip ----

struct ZipObject : Object {
    Object* iters;    // strong tuple of iterators
    Object* result;   // reused tuple, may be null
    bool strict;
};

Object* zip_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    bool strict = false;
    if (kwnames != nullptr) {
        for (ssize k = 0; k < tuple_size(kwnames); ++k) {
            Object* name = tuple_item(kwnames, k);
            if (str_view(name) != "strict")
                return err_format(TypeError, "'%S' is an invalid keyword argument for zip()", name);
            int t = object_is_true(args[nargs + static_cast<size_t>(k)]);
            if (t < 0) return nullptr;
            strict = t != 0;
        }
    }
    Object* iters = tuple_new(static_cast<ssize>(nargs));
    if (iters == nullptr) return nullptr;
    for (size_t i = 0; i < nargs; ++i) {
        Object* it = object_iter(args[i]);
        if (it == nullptr) {
            for (size_t j = i; j < nargs; ++j) tuple_items(iters)[j] = incref(None);
            decref(iters);
            return nullptr;
        }
        tuple_items(iters)[i] = it;
    }
    auto* z = static_cast<ZipObject*>(alloc_object(type));
    if (z == nullptr) { decref(iters); return nullptr; }
    z->iters = iters;
    z->result = nullptr;
    z->strict = strict;
    return z;
}

void zip_dealloc(Object* o) {
    auto* z = static_cast<ZipObject*>(o);
    xdecref(z->iters);
    xdecref(z->result);
    free_object(o);
}

void zip_traverse(Object* o, VisitFn visit, void* arg) {
    auto* z = static_cast<ZipObject*>(o);
    if (z->iters) visit(z->iters, arg);
    if (z->result) visit(z->result, arg);
}

int zip_clear(Object* o) {
    auto* z = static_cast<ZipObject*>(o);
    clearref(z->iters);
    clearref(z->result);
    return 0;
}

// CPython: bltinmodule.c, zip_next (strict checks included).
Object* zip_next(Object* o) {
    auto* z = static_cast<ZipObject*>(o);
    if (z->iters == nullptr) return nullptr;
    ssize n = tuple_size(z->iters);
    if (n == 0) return nullptr;
    Object* small[8];
    std::vector<Object*> big;
    Object** items = small;
    if (n > 8) { big.resize(static_cast<size_t>(n)); items = big.data(); }
    for (ssize i = 0; i < n; ++i) {
        Object* iter = tuple_item(z->iters, i);
        Object* item = iter->type == &ListIterType ? list_iter_step(iter) : next_of(iter);
        if (item != nullptr) { items[i] = item; continue; }
        for (ssize j = 0; j < i; ++j) decref(items[j]);
        if (real_error()) return nullptr;
        if (!z->strict) return nullptr;
        const char* plural = i == 1 ? " " : "s 1-";
        if (i > 0)
            return err_format(ValueError, "zip() argument %zd is shorter than argument%s%zd", i + 1, plural, i);
        for (ssize k = 1; k < n; ++k) {
            Object* extra = next_of(tuple_item(z->iters, k));
            if (extra != nullptr) {
                decref(extra);
                const char* pl = k == 1 ? " " : "s 1-";
                return err_format(ValueError, "zip() argument %zd is longer than argument%s%zd", k + 1, pl, k);
            }
            if (real_error()) return nullptr;
        }
        return nullptr;
    }
    return reuse_tuple(&z->result, items, n);
}

// ---- map ----

struct MapObject : Object {
    Object* func;     // strong
    Object* iters;    // strong tuple of iterators
};

Object* map_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (refuses_kwargs(type, &MapType) && !arg_no_kwargs("map", kwnames)) return nullptr;
    if (nargs < 2) return err_set_string(TypeError, "map() must have at least two arguments.");
    Object* iters = tuple_new(static_cast<ssize>(nargs - 1));
    if (iters == nullptr) return nullptr;
    for (size_t i = 1; i < nargs; ++i) {
        Object* it = object_iter(args[i]);
        if (it == nullptr) {
            for (size_t j = i; j < nargs; ++j) tuple_items(iters)[j - 1] = incref(None);
            decref(iters);
            return nullptr;
        }
        tuple_items(iters)[i - 1] = it;
    }
    auto* m = static_cast<MapObject*>(alloc_object(type));
    if (m == nullptr) { decref(iters); return nullptr; }
    m->func = incref(args[0]);
    m->iters = iters;
    return m;
}

void map_dealloc(Object* o) {
    auto* m = static_cast<MapObject*>(o);
    xdecref(m->func);
    xdecref(m->iters);
    free_object(o);
}

void map_traverse(Object* o, VisitFn visit, void* arg) {
    auto* m = static_cast<MapObject*>(o);
    if (m->func) visit(m->func, arg);
    if (m->iters) visit(m->iters, arg);
}

int map_clear(Object* o) {
    auto* m = static_cast<MapObject*>(o);
    clearref(m->func);
    clearref(m->iters);
    return 0;
}

Object* map_next(Object* o) {
    auto* m = static_cast<MapObject*>(o);
    if (m->iters == nullptr) return nullptr;
    ssize n = tuple_size(m->iters);
    Object* small[8];
    std::vector<Object*> big;
    Object** items = small;
    if (n > 8) { big.resize(static_cast<size_t>(n)); items = big.data(); }
    for (ssize i = 0; i < n; ++i) {
        Object* item = next_of(tuple_item(m->iters, i));
        if (item == nullptr) {
            for (ssize j = 0; j < i; ++j) decref(items[j]);
            (void)real_error();   // leaves a real error pending for the caller
            return nullptr;
        }
        items[i] = item;
    }
    Object* r = call(m->func, items, static_cast<size_t>(n));
    for (ssize i = 0; i < n; ++i) decref(items[i]);
    return r;
}

// ---- filter ----

struct FilterObject : Object {
    Object* func;     // strong; None (or bool) means "truth of the item"
    Object* it;       // strong
};

Object* filter_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (refuses_kwargs(type, &FilterType) && !arg_no_kwargs("filter", kwnames)) return nullptr;
    if (!arg_count("filter", nargs, 2, 2)) return nullptr;
    Object* it = object_iter(args[1]);
    if (it == nullptr) return nullptr;
    auto* f = static_cast<FilterObject*>(alloc_object(type));
    if (f == nullptr) { decref(it); return nullptr; }
    f->func = incref(args[0]);
    f->it = it;
    return f;
}

void filter_dealloc(Object* o) {
    auto* f = static_cast<FilterObject*>(o);
    xdecref(f->func);
    xdecref(f->it);
    free_object(o);
}

void filter_traverse(Object* o, VisitFn visit, void* arg) {
    auto* f = static_cast<FilterObject*>(o);
    if (f->func) visit(f->func, arg);
    if (f->it) visit(f->it, arg);
}

int filter_clear(Object* o) {
    auto* f = static_cast<FilterObject*>(o);
    clearref(f->func);
    clearref(f->it);
    return 0;
}

Object* filter_next(Object* o) {
    auto* f = static_cast<FilterObject*>(o);
    if (f->it == nullptr) return nullptr;
    bool truth_only = f->func == None || f->func == &BoolType;
    for (;;) {
        Object* item = next_of(f->it);
        if (item == nullptr) {
            (void)real_error();
            return nullptr;
        }
        int ok;
        if (truth_only) {
            ok = object_is_true(item);
        } else {
            Object* good = call1(f->func, item);
            if (good == nullptr) { decref(item); return nullptr; }
            ok = object_is_true(good);
            decref(good);
        }
        if (ok > 0) return item;
        decref(item);
        if (ok < 0) return nullptr;
    }
}

// ---- Pickling (CPython: the __reduce__/__setstate__ methods of enumobject.c, iterobject.c and
// bltinmodule.c's map, filter and zip) ----

// ((),): the arguments that rebuild an exhausted iterator.
Object* empty_args() {
    Object* empty = tuple_new(0);
    if (empty == nullptr) return nullptr;
    Object* res = tuple_pack({empty});
    decref(empty);
    return res;
}

bool no_args(const char* name, size_t nargs, Object* kwnames) {
    return arg_no_kwargs(name, kwnames) && arg_none(name, nargs);
}

// (type(self), args) or (type(self), args, state) when state is not null. Steals args.
Object* reduce_with_type(Object* self, Object* args, Object* state) {
    if (args == nullptr) return nullptr;
    Object* res = state ? tuple_pack({self->type, args, state}) : tuple_pack({self->type, args});
    decref(args);
    return res;
}

Object* enumerate_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* e = static_cast<EnumerateObject*>(self);
    if (e->it == nullptr) return reduce_with_type(self, tuple_new(0), nullptr);
    Object* index = e->long_index ? incref(e->long_index) : int_from_i64(e->index);
    if (index == nullptr) return nullptr;
    Object* res = reduce_with_type(self, tuple_pack({e->it, index}), nullptr);
    decref(index);
    return res;
}

Object* zip_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* z = static_cast<ZipObject*>(self);
    Object* iters = z->iters ? incref(z->iters) : tuple_new(0);
    return reduce_with_type(self, iters, z->strict ? True : nullptr);
}

Object* zip_setstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__setstate__", kwnames) || !arg_exactly_one("__setstate__", nargs)) return nullptr;
    int strict = object_is_true(args[0]);
    if (strict < 0) return nullptr;
    static_cast<ZipObject*>(self)->strict = strict != 0;
    return incref(None);
}

Object* map_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* m = static_cast<MapObject*>(self);
    ssize n = m->iters ? tuple_size(m->iters) : 0;
    Object* margs = tuple_new(n + 1);
    if (margs == nullptr) return nullptr;
    tuple_items(margs)[0] = incref(m->func ? m->func : None);
    for (ssize i = 0; i < n; ++i) tuple_items(margs)[i + 1] = incref(tuple_item(m->iters, i));
    return reduce_with_type(self, margs, nullptr);
}

Object* filter_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* f = static_cast<FilterObject*>(self);
    if (f->it == nullptr) return reduce_with_type(self, tuple_new(0), nullptr);
    return reduce_with_type(self, tuple_pack({f->func ? f->func : None, f->it}), nullptr);
}

const MethodDef zip_methods[] = {
    {"__reduce__", zip_reduce},
    {"__setstate__", zip_setstate},
    {nullptr, nullptr},
};

const MethodDef map_methods[] = {
    {"__reduce__", map_reduce},
    {nullptr, nullptr},
};

const MethodDef filter_methods[] = {
    {"__reduce__", filter_reduce},
    {nullptr, nullptr},
};

// ---- reversed ----

struct ReversedObject : Object {
    ssize index;      // next index to fetch, -1 when done
    Object* seq;      // strong; null once exhausted
};

Object* reversed_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (type == &ReversedType && !arg_no_kwargs("reversed", kwnames)) return nullptr;
    if (!arg_count("reversed", nargs, 1, 1)) return nullptr;
    Object* seq = args[0];
    Object* meth = type_lookup_str(seq->type, "__reversed__");
    if (meth == None) return err_format(TypeError, "'%T' object is not reversible", seq);
    if (meth != nullptr) {
        Object* bound = meth->type->descr_get ? meth->type->descr_get(meth, seq, seq->type) : incref(meth);
        if (bound == nullptr) return nullptr;
        Object* r = call0(bound);
        decref(bound);
        return r;
    }
    // Sequence protocol: __len__ and __getitem__ (dicts are mappings, not sequences).
    if (seq->type->getitem == nullptr || is_dict(seq))
        return err_format(TypeError, "'%T' object is not reversible", seq);
    ssize n = object_length(seq);
    if (n < 0) return nullptr;
    auto* r = static_cast<ReversedObject*>(alloc_object(type));
    if (r == nullptr) return nullptr;
    r->index = n - 1;
    r->seq = incref(seq);
    return r;
}

void reversed_dealloc(Object* o) {
    xdecref(static_cast<ReversedObject*>(o)->seq);
    free_object(o);
}

void reversed_traverse(Object* o, VisitFn visit, void* arg) {
    auto* r = static_cast<ReversedObject*>(o);
    if (r->seq) visit(r->seq, arg);
}

int reversed_clear(Object* o) {
    clearref(static_cast<ReversedObject*>(o)->seq);
    return 0;
}

Object* reversed_next(Object* o) {
    auto* r = static_cast<ReversedObject*>(o);
    if (r->seq != nullptr && r->index >= 0) {
        Object* i = int_from_i64(r->index);
        if (i == nullptr) return nullptr;
        Object* item = object_getitem(r->seq, i);
        decref(i);
        if (item != nullptr) {
            --r->index;
            return item;
        }
        if (!err_matches(IndexError) && !err_matches(StopIteration)) return nullptr;
        err_clear();
    }
    r->index = -1;
    clearref(r->seq);
    return nullptr;
}

Object* reversed_length_hint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    auto* r = static_cast<ReversedObject*>(self);
    if (r->seq == nullptr) return int_from_i64(0);
    ssize n = object_length(r->seq);
    if (n < 0) return nullptr;
    return int_from_i64(n < r->index + 1 ? 0 : r->index + 1);
}

// CPython: enumobject.c, reversed_reduce / reversed_setstate: (reversed, (seq,), index), or
// (reversed, ((),)) once exhausted; the index is clipped to [-1, len(seq) - 1].
Object* reversed_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* r = static_cast<ReversedObject*>(self);
    if (r->seq == nullptr) return reduce_with_type(self, empty_args(), nullptr);
    Object* index = int_from_i64(r->index);
    if (index == nullptr) return nullptr;
    Object* res = reduce_with_type(self, tuple_pack({r->seq}), index);
    decref(index);
    return res;
}

Object* reversed_setstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__setstate__", kwnames) || !arg_exactly_one("__setstate__", nargs)) return nullptr;
    auto* r = static_cast<ReversedObject*>(self);
    ssize index;
    if (!iter_setstate_index(args[0], &index)) return nullptr;
    if (r->seq != nullptr) {
        ssize n = object_length(r->seq);
        if (n < 0) return nullptr;
        r->index = index < -1 ? -1 : (index > n - 1 ? n - 1 : index);
    }
    return incref(None);
}

const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint},
    {"__reduce__", reversed_reduce},
    {"__setstate__", reversed_setstate},
    {nullptr, nullptr},
};

// ---- iterator (over __getitem__) ----

struct SeqIterObject : Object {
    ssize index;
    Object* seq;      // strong; null once exhausted
};

void seq_iter_dealloc(Object* o) {
    xdecref(static_cast<SeqIterObject*>(o)->seq);
    free_object(o);
}

void seq_iter_traverse(Object* o, VisitFn visit, void* arg) {
    auto* s = static_cast<SeqIterObject*>(o);
    if (s->seq) visit(s->seq, arg);
}

int seq_iter_clear(Object* o) {
    clearref(static_cast<SeqIterObject*>(o)->seq);
    return 0;
}

Object* seq_iter_next(Object* o) {
    auto* s = static_cast<SeqIterObject*>(o);
    if (s->seq == nullptr) return nullptr;
    if (s->index == PTRDIFF_MAX) return err_set_string(OverflowError, "iter index too large");
    Object* i = int_from_i64(s->index);
    if (i == nullptr) return nullptr;
    Object* item = object_getitem(s->seq, i);
    decref(i);
    if (item != nullptr) {
        ++s->index;
        return item;
    }
    if (err_matches(IndexError) || err_matches(StopIteration)) {
        err_clear();
        clearref(s->seq);
    }
    return nullptr;
}

// CPython: iterobject.c, iter_reduce / iter_setstate: (iter, (seq,), index), (iter, ((),)) once
// exhausted; a negative index counts as 0.
Object* seq_iter_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* s = static_cast<SeqIterObject*>(self);
    if (s->seq == nullptr) {
        Object* empty = tuple_new(0);
        if (empty == nullptr) return nullptr;
        Object* res = iter_reduce("iter", empty, nullptr);
        decref(empty);
        return res;
    }
    Object* index = int_from_i64(s->index);
    if (index == nullptr) return nullptr;
    Object* res = iter_reduce("iter", s->seq, index);
    decref(index);
    return res;
}

Object* seq_iter_setstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__setstate__", kwnames) || !arg_exactly_one("__setstate__", nargs)) return nullptr;
    auto* s = static_cast<SeqIterObject*>(self);
    ssize index;
    if (!iter_setstate_index(args[0], &index)) return nullptr;
    if (s->seq != nullptr) s->index = index < 0 ? 0 : index;
    return incref(None);
}

const MethodDef seq_iter_methods[] = {
    {"__reduce__", seq_iter_reduce},
    {"__setstate__", seq_iter_setstate},
    {nullptr, nullptr},
};

// ---- callable_iterator ----

struct CallIterObject : Object {
    Object* callable;   // strong; null once exhausted
    Object* sentinel;   // strong; null once exhausted
};

void call_iter_dealloc(Object* o) {
    auto* c = static_cast<CallIterObject*>(o);
    xdecref(c->callable);
    xdecref(c->sentinel);
    free_object(o);
}

void call_iter_traverse(Object* o, VisitFn visit, void* arg) {
    auto* c = static_cast<CallIterObject*>(o);
    if (c->callable) visit(c->callable, arg);
    if (c->sentinel) visit(c->sentinel, arg);
}

int call_iter_clear(Object* o) {
    auto* c = static_cast<CallIterObject*>(o);
    clearref(c->callable);
    clearref(c->sentinel);
    return 0;
}

Object* call_iter_next(Object* o) {
    auto* c = static_cast<CallIterObject*>(o);
    if (c->callable == nullptr) return nullptr;
    Object* r = call0(c->callable);
    if (r != nullptr) {
        int ok = object_rich_compare_bool(r, c->sentinel, CompareOp::Eq);
        if (ok == 0) return r;
        decref(r);
        if (ok < 0) return nullptr;
    } else if (err_matches(StopIteration)) {
        err_clear();
    } else {
        return nullptr;
    }
    clearref(c->callable);
    clearref(c->sentinel);
    return nullptr;
}

// CPython: iterobject.c, calliter_reduce: (iter, (callable, sentinel)), (iter, ((),)) once
// exhausted.
Object* call_iter_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* c = static_cast<CallIterObject*>(self);
    Object* fn = dict_getitem_str(builtins_dict(), "iter");
    if (fn == nullptr) {
        if (!err_occurred()) err_set_string(RuntimeError, "lost builtins module");
        return nullptr;
    }
    Object* iargs = c->callable ? tuple_pack({c->callable, c->sentinel}) : empty_args();
    if (iargs == nullptr) return nullptr;
    Object* res = tuple_pack({fn, iargs});
    decref(iargs);
    return res;
}

const MethodDef call_iter_methods[] = {
    {"__reduce__", call_iter_reduce},
    {nullptr, nullptr},
};

void ready(TypeObject& t, const char* name, size_t size, uint32_t flags, DeallocFn dealloc,
           TraverseFn traverse, InquiryFn clear, UnaryFn next, NewFn tp_new) {
    t.name = name;
    t.basicsize = size;
    t.flags = flags | kTypeGC | kTypePooledAlloc;   // all fixed-size
    t.dealloc = dealloc;
    t.traverse = traverse;
    t.clear = clear;
    t.iter = iter_self;
    t.iternext = next;
    t.tp_new = tp_new;
    (void)type_ready(&t);
}

}  // namespace

Object* iter_reduce(const char* builtin, Object* seq, Object* index) {
    Object* fn = dict_getitem_str(builtins_dict(), builtin);
    if (fn == nullptr) {
        if (!err_occurred()) err_set_string(RuntimeError, "lost builtins module");
        return nullptr;
    }
    Object* args = tuple_pack({seq});
    if (args == nullptr) return nullptr;
    Object* res = index ? tuple_pack({fn, args, index}) : tuple_pack({fn, args});
    decref(args);
    return res;
}

Object* iter_reduce_list(Object* items) { return iter_reduce("iter", items, nullptr); }

bool iter_setstate_index(Object* state, ssize* out) {
    if (!is_int(state)) {
        err_set_string(TypeError, "an integer is required");
        return false;
    }
    return int_as_ssize(state, out);
}

Object* seq_iter_new(Object* seq) {
    auto* s = static_cast<SeqIterObject*>(alloc_object(&SeqIterType));
    if (s == nullptr) return nullptr;
    s->index = 0;
    s->seq = incref(seq);
    return s;
}

Object* call_iter_new(Object* callable, Object* sentinel) {
    auto* c = static_cast<CallIterObject*>(alloc_object(&CallIterType));
    if (c == nullptr) return nullptr;
    c->callable = incref(callable);
    c->sentinel = incref(sentinel);
    return c;
}

const MethodDef enumerate_methods[] = {
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {"__reduce__", enumerate_reduce},
    {nullptr, nullptr},
};

void init_iterator_types() {
    EnumerateType.methods = enumerate_methods;
    ready(EnumerateType, "enumerate", sizeof(EnumerateObject), kTypeBaseType, enumerate_dealloc,
          enumerate_traverse, enumerate_clear, enumerate_next, enumerate_new);
    ZipType.methods = zip_methods;
    MapType.methods = map_methods;
    FilterType.methods = filter_methods;
    SeqIterType.methods = seq_iter_methods;
    CallIterType.methods = call_iter_methods;
    ready(ZipType, "zip", sizeof(ZipObject), kTypeBaseType, zip_dealloc, zip_traverse, zip_clear,
          zip_next, zip_new);
    ready(MapType, "map", sizeof(MapObject), kTypeBaseType, map_dealloc, map_traverse, map_clear,
          map_next, map_new);
    ready(FilterType, "filter", sizeof(FilterObject), kTypeBaseType, filter_dealloc, filter_traverse,
          filter_clear, filter_next, filter_new);
    ReversedType.methods = reversed_methods;
    ready(ReversedType, "reversed", sizeof(ReversedObject), kTypeBaseType, reversed_dealloc,
          reversed_traverse, reversed_clear, reversed_next, reversed_new);
    ready(SeqIterType, "iterator", sizeof(SeqIterObject), 0, seq_iter_dealloc, seq_iter_traverse,
          seq_iter_clear, seq_iter_next, nullptr);
    ready(CallIterType, "callable_iterator", sizeof(CallIterObject), 0, call_iter_dealloc,
          call_iter_traverse, call_iter_clear, call_iter_next, nullptr);
}

}  // namespace pygen
