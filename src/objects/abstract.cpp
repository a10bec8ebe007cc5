// Generic object operations that dispatch through the type slots with CPython's fallbacks and
// messages: text (repr/str/ascii/format), truth, hashing, rich comparison, attribute access,
// calls, containers, iteration and isinstance/issubclass. Number operations are in
// abstract_number.cpp. CPython counterparts: Objects/object.c, Objects/abstract.c.
#include "objects/abstract.h"

#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/generic_alias.h"
#include "objects/instance_values.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "vm/call.h"
#include "vm/thread_state.h"

namespace pygen {

// ---- Text ----

Object* object_repr(Object* o) {
    if (o == nullptr) return str_from("<NULL>");
    UnaryFn f = o->type->repr;
    if (f == nullptr) return object_default_repr(o);
    if (!enter_recursive_call(" while getting the repr of an object")) return nullptr;
    Object* res = f(o);
    leave_recursive_call();
    if (res != nullptr && !is_str(res)) {
        err_format(TypeError, "__repr__ returned non-string (type %s)", res->type->name);
        decref(res);
        return nullptr;
    }
    return res;
}

Object* object_str(Object* o) {
    if (o == nullptr) return str_from("<NULL>");
    if (is_str_exact(o)) return incref(o);
    // str() of an exact int is its repr: straight to int's repr, not through object.__str__.
    if (is_int_exact(o)) return IntType.repr(o);
    UnaryFn f = o->type->str;
    if (f == nullptr) return object_repr(o);
    if (!enter_recursive_call(" while getting the str of an object")) return nullptr;
    Object* res = f(o);
    leave_recursive_call();
    if (res != nullptr && !is_str(res)) {
        err_format(TypeError, "__str__ returned non-string (type %s)", res->type->name);
        decref(res);
        return nullptr;
    }
    return res;
}

// repr() with every non-ASCII code point escaped as \xNN, \uNNNN or \UNNNNNNNN.
Object* object_ascii(Object* o) {
    Object* r = object_repr(o);
    if (r == nullptr) return nullptr;
    if (static_cast<StrObject*>(r)->is_ascii) return r;
    std::string_view text = str_view(r);
    std::string out;
    out.reserve(text.size() + 16);
    char buf[16];
    for (size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
            i++;
            continue;
        }
        uint32_t cp;
        int extra;
        if (c >= 0xF0) { cp = c & 0x07; extra = 3; }
        else if (c >= 0xE0) { cp = c & 0x0F; extra = 2; }
        else { cp = c & 0x1F; extra = 1; }
        i++;
        for (int k = 0; k < extra && i < text.size(); k++, i++) {
            cp = (cp << 6) | (static_cast<unsigned char>(text[i]) & 0x3F);
        }
        if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
        else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
        else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
        out += buf;
    }
    decref(r);
    return str_from(out);
}

Object* lookup_special(Object* o, Object* name) {
    Object* res = type_lookup(o->type, name);
    if (res == nullptr) return nullptr;
    if (DescrGetFn f = res->type->descr_get) return f(res, o, o->type);
    return newref(res);
}

Object* object_format(Object* o, Object* spec) {
    Object* empty = nullptr;
    if (spec == nullptr) {
        empty = str_from("");
        if (empty == nullptr) return nullptr;
        spec = empty;
    }
    if (str_length(spec) == 0) {
        if (is_str_exact(o)) {
            xdecref(empty);
            return incref(o);
        }
        if (is_int_exact(o)) {
            xdecref(empty);
            return object_str(o);
        }
    }
    if (is_str_exact(spec)) {
        // The built-in types' own __format__ (they cannot be replaced on an exact instance):
        // no method lookup, bound method or call for f'{n:>5}' and format(x, spec).
        if (is_int_exact(o)) {
            xdecref(empty);
            return format_int(o, str_view(spec));
        }
        if (o->type == &FloatType) {
            xdecref(empty);
            return format_float(float_value(o), str_view(spec));
        }
        if (is_str_exact(o)) {
            xdecref(empty);
            return format_str(o, str_view(spec));
        }
    }
    Object* meth = lookup_special(o, PYGEN_ID(__format__));
    if (meth == nullptr) {
        if (!err_occurred()) err_format(TypeError, "Type %s doesn't define __format__", o->type->name);
        xdecref(empty);
        return nullptr;
    }
    Object* res = call1(meth, spec);
    decref(meth);
    xdecref(empty);
    if (res != nullptr && !is_str(res)) {
        err_format(TypeError, "__format__ must return a str, not %s", res->type->name);
        decref(res);
        return nullptr;
    }
    return res;
}

