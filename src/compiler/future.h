// `from __future__ import ...` at the head of a module: which features it turns on, and the
// SyntaxErrors of unknown features. Only two features still change how 3.11 compiles:
// `annotations` (PEP 563: annotations become strings) and `barry_as_FLUFL`; the others are
// accepted and change nothing, as in CPython.
// CPython counterpart: Python/future.c.
#pragma once

#include "parser/ast.h"
#include "parser/parser.h"

namespace pygen {

struct FutureFeatures {
    int flags = 0;          // kCoFuture* bits (objects/code.h)
    int last_lineno = -1;   // line of the last future import of the head; later ones are errors
};

// Scans the module's head (an optional docstring, then future imports). Returns false with
// *error filled in for an unknown feature or a future import that cannot be at the head.
bool scan_future_features(ast::AstModule* module, const std::string& filename, FutureFeatures* out,
                          SyntaxErrorInfo* error);

}  // namespace pygen
