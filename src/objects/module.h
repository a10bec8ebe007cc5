// Module objects and the registry of modules written in C++ (builtins, sys, time, ...).
// A module is a namespace dict plus its name; import (vm/import.cpp) creates them from .py files
// or from the registry.
// CPython counterparts: Objects/moduleobject.c, Python/import.c (inittab).
#pragma once

#include <vector>

#include "objects/object.h"

namespace pygen {

struct ModuleObject : Object {
    Object* dict;      // strong, the module namespace (__name__, __doc__, ... live in it)
    Object* name;      // strong str
    Object* weakreflist;   // weak references to the module
};

extern TypeObject ModuleType;
inline bool is_module(Object* o) { return o->type == &ModuleType || is_subtype(o->type, &ModuleType); }
Object* module_new(const char* name);                 // sets __name__, __doc__=None, __package__, __spec__, __loader__
inline Object* module_dict(Object* m) { return static_cast<ModuleObject*>(m)->dict; }   // borrowed
int module_add_functions(Object* module, const MethodDef* defs);    // 0 ok, -1 error; defs must be static
int module_add_object(Object* module, const char* name, Object* value);   // increfs value
int module_add_int(Object* module, const char* name, int64_t value);
int module_add_string(Object* module, const char* name, const char* value);

// Built-in (C++) modules, created on first import. The init function returns a new module or null.
using ModuleInitFn = Object* (*)();
void register_builtin_module(const char* name, ModuleInitFn init);
ModuleInitFn find_builtin_module(const char* name);   // null when not registered

// The builtins module and sys.modules (created by runtime_init). Borrowed.
Object* builtins_module();
Object* builtins_dict();
Object* sys_modules();
void set_runtime_modules(Object* builtins, Object* modules);   // runtime_init only; borrowed
std::vector<const char*> builtin_module_names();

void init_module_type();

}  // namespace pygen