// ---- Truth, hashing, comparison ----

int object_is_true(Object* o) {
    if (o == True) return 1;
    if (o == False || o == None) return 0;
    TypeObject* t = o->type;
    if (t->nb_bool != nullptr) return t->nb_bool(o);
    if (t->len != nullptr) {
        ssize n = t->len(o);
        if (n < 0) return -1;
        return n > 0;
    }
    return 1;
}

int64_t object_hash(Object* o) {
    HashFn h = o->type->hash;
    if (h != nullptr) return h(o);
    err_format(TypeError, "unhashable type: '%s'", o->type->name);
    return -1;
}

namespace {

constexpr CompareOp kSwappedOp[] = {CompareOp::Gt, CompareOp::Ge, CompareOp::Eq,
                                    CompareOp::Ne, CompareOp::Lt, CompareOp::Le};
const char* const kOpStrings[] = {"<", "<=", "==", "!=", ">", ">="};

// CPython: object.c, do_richcompare. The right operand goes first when its type is a proper
// subclass of the left one's, so subclasses can override comparisons with base instances.
Object* do_richcompare(Object* a, Object* b, CompareOp op) {
    bool checked_reverse = false;
    TypeObject* ta = a->type;
    TypeObject* tb = b->type;
    if (ta != tb && tb->richcompare != nullptr && is_subtype(tb, ta)) {
        checked_reverse = true;
        Object* res = tb->richcompare(b, a, kSwappedOp[static_cast<int>(op)]);
        if (res != NotImplemented) return res;
        decref(res);
    }
    if (ta->richcompare != nullptr) {
        Object* res = ta->richcompare(a, b, op);
        if (res != NotImplemented) return res;
        decref(res);
    }
    if (!checked_reverse && tb->richcompare != nullptr) {
        Object* res = tb->richcompare(b, a, kSwappedOp[static_cast<int>(op)]);
        if (res != NotImplemented) return res;
        decref(res);
    }
    switch (op) {
        case CompareOp::Eq: return bool_from(a == b);
        case CompareOp::Ne: return bool_from(a != b);
        default:
            return err_format(TypeError, "'%s' not supported between instances of '%s' and '%s'",
                              kOpStrings[static_cast<int>(op)], ta->name, tb->name);
    }
}

}  // namespace

Object* object_rich_compare(Object* a, Object* b, CompareOp op) {
    if (!enter_recursive_call(" in comparison")) return nullptr;
    Object* res = do_richcompare(a, b, op);
    leave_recursive_call();
    return res;
}

int object_rich_compare_bool(Object* a, Object* b, CompareOp op) {
    if (a == b) {
        if (op == CompareOp::Eq) return 1;
        if (op == CompareOp::Ne) return 0;
    }
    Object* res = object_rich_compare(a, b, op);
    if (res == nullptr) return -1;
    int ok;
    if (res == True) ok = 1;
    else if (res == False) ok = 0;
    else ok = object_is_true(res);
    decref(res);
    return ok;
}

int object_equal(Object* a, Object* b) { return object_rich_compare_bool(a, b, CompareOp::Eq); }

// ---- Attributes ----

