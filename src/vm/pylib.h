// The standard library modules written in Python (lib/**/*.py), embedded in the binary at build
// time by cmake/embed_pylib.cmake so pygen needs no files beside it.
#pragma once

#include "support/cold_data.h"   // PYGEN_COLD, on each source

namespace pygen {

struct EmbeddedModule {
    const char* name;      // dotted module name; null ends the table
    const char* source;    // UTF-8 text
    bool is_package;       // came from NAME/__init__.py
};

extern const EmbeddedModule kEmbeddedModules[];

}  // namespace pygen
