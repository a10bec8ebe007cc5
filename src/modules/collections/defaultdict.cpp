// collections.defaultdict: a dict subclass whose missing keys are filled by default_factory().
// The subscript slot answers present keys and calls the factory without a detour through
// __missing__ for exact defaultdicts; subclasses go through dict's own lookup of __missing__, so
// an override is honoured. CPython counterpart: Modules/_collectionsmodule.c (defdict).

#include "modules/collections/collections.h"

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/generic_alias.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"

#include <cstddef>

namespace pygen {

extern TypeObject DictType;
TypeObject DefaultDictType;

namespace {

struct DefaultDictObject : DictObject {
    Object* default_factory;   // strong, null for None
};

DefaultDictObject* as_dd(Object* o) { return static_cast<DefaultDictObject*>(o); }
bool is_defaultdict(Object* o) { return o->type == &DefaultDictType || is_subtype(o->type, &DefaultDictType); }

// CPython: defdict_missing — factory() stored under key (through __setitem__, so a subclass
// sees it) and returned; KeyError(key) without a factory.
Object* missing(Object* self, Object* key) {
    Object* factory = as_dd(self)->default_factory;
    if (!factory) return err_set_key_error(key);
    Ref<> value = Ref<>::steal(call0(factory));
    if (!value) return nullptr;
    if (object_setitem(self, key, value.get()) < 0) return nullptr;
    return value.release();
}

Object* dd_subscript(Object* self, Object* key) {
    if (self->type != &DefaultDictType) return DictType.getitem(self, key);
    Object* v = dict_getitem(self, key);
    if (v) return incref(v);
    if (err_occurred()) return nullptr;
    return missing(self, key);
}

Object* dd_missing_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("defaultdict.__missing__", nargs, kwnames)) return nullptr;
    return missing(self, args[0]);
}

Object* dd_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    return DictType.tp_new(type, args, nargs, kwnames);
}

// defaultdict(default_factory=None, /, [mapping_or_iterable], **kwargs)
int dd_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* factory = nargs > 0 ? args[0] : nullptr;
    if (factory == None) factory = nullptr;
    if (factory && !is_callable(factory)) {
        err_set_string(TypeError, "first argument must be callable or None");
        return -1;
    }
    setref(as_dd(self)->default_factory, xnewref(factory));
    return nargs > 0 ? DictType.tp_init(self, args + 1, nargs - 1, kwnames) : DictType.tp_init(self, args, 0, kwnames);
}

void dd_traverse(Object* o, VisitFn visit, void* arg) {
    if (Object* f = as_dd(o)->default_factory) visit(f, arg);
    DictType.traverse(o, visit, arg);
}

int dd_clear(Object* o) {
    clearref(as_dd(o)->default_factory);
    return DictType.clear(o);
}

void dd_dealloc(Object* o) {
    clearref(as_dd(o)->default_factory);
    DictType.dealloc(o);
}

// "defaultdict(<class 'list'>, {1: [2]})"; "..." for a factory whose repr recurses here.
Object* dd_repr(Object* self) {
    Object* factory = as_dd(self)->default_factory;
    Ref<> factory_repr;
    if (!factory) {
        factory_repr = Ref<>::steal(str_from("None"));
    } else {
        int entered = repr_enter(factory);
        if (entered < 0) return nullptr;
        if (entered > 0) {
            factory_repr = Ref<>::steal(str_from("..."));
        } else {
            factory_repr = Ref<>::steal(object_repr(factory));
            repr_leave(factory);
        }
    }
    if (!factory_repr) return nullptr;
    Ref<> base = Ref<>::steal(DictType.repr(self));
    if (!base) return nullptr;
    Ref<> name = Ref<>::steal(object_getattr_str(self->type, "__name__"));
    if (!name) return nullptr;
    return str_from_format("%S(%S, %S)", name.get(), factory_repr.get(), base.get());
}

// type(dd)(default_factory, dd)
Object* dd_copy_of(Object* self) {
    Object* factory = as_dd(self)->default_factory;
    return call2(self->type, factory ? factory : None, self);
}

Object* dd_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("defaultdict.copy", nargs, kwnames)) return nullptr;
    return dd_copy_of(self);
}

Object* dd_dunder_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("defaultdict.__copy__", nargs, kwnames)) return nullptr;
    return dd_copy_of(self);
}

// (type(dd), (factory,) or (), None, None, iter(dd.items()))
Object* dd_reduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("defaultdict.__reduce__", nargs, kwnames)) return nullptr;
    Object* factory = as_dd(self)->default_factory;
    Ref<> args = Ref<>::steal(factory ? tuple_pack({factory}) : tuple_new(0));
    if (!args) return nullptr;
    Ref<> items = Ref<>::steal(call_method0(self, "items"));
    if (!items) return nullptr;
    Ref<> it = Ref<>::steal(object_iter(items.get()));
    if (!it) return nullptr;
    return tuple_pack({self->type, args.get(), None, None, it.get()});
}

// defaultdict | mapping and mapping | defaultdict: a copy of the defaultdict's kind (with its
// factory) holding the left items, updated with the right. CPython: defdict_or.
Object* dd_or(Object* a, Object* b) {
    Object* self = is_defaultdict(a) ? a : b;
    Object* other = self == a ? b : a;
    if (!is_defaultdict(self) || !is_dict(other)) return incref(NotImplemented);
    Object* factory = as_dd(self)->default_factory;
    Ref<> r = Ref<>::steal(call2(self->type, factory ? factory : None, a));
    if (!r) return nullptr;
    if (dict_update(r.get(), b) < 0) return nullptr;
    return r.release();
}

Object* factory_get(Object* self) {
    Object* f = as_dd(self)->default_factory;
    return newref(f ? f : None);
}

int factory_set(Object* self, Object* value) {
    setref(as_dd(self)->default_factory, value && value != None ? newref(value) : nullptr);
    return 0;
}

const MethodDef kMethods[] = {
    {"__missing__", dd_missing_method},
    {"copy", dd_copy},
    {"__copy__", dd_dunder_copy},
    {"__reduce__", dd_reduce},
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {nullptr, nullptr},
};

const GetSetDef kGetSet[] = {
    {"default_factory", factory_get, factory_set},
    {nullptr, nullptr},
};

}  // namespace

bool ready_defaultdict_type() {
    if (type_has(&DefaultDictType, kTypeReady)) return true;
    TypeObject& t = DefaultDictType;
    t.name = "collections.defaultdict";
    t.base = &DictType;
    t.basicsize = sizeof(DefaultDictObject);
    t.flags = kTypeBaseType | kTypeGC | kTypeDictSubclass;
    t.tp_new = dd_tp_new;
    t.tp_init = dd_tp_init;
    t.dealloc = dd_dealloc;
    t.traverse = dd_traverse;
    t.clear = dd_clear;
    t.repr = dd_repr;
    t.getitem = dd_subscript;
    t.nb[static_cast<int>(BinOp::Or)] = dd_or;
    t.methods = kMethods;
    t.getset = kGetSet;
    return type_ready(&t);
}

}  // namespace pygen
