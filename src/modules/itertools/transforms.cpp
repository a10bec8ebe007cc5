// The iterators that transform their input item by item: cycle, accumulate, starmap, pairwise
// and zip_longest, with CPython 3.11's argument checks and __reduce__/__setstate__ (pairwise has
// none in 3.11). CPython counterpart: Modules/itertoolsmodule.c, cycle_* / accumulate_* /
// starmap_* / pairwise_* / zip_longest_* (behaviour only).

#include "modules/builtins_args.h"
#include "modules/itertools/itertools.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/gc.h"

namespace pygen::itertools_detail {
namespace {

TypeObject CycleType;
TypeObject AccumulateType;
TypeObject StarmapType;
TypeObject PairwiseType;
TypeObject ZipLongestType;

// (iterable), positional only: "cycle expected 1 argument, got 0". A new reference to
// iter(iterable), or null.
Object* single_iterable(TypeObject* type, TypeObject* base, const char* fname, Object* const* args, size_t nargs,
                        Object* kwnames) {
    if (!check_ctor_no_kwargs(type, base, fname, kwnames)) return nullptr;
    if (!check_positional(fname, nargs, nullptr, 1, 1)) return nullptr;
    return object_iter(args[0]);
}

// ---- cycle(iterable) ----

// refs[0]: the iterator, null once exhausted; refs[1]: the saved items, a list. `index`: the
// next saved item to return; `firstpass`: items are not saved (a restored state that already
// holds them all).
struct CycleObject : RefsObject<2> {
    ssize index;
    bool firstpass;
};

Object* cycle_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    Ref<> it = Ref<>::steal(single_iterable(type, &CycleType, "cycle", args, nargs, kwnames));
    if (!it) return nullptr;
    Ref<> saved = Ref<>::steal(list_new(0));
    if (!saved) return nullptr;
    auto* c = static_cast<CycleObject*>(alloc_object(type));
    if (!c) return nullptr;
    c->refs[0] = it.release();
    c->refs[1] = saved.release();
    return c;
}

// CPython: itertoolsmodule.c, cycle_next — the first pass saves what it returns, then the
// saved items repeat.
Object* cycle_next(Object* o) {
    auto* c = static_cast<CycleObject*>(o);
    if (c->refs[0]) {
        Ref<> it = Ref<>::borrow(c->refs[0]);   // a re-entrant __setstate__ may not free it under us
        Object* item = next_of(it.get());
        if (item) {
            if (!c->firstpass && list_append(c->refs[1], item) < 0) {
                decref(item);
                return nullptr;
            }
            return item;
        }
        if (err_occurred()) return nullptr;
        if (c->refs[0] == it.get()) clearref(c->refs[0]);
    }
    Object* saved = c->refs[1];
    ssize size = list_size(saved);
    if (size == 0) return nullptr;
    if (c->index >= size) c->index = 0;   // the list was replaced by a shorter one
    Object* item = list_item(saved, c->index);
    if (++c->index >= size) c->index = 0;
    return newref(item);
}

// Running: (type, (it,), (saved, firstpass)); exhausted: the iterator is an iterator over the
// saved items positioned at `index`, and the state says "first pass" so they are not saved twice.
Object* cycle_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* c = static_cast<CycleObject*>(o);
    if (!c->refs[0]) {
        Ref<> it = Ref<>::steal(object_iter(c->refs[1]));
        if (!it) return nullptr;
        if (c->index != 0) {
            Ref<> index = Ref<>::steal(int_from_i64(c->index));
            if (!index) return nullptr;
            Ref<> res = Ref<>::steal(call_method1(it.get(), "__setstate__", index.get()));
            if (!res) return nullptr;
        }
        return reduce_value(o->type, tuple_pack({it.get()}), tuple_pack({c->refs[1], True}));
    }
    return reduce_value(o->type, tuple_pack({c->refs[0]}), tuple_pack({c->refs[1], c->firstpass ? True : False}));
}

