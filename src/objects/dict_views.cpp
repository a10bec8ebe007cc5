// The dict views (dict_keys, dict_values, dict_items) with their set operations, and the six
// dict iterators (forward and reverse over keys, values, items), which detect a dict changing
// size while they run. The table itself is dict.cpp's.
// CPython counterpart: Objects/dictobject.c (dictiter_*, dictview_*, dictviews_*).
#include <string>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/mappingproxy.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/gc.h"

namespace pygen {

TypeObject DictKeysType;
TypeObject DictValuesType;
TypeObject DictItemsType;
TypeObject DictKeyIterType;
TypeObject DictValueIterType;
TypeObject DictItemIterType;
TypeObject DictRevKeyIterType;
TypeObject DictRevValueIterType;
TypeObject DictRevItemIterType;

namespace {

inline DictObject* as_dict(Object* o) { return static_cast<DictObject*>(o); }

// ---- Iterators ----

struct DictIterObject : Object {
    Object* dict;        // strong; null once exhausted
    ssize used;          // dict size when the iterator was made; -1 after a size-change error
    ssize pos;           // next entries position (reverse: counts down)
    ssize remaining;     // items still expected
    Object* result;      // items iterators: last 2-tuple, reused while nobody else holds it
    DictIterKind kind;
    bool reversed;
};

void dict_iter_dealloc(Object* o) {
    auto* it = static_cast<DictIterObject*>(o);
    xdecref(it->dict);
    xdecref(it->result);
    free_object(o);
}

void dict_iter_traverse(Object* o, VisitFn visit, void* arg) {
    auto* it = static_cast<DictIterObject*>(o);
    if (it->dict) visit(it->dict, arg);
    if (it->result) visit(it->result, arg);
}

int dict_iter_clear(Object* o) {
    auto* it = static_cast<DictIterObject*>(o);
    clearref(it->dict);
    clearref(it->result);
    return 0;
}

Object* iter_self(Object* o) { return incref(o); }

Object* make_item(DictIterObject* it, Object* key, Object* value) {
    Object* r = it->result;
    if (r != nullptr && r->refcnt == 1) {
        // Nobody kept the previous pair: refill it instead of allocating.
        Object* old_k = tuple_items(r)[0];
        Object* old_v = tuple_items(r)[1];
        tuple_items(r)[0] = incref(key);
        tuple_items(r)[1] = incref(value);
        decref(old_k);
        decref(old_v);
        gc_track(r);   // a collection may have untracked it while it held atomic values
        return incref(r);
    }
    r = tuple_pack({key, value});
    if (r == nullptr) return nullptr;
    setref(it->result, incref(r));
    return r;
}

// CPython: dictobject.c, dictiter_iternextkey and friends.
Object* dict_iter_next(Object* o) {
    auto* it = static_cast<DictIterObject*>(o);
    Object* d = it->dict;
    if (d == nullptr) return nullptr;
    DictObject* dd = as_dict(d);
    if (it->used != dd->used) {
        err_set_string(RuntimeError, "dictionary changed size during iteration");
        it->used = -1;   // stay broken
        return nullptr;
    }
    ssize i = it->pos;
    if (!it->reversed) {
        while (i < dd->entries_used && dict_entry(dd, i)->key == nullptr) ++i;
        if (i >= dd->entries_used) goto done;
        it->pos = i + 1;
    } else {
        if (i >= dd->entries_used) i = dd->entries_used - 1;
        while (i >= 0 && dict_entry(dd, i)->key == nullptr) --i;
        if (i < 0) goto done;
        it->pos = i - 1;
    }
    if (it->remaining == 0) {
        // An entry we did not expect: keys were replaced while the size stayed the same.
        err_set_string(RuntimeError, "dictionary keys changed during iteration");
        goto done;
    }
    --it->remaining;
    switch (it->kind) {
        case DictIterKind::Keys: return incref(dict_entry(dd, i)->key);
        case DictIterKind::Values: return incref(dict_entry(dd, i)->value);
        case DictIterKind::Items: return make_item(it, dict_entry(dd, i)->key, dict_entry(dd, i)->value);
    }
done:
    it->dict = nullptr;
    decref(d);
    return nullptr;
}

Object* dict_iter_length_hint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    auto* it = static_cast<DictIterObject*>(self);
    ssize n = 0;
    if (it->dict != nullptr && it->used == as_dict(it->dict)->used) n = it->remaining;
    return int_from_i64(n);
}

// CPython: dictobject.c, dictiter_reduce: a copy of the iterator is run to the end into a list,
// leaving this one where it is; (iter, (list,)).
Object* dict_iter_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__reduce__", kwnames) || !arg_none("__reduce__", nargs)) return nullptr;
    auto* it = static_cast<DictIterObject*>(self);
    auto* copy = static_cast<DictIterObject*>(alloc_object(self->type));
    if (copy == nullptr) return nullptr;
    copy->dict = it->dict ? incref(it->dict) : nullptr;
    copy->used = it->used;
    copy->pos = it->pos;
    copy->remaining = it->remaining;
    copy->result = nullptr;
    copy->kind = it->kind;
    copy->reversed = it->reversed;
    Object* items = list_new(0);
    if (items == nullptr) {
        decref(copy);
        return nullptr;
    }
    while (Object* item = dict_iter_next(copy)) {
        int rc = list_append(items, item);
        decref(item);
        if (rc < 0) break;
    }
    decref(copy);
    Object* res = err_occurred() ? nullptr : iter_reduce_list(items);
    decref(items);
    return res;
}

