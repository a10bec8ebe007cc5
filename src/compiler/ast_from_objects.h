// compile() of an ast tree: the node objects of lib/ast.py (ast.Module, ast.BinOp, ...) read back
// into the front end's AstModule, checked as CPython checks them (required fields, field types,
// expression contexts, empty bodies), so the compiler sees exactly what the parser would give it.
// CPython counterpart: Python/Python-ast.c (obj2ast_*) and Python/ast.c (_PyAST_Validate).
#pragma once

#include <memory>

#include "compiler/compiler.h"
#include "objects/object.h"
#include "parser/ast.h"

namespace pygen {

// Returns the tree, or null with TypeError/ValueError/RecursionError set. `tree` must be a Module
// (Exec), Expression (Eval) or Interactive (Single); *eval_expr receives an Expression's body.
// Constants are copied out of the tree (the AstModule does not refer to `tree`).
std::unique_ptr<ast::AstModule> ast_from_object(Object* tree, CompileMode mode, ast::Expr** eval_expr);

// Is `o` an instance of ast.AST (without importing ast when no program did)?
bool is_ast_object(Object* o);

}  // namespace pygen
