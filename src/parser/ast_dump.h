// Text dump of an AST in the format of Python's ast.dump(node, include_attributes=...), for
// tests and debugging (`ast.dump(ast.parse(src))` output can be compared directly).
// CPython counterpart: Lib/ast.py (dump).
#pragma once

#include <string>

#include "parser/ast.h"

namespace pygen::ast {

std::string dump(const AstModule& mod, bool include_attributes = false);
std::string dump(const Expr* e, bool include_attributes = false);
std::string dump(const Stmt* s, bool include_attributes = false);

}  // namespace pygen::ast
