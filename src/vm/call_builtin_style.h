// Argument errors worded as CPython's C functions word them, for library functions pygen writes in
// Python where CPython has C (datetime's methods): `d.isoformat(1)` must say "date.isoformat()
// takes no arguments (1 given)", not a Python function's "takes 1 positional argument but 2 were
// given". Such a function carries `__pygen_argstyle__ = (style, name[, required])` in its
// __dict__ (lib/datetime.py's _c_args decorator sets it); binding only looks there after it has failed, so
// calls that bind cost nothing.
#pragma once

#include <cstddef>

#include "objects/function.h"

namespace pygen {

// Called with binding's TypeError pending. When `func` has an argument style, replaces that error
// with the C wording for the same call: `nargs` positionals in args (the first is self or cls, as
// every such function is a method or __new__) and the keywords `kwnames`. Otherwise leaves it as it is.
void reword_binding_error(FunctionObject* func, Object* const* args, size_t nargs, Object* kwnames);

}  // namespace pygen
