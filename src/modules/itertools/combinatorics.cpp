// The combinatoric iterators: product, combinations, combinations_with_replacement and
// permutations, with CPython 3.11's argument checks, __reduce__/__setstate__ and its reuse of the
// result tuple while nobody else holds it (the loop `for c in combinations(...)` allocates one
// tuple in all). CPython counterpart: Modules/itertoolsmodule.c, product_* / combinations_* /
// cwr_* / permutations_* (behaviour only).

#include <cstdlib>

#include "modules/builtins_args.h"
#include "modules/itertools/itertools.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/gc.h"

namespace pygen::itertools_detail {
namespace {

TypeObject ProductType;
TypeObject CombinationsType;
TypeObject CwrType;
TypeObject PermutationsType;

// refs[0]: the pool (combinations, permutations) or the tuple of pools (product), a tuple;
// refs[1]: the last result tuple, null before the first item. `indices` (r entries; n for
// permutations, npools for product) and `cycles` (permutations, r entries) are malloc'ed and
// owned; null when not needed.
struct CombObject : RefsObject<2> {
    ssize* indices;
    ssize* cycles;
    ssize r;          // items per result (npools for product)
    bool stopped;     // exhausted
};

void comb_dealloc(Object* o) {
    auto* c = static_cast<CombObject*>(o);
    refs_clear<2>(o);
    std::free(c->indices);
    std::free(c->cycles);
    free_object(o);
}

// `count` indices, all zero; null with MemoryError when that is too many.
ssize* alloc_indices(ssize count) {
    if (count < 0 || static_cast<size_t>(count) > PTRDIFF_MAX / sizeof(ssize)) {
        err_no_memory();
        return nullptr;
    }
    auto* p = static_cast<ssize*>(std::calloc(count > 0 ? static_cast<size_t>(count) : 1, sizeof(ssize)));
    if (!p) err_no_memory();
    return p;
}

CombObject* comb_alloc(TypeObject* type, Object* pool, ssize r, ssize index_count) {
    ssize* indices = alloc_indices(index_count);
    if (!indices) {
        decref(pool);
        return nullptr;
    }
    auto* c = static_cast<CombObject*>(alloc_object(type));
    if (!c) {
        decref(pool);
        std::free(indices);
        return nullptr;
    }
    c->refs[0] = pool;
    c->indices = indices;
    c->r = r;
    return c;
}

// The result tuple to update in place: the held one when nobody else has it, else a copy
// that replaces it (CPython's trick). Returns a new reference, so a re-entrant call made while
// the caller updates it (an item's __del__ advancing the same iterator) copies instead of
// writing under the caller; null on error.
Object* result_to_update(CombObject* c) {
    Object* result = c->refs[1];
    if (result->refcnt > 1) {
        Object* copy = tuple_from_array(tuple_items(result), tuple_size(result));
        if (!copy) return nullptr;
        setref(c->refs[1], copy);
        result = copy;
    } else {
        gc_track(result);   // a collection may have untracked it while it held atomic values
    }
    return incref(result);
}

// Replaces result[i] with `item` (borrowed).
void set_result_item(Object* result, ssize i, Object* item) {
    Object* old = tuple_items(result)[i];
    tuple_items(result)[i] = incref(item);
    decref(old);
}

// The first result: pool[indices[i]] for i < r (pools[i][indices[i]] for product). Stores it
// and returns a new reference.
Object* first_result(CombObject* c, bool of_pools) {
    Object* result = tuple_new(c->r);
    if (!result) return nullptr;
    Object* pool = c->refs[0];
    for (ssize i = 0; i < c->r; ++i) {
        Object* src = of_pools ? tuple_item(pool, i) : pool;
        tuple_items(result)[i] = incref(tuple_item(src, c->indices[i]));
    }
    setref(c->refs[1], result);
    return incref(result);
}

// A __setstate__ index as PyLong_AsSsize_t reads it.
bool state_index(Object* o, ssize* out) {
    if (!is_int(o)) {
        err_set_string(TypeError, "an integer is required");
        return false;
    }
    return int_as_ssize(o, out);
}

Object* indices_tuple(const ssize* indices, ssize n) {
    Object* t = tuple_new(n);
    if (!t) return nullptr;
    for (ssize i = 0; i < n; ++i) {
        Object* v = int_from_i64(indices[i]);
        if (!v) {
            decref(t);
            return nullptr;
        }
        tuple_items(t)[i] = v;
    }
    return t;
}

// (type, ((), r)): what the exhausted combinatoric iterators reduce to.
Object* reduce_stopped(Object* o, ssize r) {
    Ref<> empty = Ref<>::steal(tuple_new(0));
    Ref<> rv = Ref<>::steal(int_from_i64(r));
    if (!empty || !rv) return nullptr;
    return reduce_value(o->type, tuple_pack({empty.get(), rv.get()}));
}

// (type, (pool, r)) plus the state when given (stolen).
Object* reduce_pool_r(Object* o, Object* state) {
    auto* c = static_cast<CombObject*>(o);
    Ref<> st = Ref<>::steal(state);
    Ref<> rv = Ref<>::steal(int_from_i64(c->r));
    if (!rv) return nullptr;
    return reduce_value(o->type, tuple_pack({c->refs[0], rv.get()}), st.release());
}

bool check_state_tuple(Object* state, ssize size) {
    if (!is_tuple(state) || tuple_size(state) != size) {
        err_set_string(ValueError, "invalid arguments");
        return false;
    }
    return true;
}

// ---- product(*iterables, repeat=1) ----

Object* product_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    ssize repeat = 1;
    if (kwnames) {
        static const char* const kNames[] = {"repeat"};
        Object* bound[1];
        if (!bind_args(ArgSpec{"product", kNames, 1, 0, 0}, args + nargs, 0, kwnames, bound)) return nullptr;
        if (bound[0]) {
            if (!arg_index_ssize(bound[0], &repeat)) return nullptr;
            if (repeat < 0) return err_set_string(ValueError, "repeat argument cannot be negative");
        }
    }
    // CPython: a zero repeat ignores the iterables altogether (they are not even iterated).
    ssize nargs_used = repeat == 0 ? 0 : static_cast<ssize>(nargs);
    if (nargs_used && static_cast<size_t>(nargs_used) > PTRDIFF_MAX / sizeof(ssize) / static_cast<size_t>(repeat))
        return err_set_string(OverflowError, "repeat argument too large");
    ssize npools = nargs_used * repeat;
    Ref<> pools = Ref<>::steal(tuple_new(npools));
    if (!pools) return nullptr;
    for (ssize i = 0; i < nargs_used; ++i) {
        Object* pool = sequence_tuple(args[i]);
        if (!pool) return nullptr;
        tuple_items(pools.get())[i] = pool;
    }
    for (ssize i = nargs_used; i < npools; ++i) tuple_items(pools.get())[i] = incref(tuple_item(pools.get(), i - nargs_used));
    return comb_alloc(type, pools.release(), npools, npools);
}

// CPython: itertoolsmodule.c, product_next — advances the rightmost index, rolling over leftward.
Object* product_next(Object* o) {
    auto* c = static_cast<CombObject*>(o);
    if (c->stopped) return nullptr;
    Object* pools = c->refs[0];
    ssize npools = c->r;
    if (!c->refs[1]) {
        for (ssize i = 0; i < npools; ++i) {
            if (tuple_size(tuple_item(pools, i)) == 0) {
                c->stopped = true;
                return nullptr;
            }
        }
        return first_result(c, true);
    }
    Object* result = result_to_update(c);
    if (!result) return nullptr;
    ssize* indices = c->indices;
    ssize i = npools - 1;
    for (; i >= 0; --i) {
        Object* pool = tuple_item(pools, i);
        if (++indices[i] == tuple_size(pool)) {
            indices[i] = 0;
            set_result_item(result, i, tuple_item(pool, 0));
        } else {
            set_result_item(result, i, tuple_item(pool, indices[i]));
            break;
        }
    }
    if (i < 0) {
        c->stopped = true;
        decref(result);
        return nullptr;
    }
    return result;
}

Object* product_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* c = static_cast<CombObject*>(o);
    if (c->stopped) {
        Ref<> empty = Ref<>::steal(tuple_new(0));
        if (!empty) return nullptr;
        return reduce_value(o->type, tuple_pack({empty.get()}));
    }
    if (!c->refs[1]) return reduce_value(o->type, newref(c->refs[0]));
    return reduce_value(o->type, newref(c->refs[0]), indices_tuple(c->indices, c->r));
}

