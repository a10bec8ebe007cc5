// classmethod and staticmethod: descriptors wrapping a callable. Both copy __module__,
// __name__, __qualname__ and __doc__ from the callable into their __dict__ (as CPython 3.10+)
// and expose __func__ / __wrapped__. CPython counterpart: Objects/funcobject.c.
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace pygen {

TypeObject ClassMethodType;
TypeObject StaticMethodType;

namespace {

ClassMethodObject* as_cm(Object* o) { return static_cast<ClassMethodObject*>(o); }

// functools.wraps-like copy of the wrapped callable's identity attributes (and __annotations__, as 3.11).
bool copy_wrapped_attrs(Object* self, Object* callable) {
    for (const char* name : {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
        Object* key = str_intern(name);
        if (key == nullptr) return false;
        Object* v = object_lookup_attr(callable, key);
        if (v == nullptr) {
            decref(key);
            if (err_occurred()) return false;
            continue;
        }
        int rc = generic_setattr(self, key, v);
        decref(v);
        decref(key);
        if (rc < 0) return false;
    }
    return true;
}

Object* cm_tp_new(TypeObject* type, Object* const*, size_t, Object*) { return alloc_object(type); }

int cm_init_common(Object* self, Object* const* args, size_t nargs, Object* kwnames, const char* name) {
    if (kwnames != nullptr && tuple_size(kwnames) != 0) {
        err_format(TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        err_format(TypeError, "%s expected 1 argument, got %zu", name, nargs);
        return -1;
    }
    setref(as_cm(self)->callable, newref(args[0]));
    return copy_wrapped_attrs(self, args[0]) ? 0 : -1;
}

int classmethod_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return cm_init_common(self, args, nargs, kwnames, "classmethod");
}

int staticmethod_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return cm_init_common(self, args, nargs, kwnames, "staticmethod");
}

// CPython: funcobject.c, cm_descr_get — chains through the callable's own __get__.
Object* classmethod_descr_get(Object* self, Object* obj, Object* type) {
    Object* callable = as_cm(self)->callable;
    if (callable == nullptr) return err_set_string(RuntimeError, "uninitialized classmethod object");
    if (type == nullptr) type = obj->type;
    if (DescrGetFn get = callable->type->descr_get) return get(callable, type, type);
    return method_new(callable, type);
}

Object* staticmethod_descr_get(Object* self, Object*, Object*) {
    Object* callable = as_cm(self)->callable;
    if (callable == nullptr) return err_set_string(RuntimeError, "uninitialized staticmethod object");
    return newref(callable);
}

Object* staticmethod_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* callable = as_cm(self)->callable;
    if (callable == nullptr) return err_set_string(RuntimeError, "uninitialized staticmethod object");
    return call(callable, args, nargs, kwnames);
}

Object* classmethod_repr(Object* self) { return str_from_format("<classmethod(%R)>", as_cm(self)->callable); }
Object* staticmethod_repr(Object* self) { return str_from_format("<staticmethod(%R)>", as_cm(self)->callable); }

Object* cm_get_func(Object* self) {
    Object* c = as_cm(self)->callable;
    return c ? newref(c) : none_new();
}

Object* cm_get_isabstract(Object* self) {
    Object* c = as_cm(self)->callable;
    if (c == nullptr) return bool_from(false);
    Object* v = object_lookup_attr(c, PYGEN_ID(__isabstractmethod__));
    if (v == nullptr) return err_occurred() ? nullptr : bool_from(false);
    int truth = object_is_true(v);
    decref(v);
    if (truth < 0) return nullptr;
    return bool_from(truth);
}

const GetSetDef kCmGetSet[] = {
    {"__func__", cm_get_func},
    {"__wrapped__", cm_get_func},
    {"__isabstractmethod__", cm_get_isabstract},
    {"__dict__", generic_get_dict, generic_set_dict},
    {nullptr, nullptr},
};

void cm_dealloc(Object* self) {
    clearref(as_cm(self)->callable);
    clearref(as_cm(self)->dict);
    free_object(self);
}

void cm_traverse(Object* self, VisitFn visit, void* arg) {
    if (Object* c = as_cm(self)->callable) visit(c, arg);
    if (Object* d = as_cm(self)->dict) visit(d, arg);
}

int cm_clear(Object* self) {
    clearref(as_cm(self)->callable);
    clearref(as_cm(self)->dict);
    return 0;
}

void fill_cm_type(TypeObject& t, const char* name) {
    t.type = &TypeType;
    t.name = name;
    t.basicsize = sizeof(ClassMethodObject);
    t.dictoffset = static_cast<ssize>(offsetof(ClassMethodObject, dict));
    t.base = &ObjectType;
    t.flags |= kTypeBaseType | kTypeGC;
    t.dealloc = cm_dealloc;
    t.traverse = cm_traverse;
    t.clear = cm_clear;
    t.getattro = generic_getattr;
    t.setattro = generic_setattr;
    t.tp_new = cm_tp_new;
    t.getset = kCmGetSet;
}

Object* wrap_new(TypeObject* type, Object* callable) {
    Object* self = alloc_object(type);
    if (self == nullptr) return nullptr;
    as_cm(self)->callable = newref(callable);
    if (!copy_wrapped_attrs(self, callable)) {
        decref(self);
        return nullptr;
    }
    return self;
}

}  // namespace

Object* classmethod_new(Object* callable) { return wrap_new(&ClassMethodType, callable); }
Object* staticmethod_new(Object* callable) { return wrap_new(&StaticMethodType, callable); }

void bootstrap_classmethod_types() {
    fill_cm_type(ClassMethodType, "classmethod");
    ClassMethodType.tp_init = classmethod_init;
    ClassMethodType.descr_get = classmethod_descr_get;
    ClassMethodType.repr = classmethod_repr;

    fill_cm_type(StaticMethodType, "staticmethod");
    StaticMethodType.tp_init = staticmethod_init;
    StaticMethodType.descr_get = staticmethod_descr_get;
    StaticMethodType.call = staticmethod_call;
    StaticMethodType.repr = staticmethod_repr;
}

}  // namespace pygen
