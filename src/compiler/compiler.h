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

// Returns a new reference to the module's code object, or null with *error filled in (the caller
// turns it into a SyntaxError). `eval_expr` is used in Eval mode.
CodeObject* compile_ast(ast::AstModule* module, ast::Expr* eval_expr, const std::string& filename,
                        CompileMode mode, SyntaxErrorInfo* error);

}  // namespace pygen