// Clamps each index into its pool; an empty pool marks the product exhausted.
Object* product_setstate(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("product.__setstate__", nargs, kwnames)) return nullptr;
    auto* c = static_cast<CombObject*>(o);
    Object* state = args[0];
    Object* pools = c->refs[0];
    ssize n = c->r;
    if (!check_state_tuple(state, n)) return nullptr;
    for (ssize i = 0; i < n; ++i) {
        ssize index;
        if (!state_index(tuple_item(state, i), &index)) return nullptr;
        ssize size = tuple_size(tuple_item(pools, i));
        if (size == 0) {
            c->stopped = true;
            return none_new();
        }
        c->indices[i] = index < 0 ? 0 : index > size - 1 ? size - 1 : index;
    }
    if (!first_result(c, true)) return nullptr;
    decref(c->refs[1]);   // first_result's extra reference
    return none_new();
}

// ---- combinations(iterable, r) ----

// Shared by combinations and combinations_with_replacement: (iterable, r) with r >= 0 and the
// pool as a tuple. False with an exception.
bool parse_iterable_r(const char* fname, Object* const* args, size_t nargs, Object* kwnames, Object** pool,
                      ssize* r) {
    static const char* const kNames[] = {"iterable", "r"};
    Object* bound[2];
    if (!bind_args(ArgSpec{fname, kNames, 2, 0, -1, 2}, args, nargs, kwnames, bound)) return false;
    if (!arg_index_ssize(bound[1], r)) return false;
    *pool = sequence_tuple(bound[0]);
    if (!*pool) return false;
    if (*r < 0) {
        clearref(*pool);
        err_set_string(ValueError, "r must be non-negative");
        return false;
    }
    return true;
}

