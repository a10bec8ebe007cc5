// The _itertools module: count, repeat, chain (with chain.from_iterable) and islice, with
// CPython 3.11's reprs, messages, __length_hint__ and __reduce__, the helpers the other files
// share, and the module itself (the other types come from the files itertools.h lists).
// lib/itertools.py re-exports it. CPython counterpart: Modules/itertoolsmodule.c (behaviour only).

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/complex.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "modules/itertools/itertools.h"

namespace pygen {

Object* make_itertools_module();

TypeObject ItChainType;
TypeObject ItIsliceType;

namespace itertools_detail {

Object* next_of(Object* it) {
    UnaryFn fn = it->type->iternext;
    Object* item = fn ? fn(it) : iter_next(it);
    if (!item && err_occurred() && err_matches(StopIteration)) err_clear();
    return item;
}

bool ready_iter_type(TypeObject& t, const char* name, size_t size, NewFn tp_new, UnaryFn next,
                     const MethodDef* methods, TraverseFn traverse, InquiryFn clear, DeallocFn dealloc,
                     bool base_type) {
    t.name = name;
    t.basicsize = size;
    t.flags |= kTypeGC | (base_type ? kTypeBaseType : 0u);
    t.tp_new = tp_new;
    t.dealloc = dealloc;
    t.traverse = traverse;
    t.clear = clear;
    t.iter = iter_self;
    t.iternext = next;
    t.methods = methods;
    return type_ready(&t);
}

bool check_ctor_no_kwargs(TypeObject* type, TypeObject* base, const char* fname, Object* kwnames) {
    if (!kwnames || tuple_size(kwnames) == 0) return true;
    if (type != base && type_lookup_str(type, "__init__") != type_lookup_str(&ObjectType, "__init__")) return true;
    return check_no_kwargs(fname, kwnames);
}

Object* reduce_value(Object* type, Object* args, Object* state) {
    Ref<> a = Ref<>::steal(args);
    Ref<> s = Ref<>::steal(state);
    if (!a) return nullptr;
    if (state) return tuple_pack({type, a.get(), s.get()});
    return tuple_pack({type, a.get()});
}

}  // namespace itertools_detail

namespace {

using namespace itertools_detail;

TypeObject CountType;
TypeObject RepeatType;

using ItObject = RefsObject<3>;

// ---- count(start=0, step=1) ----

// refs[0]: the next value (strong); refs[1]: step (strong). While `fast`, the value lives in
// `next_value` instead (an exact int start fitting ssize with the int step 1).
struct CountObject : ItObject {
    bool fast;
    ssize next_value;
};

// PyNumber_Check: what count accepts as start and step.
bool is_number(Object* o) {
    TypeObject* t = o->type;
    return t->nb_index || t->nb_int || t->nb_float || is_complex(o);
}

Object* count_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"start", "step"};
    Object* bound[2];
    if (!bind_args(ArgSpec{"count", kNames, 2}, args, nargs, kwnames, bound)) return nullptr;
    Ref<> start = bound[0] ? Ref<>::borrow(bound[0]) : Ref<>::steal(int_from_i64(0));
    Ref<> step = bound[1] ? Ref<>::borrow(bound[1]) : Ref<>::steal(int_from_i64(1));
    if (!start || !step) return nullptr;
    if (!is_number(start.get()) || !is_number(step.get())) return err_set_string(TypeError, "a number is required");
    auto* c = static_cast<CountObject*>(alloc_object(type));
    if (!c) return nullptr;
    int64_t v, s;
    if (is_int_exact(start.get()) && is_int_exact(step.get()) && int_as_i64(step.get(), &s) && s == 1 &&
        int_as_i64(start.get(), &v) && v < PTRDIFF_MAX) {
        c->fast = true;
        c->next_value = v;
    } else {
        err_clear();
        c->refs[0] = start.release();
    }
    c->refs[1] = step.release();
    return c;
}

// The current value as an object (leaving fast mode when it must).
Object* count_value(CountObject* c) {
    if (c->fast) return int_from_i64(c->next_value);
    return newref(c->refs[0]);
}

Object* count_next(Object* o) {
    auto* c = static_cast<CountObject*>(o);
    if (c->fast) {
        if (c->next_value < PTRDIFF_MAX) return int_from_i64(c->next_value++);
        c->fast = false;   // continues with arbitrary-precision ints
        c->refs[0] = int_from_i64(c->next_value);
        if (!c->refs[0]) return nullptr;
    }
    Object* current = c->refs[0];
    Object* nxt = binary_op(current, c->refs[1], BinOp::Add);
    if (!nxt) return nullptr;
    c->refs[0] = nxt;
    return current;   // the reference the object held
}

