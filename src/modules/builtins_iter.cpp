// Built-in functions that consume or make iterators: iter, next, aiter, anext, sorted, min, max,
// sum, any, all. The iterator types themselves (enumerate, zip, map, ...) are in range.cpp;
// anext's default-value awaitable belongs to the generator work (genobject).
// CPython counterpart: Python/bltinmodule.c.

#include "modules/builtins_args.h"
#include "modules/builtins_tables.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str.h"

namespace pygen {

// needs: genobject (lead) — the awaitable anext(it, default) returns ("anext_awaitable"); it
// awaits `awaitable` and turns StopAsyncIteration into `default_value`. New reference or null.
Object* anext_awaitable_new(Object* awaitable, Object* default_value);

namespace {

Object* builtin_iter(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("iter", nargs, kwnames, 1, 2)) return nullptr;
    if (nargs == 1) return object_iter(args[0]);
    if (!is_callable(args[0])) return err_set_string(TypeError, "iter(v, w): v must be callable");
    return call_iter_new(args[0], args[1]);
}

Object* builtin_next(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("next", nargs, kwnames, 1, 2)) return nullptr;
    Object* it = args[0];
    if (!it->type->iternext) return err_format(TypeError, "'%s' object is not an iterator", it->type->name);
    Object* item = it->type->iternext(it);
    if (item) return item;
    if (err_occurred()) {
        if (nargs == 1 || !err_matches(StopIteration)) return nullptr;
        err_clear();
    }
    if (nargs == 2) return newref(args[1]);
    return err_set_object(StopIteration, nullptr);
}

Object* builtin_aiter(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("aiter", nargs, kwnames)) return nullptr;
    Object* o = args[0];
    Object* method = type_lookup_str(o->type, "__aiter__");
    if (!method) return err_format(TypeError, "'%s' object is not an async iterable", o->type->name);
    Ref<> it = Ref<>::steal(call1(method, o));
    if (!it) return nullptr;
    if (!type_lookup_str(it->type, "__anext__")) {
        return err_format(TypeError, "aiter() returned not an async iterator of type '%s'", it->type->name);
    }
    return it.release();
}

Object* builtin_anext(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("anext", nargs, kwnames, 1, 2)) return nullptr;
    Object* it = args[0];
    Object* method = type_lookup_str(it->type, "__anext__");
    if (!method) return err_format(TypeError, "'%s' object is not an async iterator", it->type->name);
    Ref<> awaitable = Ref<>::steal(call1(method, it));
    if (!awaitable || nargs == 1) return awaitable.release();
    return anext_awaitable_new(awaitable.get(), args[1]);
}

// sorted(iterable, /, *, key=None, reverse=False)
Object* builtin_sorted(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs != 1) return err_format(TypeError, "sorted expected 1 argument, got %zu", nargs);
    Object* key = nullptr;
    Object* reverse = nullptr;
    size_t nkw = kwcount(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        std::string_view name = kwname_at(kwnames, k);
        if (name == "key") key = args[nargs + k];
        else if (name == "reverse") reverse = args[nargs + k];
        else return err_format(TypeError, "'%S' is an invalid keyword argument for sort()", tuple_item(kwnames, static_cast<ssize>(k)));
    }
    Ref<> list = Ref<>::steal(sequence_list(args[0]));
    if (!list) return nullptr;
    bool is_reversed = false;
    if (reverse) {
        // list.sort takes reverse as an int (bool included), not as any truthy object.
        if (is_float(reverse)) return err_set_string(TypeError, "'float' object cannot be interpreted as an integer");
        Ref<> index = Ref<>::steal(number_index(reverse));
        if (!index) return nullptr;
        is_reversed = int_sign(index.get()) != 0;
    }
    if (key == None) key = nullptr;
    if (list_sort(list.get(), key, is_reversed) < 0) return nullptr;
    return list.release();
}