Object* combinations_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    Object* pool;
    ssize r;
    if (!parse_iterable_r("combinations", args, nargs, kwnames, &pool, &r)) return nullptr;
    ssize n = tuple_size(pool);
    // r > n yields nothing, and its indices are never read: none are allocated for it.
    CombObject* c = comb_alloc(type, pool, r, r > n ? 0 : r);
    if (!c) return nullptr;
    if (r <= n)
        for (ssize i = 0; i < r; ++i) c->indices[i] = i;
    c->stopped = r > n;
    return c;
}

// CPython: itertoolsmodule.c, combinations_next — the rightmost index below its maximum
// (i + n - r) steps up, those right of it follow one apart.
Object* combinations_next(Object* o) {
    auto* c = static_cast<CombObject*>(o);
    if (c->stopped) return nullptr;
    if (!c->refs[1]) return first_result(c, false);
    Object* pool = c->refs[0];
    ssize n = tuple_size(pool), r = c->r;
    ssize* indices = c->indices;
    ssize i = r - 1;
    while (i >= 0 && indices[i] == i + n - r) --i;
    if (i < 0) {
        c->stopped = true;
        return nullptr;
    }
    Object* result = result_to_update(c);
    if (!result) return nullptr;
    ++indices[i];
    for (ssize j = i + 1; j < r; ++j) indices[j] = indices[j - 1] + 1;
    for (; i < r; ++i) set_result_item(result, i, tuple_item(pool, indices[i]));
    return result;
}

// Shared by combinations and combinations_with_replacement (same state, same reduce).
Object* combinations_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* c = static_cast<CombObject*>(o);
    if (!c->refs[1]) return reduce_pool_r(o, nullptr);
    if (c->stopped) return reduce_stopped(o, c->r);
    Object* state = indices_tuple(c->indices, c->r);
    if (!state) return nullptr;
    return reduce_pool_r(o, state);
}

// Sets the result from the clamped indices. An iterator that yields nothing (r > n) has no
// indices to set: it stays exhausted (CPython would read outside the pool there).
Object* set_indices_result(CombObject* c) {
    if (!first_result(c, false)) return nullptr;
    decref(c->refs[1]);   // first_result's extra reference
    return none_new();
}

Object* combinations_setstate(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("combinations.__setstate__", nargs, kwnames)) return nullptr;
    auto* c = static_cast<CombObject*>(o);
    Object* state = args[0];
    ssize n = tuple_size(c->refs[0]), r = c->r;
    if (!check_state_tuple(state, r)) return nullptr;
    for (ssize i = 0; i < r; ++i) {
        ssize index;
        if (!state_index(tuple_item(state, i), &index)) return nullptr;
        if (r > n) continue;
        ssize max = i + n - r;
        c->indices[i] = index > max ? max : index < 0 ? 0 : index;
    }
    if (r > n) return none_new();
    return set_indices_result(c);
}

// ---- combinations_with_replacement(iterable, r) ----