// Instances of str, bytes and tuple subclasses keep their variable-size data inline, so what a
// Python subclass adds (__dict__, __slots__ members) cannot sit at a fixed offset: it follows the
// data (str.cpp, bytes.cpp and tuple.cpp allocate the room). Types lay those fields out as if the
// instance were fixed-size, from the base's basicsize on; this maps such an offset to its
// address. The counterpart of CPython's negative tp_dictoffset (_PyObject_ComputedDictPointer).
Object** instance_field_ptr(Object* o, ssize offset) {
    char* base = reinterpret_cast<char*>(o);
    TypeObject* t = o->type;
    if (type_has(t, kTypeStrSubclass | kTypeBytesSubclass | kTypeTupleSubclass)) {
        size_t inline_end;   // first byte past the variable-size data, 8-byte aligned
        size_t fixed_size;   // the exact base type's basicsize, where subclass offsets start
        if (type_has(t, kTypeStrSubclass)) {
            inline_end = offsetof(StrObject, data) + static_cast<StrObject*>(o)->byte_size + 1;
            fixed_size = StrType.basicsize;
        } else if (type_has(t, kTypeBytesSubclass)) {
            inline_end = offsetof(BytesObject, data) + static_cast<BytesObject*>(o)->size + 1;
            fixed_size = BytesType.basicsize;
        } else {
            inline_end = offsetof(TupleObject, items) +
                         static_cast<size_t>(static_cast<TupleObject*>(o)->size) * sizeof(Object*);
            fixed_size = TupleType.basicsize;
        }
        inline_end = (inline_end + 7) & ~static_cast<size_t>(7);
        return reinterpret_cast<Object**>(base + inline_end + (static_cast<size_t>(offset) - fixed_size));
    }
    return reinterpret_cast<Object**>(base + offset);
}

Object** object_dict_ptr(Object* o) {
    ssize off = o->type->dictoffset;
    if (off <= 0) return nullptr;
    if (type_has(o->type, kTypeStrSubclass | kTypeBytesSubclass | kTypeTupleSubclass))
        return instance_field_ptr(o, off);
    return reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + off);
}

Object* instance_storage_get(Object* o, Object** dictptr, Object* name) {
    if (Object* dict = *dictptr) return dict_getitem_known_hash(dict, name, str_hash(name));
    if (!has_inline_values(o->type)) return nullptr;
    if (is_str_exact(name)) return inline_values_get(o, name);
    // A str subclass's own __eq__/__hash__ decide, as a dict lookup would let them (CPython makes
    // the dict for such a name too).
    Object* dict = instance_dict_materialize(o);
    return dict ? dict_getitem(dict, name) : nullptr;
}

namespace {

Object* no_attribute_error(Object* o, Object* name) {
    err_format(AttributeError, "'%s' object has no attribute '%U'", o->type->name, name);
    set_attribute_error_context(o, name);
    return nullptr;
}

// CPython: object.c, _PyObject_GenericGetAttrWithDict. With suppress, a missing attribute
// (including an AttributeError raised by a descriptor) returns null without an exception.
Object* generic_getattr_impl(Object* obj, Object* name, bool suppress) {
    if (!is_str(name)) {
        return err_format(TypeError, "attribute name must be string, not '%s'", name->type->name);
    }
    TypeObject* tp = obj->type;
    Object* descr = type_lookup(tp, name);
    DescrGetFn f = nullptr;
    if (descr != nullptr) {
        incref(descr);
        f = descr->type->descr_get;
        if (f != nullptr && descr->type->descr_set != nullptr) {
            Object* res = f(descr, obj, tp);
            decref(descr);
            if (res == nullptr && suppress && err_matches(AttributeError)) err_clear();
            return res;
        }
    }
    Object** dictptr = object_dict_ptr(obj);
    if (dictptr != nullptr) {
        Object* res = instance_storage_get(obj, dictptr, name);
        if (res != nullptr) {
            incref(res);
            xdecref(descr);
            return res;
        }
        if (err_occurred()) {
            xdecref(descr);
            return nullptr;
        }
    }
    if (f != nullptr) {
        Object* res = f(descr, obj, tp);
        decref(descr);
        if (res == nullptr && suppress && err_matches(AttributeError)) err_clear();
        return res;
    }
    if (descr != nullptr) return descr;
    if (suppress) return nullptr;
    return no_attribute_error(obj, name);
}

}  // namespace

