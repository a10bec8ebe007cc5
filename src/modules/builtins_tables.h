// The method tables of the builtins module, one per theme file, gathered by make_builtins_module
// (builtins.cpp). Internal to src/modules/.
#pragma once

#include "objects/object.h"

namespace pygen {

extern const MethodDef kBuiltinsIoMethods[];       // builtins_io.cpp: print, input, open
extern const MethodDef kBuiltinsIterMethods[];     // builtins_iter.cpp: iter, next, sorted, min, max, sum, ...
extern const MethodDef kBuiltinsNumericMethods[];  // builtins_numeric.cpp: abs, divmod, pow, round, ...
extern const MethodDef kBuiltinsAttrMethods[];     // builtins_attr.cpp: getattr, ..., vars, dir, globals, locals

}  // namespace pygen
