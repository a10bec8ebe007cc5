// Built-in functions about attributes and namespaces: getattr, setattr, hasattr, delattr, vars,
// dir, globals, locals. Attribute lookup itself is abstract.h's; the current frame's namespaces
// come from the lead's vm/frame_api.h.
// CPython counterparts: Python/bltinmodule.c, Objects/object.c (_dir_object, _dir_locals),
// Objects/typeobject.c (object___dir__, type___dir__).

#include "modules/builtins_args.h"
#include "modules/builtins_tables.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/instance_values.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/frame_api.h"

namespace pygen {

namespace {

bool check_attr_name(Object* name) {
    if (is_str(name)) return true;
    err_format(TypeError, "attribute name must be string, not '%s'", name->type->name);
    return false;
}

Object* builtin_getattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("getattr", nargs, kwnames, 2, 3)) return nullptr;
    if (!check_attr_name(args[1])) return nullptr;
    if (nargs == 2) return object_getattr(args[0], args[1]);
    Object* value = object_lookup_attr(args[0], args[1]);
    if (value || err_occurred()) return value;
    return newref(args[2]);
}

Object* builtin_hasattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("hasattr", nargs, kwnames, 2, 2)) return nullptr;
    if (!check_attr_name(args[1])) return nullptr;
    Object* value = object_lookup_attr(args[0], args[1]);
    if (!value) return err_occurred() ? nullptr : bool_from(false);
    decref(value);
    return bool_from(true);
}

Object* builtin_setattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("setattr", nargs, kwnames, 3, 3)) return nullptr;
    if (!check_attr_name(args[1])) return nullptr;
    if (object_setattr(args[0], args[1], args[2]) < 0) return nullptr;
    return none_new();
}

Object* builtin_delattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("delattr", nargs, kwnames, 2, 2)) return nullptr;
    if (!check_attr_name(args[1])) return nullptr;
    if (object_setattr(args[0], args[1], nullptr) < 0) return nullptr;
    return none_new();
}

Object* builtin_vars(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("vars", nargs, kwnames, 0, 1)) return nullptr;
    if (nargs == 0) return frame_locals_of_current();
    static Object* const dict_name = str_intern("__dict__");   // kept for the whole run
    if (!dict_name) return nullptr;
    Object* dict = object_lookup_attr(args[0], dict_name);
    if (dict || err_occurred()) return dict;
    return err_set_string(TypeError, "vars() argument must have __dict__ attribute");
}

// Adds the keys of a mapping (a dict, or anything with keys()) to `names`, used as an ordered set.
int merge_keys(Object* names, Object* mapping) {
    if (!mapping) return 0;
    if (is_dict(mapping)) {
        ssize pos = 0;
        Object* key;
        Object* value;
        while (dict_next(mapping, &pos, &key, &value)) {
            if (dict_setitem(names, key, None) < 0) return -1;
        }
        return 0;
    }
    Ref<> keys = Ref<>::steal(call_method0(mapping, "keys"));
    if (!keys) return -1;
    Ref<> list = Ref<>::steal(sequence_list(keys.get()));
    if (!list) return -1;
    for (ssize i = 0; i < list_size(list.get()); i++) {
        if (dict_setitem(names, list_item(list.get(), i), None) < 0) return -1;
    }
    return 0;
}

int merge_class_attrs(Object* names, TypeObject* type) {
    Object* mro = type->mro;
    if (!mro) return merge_keys(names, type->dict);
    for (ssize i = 0; i < tuple_size(mro); i++) {
        if (merge_keys(names, static_cast<TypeObject*>(tuple_item(mro, i))->dict) < 0) return -1;
    }
    return 0;
}

// dir(o) when no __dir__ is reachable: what object.__dir__ / type.__dir__ / module.__dir__ list.
Object* default_dir(Object* o) {
    Ref<> names = Ref<>::steal(dict_new());
    if (!names) return nullptr;
    if (is_module(o)) {
        if (merge_keys(names.get(), module_dict(o)) < 0) return nullptr;
    } else if (is_type(o)) {
        if (merge_class_attrs(names.get(), static_cast<TypeObject*>(o)) < 0) return nullptr;
    } else {
        Object** dict_slot = object_dict_ptr(o);
        // Inline attribute values become the __dict__ CPython's dir() would read.
        if (dict_slot && !*dict_slot && has_inline_values(o->type) && !instance_dict_materialize(o)) return nullptr;
        if (dict_slot && *dict_slot && merge_keys(names.get(), *dict_slot) < 0) return nullptr;
        if (merge_class_attrs(names.get(), o->type) < 0) return nullptr;
    }
    return dict_keys_list(names.get());
}

Object* builtin_dir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("dir", nargs, kwnames, 0, 1)) return nullptr;
    Ref<> names;
    if (nargs == 0) {
        Ref<> locals = Ref<>::steal(frame_locals_of_current());
        if (!locals) return nullptr;
        if (is_dict(locals.get())) {
            names = Ref<>::steal(dict_keys_list(locals.get()));
        } else {
            Ref<> keys = Ref<>::steal(call_method0(locals.get(), "keys"));
            if (!keys) return nullptr;
            names = Ref<>::steal(sequence_list(keys.get()));
        }
    } else {
        Object* o = args[0];
        Object* method = type_lookup_str(o->type, "__dir__");
        if (method) {
            Ref<> result = Ref<>::steal(call1(method, o));
            if (!result) return nullptr;
            names = Ref<>::steal(sequence_list(result.get()));
        } else {
            names = Ref<>::steal(default_dir(o));
        }
    }
    if (!names) return nullptr;
    if (list_sort(names.get(), nullptr, false) < 0) return nullptr;
    return names.release();
}

Object* builtin_globals(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("globals", nargs, kwnames)) return nullptr;
    Object* globals = frame_globals_of_current();
    return globals ? newref(globals) : nullptr;
}

Object* builtin_locals(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("locals", nargs, kwnames)) return nullptr;
    return frame_locals_of_current();
}

}  // namespace

const MethodDef kBuiltinsAttrMethods[] = {
    {"getattr", builtin_getattr},
    {"hasattr", builtin_hasattr},
    {"setattr", builtin_setattr},
    {"delattr", builtin_delattr},
    {"vars", builtin_vars},
    {"dir", builtin_dir, kMethDepth},
    {"globals", builtin_globals},
    {"locals", builtin_locals},
    {nullptr, nullptr},
};

}  // namespace pygen