Object* cycle_setstate(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("cycle.__setstate__", nargs, kwnames)) return nullptr;
    Object* state = args[0];
    if (!is_tuple(state)) return err_set_string(TypeError, "state is not a tuple");
    if (tuple_size(state) != 2)
        return err_format(TypeError, "function takes exactly 2 arguments (%zd given)", tuple_size(state));
    Object* saved = tuple_item(state, 0);
    if (!is_list(saved)) return err_format(TypeError, "argument 1 must be list, not %s", type_name(saved));
    ssize firstpass;
    if (!arg_index_ssize(tuple_item(state, 1), &firstpass)) return nullptr;
    auto* c = static_cast<CycleObject*>(o);
    setref(c->refs[1], newref(saved));
    c->firstpass = firstpass != 0;
    c->index = 0;
    return none_new();
}

// ---- accumulate(iterable, func=None, *, initial=None) ----

// refs[0]: the running total, null before the first item; refs[1]: the iterator; refs[2]: func,
// null for None (addition); refs[3]: `initial`, null once returned or when None.
struct AccumulateObject : RefsObject<4> {};

Object* accumulate_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"iterable", "func", "initial"};
    Object* bound[3];
    if (!bind_args(ArgSpec{"accumulate", kNames, 3, 0, 2, 1}, args, nargs, kwnames, bound)) return nullptr;
    Object* it = object_iter(bound[0]);
    if (!it) return nullptr;
    auto* a = static_cast<AccumulateObject*>(alloc_object(type));
    if (!a) {
        decref(it);
        return nullptr;
    }
    a->refs[1] = it;
    if (bound[1] && bound[1] != None) a->refs[2] = newref(bound[1]);
    if (bound[2] && bound[2] != None) a->refs[3] = newref(bound[2]);
    return a;
}

Object* accumulate_next(Object* o) {
    auto* a = static_cast<AccumulateObject*>(o);
    if (a->refs[3]) {
        Object* initial = a->refs[3];
        a->refs[3] = nullptr;
        setref(a->refs[0], initial);
        return newref(initial);
    }
    Ref<> it = Ref<>::borrow(a->refs[1]);
    Ref<> value = Ref<>::steal(next_of(it.get()));
    if (!value) return nullptr;
    if (!a->refs[0]) {
        a->refs[0] = newref(value.get());
        return value.release();
    }
    // The total and func are held across the call: func may re-enter and replace them.
    Ref<> total = Ref<>::borrow(a->refs[0]);
    Ref<> func = Ref<>::borrow(a->refs[2]);
    Object* sum = func ? call2(func.get(), total.get(), value.get()) : binary_op(total.get(), value.get(), BinOp::Add);
    if (!sum) return nullptr;
    setref(a->refs[0], sum);
    return newref(sum);
}

// CPython: itertoolsmodule.c, accumulate_reduce — an unreturned `initial` goes back in front of
// the iterator with chain; a None total cannot be a state (None means "no total"), so it is
// rebuilt as islice(accumulate(chain((None,), it), func), 1, None).
Object* accumulate_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* a = static_cast<AccumulateObject*>(o);
    Object* func = a->refs[2] ? a->refs[2] : None;
    if (a->refs[3] || a->refs[0] == None) {
        Object* first = a->refs[3] ? a->refs[3] : None;
        Ref<> head = Ref<>::steal(tuple_pack({first}));
        if (!head) return nullptr;
        Object* chain_args[] = {head.get(), a->refs[1]};
        Ref<> it = Ref<>::steal(call(&ItChainType, chain_args, 2));
        if (!it) return nullptr;
        if (a->refs[3]) return reduce_value(o->type, tuple_pack({it.get(), func}), none_new());
        Object* acc_args[] = {it.get(), func};
        Ref<> acc = Ref<>::steal(call(o->type, acc_args, 2));
        if (!acc) return nullptr;
        Ref<> one = Ref<>::steal(int_from_i64(1));
        if (!one) return nullptr;
        return reduce_value(&ItIsliceType, tuple_pack({acc.get(), one.get(), None}));
    }
    return reduce_value(o->type, tuple_pack({a->refs[1], func}), newref(a->refs[0] ? a->refs[0] : None));
}

Object* accumulate_setstate(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("accumulate.__setstate__", nargs, kwnames)) return nullptr;
    setref(static_cast<AccumulateObject*>(o)->refs[0], newref(args[0]));
    return none_new();
}

// ---- starmap(function, iterable) ----

// refs[0]: the function; refs[1]: the iterator.
struct StarmapObject : RefsObject<2> {};

