// Weak references: weakref.ref objects kept in a doubly linked list whose head sits in the
// referent (at its type's weaklistoffset). When the referent is deallocated, weakref_clear_refs
// detaches every reference and calls the callbacks. The `_weakref` module exposes the type; the
// Python-level weakref module (lib/weakref.py) builds on it.
// CPython counterpart: Objects/weakrefobject.c, Modules/_weakref.c.
#include "objects/weakref.h"

#include <cstdio>
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

TypeObject WeakRefType;

namespace {

struct WeakRef : Object {
    Object* referent;      // borrowed; None once the referent died
    Object* callback;      // strong or null
    int64_t hash;          // -1 until computed
    WeakRef* prev;         // neighbours in the referent's list
    WeakRef* next;
};

WeakRef* as_ref(Object* o) { return static_cast<WeakRef*>(o); }

Object** list_head_ptr(Object* o) {
    ssize off = o->type->weaklistoffset;
    if (off <= 0) return nullptr;
    return reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + off);
}

void unlink(WeakRef* r) {
    if (r->referent == None || !r->referent) return;
    Object** head = list_head_ptr(r->referent);
    if (head && *head == r) *head = r->next;
    if (r->prev) r->prev->next = r->next;
    if (r->next) r->next->prev = r->prev;
    r->prev = r->next = nullptr;
    r->referent = None;
}

void weakref_dealloc(Object* o) {
    unlink(as_ref(o));
    clearref(as_ref(o)->callback);
    free_object(o);
}

void weakref_traverse(Object* o, VisitFn visit, void* arg) {
    if (as_ref(o)->callback) visit(as_ref(o)->callback, arg);
}

Object* weakref_call(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames)) return err_format(TypeError, "weakref() takes no keyword arguments");
    if (nargs) return err_bad_argument_count("weakref", nargs, 0, 0);
    Object* r = as_ref(self)->referent;
    return incref(r ? r : None);
}

Object* weakref_repr(Object* o) {
    char buf[96];
    Object* r = as_ref(o)->referent;
    if (!r || r == None) {
        snprintf(buf, sizeof buf, "<weakref at %p; dead>", static_cast<void*>(o));
        return str_from(buf);
    }
    snprintf(buf, sizeof buf, "<weakref at %p; to '%s' at %p>", static_cast<void*>(o), r->type->name, static_cast<void*>(r));
    return str_from(buf);
}

int64_t weakref_hash(Object* o) {
    WeakRef* r = as_ref(o);
    if (r->hash != -1) return r->hash;
    if (!r->referent || r->referent == None) {
        err_set_string(TypeError, "weak object has gone away");
        return -1;
    }
    r->hash = object_hash(r->referent);
    return r->hash;
}

Object* weakref_richcompare(Object* a, Object* b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_subtype(b->type, &WeakRefType)) return incref(NotImplemented);
    Object* x = as_ref(a)->referent;
    Object* y = as_ref(b)->referent;
    if (!x || x == None || !y || y == None) {
        bool same = a == b;
        return bool_from(op == CompareOp::Eq ? same : !same);
    }
    return object_rich_compare(x, y, op);
}

// CPython's get_basic_refs: the shared callback-less exact reference, when there is one, heads
// the referent's list (proxies live in lib/_weakproxy.py, not in this list).
WeakRef* basic_ref(Object* head) {
    WeakRef* r = as_ref(head);
    return r && r->type == &WeakRefType && !r->callback ? r : nullptr;
}

Object* weakref_new(TypeObject* type, Object* const* args, size_t nargs, Object*) {
    // Keywords are left to __init__ (which refuses them), as in CPython: a subclass's __init__
    // may take its own.
    if (nargs < 1 || nargs > 2) return err_bad_argument_count("__new__", nargs, 1, 2);
    Object* obj = args[0];
    Object* callback = nargs > 1 && args[1] != None ? args[1] : nullptr;
    Object** head = list_head_ptr(obj);
    if (!head) return err_format(TypeError, "cannot create weak reference to '%s' object", obj->type->name);
    // Callback-less references to the same object are shared, as in CPython.
    bool basic = !callback && type == &WeakRefType;
    if (basic) {
        if (WeakRef* r = basic_ref(*head)) return incref(r);
    }
    auto* r = static_cast<WeakRef*>(alloc_object(type));
    if (!r) return nullptr;
    r->referent = obj;
    r->callback = xnewref(callback);
    r->hash = -1;
    r->prev = r->next = nullptr;
    // The basic reference goes first; every other one right after it (CPython's insert_after).
    WeakRef* prev = basic ? nullptr : basic_ref(*head);
    if (prev) {
        r->prev = prev;
        r->next = prev->next;
        if (r->next) r->next->prev = r;
        prev->next = r;
    } else {
        r->next = as_ref(*head);
        if (r->next) r->next->prev = r;
        *head = r;
    }
    return r;
}