Object* generic_getattr(Object* o, Object* name) { return generic_getattr_impl(o, name, false); }
Object* generic_getattr_suppress(Object* o, Object* name) { return generic_getattr_impl(o, name, true); }

Object* object_getattr(Object* o, Object* name) {
    if (!is_str(name)) {
        return err_format(TypeError, "attribute name must be string, not '%s'", name->type->name);
    }
    GetAttrFn f = o->type->getattro;
    if (f == nullptr) return no_attribute_error(o, name);
    Object* res = f(o, name);
    if (res == nullptr) set_attribute_error_context(o, name);
    return res;
}

Object* object_getattr_str(Object* o, const char* name) {
    Object* n = str_intern(name);
    if (n == nullptr) return nullptr;
    Object* res = object_getattr(o, n);
    decref(n);
    return res;
}

Object* object_lookup_attr(Object* o, Object* name) {
    if (!is_str(name)) {
        return err_format(TypeError, "attribute name must be string, not '%s'", name->type->name);
    }
    GetAttrFn f = o->type->getattro;
    if (f == generic_getattr) return generic_getattr_impl(o, name, true);
    if (f == type_getattro) return type_getattro_suppress(o, name);
    if (f == nullptr) return nullptr;
    Object* res = f(o, name);
    if (res == nullptr && err_matches(AttributeError)) err_clear();
    return res;
}

int object_setattr(Object* o, Object* name, Object* value) {
    if (!is_str(name)) {
        err_format(TypeError, "attribute name must be string, not '%s'", name->type->name);
        return -1;
    }
    TypeObject* tp = o->type;
    if (tp->setattro != nullptr) {
        incref(name);
        int rc = tp->setattro(o, name, value);
        decref(name);
        return rc;
    }
    if (tp->getattro == nullptr) {
        err_format(TypeError, "'%s' object has no attributes (%s .%U)", tp->name,
                   value == nullptr ? "del" : "assign to", name);
    } else {
        err_format(TypeError, "'%s' object has only read-only attributes (%s .%U)", tp->name,
                   value == nullptr ? "del" : "assign to", name);
    }
    return -1;
}

int object_setattr_str(Object* o, const char* name, Object* value) {
    Object* n = str_intern(name);
    if (n == nullptr) return -1;
    int rc = object_setattr(o, n, value);
    decref(n);
    return rc;
}

// CPython: object.c, _PyObject_GenericSetAttrWithDict.
int generic_setattr(Object* obj, Object* name, Object* value) {
    if (!is_str(name)) {
        err_format(TypeError, "attribute name must be string, not '%s'", name->type->name);
        return -1;
    }
    TypeObject* tp = obj->type;
    Object* descr = type_lookup(tp, name);
    if (descr != nullptr) {
        DescrSetFn f = descr->type->descr_set;
        if (f != nullptr) {
            incref(descr);
            int rc = f(descr, obj, value);
            decref(descr);
            return rc;
        }
    }
    Object** dictptr = object_dict_ptr(obj);
    if (dictptr == nullptr) {
        if (descr == nullptr) {
            no_attribute_error(obj, name);
        } else {
            err_format(AttributeError, "'%s' object attribute '%U' is read-only", tp->name, name);
        }
        return -1;
    }
    if (*dictptr == nullptr && has_inline_values(tp)) {
        int rc = inline_values_store(obj, name, value);
        if (rc <= 0) return rc;
    } else if (value != nullptr) {
        if (*dictptr == nullptr) {
            *dictptr = dict_new_for_instance(obj);
            if (*dictptr == nullptr) return -1;
        }
        return dict_setitem(*dictptr, name, value);
    }
    int rc = -1;
    if (*dictptr != nullptr) {
        rc = dict_delitem(*dictptr, name);
        if (rc == 0) return 0;
        if (!err_matches(KeyError)) return -1;
        err_clear();
    }
    if (is_type(obj)) {
        err_format(AttributeError, "type object '%s' has no attribute '%U'",
                   static_cast<TypeObject*>(obj)->name, name);
        set_attribute_error_context(obj, name);
    } else {
        no_attribute_error(obj, name);
    }
    return -1;
}

