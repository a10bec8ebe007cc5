// Expression -> source text, for PEP 563 (`from __future__ import annotations`): each annotation
// is stored as the string this produces. The text is CPython's: the same spacing, the fewest
// parentheses its precedence rules need, reprs for constants and `1e309` for infinities.
// CPython counterpart: Python/ast_unparse.c.
#pragma once

#include <string>

#include "parser/ast.h"

namespace pygen {

// Null-free; raises nothing. Only expressions (annotations) are unparsed, never statements.
std::string unparse_expr(const ast::Expr* e);

}  // namespace pygen
