// OrderedDict's iterator and views (odict_iterator, odict_keys, odict_values, odict_items) for the
// Python OrderedDict of lib/collections/__init__.py, which keeps its order in the dict itself.
// They notice changes as CPython's do: a key added, removed or moved is "OrderedDict mutated
// during iteration" (the iterator is then finished), a clear() is "OrderedDict changed size during
// iteration" (sticky), and nothing is noticed once the last key was handed out.
// CPython counterpart: Objects/odictobject.c (odictiter_*, odictkeys/values/items).

#include "modules/collections/collections.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

TypeObject OdictIterType;
TypeObject OdictKeysType;
TypeObject OdictValuesType;
TypeObject OdictItemsType;

namespace {

DictObject* as_dict(Object* o) { return static_cast<DictObject*>(o); }

struct OdictIterObject : Object {
    Object* od;            // strong; null once finished
    ssize pos;             // next entries position to look at (reversed: counting down)
    ssize remaining;       // keys not yet handed out; 0: the last one was (CPython: di_current null)
    ssize size;            // od's size when made; -1 after a size-change error (CPython: di_size)
    // od's keys_version when made, standing for CPython's od_state: both change when a key is
    // added or removed, and move_to_end removes and adds. dict_clear also gives a new version,
    // where CPython's clear leaves od_state alone; next() adopts the version of a cleared dict.
    uint64_t state;
    DictIterKind kind;
    bool reversed;
};

OdictIterObject* as_iter(Object* o) { return static_cast<OdictIterObject*>(o); }

void odict_iter_dealloc(Object* o) {
    xdecref(as_iter(o)->od);
    free_object(o);
}

void odict_iter_traverse(Object* o, VisitFn visit, void* arg) {
    if (as_iter(o)->od) visit(as_iter(o)->od, arg);
}

int odict_iter_clear(Object* o) {
    clearref(as_iter(o)->od);
    return 0;
}

Object* iter_self(Object* o) { return incref(o); }

Object* odict_iter_finish(OdictIterObject* it) {
    clearref(it->od);
    return nullptr;
}

// CPython: odictobject.c, odictiter_nextkey and odictiter_iternext.
Object* odict_iter_next(Object* o) {
    OdictIterObject* it = as_iter(o);
    if (it->od == nullptr) return nullptr;
    if (it->remaining == 0) return odict_iter_finish(it);
    DictObject* d = as_dict(it->od);
    // A clear() empties the table and frees it; any other change that leaves the dict empty
    // (deleting every key) keeps the table, and was a mutation for CPython too.
    if (d->keys_version != it->state && d->used == 0 && d->entries == nullptr) it->state = d->keys_version;
    if (d->keys_version != it->state) {
        err_set_string(RuntimeError, "OrderedDict mutated during iteration");
        return odict_iter_finish(it);
    }
    if (it->size != d->used) {
        err_set_string(RuntimeError, "OrderedDict changed size during iteration");
        it->size = -1;
        return nullptr;
    }
    // No key came or went since the iterator was made, so the entries are where they were.
    ssize i = it->pos;
    if (!it->reversed) {
        while (i < d->entries_used && dict_entry(d, i)->key == nullptr) ++i;
        if (i >= d->entries_used) return odict_iter_finish(it);
        it->pos = i + 1;
    } else {
        while (i >= 0 && dict_entry(d, i)->key == nullptr) --i;
        if (i < 0) return odict_iter_finish(it);
        it->pos = i - 1;
    }
    --it->remaining;
    DictEntry* e = dict_entry(d, i);
    switch (it->kind) {
        case DictIterKind::Keys: return incref(e->key);
        case DictIterKind::Values: return incref(e->value);
        case DictIterKind::Items: return tuple_pack({e->key, e->value});
    }
    return nullptr;
}

// CPython: odictobject.c, odictiter_reduce: (iter, (list of what a copy would still give,)).
Object* odict_iter_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__reduce__", kwnames) || !arg_none("__reduce__", nargs)) return nullptr;
    OdictIterObject* it = as_iter(self);
    auto* copy = static_cast<OdictIterObject*>(alloc_object(&OdictIterType));
    if (copy == nullptr) return nullptr;
    copy->od = it->od ? incref(it->od) : nullptr;
    copy->pos = it->pos;
    copy->remaining = it->remaining;
    copy->size = it->size;
    copy->state = it->state;
    copy->kind = it->kind;
    copy->reversed = it->reversed;
    Object* items = list_new(0);
    if (items == nullptr) {
        decref(copy);
        return nullptr;
    }
    while (Object* item = odict_iter_next(copy)) {
        int rc = list_append(items, item);
        decref(item);
        if (rc < 0) break;
    }
    decref(copy);
    Object* res = err_occurred() ? nullptr : iter_reduce_list(items);
    decref(items);
    return res;
}

const MethodDef kIterMethods[] = {
    {"__reduce__", odict_iter_reduce},
    {nullptr, nullptr},
};