// ---- Calls ----

Object* call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    VectorcallFn f = callable->type->call;
    if (f == nullptr) return err_format(TypeError, "'%s' object is not callable", callable->type->name);
    return f(callable, args, nargs, kwnames);
}

Object* call0(Object* callable) { return call(callable, nullptr, 0); }
Object* call1(Object* callable, Object* a) { return call(callable, &a, 1); }
Object* call2(Object* callable, Object* a, Object* b) {
    Object* args[2] = {a, b};
    return call(callable, args, 2);
}

Object* call_with_self(Object* callable, Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    size_t total = nargs + (kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0);
    Object* small[8];
    std::vector<Object*> big;
    Object** buf = small;
    if (total + 1 > 8) {
        big.resize(total + 1);
        buf = big.data();
    }
    buf[0] = self;
    for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
    return call(callable, buf, nargs + 1, kwnames);
}

Object* call_tuple_dict(Object* callable, Object* args_tuple, Object* kwargs) {
    ssize n = args_tuple ? tuple_size(args_tuple) : 0;
    Object* const* items = args_tuple ? tuple_items(args_tuple) : nullptr;
    if (kwargs == nullptr || dict_size(kwargs) == 0) return call(callable, items, static_cast<size_t>(n));
    ssize nk = dict_size(kwargs);
    Object* kwnames = tuple_new(nk);
    if (kwnames == nullptr) return nullptr;
    std::vector<Object*> buf(static_cast<size_t>(n + nk));
    for (ssize i = 0; i < n; i++) buf[static_cast<size_t>(i)] = items[i];
    ssize pos = 0, k = 0;
    Object *key, *value;
    while (dict_next(kwargs, &pos, &key, &value)) {
        if (!is_str(key)) {
            decref(kwnames);
            return err_set_string(TypeError, "keywords must be strings");
        }
        tuple_items(kwnames)[k] = newref(key);
        buf[static_cast<size_t>(n + k)] = value;
        k++;
    }
    // Values are borrowed from kwargs, which the caller keeps alive for the duration of the call.
    Object* res = call(callable, buf.data(), static_cast<size_t>(n), kwnames);
    decref(kwnames);
    return res;
}

// CPython: object.c, _PyObject_GetMethod.
int object_get_method(Object* obj, Object* name, Object** method) {
    TypeObject* tp = obj->type;
    if (tp->getattro != generic_getattr || !is_str(name)) {
        *method = object_getattr(obj, name);
        return *method ? 0 : -1;
    }
    Object* descr = type_lookup(tp, name);
    DescrGetFn f = nullptr;
    bool meth_found = false;
    if (descr != nullptr) {
        incref(descr);
        if (type_has(descr->type, kTypeMethodDescriptor)) {
            meth_found = true;
        } else {
            f = descr->type->descr_get;
            if (f != nullptr && descr->type->descr_set != nullptr) {
                *method = f(descr, obj, tp);
                decref(descr);
                return *method ? 0 : -1;
            }
        }
    }
    Object** dictptr = object_dict_ptr(obj);
    if (dictptr != nullptr) {
        Object* attr = instance_storage_get(obj, dictptr, name);
        if (attr != nullptr) {
            *method = newref(attr);
            xdecref(descr);
            return 0;
        }
        if (err_occurred()) {
            xdecref(descr);
            *method = nullptr;
            return -1;
        }
    }
    if (meth_found) {
        *method = descr;
        return 1;
    }
    if (f != nullptr) {
        *method = f(descr, obj, tp);
        decref(descr);
        return *method ? 0 : -1;
    }
    if (descr != nullptr) {
        *method = descr;
        return 0;
    }
    *method = nullptr;
    no_attribute_error(obj, name);
    return -1;
}

