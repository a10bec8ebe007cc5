// The import system: sys.modules, then built-in C++ modules, then user finders on sys.meta_path,
// then sys.path (folders, and the embedded Python library under kEmbeddedLibPath). Packages,
// namespace packages and relative imports resolve as in CPython; specs and loaders are the Python
// classes of lib/importlib/_bootstrap.py, loaded on the first import that needs one.
// CPython counterparts: Python/import.c, Lib/importlib/_bootstrap.py, _bootstrap_external.py.
#pragma once

#include <string>
#include <vector>

#include "objects/object.h"

namespace pygen {

// The sys.path entry that stands for the library embedded in the binary (lib/ at build time).
// A package inside it has __path__ [kEmbeddedLibPath + "/pkg"].
inline constexpr const char* kEmbeddedLibPath = "<pygen>/lib";

// __import__(name, globals, locals, fromlist, level) semantics. New reference or null.
Object* import_module_level(Object* name, Object* globals, Object* fromlist, int level);
// Imports a dotted absolute name (and its parents); returns the leaf module (importlib.import_module).
Object* import_module(const char* name);
// The builtins.__import__ function object, for the eval loop's fast path. Borrowed.
Object* builtin_import_function();
void set_builtin_import_function(Object* f);

// importlib's view (the _imp module): the spec of `name` searched in `path` (a list of folders,
// or None for sys.path), skipping built-in modules when path_only. New reference: a ModuleSpec,
// None when not found, null with an exception.
Object* import_find_spec(const std::string& name, Object* path, bool path_only);
// The embedded library: source text of a module or null when it is not embedded.
const char* embedded_source(const std::string& name, bool* is_package);

// `pygen -m NAME`: imports NAME's parent packages, then runs NAME (or NAME.__main__ for a
// package) as __main__ with sys.argv[0] set to its file. Returns the process exit status.
int run_module_as_main(const std::string& name, const std::string& program);

}  // namespace pygen