// "count(5)", "count(5, 2)", "count(0, 1.0)": the step is shown unless it is the int 1.
bool step_is_int_one(Object* step) {
    int64_t s;
    return is_int_exact(step) && int_as_i64(step, &s) && s == 1;
}

Object* count_repr(Object* o) {
    auto* c = static_cast<CountObject*>(o);
    Ref<> value = Ref<>::steal(count_value(c));
    if (!value) return nullptr;
    if (step_is_int_one(c->refs[1])) return str_from_format("%s(%R)", "count", value.get());
    return str_from_format("%s(%R, %R)", "count", value.get(), c->refs[1]);
}

Object* count_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* c = static_cast<CountObject*>(o);
    Ref<> value = Ref<>::steal(count_value(c));
    if (!value) return nullptr;
    // The step is left out only in the fast mode (as CPython, which shows it for count(2.5, 1)).
    Ref<> args = c->fast ? Ref<>::steal(tuple_pack({value.get()}))
                                            : Ref<>::steal(tuple_pack({value.get(), c->refs[1]}));
    if (!args) return nullptr;
    return tuple_pack({o->type, args.get()});
}

// ---- repeat(object[, times]) ----

// refs[0]: the object; `remaining` -1 for endless.
struct RepeatObject : ItObject {
    ssize remaining;
};

Object* repeat_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"object", "times"};
    Object* bound[2];
    if (!bind_args(ArgSpec{"repeat", kNames, 2, 0, -1, 1}, args, nargs, kwnames, bound)) return nullptr;
    ssize times = -1;
    if (bound[1]) {
        if (!arg_index_ssize(bound[1], &times)) return nullptr;
        if (times < 0) times = 0;
    }
    auto* r = static_cast<RepeatObject*>(alloc_object(type));
    if (!r) return nullptr;
    r->refs[0] = newref(bound[0]);
    r->remaining = times;
    return r;
}

Object* repeat_next(Object* o) {
    auto* r = static_cast<RepeatObject*>(o);
    if (r->remaining == 0) return nullptr;
    if (r->remaining > 0) --r->remaining;
    return newref(r->refs[0]);
}

Object* repeat_repr(Object* o) {
    auto* r = static_cast<RepeatObject*>(o);
    if (r->remaining < 0) return str_from_format("%s(%R)", "repeat", r->refs[0]);
    return str_from_format("%s(%R, %zd)", "repeat", r->refs[0], r->remaining);
}

Object* repeat_length_hint(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__length_hint__", nargs, kwnames)) return nullptr;
    auto* r = static_cast<RepeatObject*>(o);
    if (r->remaining < 0) return err_set_string(TypeError, "len() of unsized object");
    return int_from_i64(r->remaining);
}

Object* repeat_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* r = static_cast<RepeatObject*>(o);
    Ref<> args;
    if (r->remaining < 0) {
        args = Ref<>::steal(tuple_pack({r->refs[0]}));
    } else {
        Ref<> n = Ref<>::steal(int_from_i64(r->remaining));
        if (!n) return nullptr;
        args = Ref<>::steal(tuple_pack({r->refs[0], n.get()}));
    }
    if (!args) return nullptr;
    return tuple_pack({o->type, args.get()});
}

// ---- chain(*iterables) and chain.from_iterable(iterable) ----

// refs[0]: iterator over the iterables (null once exhausted); refs[1]: the active iterator.
struct ChainObject : ItObject {};

Object* chain_make(TypeObject* type, Object* source) {
    auto* c = static_cast<ChainObject*>(alloc_object(type));
    if (!c) {
        decref(source);
        return nullptr;
    }
    c->refs[0] = source;
    return c;
}

Object* chain_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_ctor_no_kwargs(type, &ItChainType, "chain", kwnames)) return nullptr;
    Ref<> all = Ref<>::steal(tuple_from_array(args, static_cast<ssize>(nargs)));
    if (!all) return nullptr;
    Object* source = object_iter(all.get());
    if (!source) return nullptr;
    return chain_make(type, source);
}

Object* chain_from_iterable(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("chain.from_iterable", nargs, kwnames)) return nullptr;
    Object* source = object_iter(args[0]);
    if (!source) return nullptr;
    return chain_make(static_cast<TypeObject*>(cls), source);
}

