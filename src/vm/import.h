// The import system: sys.modules, then built-in C++ modules, then user finders on sys.meta_path,
// then sys.path (folders, and the embedded Python library under kEmbeddedLibPath). Packages,
// namespace packages and relative imports resolve as in CPython; specs and loaders are the Python
// classes of lib/importlib/_bootstrap.py, loaded on the first import that needs one.
// CPython counterparts: Python/import.c, Lib/importlib/_bootstrap.py, _bootstrap_external.py.
#pragma once

#include <string>
#include <vector>

#include "objects/code.h"
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

// ---- The host's import policy (the embedding API's allowlist, src/api/sandbox.cpp) ----
// Null, or a function deciding whether the module `absolute_name` may be imported on behalf of
// script code: 0 yes, -1 with ImportError pending. It is asked for every import statement of code
// not compiled from the embedded library (CodeObject::from_library), for every call of
// __import__ (from any code: a computed name is imported on behalf of whoever supplied it, as
// importlib.import_module, pickle and mock.patch do), and by _imp's module loaders. Import
// statements of the embedded library's own code, and the runtime's C++ imports, are not asked.
using ImportPolicyFn = int (*)(const std::string& absolute_name);
void set_import_policy(ImportPolicyFn policy);
// The policy's verdict on `name` (relative to `globals` when level > 0) requested by code
// `requester` (null: not an import statement). 0 allowed (or no policy), -1 with an exception.
int import_policy_check(Object* name, Object* globals, int level, const CodeObject* requester);
// Marks `code` and the code objects nested in its constants as compiled from the embedded library.
void code_mark_library(CodeObject* code);

// `pygen -m NAME`: imports NAME's parent packages, then runs NAME (or NAME.__main__ for a
// package) as __main__ with sys.argv[0] set to its file. Returns the process exit status.
int run_module_as_main(const std::string& name, const std::string& program);

}  // namespace pygen