Object* starmap_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_ctor_no_kwargs(type, &StarmapType, "starmap", kwnames)) return nullptr;
    if (!check_positional("starmap", nargs, nullptr, 2, 2)) return nullptr;
    Object* it = object_iter(args[1]);
    if (!it) return nullptr;
    auto* s = static_cast<StarmapObject*>(alloc_object(type));
    if (!s) {
        decref(it);
        return nullptr;
    }
    s->refs[0] = newref(args[0]);
    s->refs[1] = it;
    return s;
}

Object* starmap_next(Object* o) {
    auto* s = static_cast<StarmapObject*>(o);
    Ref<> item = Ref<>::steal(next_of(s->refs[1]));
    if (!item) return nullptr;
    if (!is_tuple_exact(item.get())) {
        item = Ref<>::steal(sequence_tuple(item.get()));
        if (!item) return nullptr;
    }
    return call(s->refs[0], tuple_items(item.get()), static_cast<size_t>(tuple_size(item.get())));
}

Object* starmap_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* s = static_cast<StarmapObject*>(o);
    return reduce_value(o->type, tuple_pack({s->refs[0], s->refs[1]}));
}

// ---- pairwise(iterable) ----

// refs[0]: the iterator, null once exhausted; refs[1]: the previous item, null before the first.
struct PairwiseObject : RefsObject<2> {};

Object* pairwise_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    Object* it = single_iterable(type, &PairwiseType, "pairwise", args, nargs, kwnames);
    if (!it) return nullptr;
    auto* p = static_cast<PairwiseObject*>(alloc_object(type));
    if (!p) {
        decref(it);
        return nullptr;
    }
    p->refs[0] = it;
    return p;
}

// CPython 3.11.7: itertoolsmodule.c, pairwise_next — the previous item is held across the call
// of the iterator, which may re-enter this pairwise.
Object* pairwise_next(Object* o) {
    auto* p = static_cast<PairwiseObject*>(o);
    if (!p->refs[0]) return nullptr;
    Ref<> it = Ref<>::borrow(p->refs[0]);
    if (!p->refs[1]) {
        Object* first = next_of(it.get());
        setref(p->refs[1], first);
        if (!first) {
            clearref(p->refs[0]);
            return nullptr;
        }
        if (!p->refs[0]) {   // exhausted by a re-entrant call meanwhile
            clearref(p->refs[1]);
            return nullptr;
        }
        it = Ref<>::borrow(p->refs[0]);
    }
    Ref<> old = Ref<>::borrow(p->refs[1]);
    Object* item = next_of(it.get());
    if (!item) {
        clearref(p->refs[0]);
        clearref(p->refs[1]);
        return nullptr;
    }
    Object* result = tuple_pack({old.get(), item});
    setref(p->refs[1], item);
    return result;
}

// ---- zip_longest(*iterables, fillvalue=None) ----

// refs[0]: the iterators, a tuple whose exhausted entries become None (an iterator is never
// None); refs[1]: the last result tuple, reused while nobody else holds it; refs[2]: fillvalue.
struct ZipLongestObject : RefsObject<3> {
    ssize active;   // iterators not yet exhausted; 0 once done (or after an error)
};

Object* zip_longest_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    Object* fillvalue = None;
    if (kwnames && tuple_size(kwnames) > 0) {
        if (tuple_size(kwnames) != 1 || kwname_at(kwnames, 0) != "fillvalue")
            return err_set_string(TypeError, "zip_longest() got an unexpected keyword argument");
        fillvalue = args[nargs];
    }
    ssize n = static_cast<ssize>(nargs);
    Ref<> its = Ref<>::steal(tuple_new(n));
    Ref<> result = Ref<>::steal(tuple_new(n));
    if (!its || !result) return nullptr;
    for (ssize i = 0; i < n; ++i) {
        Object* it = object_iter(args[i]);
        if (!it) return nullptr;
        tuple_items(its.get())[i] = it;
        tuple_items(result.get())[i] = none_new();
    }
    auto* z = static_cast<ZipLongestObject*>(alloc_object(type));
    if (!z) return nullptr;
    z->refs[0] = its.release();
    z->refs[1] = result.release();
    z->refs[2] = newref(fillvalue);
    z->active = n;
    return z;
}

