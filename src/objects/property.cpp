// property: fget/fset/fdel/doc, the getter/setter/deleter copies, __set_name__ for the 3.11
// error messages ("property 'x' of 'A' object has no setter").
// CPython counterpart: Objects/descrobject.c (property_*).
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"

namespace pygen {

TypeObject PropertyType;

namespace {

PropertyObject* as_prop(Object* o) { return static_cast<PropertyObject*>(o); }

Object* property_tp_new(TypeObject* type, Object* const*, size_t, Object*) { return alloc_object(type); }

// property(fget=None, fset=None, fdel=None, doc=None)
int property_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"fget", "fset", "fdel", "doc"};
    Object* values[4] = {nullptr, nullptr, nullptr, nullptr};
    if (nargs > 4) {
        err_format(TypeError, "property() takes at most 4 arguments (%zu given)", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) values[i] = args[i];
    ssize nkw = kwnames ? tuple_size(kwnames) : 0;
    for (ssize k = 0; k < nkw; k++) {
        Object* key = tuple_item(kwnames, k);
        int index = -1;
        for (int j = 0; j < 4; j++) {
            if (str_view(key) == kNames[j]) index = j;
        }
        if (index < 0) {
            err_format(TypeError, "'%U' is an invalid keyword argument for property()", key);
            return -1;
        }
        if (values[index] != nullptr) {
            err_format(TypeError, "argument for property() given by name ('%s') and position (%d)", kNames[index],
                       index + 1);
            return -1;
        }
        values[index] = args[nargs + static_cast<size_t>(k)];
    }
    PropertyObject* p = as_prop(self);
    for (int j = 0; j < 3; j++) {
        if (values[j] == None) values[j] = nullptr;
    }
    setref(p->fget, xnewref(values[0]));
    setref(p->fset, xnewref(values[1]));
    setref(p->fdel, xnewref(values[2]));
    // CPython 3.11's order: the given doc is stored first; with no doc (or None) and a getter that
    // has a __doc__ attribute (even None), the getter's doc replaces it and getter_doc is set.
    Object* doc = values[3];
    setref(p->doc, xnewref(doc));
    p->getter_doc = false;
    if ((doc == nullptr || doc == None) && p->fget != nullptr) {
        Object* fdoc = object_lookup_attr(p->fget, PYGEN_ID(__doc__));
        if (fdoc == nullptr) return err_occurred() ? -1 : 0;
        if (self->type == &PropertyType) {
            setref(p->doc, fdoc);
        } else {
            // A subclass's instance keeps the getter's doc in its own __dict__: the subclass's
            // class docstring in the type's dict would shadow the __doc__ getset otherwise.
            // Without a dict (__slots__ = ()) the store is an AttributeError.
            int rc = object_setattr(self, PYGEN_ID(__doc__), fdoc);
            decref(fdoc);
            if (rc < 0) return -1;
        }
        p->getter_doc = true;
    }
    return 0;
}

// "property 'x' of 'A' object has no getter" and the variants without a name.
Object* missing_accessor(PropertyObject* p, Object* obj, const char* what) {
    Object* qual = type_qualname(obj->type);
    if (qual == nullptr) return nullptr;
    if (p->name != nullptr) {
        err_format(AttributeError, "property %R of %R object has no %s", p->name, qual, what);
    } else {
        err_format(AttributeError, "property of %R object has no %s", qual, what);
    }
    decref(qual);
    return nullptr;
}

Object* property_descr_get(Object* self, Object* obj, Object*) {
    if (obj == nullptr || obj == None) return newref(self);
    PropertyObject* p = as_prop(self);
    if (p->fget == nullptr) return missing_accessor(p, obj, "getter");
    return call1(p->fget, obj);
}

int property_descr_set(Object* self, Object* obj, Object* value) {
    PropertyObject* p = as_prop(self);
    Object* func = value == nullptr ? p->fdel : p->fset;
    if (func == nullptr) {
        missing_accessor(p, obj, value == nullptr ? "deleter" : "setter");
        return -1;
    }
    Object* res = value == nullptr ? call1(func, obj) : call2(func, obj, value);
    if (res == nullptr) return -1;
    decref(res);
    return 0;
}

// CPython: descrobject.c, property_copy — through type(self) so subclasses survive.
Object* property_copy(Object* self, Object* get, Object* set, Object* del) {
    PropertyObject* p = as_prop(self);
    if (get == nullptr) get = p->fget ? p->fget : None;
    if (set == nullptr) set = p->fset ? p->fset : None;
    if (del == nullptr) del = p->fdel ? p->fdel : None;
    Object* doc = (p->getter_doc && get != None) ? None : (p->doc ? p->doc : None);
    Object* args[4] = {get, set, del, doc};
    Object* res = call(self->type, args, 4);
    if (res != nullptr && is_subtype(res->type, &PropertyType)) setref(as_prop(res)->name, xnewref(p->name));
    return res;
}

Object* property_getter(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_format(TypeError, "getter() takes exactly one argument (%zu given)", nargs);
    return property_copy(self, args[0], nullptr, nullptr);
}
Object* property_setter(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_format(TypeError, "setter() takes exactly one argument (%zu given)", nargs);
    return property_copy(self, nullptr, args[0], nullptr);
}
Object* property_deleter(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_format(TypeError, "deleter() takes exactly one argument (%zu given)", nargs);
    return property_copy(self, nullptr, nullptr, args[0]);
}

Object* property_set_name(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 2) return err_format(TypeError, "__set_name__() takes 2 positional arguments but %zu were given", nargs);
    setref(as_prop(self)->name, newref(args[1]));
    return none_new();
}