int weakref_init(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames)) {
        err_format(TypeError, "ref() takes no keyword arguments");
        return -1;
    }
    if (nargs < 1 || nargs > 2) {
        err_bad_argument_count("__init__", nargs, 1, 2);
        return -1;
    }
    return 0;
}

Object* get_callback(Object* o) {
    Object* c = as_ref(o)->callback;
    return incref(c ? c : None);
}

const GetSetDef kWeakRefGetSet[] = {
    {"__callback__", get_callback},
    {nullptr, nullptr},
};

// ---- _weakref module ----

Object* mod_getweakrefcount(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_bad_argument_count("getweakrefcount", nargs, 1, 1);
    Object** head = list_head_ptr(args[0]);
    int64_t n = 0;
    if (head)
        for (WeakRef* r = as_ref(*head); r; r = r->next) ++n;
    return int_from_i64(n);
}

Object* mod_getweakrefs(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_bad_argument_count("getweakrefs", nargs, 1, 1);
    Object* list = list_new(0);
    Object** head = list_head_ptr(args[0]);
    if (head)
        for (WeakRef* r = as_ref(*head); r; r = r->next) list_append(list, r);
    return list;
}

const MethodDef kWeakrefModule[] = {
    {"getweakrefcount", mod_getweakrefcount},
    {"getweakrefs", mod_getweakrefs},
    {nullptr, nullptr},
};

}  // namespace

Object* weakref_live_refs(Object* o) {
    Object* list = list_new(0);
    Object** head = list_head_ptr(o);
    if (head)
        for (WeakRef* r = as_ref(*head); r; r = r->next) list_append(list, r);
    return list;
}

void weakref_clear_refs(Object* o) {
    Object** head = list_head_ptr(o);
    if (!head || !*head) return;
    // Detach all first, then run the callbacks (a callback sees a dead reference).
    std::vector<Object*> with_callbacks;
    while (*head) {
        WeakRef* r = as_ref(*head);
        unlink(r);
        // A reference being deallocated itself (a weakref subclass instance whose __dict__ held
        // the last reference to `o`) gets no callback, as in CPython (bpo-3100).
        if (r->callback && r->refcnt > 0) with_callbacks.push_back(incref(r));
    }
    if (with_callbacks.empty()) return;
    Object* saved = err_fetch();
    for (Object* r : with_callbacks) {
        // The reference gives up its callback as it is called (__callback__ is None after).
        Object* cb = as_ref(r)->callback;
        as_ref(r)->callback = nullptr;
        Object* res = cb ? call1(cb, r) : nullptr;
        if (res) decref(res);
        else if (cb) err_write_unraisable(cb);
        xdecref(cb);
        decref(r);
    }
    err_restore(saved);
}

bool weakref_has_refs(Object* o) {
    Object** head = list_head_ptr(o);
    return head && *head;
}

void weakref_detach_for_gc(Object* o, bool (*is_garbage)(Object*, void*), void* ctx, std::vector<Object*>* to_call) {
    Object** head = list_head_ptr(o);
    if (!head) return;
    while (*head) {
        WeakRef* r = as_ref(*head);
        unlink(r);
        if (!r->callback) continue;
        if (is_garbage(r, ctx)) clearref(r->callback);
        else to_call->push_back(incref(r));
    }
}

void weakref_run_callbacks(std::vector<Object*>* refs) {
    if (refs->empty()) return;
    Object* saved = err_fetch();
    for (Object* r : *refs) {
        Object* cb = as_ref(r)->callback;
        Object* res = cb ? call1(cb, r) : nullptr;
        if (res) decref(res);
        else if (cb) err_write_unraisable(cb);
        decref(r);
    }
    refs->clear();
    err_restore(saved);
}

Object* make_weakref_module() {
    Object* m = module_new("_weakref");
    if (!m) return nullptr;
    module_add_functions(m, kWeakrefModule);
    module_add_object(m, "ref", &WeakRefType);
    module_add_object(m, "ReferenceType", &WeakRefType);
    return m;
}

const MethodDef kWeakRefMethods[] = {
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {nullptr, nullptr},
};

void init_weakref_type() {
    WeakRefType.name = "weakref.ReferenceType";
    WeakRefType.basicsize = sizeof(WeakRef);
    WeakRefType.flags = kTypeGC | kTypeBaseType;
    WeakRefType.dealloc = weakref_dealloc;
    WeakRefType.traverse = weakref_traverse;
    WeakRefType.call = weakref_call;
    WeakRefType.repr = weakref_repr;
    WeakRefType.hash = weakref_hash;
    WeakRefType.richcompare = weakref_richcompare;
    WeakRefType.tp_new = weakref_new;
    WeakRefType.tp_init = weakref_init;
    WeakRefType.getset = kWeakRefGetSet;
    WeakRefType.methods = kWeakRefMethods;
    if (!type_ready(&WeakRefType)) abort();
}

}  // namespace pygen
