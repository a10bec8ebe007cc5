// AST -> code objects. compile_module is the one entry point used by the runtime (import, exec,
// eval, compile): it runs the symbol table, then generates bytecode for every scope and assembles
// each into a CodeObject (jump targets, exception table, line table, stack depth).
// CPython counterpart: Python/compile.c.
#pragma once

#include <string>

#include "objects/code.h"
#include "parser/ast.h"
#include "parser/parser.h"

namespace pygen {

enum class CompileMode { Exec, Eval, Single };

// compile()'s flags beyond the future features (CPython's PyCF_*).
enum CompileFlags : int {
    kCfDontImplyDedent = 0x200,
    kCfOnlyAst = 0x400,
    kCfTypeComments = 0x1000,
    kCfAllowTopLevelAwait = 0x2000,
    kCfAllowIncompleteInput = 0x4000,
};

// Returns a new reference to the module's code object, or null with *error filled in (the caller
// turns it into a SyntaxError). `eval_expr` is used in Eval mode. `future_flags` (kCoFuture*
// bits) are features already on, inherited from the code that called exec/eval/compile; the
// module's own `from __future__ import` statements add to them.
CodeObject* compile_ast(ast::AstModule* module, ast::Expr* eval_expr, const std::string& filename,
                        CompileMode mode, SyntaxErrorInfo* error, int future_flags = 0);

}  // namespace pygen
