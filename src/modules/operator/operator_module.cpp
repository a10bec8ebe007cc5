// The _operator module: the operators as functions (add ... ixor, comparisons, item access,
// truth, index, concat, countOf/indexOf, length_hint, call, _compare_digest) and the callable types
// itemgetter, attrgetter and methodcaller ("operator.itemgetter"), with CPython's reprs, reduce
// and messages. lib/operator.py re-exports them and adds the dunder aliases.
// CPython counterpart: Modules/_operator.c (behaviour only).

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "vm/import.h"

#include <string>

namespace pygen {

Object* make_operator_module();

namespace {

// ---- Arity checks ----
// Clinic's fixed-arity functions: "_operator.add() takes no keyword arguments", then
// "add expected 2 arguments, got 1"; METH_O ones: "_operator.neg() takes exactly one argument (0 given)".

bool two_args(const char* qualname, size_t nargs, Object* kwnames, size_t count = 2) {
    return check_no_kwargs(qualname, kwnames) && check_positional(qualname + 10, nargs, nullptr, count, count);
}

// ---- Number operators ----

// name, in-place name, BinOp
#define PYGEN_OPERATOR_BINARY(X)                                                                   \
    X(add, iadd, Add) X(sub, isub, Sub) X(mul, imul, Mul) X(matmul, imatmul, MatMul)               \
    X(truediv, itruediv, TrueDiv) X(floordiv, ifloordiv, FloorDiv) X(mod, imod, Mod)               \
    X(pow, ipow, Pow) X(and_, iand, And) X(or_, ior, Or) X(xor, ixor, Xor)                         \
    X(lshift, ilshift, LShift) X(rshift, irshift, RShift)

#define PYGEN_DEFINE_BINARY(name, iname, op)                                                       \
    Object* op_##name(Object*, Object* const* args, size_t nargs, Object* kwnames) {              \
        if (!two_args("_operator." #name, nargs, kwnames)) return nullptr;                        \
        return binary_op(args[0], args[1], BinOp::op);                                            \
    }                                                                                             \
    Object* op_##iname(Object*, Object* const* args, size_t nargs, Object* kwnames) {             \
        if (!two_args("_operator." #iname, nargs, kwnames)) return nullptr;                       \
        return inplace_op(args[0], args[1], BinOp::op);                                           \
    }
PYGEN_OPERATOR_BINARY(PYGEN_DEFINE_BINARY)
#undef PYGEN_DEFINE_BINARY

// operator.index gives an exact int, even when __index__ returns a subclass (PyNumber_Index).
Object* exact_index(Object* o) {
    Object* r = number_index(o);
    if (!r || is_int_exact(r)) return r;
    Object* exact = int_exact(r);
    decref(r);
    return exact;
}

#define PYGEN_OPERATOR_UNARY(X) \
    X(neg, unary_negative) X(pos, unary_positive) X(abs, number_absolute) X(inv, unary_invert) \
    X(invert, unary_invert) X(index, exact_index)

#define PYGEN_DEFINE_UNARY(name, fn)                                                               \
    Object* op_##name(Object*, Object* const* args, size_t nargs, Object* kwnames) {              \
        if (!check_one_arg("_operator." #name, nargs, kwnames)) return nullptr;                   \
        return fn(args[0]);                                                                       \
    }
PYGEN_OPERATOR_UNARY(PYGEN_DEFINE_UNARY)
#undef PYGEN_DEFINE_UNARY

#define PYGEN_OPERATOR_COMPARE(X) X(lt, Lt) X(le, Le) X(eq, Eq) X(ne, Ne) X(gt, Gt) X(ge, Ge)

#define PYGEN_DEFINE_COMPARE(name, op)                                                             \
    Object* op_##name(Object*, Object* const* args, size_t nargs, Object* kwnames) {              \
        if (!two_args("_operator." #name, nargs, kwnames)) return nullptr;                        \
        return object_rich_compare(args[0], args[1], CompareOp::op);                              \
    }
PYGEN_OPERATOR_COMPARE(PYGEN_DEFINE_COMPARE)
#undef PYGEN_DEFINE_COMPARE

Object* op_not_(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("_operator.not_", nargs, kwnames)) return nullptr;
    int t = object_is_true(args[0]);
    return t < 0 ? nullptr : bool_from(t == 0);
}

Object* op_truth(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("_operator.truth", nargs, kwnames)) return nullptr;
    int t = object_is_true(args[0]);
    return t < 0 ? nullptr : bool_from(t != 0);
}

Object* op_is_(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!two_args("_operator.is_", nargs, kwnames)) return nullptr;
    return bool_from(args[0] == args[1]);
}

Object* op_is_not(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!two_args("_operator.is_not", nargs, kwnames)) return nullptr;
    return bool_from(args[0] != args[1]);
}

// ---- Sequences ----

// PySequence_Check: something with __getitem__ that is not a mapping-only dict.
bool is_sequence(Object* o) { return o->type->getitem != nullptr && !is_dict(o); }

Object* concat_common(const char* qualname, Object* const* args, size_t nargs, Object* kwnames, bool inplace) {
    if (!two_args(qualname, nargs, kwnames)) return nullptr;
    if (!is_sequence(args[0])) return err_format(TypeError, "'%s' object can't be concatenated", args[0]->type->name);
    return inplace ? inplace_op(args[0], args[1], BinOp::Add) : binary_op(args[0], args[1], BinOp::Add);
}

Object* op_concat(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return concat_common("_operator.concat", args, nargs, kwnames, false);
}

Object* op_iconcat(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return concat_common("_operator.iconcat", args, nargs, kwnames, true);
}

Object* op_contains(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!two_args("_operator.contains", nargs, kwnames)) return nullptr;
    int r = sequence_contains(args[0], args[1]);
    return r < 0 ? nullptr : bool_from(r != 0);
}

Object* op_getitem(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!two_args("_operator.getitem", nargs, kwnames)) return nullptr;
    return object_getitem(args[0], args[1]);
}

