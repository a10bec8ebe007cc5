// Argument checking shared by the C++ modules (builtins, sys, time, math): arity checks with
// CPython's messages, Argument-Clinic-style binding of positional and keyword arguments to named
// parameters, and the small conversions those functions need. Internal to src/modules/.
// CPython counterparts: Python/getargs.c (_PyArg_CheckPositional, _PyArg_UnpackKeywords),
// Objects/methodobject.c (METH_O / METH_NOARGS checks).
#pragma once

#include <cstdint>
#include <string_view>

#include "objects/object.h"
#include "objects/tuple.h"

namespace pygen {

// METH_NOARGS / METH_O shapes: "f() takes no arguments (1 given)", "f() takes exactly one argument
// (0 given)", "f() takes no keyword arguments". `fname` is printed as given ("sys.exc_info").
[[nodiscard]] bool check_no_args(const char* fname, size_t nargs, Object* kwnames);
[[nodiscard]] bool check_one_arg(const char* fname, size_t nargs, Object* kwnames);
[[nodiscard]] bool check_no_kwargs(const char* fname, Object* kwnames);
// Positional count in [min, max]: "divmod expected 2 arguments, got 1",
// "iter expected at least 1 argument, got 0", "next expected at most 2 arguments, got 3".
// Also rejects keywords ("f() takes no keyword arguments").
[[nodiscard]] bool check_positional(const char* fname, size_t nargs, Object* kwnames, size_t min, size_t max);

// Describes a parameter list for bind_args. Parameters are `names[0..count)`; the first
// `posonly` of them cannot be passed by keyword, those from `max_positional` on are keyword-only,
// and the first `required` must be present.
struct ArgSpec {
    const char* fname;           // as printed in messages, without "()"
    const char* const* names;
    int count;
    int posonly = 0;
    int max_positional = -1;     // -1: all parameters may be positional
    int required = 0;
};

// Binds args/kwnames to spec's parameters: out[i] receives a borrowed pointer or null when the
// parameter was not given. Raises CPython's TypeErrors: "pow() takes at most 3 arguments (4 given)",
// "pow() missing required argument 'exp' (pos 2)", "'foo' is an invalid keyword argument for
// pow()", "argument for pow() given by name ('base') and position (1)".
[[nodiscard]] bool bind_args(const ArgSpec& spec, Object* const* args, size_t nargs, Object* kwnames,
                             Object** out);

// The i-th keyword name of a vectorcall (kwnames is a tuple of str). Borrowed view.
std::string_view kwname_at(Object* kwnames, size_t i);
inline size_t kwcount(Object* kwnames) { return kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0; }

// o.__index__() as int64. Returns false with OverflowError ("Python int too large to convert to
// C <ctype>") when it does not fit, or TypeError ("'str' object cannot be interpreted as an integer").
[[nodiscard]] bool index_as_i64(Object* o, int64_t* out, const char* ctype = "long");

// o.__index__() as a C int, as CPython's `int` argument converter (_PyLong_AsInt): OverflowError
// "Python int too large to convert to C int" outside [INT_MIN, INT_MAX], whatever the sign.
[[nodiscard]] bool index_as_c_int(Object* o, int* out);
// The same for PyArg_Parse's "i" format (pid_t arguments, some flags): "signed integer is greater
// than maximum" / "signed integer is less than minimum", and the C long message beyond 64 bits.
[[nodiscard]] bool index_as_c_int_i_format(Object* o, int* out);

}  // namespace pygen
