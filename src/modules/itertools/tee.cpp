// tee(iterable, n=2) and its two types: _tee, one reader, and _tee_dataobject, a link of up to
// 57 items read from the shared iterator; readers share links and move along the chain, so what
// every reader has passed is freed with its link. Also __copy__, CPython 3.11's pickling and the
// "cannot re-enter the tee iterator" guard. CPython counterpart: Modules/itertoolsmodule.c,
// teedataobject_* / tee_* / itertools_tee_impl (behaviour only).

#include "modules/builtins_args.h"
#include "modules/itertools/itertools.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"

namespace pygen::itertools_detail {
namespace {

TypeObject TeeType;
TypeObject TeeDataType;

constexpr int kLinkCells = 57;   // CPython's LINKCELLS: items per link (pickles carry it)

struct TeeDataObject : Object {
    Object* it;                    // strong: the shared iterator
    Object* nextlink;              // strong: the next link, null until a reader needs it
    int numread;                   // values[0, numread) are set (strong)
    bool running;                  // reading from `it` (re-entry is an error)
    Object* values[kLinkCells];
};

struct TeeObject : Object {
    TeeDataObject* dataobj;        // strong: the link this reader is in
    int index;                     // the reader's position in it, 0..kLinkCells
    Object* weakreflist;
};

TeeDataObject* teedata_new(Object* it) {
    auto* d = static_cast<TeeDataObject*>(alloc_object(&TeeDataType));
    if (!d) return nullptr;
    d->it = newref(it);
    return d;
}

// Drops a reference to a link; a chain of links only this reference keeps alive is released
// one link at a time, not by recursion (a long-lived lagging reader can build a long chain).
// CPython: itertoolsmodule.c, teedataobject_safe_decref.
void teedata_release(Object* link) {
    while (link && link->refcnt == 1) {
        auto* d = static_cast<TeeDataObject*>(link);
        Object* next = d->nextlink;
        d->nextlink = nullptr;
        decref(link);
        link = next;
    }
    if (link) decref(link);
}

void teedata_traverse(Object* o, VisitFn visit, void* arg) {
    auto* d = static_cast<TeeDataObject*>(o);
    if (d->it) visit(d->it, arg);
    for (int i = 0; i < d->numread; ++i) visit(d->values[i], arg);
    if (d->nextlink) visit(d->nextlink, arg);
}

int teedata_clear(Object* o) {
    auto* d = static_cast<TeeDataObject*>(o);
    clearref(d->it);
    int n = d->numread;
    d->numread = 0;
    for (int i = 0; i < n; ++i) clearref(d->values[i]);
    Object* next = d->nextlink;
    d->nextlink = nullptr;
    teedata_release(next);
    return 0;
}

void teedata_dealloc(Object* o) {
    teedata_clear(o);
    free_object(o);
}

// The value at `i` of the link, reading it from the iterator when this is the leading reader.
// New reference; null at the end (no exception) or on error. CPython: teedataobject_getitem.
Object* teedata_getitem(TeeDataObject* d, int i) {
    if (i < d->numread) return newref(d->values[i]);
    if (d->running) return err_set_string(RuntimeError, "cannot re-enter the tee iterator");
    if (!d->it) return nullptr;   // cleared by the collector
    Ref<> it = Ref<>::borrow(d->it);
    d->running = true;
    Object* value = next_of(it.get());
    d->running = false;
    if (!value) return nullptr;
    d->values[d->numread++] = value;   // i == numread: only the leading reader gets here
    return newref(value);
}

// The next link, made on first use. New reference.
Object* teedata_jumplink(TeeDataObject* d) {
    if (!d->nextlink) {
        if (!d->it) return nullptr;
        d->nextlink = teedata_new(d->it);
        if (!d->nextlink) return nullptr;
    }
    return newref(d->nextlink);
}

// (type, (it, values read, nextlink or None)).
Object* teedata_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* d = static_cast<TeeDataObject*>(o);
    Ref<> values = Ref<>::steal(list_new(d->numread));
    if (!values) return nullptr;
    for (int i = 0; i < d->numread; ++i) static_cast<ListObject*>(values.get())->items[i] = newref(d->values[i]);
    return reduce_value(o->type, tuple_pack({d->it ? d->it : None, values.get(), d->nextlink ? d->nextlink : None}));
}

// _tee_dataobject(iterable, values, next): a full link may name its successor, a partial one
// may not.
Object* teedata_tp_new(TypeObject*, Object* const* args, size_t nargs, Object*) {
    if (nargs != 3) return err_format(TypeError, "teedataobject expected 3 arguments, got %zu", nargs);
    Object* values = args[1];
    Object* next = args[2];
    if (!is_list(values))
        return err_format(TypeError, "teedataobject() argument 2 must be list, not %s", type_name(values));
    ssize n = list_size(values);
    bool ok = n < kLinkCells ? next == None : n == kLinkCells && (next == None || next->type == &TeeDataType);
    if (!ok) return err_set_string(ValueError, "Invalid arguments");
    TeeDataObject* d = teedata_new(args[0]);
    if (!d) return nullptr;
    for (ssize i = 0; i < n; ++i) d->values[i] = newref(list_item(values, i));
    d->numread = static_cast<int>(n);
    if (next != None) d->nextlink = newref(next);
    return d;
}

// ---- _tee ----

TeeObject* tee_make(TeeDataObject* data, int index) {
    auto* t = static_cast<TeeObject*>(alloc_object(&TeeType));
    if (!t) return nullptr;
    t->dataobj = newref(data);
    t->index = index;
    return t;
}

// A reader of iter(iterable): a copy of it when it is already a tee.
Object* tee_fromiterable(Object* iterable) {
    Ref<> it = Ref<>::steal(object_iter(iterable));
    if (!it) return nullptr;
    if (it->type == &TeeType) {
        auto* src = static_cast<TeeObject*>(it.get());
        return tee_make(src->dataobj, src->index);
    }
    Ref<> data = Ref<>::steal(teedata_new(it.get()));
    if (!data) return nullptr;
    return tee_make(static_cast<TeeDataObject*>(data.get()), 0);
}

Object* tee_tp_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("_tee", kwnames)) return nullptr;
    if (!check_positional("_tee", nargs, nullptr, 1, 1)) return nullptr;
    return tee_fromiterable(args[0]);
}