Object* op_setitem(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!two_args("_operator.setitem", nargs, kwnames, 3)) return nullptr;
    if (object_setitem(args[0], args[1], args[2]) < 0) return nullptr;
    return none_new();
}

Object* op_delitem(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!two_args("_operator.delitem", nargs, kwnames)) return nullptr;
    if (object_delitem(args[0], args[1]) < 0) return nullptr;
    return none_new();
}

// Walks iter(a) comparing with `is` then ==: the count of matches, or (first_only) the index of
// the first. -1 with the exception set. CPython: abstract.c, _PySequence_IterSearch.
ssize search_sequence(Object* seq, Object* value, bool first_only) {
    Ref<> it = Ref<>::steal(object_iter(seq));
    if (!it) {
        if (err_matches(TypeError)) {
            err_clear();
            err_format(TypeError, "argument of type '%s' is not iterable", seq->type->name);
        }
        return -1;
    }
    ssize count = 0;
    for (ssize i = 0;; ++i) {
        Ref<> item = Ref<>::steal(iter_next(it.get()));
        if (!item) {
            if (err_occurred()) return -1;
            break;
        }
        int eq = object_rich_compare_bool(item.get(), value, CompareOp::Eq);
        if (eq < 0) return -1;
        if (eq) {
            if (first_only) return i;
            ++count;
        }
    }
    if (first_only) {
        err_set_string(ValueError, "sequence.index(x): x not in sequence");
        return -1;
    }
    return count;
}

Object* op_countOf(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!two_args("_operator.countOf", nargs, kwnames)) return nullptr;
    ssize n = search_sequence(args[0], args[1], false);
    return n < 0 ? nullptr : int_from_i64(n);
}

Object* op_indexOf(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!two_args("_operator.indexOf", nargs, kwnames)) return nullptr;
    ssize n = search_sequence(args[0], args[1], true);
    return n < 0 ? nullptr : int_from_i64(n);
}

