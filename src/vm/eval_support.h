// Helpers of the eval loop that are too long to sit inline in the dispatch switch: unpacking,
// raising, exception matching, formatting values, imports, and context managers.
// CPython counterpart: the static helpers at the end of Python/ceval.c.
#pragma once

#include <string>

#include "objects/object.h"
#include "vm/frame.h"

namespace pygen {

// UNPACK_SEQUENCE / UNPACK_EX: writes the items to sp[0..n) in reverse (first item last), as
// CPython's unpack_iterable. Returns false with an exception set.
bool unpack_iterable(Object* v, int before, int after, Object** sp_out);
// RAISE_VARARGS 1/2. Always returns false (the exception is set). cause may be null.
bool do_raise(Object* exc, Object* cause);
// CHECK_EXC_MATCH: -1 error, else 0/1; rejects non-exception classes as CPython does.
int check_exc_match(Object* exc, Object* match);
// CHECK_EG_MATCH: validates the except* type, splits exc into new references *match / *rest
// (see exception_group_match) and, on a match, makes it the handled exception (sys.exc_info()).
bool check_eg_match(Object* exc, Object* match_type, Object** match, Object** rest);
// FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; spec may be null.
Object* format_value(Object* value, int conversion, Object* spec);
// IMPORT_NAME / IMPORT_FROM / IMPORT_STAR.
Object* import_name(Frame* f, Object* name, Object* fromlist, Object* level);
Object* import_from(Object* module, Object* name);
bool import_star(Frame* f, Object* module);
// SETUP_ANNOTATIONS: gives the namespace an empty __annotations__ dict unless it has one. The
// namespace may be any mapping (exec with a custom locals), reached through getitem/setitem then.
// Returns -1 with an exception set.
int setup_annotations(Object* ns);
// Looks up a special method on the type and binds it (None when missing, no exception).
Object* lookup_special(Object* obj, const char* name);
// BEFORE_WITH / BEFORE_ASYNC_WITH: looks up __enter__/__exit__ (or the async pair) with CPython's
// errors, calls the enter method; returns its result and the bound exit method in *exit_out.
Object* enter_context(Object* mgr, bool is_async, Object** exit_out);
// NameError "name 'x' is not defined".
void format_name_error(Object* name);
// How call errors name a callable: "module.qualname" ("qualname" for builtins), or
// "<type> object" for callables without a __qualname__. CPython: _PyObject_FunctionStr.
std::string function_str(Object* func);
// DICT_MERGE error messages, with the function name of the call.
void format_kwargs_error(Object* func, Object* kwargs);

}  // namespace pygen