// CPython: itertoolsmodule.c, tee_next — at the end of a link the reader moves to the next one.
Object* tee_next(Object* o) {
    auto* t = static_cast<TeeObject*>(o);
    if (!t->dataobj) return nullptr;
    if (t->index >= kLinkCells) {
        Object* link = teedata_jumplink(t->dataobj);
        if (!link) return nullptr;
        Object* old = t->dataobj;
        t->dataobj = static_cast<TeeDataObject*>(link);
        t->index = 0;
        teedata_release(old);
    }
    Ref<> data = Ref<>::borrow(t->dataobj);
    Object* value = teedata_getitem(t->dataobj, t->index);
    if (!value) return nullptr;
    if (t->dataobj == data.get()) ++t->index;   // unless a re-entrant __setstate__ moved it
    return value;
}

Object* tee_copy(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__copy__", nargs, kwnames)) return nullptr;
    auto* t = static_cast<TeeObject*>(o);
    return tee_make(t->dataobj, t->index);
}

// (type, ((),), (dataobj, index)).
Object* tee_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* t = static_cast<TeeObject*>(o);
    Ref<> empty = Ref<>::steal(tuple_new(0));
    Ref<> index = Ref<>::steal(int_from_i64(t->index));
    if (!empty || !index) return nullptr;
    return reduce_value(o->type, tuple_pack({empty.get()}), tuple_pack({t->dataobj, index.get()}));
}

Object* tee_setstate(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("_tee.__setstate__", nargs, kwnames)) return nullptr;
    Object* state = args[0];
    if (!is_tuple(state)) return err_set_string(TypeError, "state is not a tuple");
    if (tuple_size(state) != 2)
        return err_format(TypeError, "function takes exactly 2 arguments (%zd given)", tuple_size(state));
    Object* data = tuple_item(state, 0);
    if (data->type != &TeeDataType)
        return err_format(TypeError, "argument 1 must be itertools._tee_dataobject, not %s", type_name(data));
    ssize index;
    if (!arg_index_ssize(tuple_item(state, 1), &index)) return nullptr;
    if (index < 0 || index > kLinkCells) return err_set_string(ValueError, "Index out of range");
    auto* t = static_cast<TeeObject*>(o);
    Object* old = t->dataobj;
    t->dataobj = static_cast<TeeDataObject*>(newref(data));
    t->index = static_cast<int>(index);
    if (old) teedata_release(old);
    return none_new();
}

