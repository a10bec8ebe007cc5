// The _bisect module: bisect_left/bisect_right/insort_left/insort_right with lo, hi and key=
// (3.10+). lib/bisect.py stays the public face (the bisect/insort aliases) and imports these.
// CPython counterpart: Modules/_bisectmodule.c (behaviour only: Argument Clinic's messages, hi=-1
// meaning "len(a)", items fetched through the sequence protocol on every probe).

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"

namespace pygen {

Object* make_bisect_module();

namespace {

const char* const kNames[] = {"a", "x", "lo", "hi", "key"};

struct Bounds {
    Object* seq;     // borrowed
    Object* x;       // borrowed
    Object* key;     // borrowed, null for None
    ssize lo, hi;    // hi -1: len(seq), taken when the search starts (after key(x) for insort)
};

// Binds (a, x, lo=0, hi=None, *, key=None) (hi stays -1 for None). False with the exception set.
bool bind(const char* fname, Object* const* args, size_t nargs, Object* kwnames, Bounds* b) {
    Object* bound[5];
    if (!bind_args(ArgSpec{fname, kNames, 5, 0, 4, 2}, args, nargs, kwnames, bound)) return false;
    b->seq = bound[0];
    b->x = bound[1];
    b->key = bound[4] == None ? nullptr : bound[4];
    b->lo = 0;
    if (bound[2] && !arg_index_ssize(bound[2], &b->lo)) return false;
    b->hi = -1;
    if (bound[3] && bound[3] != None) {
        if (!is_index(bound[3])) {
            err_format(TypeError, "argument should be integer or None, not '%s'", bound[3]->type->name);
            return false;
        }
        // CPython's converter for hi: PyNumber_AsSsize_t with OverflowError, not Clinic's.
        b->hi = number_as_ssize(bound[3], OverflowError);
        if (b->hi == -1 && err_occurred()) return false;
    }
    if (b->lo < 0) {
        err_set_string(ValueError, "lo must be non-negative");
        return false;
    }
    return true;
}

// seq[index], then key(item) when a key is given. New reference or null.
Object* probe(Object* seq, ssize index, Object* key) {
    Ref<> item;
    if (is_list_exact(seq) && index < list_size(seq)) {
        item = Ref<>::borrow(list_item(seq, index));
    } else {
        Ref<> i = Ref<>::steal(int_from_i64(index));
        if (!i) return nullptr;
        item = Ref<>::steal(object_getitem(seq, i.get()));
        if (!item) return nullptr;
    }
    if (!key) return item.release();
    return call1(key, item.get());
}

// The insertion point for x in seq[lo:hi]: after equal items (right) or before them (left).
// -1 with the exception set. CPython: _bisectmodule.c, internal_bisect_right/left.
ssize search(Object* seq, Object* x, ssize lo, ssize hi, Object* key, bool right) {
    if (hi == -1) {   // None, and (as CPython's converter makes it) an explicit -1
        hi = object_length(seq);
        if (hi < 0) return -1;
    }
    while (lo < hi) {
        ssize mid = lo + (hi - lo) / 2;
        Ref<> value = Ref<>::steal(probe(seq, mid, key));
        if (!value) return -1;
        int lt = right ? object_rich_compare_bool(x, value.get(), CompareOp::Lt)
                       : object_rich_compare_bool(value.get(), x, CompareOp::Lt);
        if (lt < 0) return -1;
        if (lt == right) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

Object* bisect_common(const char* fname, Object* const* args, size_t nargs, Object* kwnames, bool right) {
    Bounds b;
    if (!bind(fname, args, nargs, kwnames, &b)) return nullptr;
    ssize at = search(b.seq, b.x, b.lo, b.hi, b.key, right);
    if (at < 0) return nullptr;
    return int_from_i64(at);
}

// The key, when given, applies to x before searching; a list gets the item by list.insert,
// anything else by its own insert method.
Object* insort_common(const char* fname, Object* const* args, size_t nargs, Object* kwnames, bool right) {
    Bounds b;
    if (!bind(fname, args, nargs, kwnames, &b)) return nullptr;
    Ref<> needle = b.key ? Ref<>::steal(call1(b.key, b.x)) : Ref<>::borrow(b.x);
    if (!needle) return nullptr;
    ssize at = search(b.seq, needle.get(), b.lo, b.hi, b.key, right);
    if (at < 0) return nullptr;
    if (is_list_exact(b.seq)) {
        if (list_insert(b.seq, at, b.x) < 0) return nullptr;
        return none_new();
    }
    Ref<> index = Ref<>::steal(int_from_i64(at));
    if (!index) return nullptr;
    Object* call_args[2] = {index.get(), b.x};
    Ref<> r = Ref<>::steal(call_method(b.seq, "insert", call_args, 2));
    if (!r) return nullptr;
    return none_new();
}

Object* bisect_right(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return bisect_common("bisect_right", args, nargs, kwnames, true);
}
Object* bisect_left(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return bisect_common("bisect_left", args, nargs, kwnames, false);
}
Object* insort_right(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return insort_common("insort_right", args, nargs, kwnames, true);
}
Object* insort_left(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return insort_common("insort_left", args, nargs, kwnames, false);
}

const MethodDef kFunctions[] = {
    {"bisect_right", bisect_right},
    {"insort_right", insort_right},
    {"bisect_left", bisect_left},
    {"insort_left", insort_left},
    {nullptr, nullptr},
};

}  // namespace

Object* make_bisect_module() {
    Object* m = module_new("_bisect");
    if (!m) return nullptr;
    if (module_add_functions(m, kFunctions) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
