// Hooks from the core types into lib/types.py for PEP 585 / PEP 604 typing objects:
// list[int] (types.GenericAlias) and int | str (types.UnionType) live in Python (lib/types.py);
// these C++ entry points let builtin types create them without knowing their layout.
#pragma once

#include "objects/object.h"

namespace pygen {

// __class_getitem__ for builtin classes (list, dict, tuple, set, frozenset): types.GenericAlias(cls, item).
Object* generic_class_getitem(Object* cls, Object* const* args, size_t nargs, Object* kwnames);
// types.GenericAlias(origin, item); used for type[int], which CPython special-cases in subscription.
Object* generic_alias_new(Object* origin, Object* item);
// type.__or__ / type.__ror__: types.UnionType for unionable operands, NotImplemented otherwise.
Object* type_or(Object* a, Object* b);

}  // namespace pygen