// CPython: itertoolsmodule.c, chain_next — the next iterable is turned into an iterator only
// when the previous one is exhausted (so chain(1) fails at the first next()).
Object* chain_next(Object* o) {
    auto* c = static_cast<ChainObject*>(o);
    for (;;) {
        if (!c->refs[1]) {
            if (!c->refs[0]) return nullptr;
            Ref<> iterable = Ref<>::steal(next_of(c->refs[0]));
            if (!iterable) {
                if (err_occurred()) return nullptr;
                clearref(c->refs[0]);
                return nullptr;
            }
            Object* it = object_iter(iterable.get());
            if (!it) return nullptr;
            setref(c->refs[1], it);
        }
        Object* item = next_of(c->refs[1]);
        if (item || err_occurred()) return item;
        clearref(c->refs[1]);
    }
}

// (type, (), (source,) or (source, active)) while something is left, else (type, ()).
Object* chain_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* c = static_cast<ChainObject*>(o);
    Ref<> empty = Ref<>::steal(tuple_new(0));
    if (!empty) return nullptr;
    if (!c->refs[0]) return tuple_pack({o->type, empty.get()});
    Ref<> state = c->refs[1] ? Ref<>::steal(tuple_pack({c->refs[0], c->refs[1]})) : Ref<>::steal(tuple_pack({c->refs[0]}));
    if (!state) return nullptr;
    return tuple_pack({o->type, empty.get(), state.get()});
}

Object* chain_setstate(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("chain.__setstate__", nargs, kwnames)) return nullptr;
    Object* state = args[0];
    if (!is_tuple(state)) return err_set_string(TypeError, "state is not a tuple");
    ssize n = tuple_size(state);
    if (n < 1 || n > 2) return err_set_string(TypeError, "chain state must be 1 or 2 items");
    Object* source = tuple_item(state, 0);
    Object* active = n == 2 ? tuple_item(state, 1) : nullptr;
    if (!source->type->iternext || (active && !active->type->iternext))
        return err_set_string(TypeError, "Arguments must be iterators.");
    auto* c = static_cast<ChainObject*>(o);
    setref(c->refs[0], newref(source));
    setref(c->refs[1], xnewref(active));
    return none_new();
}

// ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) ----

// refs[0]: the iterator (null once done). `next_index`: the index of the next item to
// return; `stop` -1 for None.
struct IsliceObject : ItObject {
    ssize next_index;
    ssize stop;
    ssize step;
    ssize consumed;   // items taken from the iterator so far
};

// An index argument as ssize; -1 when it is not an integer or does not fit (CPython clears that error
// and lets the range checks below report it).
ssize islice_index(Object* o) {
    if (!is_index(o)) return -1;
    ssize v = number_as_ssize(o, OverflowError);   // too large is an error too, reported as -1
    if (v == -1 && err_occurred()) err_clear();
    return v;
}

Object* islice_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_ctor_no_kwargs(type, &ItIsliceType, "islice", kwnames)) return nullptr;
    if (!check_positional("islice", nargs, nullptr, 2, 4)) return nullptr;
    static const char kStopMsg[] = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    static const char kIndexMsg[] = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    ssize start = 0, stop = -1, step = 1;
    Object* stop_arg = args[nargs == 2 ? 1 : 2];
    if (stop_arg != None) {
        stop = islice_index(stop_arg);
        if (stop == -1) return err_set_string(ValueError, kStopMsg);
    }
    if (nargs > 2) {
        if (args[1] != None) start = islice_index(args[1]);
        if (nargs == 4 && args[3] != None) {
            step = islice_index(args[3]);
            if (step <= 0) return err_set_string(ValueError, "Step for islice() must be a positive integer or None.");
        }
    }
    if (start < 0 || stop < -1) return err_set_string(ValueError, kIndexMsg);
    Object* it = object_iter(args[0]);
    if (!it) return nullptr;
    auto* s = static_cast<IsliceObject*>(alloc_object(type));
    if (!s) {
        decref(it);
        return nullptr;
    }
    s->refs[0] = it;
    s->next_index = start;
    s->stop = stop;
    s->step = step;
    s->consumed = 0;
    return s;
}

