// Function objects (def/lambda), bound methods, and cells (closed-over variables).
// CPython counterparts: Objects/funcobject.c, Objects/classobject.c (method), Objects/cellobject.c.
#pragma once

#include "objects/code.h"
#include "objects/object.h"

namespace pygen {

struct FunctionObject : Object {
    CodeObject* code;          // strong
    Object* globals;           // strong dict
    Object* builtins;          // strong dict (resolved once at creation, as CPython 3.11)
    // strong or null: the globals' __builtins__ when it is neither a module nor an exact dict.
    // Lookups then go through its __getitem__ (vm/eval.cpp, load_global) and `builtins` is an
    // empty dict of this function's own, so the eval loop's dict fast paths find nothing there.
    Object* builtins_foreign;
    Object* name;              // strong str (__name__)
    Object* qualname;          // strong str
    Object* defaults;          // strong tuple or null
    Object* kwdefaults;        // strong dict or null
    Object* closure;           // strong tuple of cells or null
    Object* doc;               // strong or null
    Object* dict;              // strong __dict__ or null
    Object* module;            // strong __module__ value or null
    Object* annotations;       // strong dict or null
    Object* weakreflist;       // weak references (see weakref module)
    // Identifies (code, defaults, kwdefaults) for CALL's inline cache (vm/specialize.h): a fresh
    // value from one global counter at creation and whenever __code__, __defaults__ or
    // __kwdefaults__ is assigned; 0 when the counter has run out (never specialized).
    uint32_t version;
};
uint32_t function_next_version();

struct MethodObject : Object {
    Object* func;              // strong: the callable being bound
    Object* self;              // strong
    Object* weakreflist;       // weak references to the bound method
};

struct CellObject : Object {
    Object* ref;               // strong; null when the variable is unbound
};

extern TypeObject FunctionType;
extern TypeObject MethodType;
extern TypeObject CellType;
inline bool is_function(Object* o) { return o->type == &FunctionType; }
inline bool is_method(Object* o) { return o->type == &MethodType; }
FunctionObject* function_new(CodeObject* code, Object* globals, Object* qualname);
Object* method_new(Object* func, Object* self);
Object* cell_new(Object* value);   // value may be null

void init_function_types();

}  // namespace pygen