Object* cwr_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    Object* pool;
    ssize r;
    if (!parse_iterable_r("combinations_with_replacement", args, nargs, kwnames, &pool, &r)) return nullptr;
    ssize n = tuple_size(pool);
    // An empty pool with r > 0 yields nothing; its indices are never read.
    CombObject* c = comb_alloc(type, pool, r, n == 0 ? 0 : r);
    if (!c) return nullptr;
    c->stopped = n == 0 && r > 0;
    return c;
}

// CPython: itertoolsmodule.c, cwr_next — the rightmost index below n - 1 steps up and every
// index right of it takes its value.
Object* cwr_next(Object* o) {
    auto* c = static_cast<CombObject*>(o);
    if (c->stopped) return nullptr;
    if (!c->refs[1]) return first_result(c, false);
    Object* pool = c->refs[0];
    ssize n = tuple_size(pool), r = c->r;
    ssize* indices = c->indices;
    ssize i = r - 1;
    while (i >= 0 && indices[i] == n - 1) --i;
    if (i < 0) {
        c->stopped = true;
        return nullptr;
    }
    Object* result = result_to_update(c);
    if (!result) return nullptr;
    ssize index = indices[i] + 1;
    Object* elem = tuple_item(pool, index);
    for (; i < r; ++i) {
        indices[i] = index;
        set_result_item(result, i, elem);
    }
    return result;
}

Object* cwr_setstate(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("combinations_with_replacement.__setstate__", nargs, kwnames)) return nullptr;
    auto* c = static_cast<CombObject*>(o);
    Object* state = args[0];
    ssize n = tuple_size(c->refs[0]), r = c->r;
    if (!check_state_tuple(state, r)) return nullptr;
    for (ssize i = 0; i < r; ++i) {
        ssize index;
        if (!state_index(tuple_item(state, i), &index)) return nullptr;
        if (n == 0) continue;
        c->indices[i] = index < 0 ? 0 : index > n - 1 ? n - 1 : index;
    }
    if (n == 0 && r > 0) return none_new();
    return set_indices_result(c);
}

// ---- permutations(iterable, r=None) ----

Object* permutations_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"iterable", "r"};
    Object* bound[2];
    if (!bind_args(ArgSpec{"permutations", kNames, 2, 0, -1, 1}, args, nargs, kwnames, bound)) return nullptr;
    Ref<> pool = Ref<>::steal(sequence_tuple(bound[0]));
    if (!pool) return nullptr;
    ssize n = tuple_size(pool.get());
    ssize r = n;
    if (bound[1] && bound[1] != None) {
        if (!is_int(bound[1])) return err_set_string(TypeError, "Expected int as r");
        if (!int_as_ssize(bound[1], &r)) return nullptr;
    }
    if (r < 0) return err_set_string(ValueError, "r must be non-negative");
    // r > n yields nothing: no cycles are needed then.
    ssize* cycles = alloc_indices(r > n ? 0 : r);
    if (!cycles) return nullptr;
    CombObject* c = comb_alloc(type, pool.release(), r, n);
    if (!c) {
        std::free(cycles);
        return nullptr;
    }
    c->cycles = cycles;
    for (ssize i = 0; i < n; ++i) c->indices[i] = i;
    if (r <= n)
        for (ssize i = 0; i < r; ++i) c->cycles[i] = n - i;
    c->stopped = r > n;
    return c;
}

// CPython: itertoolsmodule.c, permutations_next — the rightmost cycle counts down; at zero the
// tail of the indices rotates left by one and the next cycle to the left moves.
Object* permutations_next(Object* o) {
    auto* c = static_cast<CombObject*>(o);
    if (c->stopped) return nullptr;
    if (!c->refs[1]) return first_result(c, false);
    Object* pool = c->refs[0];
    ssize n = tuple_size(pool), r = c->r;
    if (n == 0) {
        c->stopped = true;
        return nullptr;
    }
    Object* result = result_to_update(c);
    if (!result) return nullptr;
    ssize* indices = c->indices;
    ssize* cycles = c->cycles;
    ssize i = r - 1;
    for (; i >= 0; --i) {
        if (--cycles[i] == 0) {
            ssize first = indices[i];
            for (ssize j = i; j < n - 1; ++j) indices[j] = indices[j + 1];
            indices[n - 1] = first;
            cycles[i] = n - i;
        } else {
            ssize j = cycles[i];
            std::swap(indices[i], indices[n - j]);
            for (ssize k = i; k < r; ++k) set_result_item(result, k, tuple_item(pool, indices[k]));
            break;
        }
    }
    if (i < 0) {
        c->stopped = true;
        decref(result);
        return nullptr;
    }
    return result;
}

