// Running source text: compiling (with SyntaxError raised as a Python exception), executing a
// file or string as __main__, and the top-level handling of an uncaught exception
// (traceback to stderr, exit status, SystemExit).
// CPython counterpart: Python/pythonrun.c.
#pragma once

#include <string>
#include <string_view>

#include "compiler/compiler.h"
#include "objects/code.h"
#include "objects/object.h"

namespace pygen {

// Compiles source to a code object; on a syntax error raises SyntaxError (or IndentationError...)
// with filename, lineno, offset and text set, and returns null.
// `future_flags`: kCoFuture* features already on (inherited by exec/eval/compile).
CodeObject* compile_source(std::string_view source, const std::string& filename, CompileMode mode,
                           int future_flags = 0);

// compile() of an ast.AST tree (a Module, Expression or Interactive node object): the tree is read
// and checked as CPython checks it (TypeError/ValueError), then compiled as parsed source would be.
CodeObject* compile_ast_object(Object* tree, const std::string& filename, CompileMode mode, int future_flags = 0);

// ast.parse: the tree of `source` as ast.dump(..., include_attributes=True) text, from which
// lib/ast.py rebuilds node objects (Module for Exec, Expression for Eval, Interactive for Single).
// Parse errors raise SyntaxError as compile() does; returns false with the exception set.
bool parse_to_ast_dump(std::string_view source, const std::string& filename, CompileMode mode, std::string* out);

// Runs a whole program as __main__ and returns the process exit status.
// When ran_code is given it receives the module's code object (a new reference) once it has run,
// for `pygen --dis-quickened`.
int run_main_source(std::string_view source, const std::string& filename, CodeObject** ran_code = nullptr);
// `pygen -i FILE`: runs the program as __main__ and prints any uncaught exception, SystemExit
// included, as a traceback; the REPL then goes on in sys.modules['__main__'].
void run_main_source_then_inspect(std::string_view source, const std::string& filename);
// Handles a pending exception at top level: SystemExit gives its code, anything else is printed
// as a traceback and gives 1.
int handle_uncaught_exception();

// A compile-time warning (category "SyntaxWarning" or "DeprecationWarning") through
// warnings.warn_explicit at filename:lineno: 0 when shown or filtered out, 1 when a filter turned
// it into an error (the caller raises SyntaxError instead), -1 with another exception set.
int issue_compile_warning(const char* category, const std::string& message, const std::string& filename, int lineno);

}  // namespace pygen