// length_hint(obj, default=0, /): default must be an int (not merely __index__).
Object* op_length_hint(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("_operator.length_hint", kwnames) ||
        !check_positional("length_hint", nargs, nullptr, 1, 2))
        return nullptr;
    ssize fallback = 0;
    if (nargs == 2) {
        if (!is_int(args[1])) return err_format(TypeError, "'%s' object cannot be interpreted as an integer", args[1]->type->name);
        if (!arg_index_ssize(args[1], &fallback)) return nullptr;
    }
    ssize n = object_length_hint(args[0], fallback);
    if (n < 0 && err_occurred()) return nullptr;
    return int_from_i64(n);
}

Object* op_call(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs == 0) return err_set_string(TypeError, "call expected at least 1 argument, got 0");
    return call(args[0], args + 1, nargs - 1, kwnames);
}

// _compare_digest(a, b): equality in time independent of where the inputs differ, for ASCII str
// or bytes. CPython: _operator.c, _operator__compare_digest_impl.
Object* op_compare_digest(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!two_args("_operator._compare_digest", nargs, kwnames)) return nullptr;
    Object* a = args[0];
    Object* b = args[1];
    std::string_view x, y;
    BytesLike hold_a, hold_b;   // any buffer exporter (bytearray, memoryview, array), pinned
    if (is_str(a) && is_str(b)) {
        x = str_view(a);
        y = str_view(b);
        if (!utf8_is_ascii(x) || !utf8_is_ascii(y))
            return err_set_string(TypeError, "comparing strings with non-ASCII characters is not supported");
    } else {
        if (!object_check_buffer(a) && !object_check_buffer(b))
            return err_format(TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                              a->type->name, b->type->name);
        if (!hold_a.acquire(a)) return nullptr;
        if (hold_a.view().ndim > 1) return err_set_string(BufferError, "Buffer must be single dimension");
        if (!hold_b.acquire(b)) return nullptr;
        if (hold_b.view().ndim > 1) return err_set_string(BufferError, "Buffer must be single dimension");
        x = hold_a.data();
        y = hold_b.data();
    }
    // Always walk all of b, so the time depends only on its length.
    unsigned char diff = x.size() == y.size() ? 0 : 1;
    std::string_view left = x.size() == y.size() ? x : y;
    for (size_t i = 0; i < y.size(); ++i) diff |= static_cast<unsigned char>(left[i] ^ y[i]);
    return bool_from(diff == 0);
}

// ---- itemgetter / attrgetter / methodcaller ----

TypeObject ItemGetterType;
TypeObject AttrGetterType;
TypeObject MethodCallerType;

struct ItemGetterObject : Object {
    Object* items;     // strong tuple of the keys (at least one)
};

struct AttrGetterObject : Object {
    // strong tuple; each entry a str (a plain name) or a tuple of str (a dotted path, split once
    // at construction)
    Object* attrs;
};

struct MethodCallerObject : Object {
    Object* name;      // strong str
    Object* args;      // strong tuple
    Object* kwargs;    // strong dict (may be empty)
};

void getter_traverse(Object* o, VisitFn visit, void* arg) {
    if (Object* t = static_cast<ItemGetterObject*>(o)->items) visit(t, arg);
}
int getter_clear(Object* o) {
    clearref(static_cast<ItemGetterObject*>(o)->items);
    return 0;
}
void getter_dealloc(Object* o) {
    xdecref(static_cast<ItemGetterObject*>(o)->items);
    free_object(o);
}