const MethodDef dict_iter_methods[] = {
    {"__length_hint__", dict_iter_length_hint},
    {"__reduce__", dict_iter_reduce},
    {nullptr, nullptr},
};

TypeObject* iter_type(DictIterKind kind, bool reversed) {
    switch (kind) {
        case DictIterKind::Keys: return reversed ? &DictRevKeyIterType : &DictKeyIterType;
        case DictIterKind::Values: return reversed ? &DictRevValueIterType : &DictValueIterType;
        case DictIterKind::Items: return reversed ? &DictRevItemIterType : &DictItemIterType;
    }
    return &DictKeyIterType;
}

}  // namespace

Object* dict_iter_new(Object* d, DictIterKind kind, bool reversed) {
    auto* it = static_cast<DictIterObject*>(alloc_object(iter_type(kind, reversed)));
    if (it == nullptr) return nullptr;
    DictObject* dd = as_dict(d);
    it->dict = incref(d);
    it->used = dd->used;
    it->pos = reversed ? dd->entries_used - 1 : 0;
    it->remaining = dd->used;
    it->result = nullptr;
    it->kind = kind;
    it->reversed = reversed;
    return it;
}

namespace {

// ---- Views ----

struct DictViewObject : Object {
    Object* dict;   // strong, never null
};

inline Object* view_dict(Object* v) { return static_cast<DictViewObject*>(v)->dict; }

// Which of the three view types o is, or null: OrderedDict's views (odict_keys and co.,
// modules/collections/odict.cpp) are subtypes with their own iterators.
TypeObject* view_base(Object* o) {
    for (TypeObject* t = o->type; t != nullptr; t = t->base) {
        if (t == &DictKeysType || t == &DictItemsType || t == &DictValuesType) return t;
    }
    return nullptr;
}
inline bool is_keys_view(Object* o) { return view_base(o) == &DictKeysType; }
inline bool is_view_set(Object* o) { return is_keys_view(o) || view_base(o) == &DictItemsType; }

DictIterKind view_kind(Object* v) {
    TypeObject* t = view_base(v);
    if (t == &DictKeysType) return DictIterKind::Keys;
    if (t == &DictValuesType) return DictIterKind::Values;
    return DictIterKind::Items;
}

void view_dealloc(Object* o) {
    xdecref(view_dict(o));
    free_object(o);
}

void view_traverse(Object* o, VisitFn visit, void* arg) {
    if (view_dict(o)) visit(view_dict(o), arg);
}

int view_clear(Object* o) {
    clearref(static_cast<DictViewObject*>(o)->dict);
    return 0;
}

ssize view_len(Object* v) { return view_dict(v) ? dict_size(view_dict(v)) : 0; }

Object* view_iter(Object* v) { return dict_iter_new(view_dict(v), view_kind(v), false); }

Object* view_repr(Object* v) {
    int status = repr_enter(v);
    if (status != 0) return status > 0 ? str_from("...") : nullptr;
    Object* items = sequence_list(v);
    if (items == nullptr) { repr_leave(v); return nullptr; }
    Object* r = object_repr(items);
    decref(items);
    repr_leave(v);
    if (r == nullptr) return nullptr;
    std::string out = v->type->name;
    out += "(";
    out += str_view(r);
    out += ")";
    decref(r);
    return str_from(out);
}

int keys_contains(Object* v, Object* key) { return dict_contains(view_dict(v), key); }

int items_contains(Object* v, Object* item) {
    if (!is_tuple(item) || tuple_size(item) != 2) return 0;
    Object* found = dict_getitem(view_dict(v), tuple_item(item, 0));
    if (found == nullptr) return err_occurred() ? -1 : 0;
    incref(found);
    int r = object_rich_compare_bool(found, tuple_item(item, 1), CompareOp::Eq);
    decref(found);
    return r;
}

// Every item of `self` is in `other`. -1 error.
int all_contained_in(Object* self, Object* other) {
    Object* it = object_iter(self);
    if (it == nullptr) return -1;
    int ok = 1;
    for (;;) {
        Object* item = iter_next(it);
        if (item == nullptr) { if (err_occurred()) ok = -1; break; }
        ok = sequence_contains(other, item);
        decref(item);
        if (ok <= 0) break;
    }
    decref(it);
    return ok;
}

// CPython: dictobject.c, dictview_richcompare.
Object* view_richcompare(Object* self, Object* other, CompareOp op) {
    if (!is_anyset(other) && !is_view_set(other)) return incref(NotImplemented);
    ssize len_self = object_length(self);
    if (len_self < 0) return nullptr;
    ssize len_other = object_length(other);
    if (len_other < 0) return nullptr;
    int ok = 0;
    switch (op) {
        case CompareOp::Eq:
        case CompareOp::Ne:
            if (len_self == len_other) ok = all_contained_in(self, other);
            if (op == CompareOp::Ne && ok >= 0) ok = !ok;
            break;
        case CompareOp::Lt:
            if (len_self < len_other) ok = all_contained_in(self, other);
            break;
        case CompareOp::Le:
            if (len_self <= len_other) ok = all_contained_in(self, other);
            break;
        case CompareOp::Gt:
            if (len_self > len_other) ok = all_contained_in(other, self);
            break;
        case CompareOp::Ge:
            if (len_self >= len_other) ok = all_contained_in(other, self);
            break;
    }
    if (ok < 0) return nullptr;
    return bool_from(ok != 0);
}

// set(self), reading a keys view straight from its dict.
Object* view_to_set(Object* self) {
    if (is_keys_view(self)) return set_new(view_dict(self));
    return set_new(self);
}

Object* views_sub(Object* self, Object* other) {
    Object* r = view_to_set(self);
    if (r == nullptr) return nullptr;
    if (set_difference_update(r, other) < 0) { decref(r); return nullptr; }
    return r;
}

Object* views_or(Object* self, Object* other) {
    Object* r = view_to_set(self);
    if (r == nullptr) return nullptr;
    if (set_update(r, other) < 0) { decref(r); return nullptr; }
    return r;
}

Object* views_xor(Object* self, Object* other) {
    Object* r = view_to_set(self);
    if (r == nullptr) return nullptr;
    if (set_symmetric_difference_update(r, other) < 0) { decref(r); return nullptr; }
    return r;
}

// CPython: dictobject.c, _PyDictView_Intersect.
Object* views_and(Object* self, Object* other) {
    if (!is_view_set(self)) std::swap(self, other);   // view on the right of &
    ssize len_self = view_len(self);
    if (is_anyset(other) && other->type == &SetType && len_self <= set_size(other)) {
        Object* arg = self;
        return call_method(other, "intersection", &arg, 1);
    }
    if (is_view_set(other) && view_len(other) > len_self) std::swap(self, other);
    Object* result = set_new(nullptr);
    if (result == nullptr) return nullptr;
    Object* it = object_iter(other);
    if (it == nullptr) { decref(result); return nullptr; }
    bool keys = is_keys_view(self);
    for (;;) {
        Object* key = iter_next(it);
        if (key == nullptr) break;
        int rv = keys ? keys_contains(self, key) : items_contains(self, key);
        if (rv > 0) rv = set_add(result, key) < 0 ? -1 : 1;
        decref(key);
        if (rv < 0) { decref(it); decref(result); return nullptr; }
    }
    decref(it);
    if (err_occurred()) { decref(result); return nullptr; }
    return result;
}

Object* m_isdisjoint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("isdisjoint", kwnames) || !arg_exactly_one("isdisjoint", nargs)) return nullptr;
    Object* other = args[0];
    if (other == self) return bool_from(view_len(self) == 0);
    // Iterate over the shorter side when both have cheap membership tests.
    if (is_anyset(other) || is_view_set(other)) {
        ssize len_other = object_length(other);
        if (len_other < 0) return nullptr;
        if (len_other > view_len(self)) std::swap(self, other);
    }
    Object* it = object_iter(other);
    if (it == nullptr) return nullptr;
    for (;;) {
        Object* item = iter_next(it);
        if (item == nullptr) break;
        int k = sequence_contains(self, item);
        decref(item);
        if (k != 0) {
            decref(it);
            return k < 0 ? nullptr : bool_from(false);
        }
    }
    decref(it);
    if (err_occurred()) return nullptr;
    return bool_from(true);
}

