// super(): super(type, obj), super(type) and the zero-argument form, whose class and first
// argument come from the calling frame (the VM's frame_get_super_args). Attribute lookup skips
// the MRO of type(obj) up to and including `type`. CPython counterpart: Objects/typeobject.c
// (super_*).
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"

namespace pygen {

// needs: vm/frame_api.h (the lead) — the __class__ cell and first argument of the calling
// function; false with RuntimeError set. Both results borrowed.
bool frame_get_super_args(Object** type, Object** obj);

TypeObject SuperType;

namespace {

struct SuperObject : Object {
    TypeObject* type;      // strong; the class after which the lookup starts
    Object* obj;           // strong or null (unbound super)
    TypeObject* obj_type;  // strong or null: obj itself when it is a class, else type(obj)
};

SuperObject* as_super(Object* o) { return static_cast<SuperObject*>(o); }

// CPython: typeobject.c, supercheck. New reference or null with TypeError.
TypeObject* supercheck(TypeObject* type, Object* obj) {
    if (is_type(obj) && is_subtype(static_cast<TypeObject*>(obj), type)) return newref(static_cast<TypeObject*>(obj));
    if (is_subtype(obj->type, type)) return newref(obj->type);
    Object* cls = object_lookup_attr(obj, PYGEN_ID(__class__));
    if (cls != nullptr) {
        if (is_type(cls) && cls != obj->type && is_subtype(static_cast<TypeObject*>(cls), type)) {
            return static_cast<TypeObject*>(cls);
        }
        decref(cls);
    } else if (err_occurred()) {
        return nullptr;
    }
    err_set_string(TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return nullptr;
}

Object* super_tp_new(TypeObject* type, Object* const*, size_t, Object*) { return alloc_object(type); }

int super_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames != nullptr && tuple_size(kwnames) != 0) {
        err_set_string(TypeError, "super() takes no keyword arguments");
        return -1;
    }
    if (nargs > 2) {
        err_format(TypeError, "super() expected at most 2 arguments, got %zu", nargs);
        return -1;
    }
    Object* type;
    Object* obj = nullptr;
    if (nargs == 0) {
        if (!frame_get_super_args(&type, &obj)) return -1;
    } else {
        type = args[0];
        if (nargs == 2) obj = args[1];
    }
    if (!is_type(type)) {
        err_format(TypeError, "super() argument 1 must be a type, not %s", type->type->name);
        return -1;
    }
    if (obj == None) obj = nullptr;
    TypeObject* obj_type = nullptr;
    if (obj != nullptr) {
        obj_type = supercheck(static_cast<TypeObject*>(type), obj);
        if (obj_type == nullptr) return -1;
    }
    SuperObject* su = as_super(self);
    setref(su->type, newref(static_cast<TypeObject*>(type)));
    setref(su->obj, xnewref(obj));
    setref(su->obj_type, obj_type);
    return 0;
}

Object* super_getattro(Object* self, Object* name) {
    SuperObject* su = as_super(self);
    TypeObject* starttype = su->obj_type;
    bool skip = starttype == nullptr || (is_str(name) && str_view(name) == "__class__");
    if (!skip && starttype->mro != nullptr) {
        Object* mro = starttype->mro;
        incref(mro);
        ssize n = tuple_size(mro);
        ssize i = 0;
        while (i + 1 < n && tuple_item(mro, i) != su->type) i++;
        i++;
        for (; i < n; i++) {
            Object* dict = static_cast<TypeObject*>(tuple_item(mro, i))->dict;
            if (dict == nullptr) continue;
            Object* res = dict_getitem(dict, name);
            if (res == nullptr) {
                if (err_occurred()) {
                    decref(mro);
                    return nullptr;
                }
                continue;
            }
            incref(res);
            decref(mro);
            if (DescrGetFn f = res->type->descr_get) {
                Object* obj = su->obj == static_cast<Object*>(starttype) ? nullptr : su->obj;
                Object* bound = f(res, obj, starttype);
                decref(res);
                return bound;
            }
            return res;
        }
        decref(mro);
    }
    return generic_getattr(self, name);
}

Object* super_descr_get(Object* self, Object* obj, Object*) {
    SuperObject* su = as_super(self);
    if (obj == nullptr || obj == None || su->obj != nullptr) return newref(self);
    Object* args[2] = {su->type, obj};
    return call(self->type, args, 2);
}

Object* super_repr(Object* self) {
    SuperObject* su = as_super(self);
    const char* tname = su->type ? su->type->name : "NULL";
    if (su->obj_type != nullptr) return str_from_format("<super: <class '%s'>, <%s object>>", tname, su->obj_type->name);
    return str_from_format("<super: <class '%s'>, NULL>", tname);
}

Object* or_none(Object* o) { return o ? newref(o) : none_new(); }
Object* super_get_thisclass(Object* self) { return or_none(as_super(self)->type); }
Object* super_get_self(Object* self) { return or_none(as_super(self)->obj); }
Object* super_get_self_class(Object* self) { return or_none(as_super(self)->obj_type); }

const GetSetDef kSuperGetSet[] = {
    {"__thisclass__", super_get_thisclass},
    {"__self__", super_get_self},
    {"__self_class__", super_get_self_class},
    {nullptr, nullptr},
};

void super_dealloc(Object* self) {
    SuperObject* su = as_super(self);
    clearref(su->type);
    clearref(su->obj);
    clearref(su->obj_type);
    free_object(self);
}

void super_traverse(Object* self, VisitFn visit, void* arg) {
    SuperObject* su = as_super(self);
    if (su->type) visit(su->type, arg);
    if (su->obj) visit(su->obj, arg);
    if (su->obj_type) visit(su->obj_type, arg);
}

}  // namespace

void bootstrap_super_type() {
    TypeObject& t = SuperType;
    t.type = &TypeType;
    t.name = "super";
    t.basicsize = sizeof(SuperObject);
    t.base = &ObjectType;
    t.flags |= kTypeBaseType | kTypeGC;
    t.dealloc = super_dealloc;
    t.traverse = super_traverse;
    t.getattro = super_getattro;
    t.descr_get = super_descr_get;
    t.repr = super_repr;
    t.tp_new = super_tp_new;
    t.tp_init = super_init;
    t.getset = kSuperGetSet;
}

}  // namespace pygen
