// The import system: sys.modules, then built-in C++ modules, then the embedded Python library
// (lib/), then .py files and packages on sys.path. Relative imports resolve against __package__.
// CPython counterparts: Python/import.c, Lib/importlib/_bootstrap.py (the parts a script needs).
#pragma once

#include "objects/object.h"

namespace pygen {

// __import__(name, globals, locals, fromlist, level) semantics. New reference or null.
Object* import_module_level(Object* name, Object* globals, Object* fromlist, int level);
// import a dotted absolute name and return the leaf module (importlib.import_module).
Object* import_module(const char* name);
// The builtins.__import__ function object, for the eval loop's fast path. Borrowed.
Object* builtin_import_function();
void set_builtin_import_function(Object* f);

}  // namespace pygen