// The three constructors take positional arguments only (subclasses included).
bool positional_only_new(const char* name, size_t nargs, Object* kwnames, size_t min) {
    if (kwnames && tuple_size(kwnames) > 0) {
        err_format(TypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs < min) {
        err_format(TypeError, "%s expected %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

Object* itemgetter_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (!positional_only_new("itemgetter", nargs, kwnames, 1)) return nullptr;
    Ref<> items = Ref<>::steal(tuple_from_array(args, static_cast<ssize>(nargs)));
    if (!items) return nullptr;
    auto* g = static_cast<ItemGetterObject*>(alloc_object(type));
    if (!g) return nullptr;
    g->items = items.release();
    return g;
}

// One key of obj, with lists and tuples indexed by an exact int directly.
Object* get_one_item(Object* obj, Object* key) {
    if (is_int_exact(key) && (is_list_exact(obj) || is_tuple_exact(obj))) {
        int64_t i;
        if (int_as_i64(key, &i)) {
            ssize n = is_list_exact(obj) ? list_size(obj) : tuple_size(obj);
            if (i < 0) i += n;
            if (i >= 0 && i < n) return newref(is_list_exact(obj) ? list_item(obj, i) : tuple_item(obj, i));
        }
    }
    return object_getitem(obj, key);
}

bool check_getter_call(const char* name, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) {
        err_format(TypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs != 1) {
        err_format(TypeError, "%s expected 1 argument, got %zu", name, nargs);
        return false;
    }
    return true;
}

Object* itemgetter_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_getter_call("itemgetter", nargs, kwnames)) return nullptr;
    Object* items = static_cast<ItemGetterObject*>(self)->items;
    ssize n = tuple_size(items);
    if (n == 1) return get_one_item(args[0], tuple_item(items, 0));
    Ref<> result = Ref<>::steal(tuple_new(n));
    if (!result) return nullptr;
    for (ssize i = 0; i < n; ++i) {
        Object* v = get_one_item(args[0], tuple_item(items, i));
        if (!v) {
            for (ssize j = i; j < n; ++j) tuple_items(result.get())[j] = incref(None);
            return nullptr;
        }
        tuple_items(result.get())[i] = v;
    }
    return result.release();
}

// "operator.itemgetter(1, 'a')"; "operator.itemgetter(...)" when the repr recurses into itself.
Object* getter_repr(Object* self, Object* parts, const char* type_name) {
    int entered = repr_enter(self);
    if (entered < 0) return nullptr;
    if (entered > 0) return str_from_format("%s(...)", type_name);
    std::string text = std::string(type_name) + "(";
    for (ssize i = 0; i < tuple_size(parts); ++i) {
        Ref<> r = Ref<>::steal(object_repr(tuple_item(parts, i)));
        if (!r) {
            repr_leave(self);
            return nullptr;
        }
        if (i) text += ", ";
        text += str_view(r.get());
    }
    repr_leave(self);
    text += ")";
    return str_from(text);
}

Object* itemgetter_repr(Object* self) {
    return getter_repr(self, static_cast<ItemGetterObject*>(self)->items, type_name(self));
}

Object* itemgetter_reduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    return tuple_pack({self->type, static_cast<ItemGetterObject*>(self)->items});
}

// attrgetter: each name is checked to be a str and split at dots now, so calls only walk.
Object* attrgetter_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (!positional_only_new("attrgetter", nargs, kwnames, 1)) return nullptr;
    Ref<> attrs = Ref<>::steal(tuple_new(static_cast<ssize>(nargs)));
    if (!attrs) return nullptr;
    for (size_t i = 0; i < nargs; ++i) tuple_items(attrs.get())[i] = incref(None);
    for (size_t i = 0; i < nargs; ++i) {
        Object* name = args[i];
        if (!is_str(name)) return err_set_string(TypeError, "attribute name must be a string");
        std::string_view text = str_view(name);
        Ref<> entry;
        if (text.find('.') == std::string_view::npos) {
            entry = Ref<>::steal(str_intern(text));
        } else {
            Ref<> parts = Ref<>::steal(list_new(0));
            if (!parts) return nullptr;
            size_t start = 0;
            for (;;) {
                size_t dot = text.find('.', start);
                Ref<> part = Ref<>::steal(str_intern(text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start)));
                if (!part || list_append(parts.get(), part.get()) < 0) return nullptr;
                if (dot == std::string_view::npos) break;
                start = dot + 1;
            }
            entry = Ref<>::steal(list_as_tuple(parts.get()));
        }
        if (!entry) return nullptr;
        setref(tuple_items(attrs.get())[i], entry.release());
    }
    auto* g = static_cast<AttrGetterObject*>(alloc_object(type));
    if (!g) return nullptr;
    g->attrs = attrs.release();
    return g;
}