const MethodDef kPropertyMethods[] = {
    {"getter", property_getter},
    {"setter", property_setter},
    {"deleter", property_deleter},
    {"__set_name__", property_set_name},
    {nullptr, nullptr},
};

Object* or_none(Object* o) { return o ? newref(o) : none_new(); }
Object* property_get_fget(Object* self) { return or_none(as_prop(self)->fget); }
Object* property_get_fset(Object* self) { return or_none(as_prop(self)->fset); }
Object* property_get_fdel(Object* self) { return or_none(as_prop(self)->fdel); }
Object* property_get_doc(Object* self) { return or_none(as_prop(self)->doc); }
int property_set_doc(Object* self, Object* value) {
    setref(as_prop(self)->doc, xnewref(value));
    return 0;
}

Object* property_get_isabstract(Object* self) {
    PropertyObject* p = as_prop(self);
    for (Object* f : {p->fget, p->fset, p->fdel}) {
        if (f == nullptr) continue;
        Object* v = object_lookup_attr(f, PYGEN_ID(__isabstractmethod__));
        if (v == nullptr) {
            if (err_occurred()) return nullptr;
            continue;
        }
        int truth = object_is_true(v);
        decref(v);
        if (truth < 0) return nullptr;
        if (truth) return bool_from(true);
    }
    return bool_from(false);
}

const GetSetDef kPropertyGetSet[] = {
    {"fget", property_get_fget},
    {"fset", property_get_fset},
    {"fdel", property_get_fdel},
    {"__doc__", property_get_doc, property_set_doc},
    {"__isabstractmethod__", property_get_isabstract},
    {nullptr, nullptr},
};

void property_dealloc(Object* self) {
    PropertyObject* p = as_prop(self);
    clearref(p->fget);
    clearref(p->fset);
    clearref(p->fdel);
    clearref(p->doc);
    clearref(p->name);
    free_object(self);
}

void property_traverse(Object* self, VisitFn visit, void* arg) {
    PropertyObject* p = as_prop(self);
    for (Object* o : {p->fget, p->fset, p->fdel, p->doc, p->name}) {
        if (o) visit(o, arg);
    }
}

}  // namespace

void bootstrap_property_type() {
    TypeObject& t = PropertyType;
    t.type = &TypeType;
    t.name = "property";
    t.basicsize = sizeof(PropertyObject);
    t.base = &ObjectType;
    t.flags |= kTypeBaseType | kTypeGC;
    t.dealloc = property_dealloc;
    t.traverse = property_traverse;
    t.getattro = generic_getattr;
    t.descr_get = property_descr_get;
    t.descr_set = property_descr_set;
    t.tp_new = property_tp_new;
    t.tp_init = property_init;
    t.methods = kPropertyMethods;
    t.getset = kPropertyGetSet;
}

}  // namespace pygen
