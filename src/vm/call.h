// Calling Python functions from C++: argument binding into a new frame (with CPython's error
// messages) and running it. The eval loop itself calls Python functions without C++ recursion;
// this is the entry for everything else (builtins calling back, slot wrappers, the embedding API).
// CPython counterparts: Python/ceval.c (_PyEval_Vector, initialize_locals), Objects/call.c.
#pragma once

#include "objects/function.h"
#include "objects/object.h"
#include "vm/frame.h"

namespace pygen {

// FunctionType's call slot.
Object* function_vectorcall(Object* func, Object* const* args, size_t nargs, Object* kwnames);

// A frame for calling `func` with the given arguments (bound to parameters, defaults applied,
// cells created, closure copied). Null with TypeError on a bad call.
Frame* frame_for_call(FunctionObject* func, Object* const* args, size_t nargs, Object* kwnames);

// The same for f(*args, **kwargs): args_tuple an exact tuple, kwargs a dict or null.
Frame* frame_for_call_ex(FunctionObject* func, Object* args_tuple, Object* kwargs);

// The cell and free-variable slots of a frame for `func` whose parameters are bound: each cell
// variable gets a cell holding its initial value, each free variable the closure's cell. Only for
// code without kCoNoFree. (CPython 3.11 does this with MAKE_CELL and COPY_FREE_VARS.)
void frame_make_cells(Frame* f, FunctionObject* func);

// Runs a module-level or exec'd code object with the given namespaces. New reference or null.
// closure: a tuple of one cell per free variable of code (exec's closure=), or null.
Object* eval_code(CodeObject* code, Object* globals, Object* locals, Object* closure = nullptr);

}  // namespace pygen