// min(iterable, *, key=None[, default]) / min(a, b, *args, key=None); max likewise with Gt.
Object* min_max(Object* const* args, size_t nargs, Object* kwnames, CompareOp op) {
    const char* name = op == CompareOp::Lt ? "min" : "max";
    Object* key = nullptr;
    Object* default_value = nullptr;
    if (nargs == 0) return err_format(TypeError, "%s expected at least 1 argument, got 0", name);
    size_t nkw = kwcount(kwnames);
    if (nkw > 2) return err_format(TypeError, "%s() takes at most 2 keyword arguments (%zu given)", name, nkw);
    for (size_t k = 0; k < nkw; k++) {
        std::string_view kw = kwname_at(kwnames, k);
        if (kw == "key") key = args[nargs + k];
        else if (kw == "default") default_value = args[nargs + k];
        else return err_format(TypeError, "'%S' is an invalid keyword argument for %s()", tuple_item(kwnames, static_cast<ssize>(k)), name);
    }
    if (nargs > 1 && default_value) {
        return err_format(TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
    }
    if (key == None) key = nullptr;

    Ref<> it;
    if (nargs == 1) {
        it = Ref<>::steal(object_iter(args[0]));
        if (!it) return nullptr;
    }
    Ref<> best_item, best_value;
    for (size_t i = 0;; i++) {
        Ref<> item;
        if (it) {
            item = Ref<>::steal(iter_next(it.get()));
            if (!item) {
                if (err_occurred()) return nullptr;
                break;
            }
        } else {
            if (i == nargs) break;
            item = Ref<>::borrow(args[i]);
        }
        Ref<> value = key ? Ref<>::steal(call1(key, item.get())) : item;
        if (!value) return nullptr;
        if (!best_item) {
            best_item = item;
            best_value = value;
            continue;
        }
        int better;
        Object* vo = value.get();
        Object* bo = best_value.get();
        if (vo->type == &IntType && bo->type == &IntType && !static_cast<IntObject*>(vo)->is_big &&
            !static_cast<IntObject*>(bo)->is_big) {
            // Two exact ints that fit in 64 bits compare without the rich-comparison dispatch.
            int64_t a = static_cast<IntObject*>(vo)->small, b = static_cast<IntObject*>(bo)->small;
            better = op == CompareOp::Lt ? a < b : a > b;
        } else {
            better = object_rich_compare_bool(vo, bo, op);
        }
        if (better < 0) return nullptr;
        if (better) {
            best_item = item;
            best_value = value;
        }
    }
    if (best_item) return best_item.release();
    if (default_value) return newref(default_value);
    return err_format(ValueError, "%s() arg is an empty sequence", name);
}

Object* builtin_min(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return min_max(args, nargs, kwnames, CompareOp::Lt);
}

Object* builtin_max(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return min_max(args, nargs, kwnames, CompareOp::Gt);
}

// sum(iterable, /, start=0). Exact ints accumulate in an int64 and exact floats in a double while
// they can (CPython 3.11 adds floats naively, without compensation); anything else goes through +.
Object* builtin_sum(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"iterable", "start"};
    Object* bound[2];
    if (!bind_args(ArgSpec{"sum", kNames, 2, 1, -1, 1}, args, nargs, kwnames, bound)) return nullptr;
    Object* start = bound[1];
    if (start) {
        if (is_str(start)) return err_set_string(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        if (is_bytes(start)) return err_set_string(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        if (start->type == &ByteArrayType || is_subtype(start->type, &ByteArrayType)) {
            return err_set_string(TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
        }
    }
    // An exact list of ints that fit in 64 bits (a comprehension's result, a matrix row) is
    // summed straight from its array. Adding such ints runs no Python code, so the list cannot
    // change meanwhile, and anything else (a big int, an overflow, another type) starts over on
    // the general path below as if this loop had not run.
    int64_t list_acc = 0;
    if (is_list_exact(bound[0]) && (start == nullptr || (is_int_exact(start) && int_as_i64(start, &list_acc)))) {
        Object* const* items = static_cast<ListObject*>(bound[0])->items;
        ssize n = list_size(bound[0]);
        ssize i = 0;
        for (; i < n; ++i) {
            int64_t v;
            if (!((is_int_exact(items[i]) || is_bool(items[i])) && int_as_i64(items[i], &v) &&
                  !__builtin_add_overflow(list_acc, v, &list_acc)))
                break;
        }
        if (i == n) return int_from_i64(list_acc);
    }
    Ref<> it = Ref<>::steal(object_iter(bound[0]));
    if (!it) return nullptr;
    Ref<> result = start ? Ref<>::borrow(start) : Ref<>::steal(int_from_i64(0));
    if (!result) return nullptr;

    int64_t int_acc;
    if (is_int_exact(result.get()) && int_as_i64(result.get(), &int_acc)) {
        for (;;) {
            Ref<> item = Ref<>::steal(iter_next(it.get()));
            if (!item) {
                if (err_occurred()) return nullptr;
                return int_from_i64(int_acc);
            }
            int64_t v, sum;
            if ((is_int_exact(item.get()) || is_bool(item.get())) && int_as_i64(item.get(), &v) &&
                !__builtin_add_overflow(int_acc, v, &sum)) {
                int_acc = sum;
                continue;
            }
            result = Ref<>::steal(int_from_i64(int_acc));
            if (!result) return nullptr;
            result = Ref<>::steal(binary_op(result.get(), item.get(), BinOp::Add));
            if (!result) return nullptr;
            break;
        }
    }

    if (result->type == &FloatType) {
        double float_acc = float_value(result.get());
        for (;;) {
            Ref<> item = Ref<>::steal(iter_next(it.get()));
            if (!item) {
                if (err_occurred()) return nullptr;
                return float_from(float_acc);
            }
            if (item->type == &FloatType) {
                float_acc += float_value(item.get());
                continue;
            }
            int64_t v;
            if (is_int(item.get()) && int_as_i64(item.get(), &v)) {
                float_acc += static_cast<double>(v);
                continue;
            }
            result = Ref<>::steal(float_from(float_acc));
            if (!result) return nullptr;
            result = Ref<>::steal(binary_op(result.get(), item.get(), BinOp::Add));
            if (!result) return nullptr;
            break;
        }
    }

    for (;;) {
        Ref<> item = Ref<>::steal(iter_next(it.get()));
        if (!item) {
            if (err_occurred()) return nullptr;
            return result.release();
        }
        result = Ref<>::steal(binary_op(result.get(), item.get(), BinOp::Add));
        if (!result) return nullptr;
    }
}

// any()/all(): stop at the first item whose truth equals `stop_on`.
Object* any_all(const char* name, Object* const* args, size_t nargs, Object* kwnames, bool stop_on) {
    if (!check_one_arg(name, nargs, kwnames)) return nullptr;
    Ref<> it = Ref<>::steal(object_iter(args[0]));
    if (!it) return nullptr;
    for (;;) {
        Ref<> item = Ref<>::steal(iter_next(it.get()));
        if (!item) {
            if (err_occurred()) return nullptr;
            return bool_from(!stop_on);
        }
        int truth = object_is_true(item.get());
        if (truth < 0) return nullptr;
        if ((truth != 0) == stop_on) return bool_from(stop_on);
    }
}

Object* builtin_any(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return any_all("any", args, nargs, kwnames, true);
}

Object* builtin_all(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return any_all("all", args, nargs, kwnames, false);
}

}  // namespace

const MethodDef kBuiltinsIterMethods[] = {
    {"iter", builtin_iter},
    {"next", builtin_next},
    {"aiter", builtin_aiter},
    {"anext", builtin_anext},
    {"sorted", builtin_sorted, kMethDepth},
    {"min", builtin_min, kMethDepth},
    {"max", builtin_max, kMethDepth},
    {"sum", builtin_sum},
    {"any", builtin_any, kMethDepth},
    {"all", builtin_all, kMethDepth},
    {nullptr, nullptr},
};

}  // namespace pygen