Object* get_attr_path(Object* obj, Object* entry) {
    if (is_str(entry)) return object_getattr(obj, entry);
    Ref<> cur = Ref<>::borrow(obj);
    for (ssize i = 0; i < tuple_size(entry); ++i) {
        cur = Ref<>::steal(object_getattr(cur.get(), tuple_item(entry, i)));
        if (!cur) return nullptr;
    }
    return cur.release();
}

Object* attrgetter_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_getter_call("attrgetter", nargs, kwnames)) return nullptr;
    Object* attrs = static_cast<AttrGetterObject*>(self)->attrs;
    ssize n = tuple_size(attrs);
    if (n == 1) return get_attr_path(args[0], tuple_item(attrs, 0));
    Ref<> result = Ref<>::steal(tuple_new(n));
    if (!result) return nullptr;
    for (ssize i = 0; i < n; ++i) tuple_items(result.get())[i] = incref(None);
    for (ssize i = 0; i < n; ++i) {
        Object* v = get_attr_path(args[0], tuple_item(attrs, i));
        if (!v) return nullptr;
        setref(tuple_items(result.get())[i], v);
    }
    return result.release();
}

// The names as given: dotted paths joined again. New tuple of str or null.
Object* attrgetter_names(Object* self) {
    Object* attrs = static_cast<AttrGetterObject*>(self)->attrs;
    ssize n = tuple_size(attrs);
    Ref<> names = Ref<>::steal(tuple_new(n));
    if (!names) return nullptr;
    for (ssize i = 0; i < n; ++i) tuple_items(names.get())[i] = incref(None);
    for (ssize i = 0; i < n; ++i) {
        Object* entry = tuple_item(attrs, i);
        if (is_str(entry)) {
            setref(tuple_items(names.get())[i], incref(entry));
            continue;
        }
        std::string joined;
        for (ssize k = 0; k < tuple_size(entry); ++k) {
            if (k) joined += '.';
            joined += str_view(tuple_item(entry, k));
        }
        Object* s = str_from(joined);
        if (!s) return nullptr;
        setref(tuple_items(names.get())[i], s);
    }
    return names.release();
}

Object* attrgetter_repr(Object* self) {
    Ref<> names = Ref<>::steal(attrgetter_names(self));
    if (!names) return nullptr;
    return getter_repr(self, names.get(), type_name(self));
}

Object* attrgetter_reduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    Ref<> names = Ref<>::steal(attrgetter_names(self));
    if (!names) return nullptr;
    return tuple_pack({self->type, names.get()});
}

// methodcaller(name, /, *args, **kwargs)
Object* methodcaller_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs < 1) return err_set_string(TypeError, "methodcaller needs at least one argument, the method name");
    if (!is_str(args[0])) return err_set_string(TypeError, "method name must be a string");
    Ref<> name = Ref<>::steal(str_intern(str_view(args[0])));
    Ref<> rest = Ref<>::steal(tuple_from_array(args + 1, static_cast<ssize>(nargs - 1)));
    Ref<> kwargs = Ref<>::steal(dict_new());
    if (!name || !rest || !kwargs) return nullptr;
    for (size_t k = 0; k < kwcount(kwnames); ++k) {
        if (dict_setitem(kwargs.get(), tuple_item(kwnames, static_cast<ssize>(k)), args[nargs + k]) < 0) return nullptr;
    }
    auto* m = static_cast<MethodCallerObject*>(alloc_object(type));
    if (!m) return nullptr;
    m->name = name.release();
    m->args = rest.release();
    m->kwargs = kwargs.release();
    return m;
}