void tee_traverse(Object* o, VisitFn visit, void* arg) {
    auto* t = static_cast<TeeObject*>(o);
    if (t->dataobj) visit(t->dataobj, arg);
}

int tee_clear(Object* o) {
    auto* t = static_cast<TeeObject*>(o);
    Object* old = t->dataobj;
    t->dataobj = nullptr;
    if (old) teedata_release(old);
    return 0;
}

void tee_dealloc(Object* o) {
    if (static_cast<TeeObject*>(o)->weakreflist) weakref_clear_refs(o);
    tee_clear(o);
    free_object(o);
}

// ---- tee(iterable, n=2) ----

// n independent readers: the first is iter(iterable) itself when it has __copy__ (a tee),
// else a new _tee over it; the others are copies of the first. CPython: itertools_tee_impl.
Object* itertools_tee(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("itertools.tee", kwnames)) return nullptr;
    if (!check_positional("tee", nargs, nullptr, 1, 2)) return nullptr;
    ssize n = 2;
    if (nargs == 2 && !arg_index_ssize(args[1], &n)) return nullptr;
    if (n < 0) return err_set_string(ValueError, "n must be >= 0");
    Ref<> result = Ref<>::steal(tuple_new(n));
    if (!result || n == 0) return result.release();
    Ref<> it = Ref<>::steal(object_iter(args[0]));
    if (!it) return nullptr;
    Ref<> copy_name = Ref<>::steal(str_from_cstr("__copy__"));
    if (!copy_name) return nullptr;
    Ref<> copyfunc = Ref<>::steal(object_lookup_attr(it.get(), copy_name.get()));
    if (!copyfunc && err_occurred()) return nullptr;
    Ref<> first;
    if (copyfunc) {
        first = it;
    } else {
        first = Ref<>::steal(tee_fromiterable(it.get()));
        if (!first) return nullptr;
        copyfunc = Ref<>::steal(object_getattr(first.get(), copy_name.get()));
        if (!copyfunc) return nullptr;
    }
    tuple_items(result.get())[0] = first.release();
    for (ssize i = 1; i < n; ++i) {
        Object* copy = call0(copyfunc.get());
        if (!copy) return nullptr;
        tuple_items(result.get())[i] = copy;
    }
    return result.release();
}

const MethodDef kTeeMethods[] = {
    {"__copy__", tee_copy},
    {"__reduce__", tee_reduce},
    {"__setstate__", tee_setstate},
    {nullptr, nullptr},
};
const MethodDef kTeeDataMethods[] = {{"__reduce__", teedata_reduce}, {nullptr, nullptr}};
const MethodDef kTeeFunctions[] = {{"tee", itertools_tee}, {nullptr, nullptr}};

}  // namespace

bool add_tee_types(Object* module) {
    if (!type_has(&TeeType, kTypeReady)) {
        TeeType.weaklistoffset = offsetof(TeeObject, weakreflist);
        if (!ready_iter_type(TeeType, "itertools._tee", sizeof(TeeObject), tee_tp_new, tee_next, kTeeMethods,
                             tee_traverse, tee_clear, tee_dealloc, false))
            return false;
        // A link is not an iterator: only its pickling is visible.
        TeeDataType.name = "itertools._tee_dataobject";
        TeeDataType.basicsize = sizeof(TeeDataObject);
        TeeDataType.flags = kTypeGC;
        TeeDataType.tp_new = teedata_tp_new;
        TeeDataType.dealloc = teedata_dealloc;
        TeeDataType.traverse = teedata_traverse;
        TeeDataType.clear = teedata_clear;
        TeeDataType.methods = kTeeDataMethods;
        if (!type_ready(&TeeDataType)) return false;
    }
    return module_add_object(module, "_tee", &TeeType) == 0 &&
           module_add_object(module, "_tee_dataobject", &TeeDataType) == 0 &&
           module_add_functions(module, kTeeFunctions) == 0;
}

}  // namespace pygen::itertools_detail
