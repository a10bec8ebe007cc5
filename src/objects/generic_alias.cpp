// Builtin entry points for list[int] and int | str: they forward to lib/types.py, where
// GenericAlias and UnionType are implemented, so the typing objects have one implementation.
// CPython counterpart: Objects/genericaliasobject.c (Py_GenericAlias), Objects/unionobject.c.
#include "objects/generic_alias.h"

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/tuple.h"
#include "vm/import.h"

namespace pygen {

namespace {

// types.<name>, imported on first use (lib/types.py only needs sys, so no import cycle).
Object* types_attr(const char* name) {
    Object* mod = import_module("types");
    if (mod == nullptr) return nullptr;
    Object* attr = object_getattr_str(mod, name);
    decref(mod);
    return attr;
}

}  // namespace

Object* generic_alias_new(Object* origin, Object* item) {
    Object* ga = types_attr("GenericAlias");
    if (ga == nullptr) return nullptr;
    Object* res = call2(ga, origin, item);
    decref(ga);
    return res;
}

Object* generic_class_getitem(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
    if ((kwnames != nullptr && tuple_size(kwnames) > 0) || nargs != 1) {
        return err_format(TypeError, "__class_getitem__() takes exactly one argument (%zu given)", nargs);
    }
    return generic_alias_new(cls, args[0]);
}

Object* type_or(Object* a, Object* b) {
    Object* fn = types_attr("_type_or");
    if (fn == nullptr) return nullptr;
    Object* res = call2(fn, a, b);
    decref(fn);
    return res;
}

}  // namespace pygen