void methodcaller_traverse(Object* o, VisitFn visit, void* arg) {
    auto* m = static_cast<MethodCallerObject*>(o);
    if (m->name) visit(m->name, arg);
    if (m->args) visit(m->args, arg);
    if (m->kwargs) visit(m->kwargs, arg);
}
int methodcaller_clear(Object* o) {
    auto* m = static_cast<MethodCallerObject*>(o);
    clearref(m->name);
    clearref(m->args);
    clearref(m->kwargs);
    return 0;
}
void methodcaller_dealloc(Object* o) {
    methodcaller_clear(o);
    free_object(o);
}

Object* methodcaller_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_getter_call("methodcaller", nargs, kwnames)) return nullptr;
    auto* m = static_cast<MethodCallerObject*>(self);
    if (!m->name) return err_set_string(TypeError, "methodcaller is not initialized");
    Ref<> method = Ref<>::steal(object_getattr(args[0], m->name));
    if (!method) return nullptr;
    if (dict_size(m->kwargs) == 0)
        return call(method.get(), tuple_items(m->args), static_cast<size_t>(tuple_size(m->args)), nullptr);
    return call_tuple_dict(method.get(), m->args, m->kwargs);
}

Object* methodcaller_repr(Object* self) {
    auto* m = static_cast<MethodCallerObject*>(self);
    int entered = repr_enter(self);
    if (entered < 0) return nullptr;
    if (entered > 0) return str_from_format("%s(...)", type_name(self));
    std::string text = std::string(type_name(self)) + "(";
    bool ok = true;
    auto add = [&](Object* v, Object* key) {
        Ref<> r = Ref<>::steal(object_repr(v));
        if (!r) { ok = false; return; }
        text += ", ";
        if (key) { text += str_view(key); text += '='; }
        text += str_view(r.get());
    };
    Ref<> name_repr = Ref<>::steal(object_repr(m->name));
    if (!name_repr) ok = false;
    else text += str_view(name_repr.get());
    for (ssize i = 0; ok && i < tuple_size(m->args); ++i) add(tuple_item(m->args, i), nullptr);
    ssize pos = 0;
    Object *key, *value;
    while (ok && dict_next(m->kwargs, &pos, &key, &value)) add(value, key);
    repr_leave(self);
    if (!ok) return nullptr;
    text += ")";
    return str_from(text);
}

// (type, (name, *args)) without keywords; with them, (partial(type, name, **kwargs), args), as
// a class cannot be called with keywords from a reduce tuple.
Object* methodcaller_reduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* m = static_cast<MethodCallerObject*>(self);
    if (dict_size(m->kwargs) == 0) {
        ssize n = tuple_size(m->args);
        Ref<> all = Ref<>::steal(tuple_new(n + 1));
        if (!all) return nullptr;
        tuple_items(all.get())[0] = incref(m->name);
        for (ssize i = 0; i < n; ++i) tuple_items(all.get())[i + 1] = incref(tuple_item(m->args, i));
        return tuple_pack({self->type, all.get()});
    }
    Ref<> functools = Ref<>::steal(import_module("functools"));
    if (!functools) return nullptr;
    Ref<> partial = Ref<>::steal(object_getattr_str(functools.get(), "partial"));
    if (!partial) return nullptr;
    Ref<> pargs = Ref<>::steal(tuple_pack({self->type, m->name}));
    if (!pargs) return nullptr;
    Ref<> bound = Ref<>::steal(call_tuple_dict(partial.get(), pargs.get(), m->kwargs));
    if (!bound) return nullptr;
    return tuple_pack({bound.get(), m->args});
}

const MethodDef kItemGetterMethods[] = {{"__reduce__", itemgetter_reduce}, {nullptr, nullptr}};
const MethodDef kAttrGetterMethods[] = {{"__reduce__", attrgetter_reduce}, {nullptr, nullptr}};
const MethodDef kMethodCallerMethods[] = {{"__reduce__", methodcaller_reduce}, {nullptr, nullptr}};