Object* m_view_reversed(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_none("__reversed__", nargs)) return nullptr;
    return dict_iter_new(view_dict(self), view_kind(self), true);
}

Object* view_mapping(Object* self) { return mappingproxy_new(view_dict(self)); }

const MethodDef set_view_methods[] = {
    {"isdisjoint", m_isdisjoint},
    {"__reversed__", m_view_reversed},
    {nullptr, nullptr},
};

const MethodDef values_view_methods[] = {
    {"__reversed__", m_view_reversed},
    {nullptr, nullptr},
};

const GetSetDef view_getset[] = {
    {"mapping", view_mapping},
    {nullptr, nullptr},
};

void init_view_type(TypeObject& t, const char* name, bool set_like, ObjObjFn contains) {
    t.name = name;
    t.basicsize = sizeof(DictViewObject);
    t.flags = kTypeGC | kTypePooledAlloc;
    t.dealloc = view_dealloc;
    t.traverse = view_traverse;
    t.clear = view_clear;
    t.repr = view_repr;
    t.len = view_len;
    t.iter = view_iter;
    t.getset = view_getset;
    t.contains = contains;
    if (set_like) {
        t.hash = hash_not_implemented;
        t.richcompare = view_richcompare;
        t.nb[static_cast<int>(BinOp::Sub)] = views_sub;
        t.nb[static_cast<int>(BinOp::And)] = views_and;
        t.nb[static_cast<int>(BinOp::Or)] = views_or;
        t.nb[static_cast<int>(BinOp::Xor)] = views_xor;
        t.methods = set_view_methods;
    } else {
        t.methods = values_view_methods;
    }
    (void)type_ready(&t);
}