// CPython: itertoolsmodule.c, islice_next — skips to the next wanted index, and drops the
// iterator as soon as the slice is complete (so it is released early).
Object* islice_next(Object* o) {
    auto* s = static_cast<IsliceObject*>(o);
    Object* it = s->refs[0];
    if (!it) return nullptr;
    ssize stop = s->stop;
    // Skips up to the start even past stop (islice(it, 5, 2) consumes 5 items), as CPython.
    while (s->consumed < s->next_index) {
        Object* skipped = next_of(it);
        if (!skipped) {
            clearref(s->refs[0]);
            return nullptr;
        }
        decref(skipped);
        ++s->consumed;
    }
    if (stop != -1 && s->consumed >= stop) {
        clearref(s->refs[0]);
        return nullptr;
    }
    Object* item = next_of(it);
    if (!item) {
        clearref(s->refs[0]);
        return nullptr;
    }
    ++s->consumed;
    // Past the end, or past sys.maxsize (the wrapped sum CPython compares; no signed overflow here).
    ssize next;
    if (__builtin_add_overflow(s->next_index, s->step, &next) || (stop != -1 && next > stop)) next = stop;
    s->next_index = next;
    return item;
}

// (type, (it, next, stop, step), consumed) while the iterator is alive, else
// (type, (iter([]), 0), 0).
Object* islice_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* s = static_cast<IsliceObject*>(o);
    if (!s->refs[0]) {
        Ref<> empty = Ref<>::steal(list_new(0));
        Ref<> it = empty ? Ref<>::steal(object_iter(empty.get())) : Ref<>();
        Ref<> zero = Ref<>::steal(int_from_i64(0));
        if (!it || !zero) return nullptr;
        Ref<> args = Ref<>::steal(tuple_pack({it.get(), zero.get()}));
        if (!args) return nullptr;
        return tuple_pack({o->type, args.get(), zero.get()});
    }
    Ref<> next = Ref<>::steal(int_from_i64(s->next_index));
    Ref<> stop = s->stop == -1 ? Ref<>::borrow(None) : Ref<>::steal(int_from_i64(s->stop));
    Ref<> step = Ref<>::steal(int_from_i64(s->step));
    Ref<> consumed = Ref<>::steal(int_from_i64(s->consumed));
    if (!next || !stop || !step || !consumed) return nullptr;
    Ref<> args = Ref<>::steal(tuple_pack({s->refs[0], next.get(), stop.get(), step.get()}));
    if (!args) return nullptr;
    return tuple_pack({o->type, args.get(), consumed.get()});
}

Object* islice_setstate(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("islice.__setstate__", nargs, kwnames)) return nullptr;
    ssize consumed;
    if (!arg_index_ssize(args[0], &consumed)) return nullptr;
    static_cast<IsliceObject*>(o)->consumed = consumed;
    return none_new();
}

const MethodDef kCountMethods[] = {{"__reduce__", count_reduce}, {nullptr, nullptr}};
const MethodDef kRepeatMethods[] = {
    {"__length_hint__", repeat_length_hint},
    {"__reduce__", repeat_reduce},
    {nullptr, nullptr},
};
const MethodDef kChainMethods[] = {
    {"from_iterable", chain_from_iterable, kMethClass},
    {"__reduce__", chain_reduce},
    {"__setstate__", chain_setstate},
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {nullptr, nullptr},
};
const MethodDef kIsliceMethods[] = {
    {"__reduce__", islice_reduce},
    {"__setstate__", islice_setstate},
    {nullptr, nullptr},
};

bool ready(TypeObject& t, const char* name, size_t size, NewFn tp_new, UnaryFn next, UnaryFn repr,
           const MethodDef* methods) {
    t.repr = repr;
    return ready_refs_type<3>(t, name, size, tp_new, next, methods);
}

bool ready_types() {
    if (type_has(&CountType, kTypeReady)) return true;
    return ready(CountType, "itertools.count", sizeof(CountObject), count_tp_new, count_next, count_repr, kCountMethods) &&
           ready(RepeatType, "itertools.repeat", sizeof(RepeatObject), repeat_tp_new, repeat_next, repeat_repr, kRepeatMethods) &&
           ready(ItChainType, "itertools.chain", sizeof(ChainObject), chain_tp_new, chain_next, nullptr, kChainMethods) &&
           ready(ItIsliceType, "itertools.islice", sizeof(IsliceObject), islice_tp_new, islice_next, nullptr, kIsliceMethods);
}

}  // namespace

Object* make_itertools_module() {
    if (!ready_types()) return nullptr;
    Object* m = module_new("_itertools");
    if (!m) return nullptr;
    if (module_add_object(m, "count", &CountType) < 0 || module_add_object(m, "repeat", &RepeatType) < 0 ||
        module_add_object(m, "chain", &ItChainType) < 0 || module_add_object(m, "islice", &ItIsliceType) < 0 ||
        !add_combinatoric_types(m) || !add_filter_types(m) || !add_transform_types(m) || !add_groupby_types(m) ||
        !add_tee_types(m)) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