bool ready_types() {
    if (type_has(&ItemGetterType, kTypeReady)) return true;
    ItemGetterType.name = "operator.itemgetter";
    ItemGetterType.basicsize = sizeof(ItemGetterObject);
    ItemGetterType.flags = kTypeGC;   // not subclassable, as in CPython
    ItemGetterType.tp_new = itemgetter_new;
    ItemGetterType.call = itemgetter_call;
    ItemGetterType.repr = itemgetter_repr;
    ItemGetterType.dealloc = getter_dealloc;
    ItemGetterType.traverse = getter_traverse;
    ItemGetterType.clear = getter_clear;
    ItemGetterType.methods = kItemGetterMethods;
    if (!type_ready(&ItemGetterType)) return false;

    AttrGetterType.name = "operator.attrgetter";
    AttrGetterType.basicsize = sizeof(AttrGetterObject);
    AttrGetterType.flags = kTypeGC;   // not subclassable, as in CPython
    AttrGetterType.tp_new = attrgetter_new;
    AttrGetterType.call = attrgetter_call;
    AttrGetterType.repr = attrgetter_repr;
    AttrGetterType.dealloc = getter_dealloc;     // same layout: one strong tuple
    AttrGetterType.traverse = getter_traverse;
    AttrGetterType.clear = getter_clear;
    AttrGetterType.methods = kAttrGetterMethods;
    if (!type_ready(&AttrGetterType)) return false;

    MethodCallerType.name = "operator.methodcaller";
    MethodCallerType.basicsize = sizeof(MethodCallerObject);
    MethodCallerType.flags = kTypeGC;   // not subclassable, as in CPython
    MethodCallerType.tp_new = methodcaller_new;
    MethodCallerType.call = methodcaller_call;
    MethodCallerType.repr = methodcaller_repr;
    MethodCallerType.dealloc = methodcaller_dealloc;
    MethodCallerType.traverse = methodcaller_traverse;
    MethodCallerType.clear = methodcaller_clear;
    MethodCallerType.methods = kMethodCallerMethods;
    return type_ready(&MethodCallerType);
}

#define PYGEN_BINARY_ENTRY(name, iname, op) {#name, op_##name}, {#iname, op_##iname},
#define PYGEN_UNARY_ENTRY(name, fn) {#name, op_##name},
#define PYGEN_COMPARE_ENTRY(name, op) {#name, op_##name},
const MethodDef kFunctions[] = {
    PYGEN_OPERATOR_BINARY(PYGEN_BINARY_ENTRY)
    PYGEN_OPERATOR_UNARY(PYGEN_UNARY_ENTRY)
    PYGEN_OPERATOR_COMPARE(PYGEN_COMPARE_ENTRY)
    {"not_", op_not_},
    {"truth", op_truth},
    {"is_", op_is_},
    {"is_not", op_is_not},
    {"concat", op_concat},
    {"iconcat", op_iconcat},
    {"contains", op_contains},
    {"getitem", op_getitem},
    {"setitem", op_setitem},
    {"delitem", op_delitem},
    {"countOf", op_countOf},
    {"indexOf", op_indexOf},
    {"length_hint", op_length_hint},
    {"call", op_call},
    {"_compare_digest", op_compare_digest},
    {nullptr, nullptr},
};
#undef PYGEN_BINARY_ENTRY
#undef PYGEN_UNARY_ENTRY
#undef PYGEN_COMPARE_ENTRY

}  // namespace

Object* make_operator_module() {
    if (!ready_types()) return nullptr;
    Object* m = module_new("_operator");
    if (!m) return nullptr;
    if (module_add_functions(m, kFunctions) < 0 || module_add_object(m, "itemgetter", &ItemGetterType) < 0 ||
        module_add_object(m, "attrgetter", &AttrGetterType) < 0 ||
        module_add_object(m, "methodcaller", &MethodCallerType) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