void init_iter_type(TypeObject& t, const char* name) {
    t.name = name;
    t.basicsize = sizeof(DictIterObject);
    t.flags = kTypeGC | kTypePooledAlloc;
    t.dealloc = dict_iter_dealloc;
    t.traverse = dict_iter_traverse;
    t.clear = dict_iter_clear;
    t.iter = iter_self;
    t.iternext = dict_iter_next;
    t.methods = dict_iter_methods;
    (void)type_ready(&t);
}

}  // namespace

Object* dict_view_new(Object* d, DictIterKind kind) {
    TypeObject* t = kind == DictIterKind::Keys ? &DictKeysType
                  : kind == DictIterKind::Values ? &DictValuesType : &DictItemsType;
    auto* v = static_cast<DictViewObject*>(alloc_object(t));
    if (v == nullptr) return nullptr;
    v->dict = incref(d);
    return v;
}

void init_dict_view_types() {
    init_view_type(DictKeysType, "dict_keys", true, keys_contains);
    init_view_type(DictItemsType, "dict_items", true, items_contains);
    init_view_type(DictValuesType, "dict_values", false, nullptr);
    init_iter_type(DictKeyIterType, "dict_keyiterator");
    init_iter_type(DictValueIterType, "dict_valueiterator");
    init_iter_type(DictItemIterType, "dict_itemiterator");
    init_iter_type(DictRevKeyIterType, "dict_reversekeyiterator");
    init_iter_type(DictRevValueIterType, "dict_reversevalueiterator");
    init_iter_type(DictRevItemIterType, "dict_reverseitemiterator");
}

}  // namespace pygen