// CPython: itertoolsmodule.c, zip_longest_next — an exhausted iterator gives the fill value
// until the last one ends; an error ends the whole iterator.
Object* zip_longest_next(Object* o) {
    auto* z = static_cast<ZipLongestObject*>(o);
    Object* its = z->refs[0];
    ssize n = tuple_size(its);
    if (n == 0 || z->active == 0) return nullptr;
    Object* result = z->refs[1];
    if (result->refcnt == 1) {
        incref(result);   // held from here: a re-entrant call makes its own tuple
        gc_track(result);
    } else {
        result = tuple_new(n);
        if (!result) return nullptr;
    }
    for (ssize i = 0; i < n; ++i) {
        Object* it = tuple_item(its, i);
        Object* item;
        if (it == None) {
            item = newref(z->refs[2]);
        } else {
            Ref<> held = Ref<>::borrow(it);
            item = next_of(it);
            if (!item) {
                if (--z->active <= 0 || err_occurred()) {
                    z->active = 0;
                    decref(result);
                    return nullptr;
                }
                item = newref(z->refs[2]);
                if (tuple_item(its, i) == it) {   // not already dropped by a re-entrant call
                    tuple_items(its)[i] = none_new();
                    decref(it);
                }
            }
        }
        Object* old = tuple_items(result)[i];
        tuple_items(result)[i] = item;
        xdecref(old);
    }
    return result;
}

// (type, iterators with () for the exhausted ones, fillvalue).
Object* zip_longest_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* z = static_cast<ZipLongestObject*>(o);
    Object* its = z->refs[0];
    ssize n = tuple_size(its);
    Ref<> args = Ref<>::steal(tuple_new(n));
    if (!args) return nullptr;
    for (ssize i = 0; i < n; ++i) {
        Object* it = tuple_item(its, i);
        Object* arg = it == None ? tuple_new(0) : newref(it);
        if (!arg) return nullptr;
        tuple_items(args.get())[i] = arg;
    }
    return reduce_value(o->type, args.release(), newref(z->refs[2]));
}

Object* zip_longest_setstate(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("zip_longest.__setstate__", nargs, kwnames)) return nullptr;
    setref(static_cast<ZipLongestObject*>(o)->refs[2], newref(args[0]));
    return none_new();
}

const MethodDef kCycleMethods[] = {
    {"__reduce__", cycle_reduce},
    {"__setstate__", cycle_setstate},
    {nullptr, nullptr},
};
const MethodDef kAccumulateMethods[] = {
    {"__reduce__", accumulate_reduce},
    {"__setstate__", accumulate_setstate},
    {nullptr, nullptr},
};
const MethodDef kStarmapMethods[] = {{"__reduce__", starmap_reduce}, {nullptr, nullptr}};
const MethodDef kPairwiseMethods[] = {{nullptr, nullptr}};
const MethodDef kZipLongestMethods[] = {
    {"__reduce__", zip_longest_reduce},
    {"__setstate__", zip_longest_setstate},
    {nullptr, nullptr},
};

}  // namespace

bool add_transform_types(Object* module) {
    if (!type_has(&CycleType, kTypeReady)) {
        if (!ready_refs_type<2>(CycleType, "itertools.cycle", sizeof(CycleObject), cycle_tp_new, cycle_next,
                                kCycleMethods) ||
            !ready_refs_type<4>(AccumulateType, "itertools.accumulate", sizeof(AccumulateObject), accumulate_tp_new,
                                accumulate_next, kAccumulateMethods) ||
            !ready_refs_type<2>(StarmapType, "itertools.starmap", sizeof(StarmapObject), starmap_tp_new, starmap_next,
                                kStarmapMethods) ||
            !ready_refs_type<2>(PairwiseType, "itertools.pairwise", sizeof(PairwiseObject), pairwise_tp_new,
                                pairwise_next, kPairwiseMethods) ||
            !ready_refs_type<3>(ZipLongestType, "itertools.zip_longest", sizeof(ZipLongestObject),
                                zip_longest_tp_new, zip_longest_next, kZipLongestMethods))
            return false;
    }
    return module_add_object(module, "cycle", &CycleType) == 0 &&
           module_add_object(module, "accumulate", &AccumulateType) == 0 &&
           module_add_object(module, "starmap", &StarmapType) == 0 &&
           module_add_object(module, "pairwise", &PairwiseType) == 0 &&
           module_add_object(module, "zip_longest", &ZipLongestType) == 0;
}

}  // namespace pygen::itertools_detail
