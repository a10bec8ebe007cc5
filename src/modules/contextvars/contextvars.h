// contextvars in C++ (the `_contextvars` module): Context, ContextVar, Token and the current
// context of the (single) thread. asyncio runs each Task step and each Handle in a Context.
// CPython counterpart: Python/context.c, Include/cpython/context.h.
#pragma once

#include "objects/object.h"

namespace pygen {

extern TypeObject ContextType;

inline bool is_context(Object* o) { return o->type == &ContextType; }
// copy_context(): a new Context with the current context's variables. New reference or null.
Object* context_copy_current();
// ctx.run(callback, *args). New reference, or null with an exception.
Object* context_run(Object* ctx, Object* callback, Object* const* args, size_t nargs);

// The value of the ContextVar `var` in the current context, borrowed: null with no exception
// when it has none there (its default is not consulted), null with an exception on error. For
// C++ code that keeps its own state in a variable (the decimal accelerator's context).
Object* contextvar_lookup(Object* var);

Object* make_contextvars_module();
void contextvars_ensure_ready();   // readies the types (asyncio uses them before any import)

}  // namespace pygen