Object* call_method(Object* obj, const char* name, Object* const* args, size_t nargs) {
    Object* n = str_intern(name);
    if (n == nullptr) return nullptr;
    Object* method = nullptr;
    int kind = object_get_method(obj, n, &method);
    decref(n);
    if (kind < 0) return nullptr;
    Object* res = kind == 1 ? call_with_self(method, obj, args, nargs, nullptr) : call(method, args, nargs);
    decref(method);
    return res;
}

Object* call_method0(Object* obj, const char* name) { return call_method(obj, name, nullptr, 0); }
Object* call_method1(Object* obj, const char* name, Object* a) { return call_method(obj, name, &a, 1); }

bool is_callable(Object* o) { return o->type->call != nullptr; }

// ---- Containers ----

ssize object_length(Object* o) {
    LenFn f = o->type->len;
    if (f != nullptr) return f(o);
    err_format(TypeError, "object of type '%s' has no len()", o->type->name);
    return -1;
}

ssize object_length_hint(Object* o, ssize fallback) {
    if (o->type->len != nullptr) {
        ssize n = o->type->len(o);
        if (n >= 0) return n;
        if (!err_matches(TypeError)) return -1;
        err_clear();
    }
    Object* hint = lookup_special(o, PYGEN_ID(__length_hint__));
    if (hint == nullptr) return err_occurred() ? -1 : fallback;
    Object* result = call(hint, nullptr, 0);
    decref(hint);
    if (result == nullptr) {
        if (!err_matches(TypeError)) return -1;
        err_clear();
        return fallback;
    }
    if (result == NotImplemented) {
        decref(result);
        return fallback;
    }
    if (!is_int(result)) {
        err_format(TypeError, "__length_hint__ must be an integer, not %s", result->type->name);
        decref(result);
        return -1;
    }
    ssize n = 0;
    bool ok = int_as_ssize(result, &n);
    decref(result);
    if (!ok) return -1;
    if (n < 0) {
        err_set_string(ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

Object* object_getitem(Object* o, Object* key) {
    BinaryFn f = o->type->getitem;
    if (f != nullptr) return f(o, key);
    if (is_type(o)) {
        // type[int] is special-cased (as in CPython) so that other classes stay unsubscriptable.
        if (o == static_cast<Object*>(&TypeType)) return generic_alias_new(o, key);
        Object* meth = object_lookup_attr(o, PYGEN_ID(__class_getitem__));
        if (meth != nullptr) {
            Object* res = call1(meth, key);
            decref(meth);
            return res;
        }
        if (err_occurred()) return nullptr;
        return err_format(TypeError, "type '%s' is not subscriptable", static_cast<TypeObject*>(o)->name);
    }
    return err_format(TypeError, "'%s' object is not subscriptable", o->type->name);
}

int object_setitem(Object* o, Object* key, Object* value) {
    ObjObjArgFn f = o->type->setitem;
    if (f != nullptr) return f(o, key, value);
    err_format(TypeError, "'%s' object does not support item assignment", o->type->name);
    return -1;
}

int object_delitem(Object* o, Object* key) {
    ObjObjArgFn f = o->type->setitem;
    if (f != nullptr) return f(o, key, nullptr);
    // CPython words it per path: types with sequence methods (and every class
    // statement's type) fail in PySequence_DelItem ("doesn't"), the rest in
    // PyObject_DelItem ("does not").
    // And only for an index key: others fall through to PyObject_DelItem's wording.
    bool seq_like = o->type->getitem != nullptr || o->type->contains != nullptr || o->type->ht_name != nullptr;
    err_format(TypeError, seq_like && is_index(key) ? "'%s' object doesn't support item deletion"
                                   : "'%s' object does not support item deletion", o->type->name);
    return -1;
}

// CPython: abstract.c, PySequence_Contains / _PySequence_IterSearch.
int sequence_contains(Object* container, Object* item) {
    ObjObjFn f = container->type->contains;
    if (f != nullptr) return f(container, item);
    Object* it = object_iter(container);
    if (it == nullptr) {
        if (err_matches(TypeError)) {
            err_clear();
            err_format(TypeError, "argument of type '%s' is not iterable", container->type->name);
        }
        return -1;
    }
    int found = 0;
    while (Object* x = iter_next(it)) {
        int cmp = object_rich_compare_bool(x, item, CompareOp::Eq);
        decref(x);
        if (cmp != 0) {
            found = cmp;
            break;
        }
    }
    if (found == 0 && err_occurred()) found = -1;
    decref(it);
    return found;
}

// ---- Iteration ----

Object* object_iter(Object* o) {
    UnaryFn f = o->type->iter;
    if (f != nullptr) {
        Object* res = f(o);
        if (res != nullptr && res->type->iternext == nullptr) {
            err_format(TypeError, "iter() returned non-iterator of type '%s'", res->type->name);
            decref(res);
            return nullptr;
        }
        return res;
    }
    if (o->type->getitem != nullptr && !is_dict(o)) return seq_iter_new(o);
    return err_format(TypeError, "'%s' object is not iterable", o->type->name);
}

Object* iter_next(Object* it) {
    UnaryFn f = it->type->iternext;
    if (f == nullptr) return err_format(TypeError, "'%s' object is not an iterator", it->type->name);
    Object* res = f(it);
    // iternext may signal exhaustion either way: null alone, or null with StopIteration.
    if (res == nullptr && err_occurred() && err_matches(StopIteration)) err_clear();
    return res;
}

Object* sequence_list(Object* iterable) {
    Object* list = list_new(0);
    if (list == nullptr) return nullptr;
    if (list_extend(list, iterable) < 0) {
        decref(list);
        return nullptr;
    }
    return list;
}

Object* sequence_tuple(Object* iterable) {
    if (is_tuple_exact(iterable)) return incref(iterable);
    if (is_list_exact(iterable)) return list_as_tuple(iterable);   // a subclass may override __iter__
    Object* list = sequence_list(iterable);
    if (list == nullptr) return nullptr;
    Object* t = list_as_tuple(list);
    decref(list);
    return t;
}

// ---- isinstance / issubclass ----

namespace {

// The __bases__ of a class-like object as a new tuple, or null (no exception) when absent.
Object* abstract_get_bases(Object* cls) {
    Object* bases = object_lookup_attr(cls, PYGEN_ID(__bases__));
    if (bases != nullptr && !is_tuple(bases)) clearref(bases);
    return bases;
}

// CPython: abstract.c, abstract_issubclass (depth-first over __bases__).
int abstract_issubclass(Object* derived_arg, Object* cls) {
    // Held: a __bases__ property may return a fresh tuple whose only base lives no longer
    // than the tuple (bpo-39382).
    Ref<> derived = Ref<>::borrow(derived_arg);
    while (true) {
        if (derived.get() == cls) return 1;
        Object* bases = abstract_get_bases(derived.get());
        if (bases == nullptr) return err_occurred() ? -1 : 0;
        ssize n = tuple_size(bases);
        if (n == 0) {
            decref(bases);
            return 0;
        }
        if (n == 1) {
            derived = Ref<>::borrow(tuple_item(bases, 0));
            decref(bases);
            continue;
        }
        int r = 0;
        if (!enter_recursive_call(" in __issubclass__")) {
            decref(bases);
            return -1;
        }
        for (ssize i = 0; i < n && r == 0; i++) r = abstract_issubclass(tuple_item(bases, i), cls);
        leave_recursive_call();
        decref(bases);
        return r;
    }
}

bool check_class(Object* cls, const char* error) {
    if (is_type(cls)) return true;
    Object* bases = abstract_get_bases(cls);
    if (bases == nullptr) {
        if (!err_occurred()) err_set_string(TypeError, error);
        return false;
    }
    decref(bases);
    return true;
}

}  // namespace

int object_recursive_isinstance(Object* inst, Object* cls) {
    if (is_type(cls)) {
        auto* t = static_cast<TypeObject*>(cls);
        if (is_subtype(inst->type, t)) return 1;
        Object* icls = object_lookup_attr(inst, PYGEN_ID(__class__));
        if (icls == nullptr) return err_occurred() ? -1 : 0;
        int r = 0;
        if (icls != inst->type && is_type(icls)) r = is_subtype(static_cast<TypeObject*>(icls), t);
        decref(icls);
        return r;
    }
    if (!check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")) return -1;
    Object* icls = object_lookup_attr(inst, PYGEN_ID(__class__));
    if (icls == nullptr) return err_occurred() ? -1 : 0;
    int r = abstract_issubclass(icls, cls);
    decref(icls);
    return r;
}

int object_recursive_issubclass(Object* derived, Object* cls) {
    if (is_type(cls) && is_type(derived)) {
        return is_subtype(static_cast<TypeObject*>(derived), static_cast<TypeObject*>(cls));
    }
    if (!check_class(derived, "issubclass() arg 1 must be a class")) return -1;
    if (!check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")) return -1;
    return abstract_issubclass(derived, cls);
}

int object_isinstance(Object* inst, Object* cls) {
    if (static_cast<Object*>(inst->type) == cls) return 1;
    if (cls->type == &TypeType) return object_recursive_isinstance(inst, cls);
    if (is_tuple(cls)) {
        if (!enter_recursive_call(" in __instancecheck__")) return -1;
        int r = 0;
        for (ssize i = 0; i < tuple_size(cls) && r == 0; i++) r = object_isinstance(inst, tuple_item(cls, i));
        leave_recursive_call();
        return r;
    }
    Object* checker = lookup_special(cls, PYGEN_ID(__instancecheck__));
    if (checker != nullptr) {
        if (!enter_recursive_call(" in __instancecheck__")) {
            decref(checker);
            return -1;
        }
        Object* res = call1(checker, inst);
        leave_recursive_call();
        decref(checker);
        if (res == nullptr) return -1;
        int r = object_is_true(res);
        decref(res);
        return r;
    }
    if (err_occurred()) return -1;
    return object_recursive_isinstance(inst, cls);
}

int object_issubclass(Object* derived, Object* cls) {
    if (cls->type == &TypeType) {
        if (derived == cls) return 1;
        return object_recursive_issubclass(derived, cls);
    }
    if (is_tuple(cls)) {
        if (!enter_recursive_call(" in __subclasscheck__")) return -1;
        int r = 0;
        for (ssize i = 0; i < tuple_size(cls) && r == 0; i++) r = object_issubclass(derived, tuple_item(cls, i));
        leave_recursive_call();
        return r;
    }
    Object* checker = lookup_special(cls, PYGEN_ID(__subclasscheck__));
    if (checker != nullptr) {
        if (!enter_recursive_call(" in __subclasscheck__")) {
            decref(checker);
            return -1;
        }
        Object* res = call1(checker, derived);
        leave_recursive_call();
        decref(checker);
        if (res == nullptr) return -1;
        int r = object_is_true(res);
        decref(res);
        return r;
    }
    if (err_occurred()) return -1;
    return object_recursive_issubclass(derived, cls);
}

const char* type_name(Object* o) { return o->type->name; }
const char* arg_type_name(Object* o) { return o == None ? "None" : o->type->name; }

}  // namespace pygen
