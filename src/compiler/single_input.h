// compile(..., 'single') accepts exactly one interactive statement: one compound statement, or
// simple statements on one logical line. This checks a parsed module against that rule and
// fills CPython's SyntaxError location ("multiple statements found...", "invalid syntax").
// CPython counterpart: the interactive rule of Grammar/python.gram and bad_single_statement.
#pragma once

#include <string_view>

#include "parser/ast.h"
#include "parser/parser.h"

namespace pygen {

// True when `module` (parsed from `source`) is one interactive statement; otherwise false with
// *error filled in (its filename is left as the caller set it).
bool check_single_statement(std::string_view source, const ast::AstModule& module, SyntaxErrorInfo* error);

}  // namespace pygen