Object* odict_iter_new(Object* od, DictIterKind kind, bool reversed) {
    auto* it = static_cast<OdictIterObject*>(alloc_object(&OdictIterType));
    if (it == nullptr) return nullptr;
    DictObject* d = as_dict(od);
    it->od = incref(od);
    it->pos = reversed ? d->entries_used - 1 : 0;
    it->remaining = d->used;
    it->size = d->used;
    it->state = d->keys_version;
    it->kind = kind;
    it->reversed = reversed;
    return it;
}

// ---- Views: dict views of another type, whose iterators are odict_iterators ----

DictIterKind view_kind(Object* v) {
    if (v->type == &OdictKeysType) return DictIterKind::Keys;
    if (v->type == &OdictValuesType) return DictIterKind::Values;
    return DictIterKind::Items;
}

// A dict view's layout (dict_views.cpp's DictViewObject): the header, then its dict (strong).
struct ViewLayout : Object {
    Object* dict;
};
Object* view_dict(Object* v) { return static_cast<ViewLayout*>(v)->dict; }

Object* odict_view_iter(Object* v) { return odict_iter_new(view_dict(v), view_kind(v), false); }

Object* odict_view_reversed(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__reversed__", kwnames) || !arg_none("__reversed__", nargs)) return nullptr;
    return odict_iter_new(view_dict(self), view_kind(self), true);
}

const MethodDef kViewMethods[] = {
    {"__reversed__", odict_view_reversed},
    {nullptr, nullptr},
};

bool ready_view_type(TypeObject& t, const char* name, TypeObject* base) {
    t.name = name;
    t.base = base;
    t.basicsize = base->basicsize;
    // A view is allocated as the dict view and retyped (m_odict_view): it must be freed the way
    // the dict view would be, through the size-class pools when those serve dict views.
    t.flags = kTypeGC | (base->flags & kTypePooledAlloc);
    t.iter = odict_view_iter;
    t.methods = kViewMethods;
    return type_ready(&t);
}

// Arguments of the module functions below: (od, kind[, reversed]) with kind 0 keys, 1 values,
// 2 items; od must be a dict (the OrderedDict itself).
bool parse_od_kind(const char* name, Object* const* args, size_t nargs, size_t max, DictIterKind* kind) {
    if (!arg_count(name, nargs, 2, max)) return false;
    if (!is_dict(args[0])) {
        err_format(TypeError, "%s() needs a dict", name);
        return false;
    }
    ssize k = 0;
    if (!arg_index_ssize(args[1], &k)) return false;
    if (k < 0 || k > 2) {
        err_format(ValueError, "%s(): bad kind", name);
        return false;
    }
    *kind = static_cast<DictIterKind>(k);
    return true;
}

// _collections._odict_iter(od, kind, reversed=False): a new odict_iterator.
Object* m_odict_iter(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    DictIterKind kind;
    if (!arg_no_kwargs("_odict_iter", kwnames) || !parse_od_kind("_odict_iter", args, nargs, 3, &kind)) return nullptr;
    bool reversed = false;
    if (nargs == 3) {
        int r = object_is_true(args[2]);
        if (r < 0) return nullptr;
        reversed = r != 0;
    }
    return odict_iter_new(args[0], kind, reversed);
}

// _collections._odict_view(od, kind): od.keys(), od.values() or od.items(). The view is made as
// the dict view and given its odict type (same layout; the types are static, so unreferenced).
Object* m_odict_view(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    DictIterKind kind;
    if (!arg_no_kwargs("_odict_view", kwnames) || !parse_od_kind("_odict_view", args, nargs, 2, &kind)) return nullptr;
    Object* v = dict_view_new(args[0], kind);
    if (v == nullptr) return nullptr;
    v->type = kind == DictIterKind::Keys ? &OdictKeysType
            : kind == DictIterKind::Values ? &OdictValuesType : &OdictItemsType;
    return v;
}

const MethodDef kOdictFunctions[] = {
    {"_odict_iter", m_odict_iter},
    {"_odict_view", m_odict_view},
    {nullptr, nullptr},
};

}  // namespace

bool ready_odict_types() {
    if (type_has(&OdictIterType, kTypeReady)) return true;
    TypeObject& t = OdictIterType;
    t.name = "odict_iterator";
    t.basicsize = sizeof(OdictIterObject);
    t.flags = kTypeGC;
    t.dealloc = odict_iter_dealloc;
    t.traverse = odict_iter_traverse;
    t.clear = odict_iter_clear;
    t.iter = iter_self;
    t.iternext = odict_iter_next;
    t.methods = kIterMethods;
    return type_ready(&t) && ready_view_type(OdictKeysType, "odict_keys", &DictKeysType) &&
           ready_view_type(OdictValuesType, "odict_values", &DictValuesType) &&
           ready_view_type(OdictItemsType, "odict_items", &DictItemsType);
}

int add_odict_functions(Object* module) { return module_add_functions(module, kOdictFunctions); }

}  // namespace pygen
