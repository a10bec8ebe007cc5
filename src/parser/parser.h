// Source text -> AST. The lexer (lexer/lexer.h) turns text into tokens with INDENT/DEDENT and
// f-string pieces; the parser is a hand-written recursive-descent parser for Python 3.11's grammar
// that reports the first syntax error with CPython's message and location.
// CPython counterparts: Parser/tokenizer.c, Parser/parser.c (PEG), Parser/pegen_errors.c.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "parser/ast.h"

namespace pygen {

struct SyntaxErrorInfo {
    std::string type = "SyntaxError";   // or "IndentationError", "TabError", "RecursionError", "MemoryError",
                                        // "pending" (a warning hook's exception is already set)
    std::string msg;                    // CPython's text, e.g. "invalid syntax", "'(' was never closed"
    std::string filename;
    int lineno = 0;                     // 1-based
    int offset = 0;                     // 1-based column (in characters) where the caret goes
    int end_lineno = 0;
    int end_offset = 0;
    std::string text;                   // the offending source line, with its newline
};

// Compile-time warnings (the invalid escape sequence DeprecationWarning, CPython's
// warn_invalid_escape_sequence): the runtime issues them through its warnings machinery while the
// source is parsed. Returns 0 when the warning was issued or filtered out; 1 when a filter turned
// it into an exception of `category` (the hook has cleared it: the parser then reports the message
// as a SyntaxError at the literal, as CPython does); -1 when another exception is pending (the
// parse stops with SyntaxErrorInfo::type "pending" and that exception propagates).
using ParseWarnHook = int (*)(const char* category, const std::string& message, const std::string& filename,
                              int lineno);

// CPython's compiler allows a tree 3 levels deep per Python frame left before the recursion
// limit: 3000 for a program, less for compile() called deep in a program (see ast_depth_budget).
constexpr int kDefaultMaxAstDepth = 3000;

// Returns the module, or null with *error filled in. A tree deeper than max_ast_depth nodes is
// refused with RecursionError; parser nesting beyond CPython's parser stack with MemoryError.
std::unique_ptr<ast::AstModule> parse_module(std::string_view source, std::string_view filename,
                                             SyntaxErrorInfo* error, int max_ast_depth = kDefaultMaxAstDepth,
                                             ParseWarnHook warn = nullptr);
// Parses a single expression (for eval() and f-string replacement fields).
std::unique_ptr<ast::AstModule> parse_expression(std::string_view source, std::string_view filename,
                                                 ast::Expr** result, SyntaxErrorInfo* error,
                                                 int max_ast_depth = kDefaultMaxAstDepth,
                                                 ParseWarnHook warn = nullptr);

}  // namespace pygen
