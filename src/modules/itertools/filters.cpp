// The filtering iterators: compress, dropwhile, takewhile and filterfalse, with CPython 3.11's
// argument checks and __reduce__/__setstate__. CPython counterpart: Modules/itertoolsmodule.c,
// compress_* / dropwhile_* / takewhile_* / filterfalse_* (behaviour only).

#include "modules/builtins_args.h"
#include "modules/itertools/itertools.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/tuple.h"

namespace pygen::itertools_detail {
namespace {

TypeObject CompressType;
TypeObject DropwhileType;
TypeObject TakewhileType;
TypeObject FilterfalseType;

// refs[0]: the predicate (strong; None allowed for filterfalse); refs[1]: the iterator.
// compress: refs[0] the data iterator, refs[1] the selectors iterator. `done`: dropwhile has
// stopped dropping / takewhile has stopped taking.
struct FilterObject : RefsObject<2> {
    bool done;
};

// (predicate, iterable), positional only: "dropwhile expected 2 arguments, got 1".
Object* predicate_new(TypeObject* type, TypeObject* base, const char* fname, Object* const* args, size_t nargs,
                      Object* kwnames) {
    if (!check_ctor_no_kwargs(type, base, fname, kwnames)) return nullptr;
    if (!check_positional(fname, nargs, nullptr, 2, 2)) return nullptr;
    Object* it = object_iter(args[1]);
    if (!it) return nullptr;
    auto* f = static_cast<FilterObject*>(alloc_object(type));
    if (!f) {
        decref(it);
        return nullptr;
    }
    f->refs[0] = newref(args[0]);
    f->refs[1] = it;
    return f;
}

// predicate(item) as a truth value: -1 on error.
int test_item(Object* predicate, Object* item) {
    Ref<> good = Ref<>::steal(call1(predicate, item));
    if (!good) return -1;
    return object_is_true(good.get());
}

// (type, (refs[0], refs[1])), plus `done` as an int when `with_flag`.
Object* filter_reduce_impl(Object* o, bool with_flag) {
    auto* f = static_cast<FilterObject*>(o);
    Object* args = tuple_pack({f->refs[0], f->refs[1]});
    if (!with_flag) return reduce_value(o->type, args);
    return reduce_value(o->type, args, int_from_i64(f->done ? 1 : 0));
}

Object* filter_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    return filter_reduce_impl(o, false);
}

Object* flag_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    return filter_reduce_impl(o, true);
}

// dropwhile/takewhile.__setstate__(flag): the flag's truth.
Object* flag_setstate(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("__setstate__", nargs, kwnames)) return nullptr;
    int flag = object_is_true(args[0]);
    if (flag < 0) return nullptr;
    static_cast<FilterObject*>(o)->done = flag != 0;
    return none_new();
}

// ---- compress(data, selectors) ----

Object* compress_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"data", "selectors"};
    Object* bound[2];
    if (!bind_args(ArgSpec{"compress", kNames, 2, 0, -1, 2}, args, nargs, kwnames, bound)) return nullptr;
    Ref<> data = Ref<>::steal(object_iter(bound[0]));
    if (!data) return nullptr;
    Ref<> selectors = Ref<>::steal(object_iter(bound[1]));
    if (!selectors) return nullptr;
    auto* f = static_cast<FilterObject*>(alloc_object(type));
    if (!f) return nullptr;
    f->refs[0] = data.release();
    f->refs[1] = selectors.release();
    return f;
}

// CPython: itertoolsmodule.c, compress_next — a datum is read before its selector, so the
// shorter input decides where it ends.
Object* compress_next(Object* o) {
    auto* f = static_cast<FilterObject*>(o);
    for (;;) {
        Object* datum = next_of(f->refs[0]);
        if (!datum) return nullptr;
        Object* selector = next_of(f->refs[1]);
        if (!selector) {
            decref(datum);
            return nullptr;
        }
        int ok = object_is_true(selector);
        decref(selector);
        if (ok > 0) return datum;
        decref(datum);
        if (ok < 0) return nullptr;
    }
}

// ---- dropwhile(predicate, iterable) ----

Object* dropwhile_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    return predicate_new(type, &DropwhileType, "dropwhile", args, nargs, kwnames);
}

Object* dropwhile_next(Object* o) {
    auto* f = static_cast<FilterObject*>(o);
    for (;;) {
        Object* item = next_of(f->refs[1]);
        if (!item || f->done) return item;
        int ok = test_item(f->refs[0], item);
        if (ok == 0) {
            f->done = true;
            return item;
        }
        decref(item);
        if (ok < 0) return nullptr;
    }
}

// ---- takewhile(predicate, iterable) ----

Object* takewhile_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    return predicate_new(type, &TakewhileType, "takewhile", args, nargs, kwnames);
}

// The first item failing the predicate is consumed and dropped; nothing is read after it.
Object* takewhile_next(Object* o) {
    auto* f = static_cast<FilterObject*>(o);
    if (f->done) return nullptr;
    Object* item = next_of(f->refs[1]);
    if (!item) return nullptr;
    int ok = test_item(f->refs[0], item);
    if (ok > 0) return item;
    decref(item);
    if (ok == 0) f->done = true;
    return nullptr;
}

// ---- filterfalse(function, iterable) ----

Object* filterfalse_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    return predicate_new(type, &FilterfalseType, "filterfalse", args, nargs, kwnames);
}

// None and bool test the item itself (without calling bool).
Object* filterfalse_next(Object* o) {
    auto* f = static_cast<FilterObject*>(o);
    for (;;) {
        Object* item = next_of(f->refs[1]);
        if (!item) return nullptr;
        Object* func = f->refs[0];
        int ok = func == None || func == &BoolType ? object_is_true(item) : test_item(func, item);
        if (ok == 0) return item;
        decref(item);
        if (ok < 0) return nullptr;
    }
}

const MethodDef kReduceOnly[] = {{"__reduce__", filter_reduce}, {nullptr, nullptr}};
const MethodDef kFlagMethods[] = {
    {"__reduce__", flag_reduce},
    {"__setstate__", flag_setstate},
    {nullptr, nullptr},
};

bool ready_filter(TypeObject& t, const char* name, NewFn tp_new, UnaryFn next, const MethodDef* methods) {
    return ready_refs_type<2>(t, name, sizeof(FilterObject), tp_new, next, methods);
}

}  // namespace

bool add_filter_types(Object* module) {
    if (!type_has(&CompressType, kTypeReady)) {
        if (!ready_filter(CompressType, "itertools.compress", compress_tp_new, compress_next, kReduceOnly) ||
            !ready_filter(DropwhileType, "itertools.dropwhile", dropwhile_tp_new, dropwhile_next, kFlagMethods) ||
            !ready_filter(TakewhileType, "itertools.takewhile", takewhile_tp_new, takewhile_next, kFlagMethods) ||
            !ready_filter(FilterfalseType, "itertools.filterfalse", filterfalse_tp_new, filterfalse_next, kReduceOnly))
            return false;
    }
    return module_add_object(module, "compress", &CompressType) == 0 &&
           module_add_object(module, "dropwhile", &DropwhileType) == 0 &&
           module_add_object(module, "takewhile", &TakewhileType) == 0 &&
           module_add_object(module, "filterfalse", &FilterfalseType) == 0;
}

}  // namespace pygen::itertools_detail