Object* permutations_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* c = static_cast<CombObject*>(o);
    if (!c->refs[1]) return reduce_pool_r(o, nullptr);
    if (c->stopped) return reduce_stopped(o, c->r);
    Ref<> indices = Ref<>::steal(indices_tuple(c->indices, tuple_size(c->refs[0])));
    Ref<> cycles = Ref<>::steal(indices_tuple(c->cycles, c->r));
    if (!indices || !cycles) return nullptr;
    return reduce_pool_r(o, tuple_pack({indices.get(), cycles.get()}));
}

Object* permutations_setstate(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("permutations.__setstate__", nargs, kwnames)) return nullptr;
    auto* c = static_cast<CombObject*>(o);
    Object* state = args[0];
    if (!is_tuple(state)) return err_set_string(TypeError, "state is not a tuple");
    if (tuple_size(state) != 2 || !is_tuple(tuple_item(state, 0)) || !is_tuple(tuple_item(state, 1))) {
        if (tuple_size(state) != 2)
            return err_format(TypeError, "function takes exactly 2 arguments (%zd given)", tuple_size(state));
        Object* bad = is_tuple(tuple_item(state, 0)) ? tuple_item(state, 1) : tuple_item(state, 0);
        return err_format(TypeError, "argument %d must be tuple, not %s", is_tuple(tuple_item(state, 0)) ? 2 : 1,
                          type_name(bad));
    }
    Object* indices = tuple_item(state, 0);
    Object* cycles = tuple_item(state, 1);
    ssize n = tuple_size(c->refs[0]), r = c->r;
    if (tuple_size(indices) != n || tuple_size(cycles) != r) return err_set_string(ValueError, "invalid arguments");
    for (ssize i = 0; i < n; ++i) {
        ssize index;
        if (!state_index(tuple_item(indices, i), &index)) return nullptr;
        c->indices[i] = index < 0 ? 0 : index > n - 1 ? n - 1 : index;
    }
    for (ssize i = 0; i < r; ++i) {
        ssize index;
        if (!state_index(tuple_item(cycles, i), &index)) return nullptr;
        if (r > n) continue;
        c->cycles[i] = index < 1 ? 1 : index > n - i ? n - i : index;
    }
    if (r > n) return none_new();   // yields nothing: no result to make (CPython reads past the pool)
    return set_indices_result(c);
}

const MethodDef kProductMethods[] = {
    {"__reduce__", product_reduce},
    {"__setstate__", product_setstate},
    {nullptr, nullptr},
};
const MethodDef kCombinationsMethods[] = {
    {"__reduce__", combinations_reduce},
    {"__setstate__", combinations_setstate},
    {nullptr, nullptr},
};
const MethodDef kCwrMethods[] = {
    {"__reduce__", combinations_reduce},
    {"__setstate__", cwr_setstate},
    {nullptr, nullptr},
};
const MethodDef kPermutationsMethods[] = {
    {"__reduce__", permutations_reduce},
    {"__setstate__", permutations_setstate},
    {nullptr, nullptr},
};

bool ready_comb(TypeObject& t, const char* name, NewFn tp_new, UnaryFn next, const MethodDef* methods) {
    return ready_iter_type(t, name, sizeof(CombObject), tp_new, next, methods, refs_traverse<2>, refs_clear<2>,
                           comb_dealloc);
}

}  // namespace

bool add_combinatoric_types(Object* module) {
    if (!type_has(&ProductType, kTypeReady)) {
        if (!ready_comb(ProductType, "itertools.product", product_tp_new, product_next, kProductMethods) ||
            !ready_comb(CombinationsType, "itertools.combinations", combinations_tp_new, combinations_next,
                        kCombinationsMethods) ||
            !ready_comb(CwrType, "itertools.combinations_with_replacement", cwr_tp_new, cwr_next, kCwrMethods) ||
            !ready_comb(PermutationsType, "itertools.permutations", permutations_tp_new, permutations_next,
                        kPermutationsMethods))
            return false;
    }
    return module_add_object(module, "product", &ProductType) == 0 &&
           module_add_object(module, "combinations", &CombinationsType) == 0 &&
           module_add_object(module, "combinations_with_replacement", &CwrType) == 0 &&
           module_add_object(module, "permutations", &PermutationsType) == 0;
}

}  // namespace pygen::itertools_detail
