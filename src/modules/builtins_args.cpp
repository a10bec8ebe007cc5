// Argument checking for the functions of the C++ modules (see builtins_args.h). Only messages and
// binding live here; each module converts the bound objects itself.
// CPython counterparts: Python/getargs.c, Objects/methodobject.c.

#include "modules/builtins_args.h"

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"

namespace pygen {

std::string_view kwname_at(Object* kwnames, size_t i) {
    return str_view(tuple_item(kwnames, static_cast<ssize>(i)));
}

bool check_no_kwargs(const char* fname, Object* kwnames) {
    if (kwcount(kwnames) == 0) return true;
    err_format(TypeError, "%s() takes no keyword arguments", fname);
    return false;
}

bool check_no_args(const char* fname, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs(fname, kwnames)) return false;
    if (nargs == 0) return true;
    err_format(TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    return false;
}

bool check_one_arg(const char* fname, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs(fname, kwnames)) return false;
    if (nargs == 1) return true;
    err_format(TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    return false;
}

bool check_positional(const char* fname, size_t nargs, Object* kwnames, size_t min, size_t max) {
    if (!check_no_kwargs(fname, kwnames)) return false;
    if (nargs < min) {
        err_format(TypeError, "%s expected %s%zu argument%s, got %zu", fname, min == max ? "" : "at least ",
                   min, min == 1 ? "" : "s", nargs);
        return false;
    }
    if (nargs > max) {
        err_format(TypeError, "%s expected %s%zu argument%s, got %zu", fname, min == max ? "" : "at most ",
                   max, max == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

namespace {

// Index of the keyword argument called `name`, or -1.
ssize find_keyword(Object* kwnames, std::string_view name) {
    size_t n = kwcount(kwnames);
    for (size_t i = 0; i < n; i++) {
        if (kwname_at(kwnames, i) == name) return static_cast<ssize>(i);
    }
    return -1;
}

// The first keyword that names no parameter (or names one already given positionally) decides
// the message, as CPython reports only one.
void report_unexpected_keyword(const ArgSpec& spec, Object* kwnames, const bool* used) {
    size_t n = kwcount(kwnames);
    for (size_t k = 0; k < n; k++) {
        if (used[k]) continue;
        std::string_view name = kwname_at(kwnames, k);
        for (int i = 0; i < spec.count; i++) {
            if (name != spec.names[i]) continue;
            if (i < spec.posonly) {
                err_format(TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                           spec.fname, spec.names[i]);
                return;
            }
            err_format(TypeError, "argument for %s() given by name ('%s') and position (%d)", spec.fname,
                       spec.names[i], i + 1);
            return;
        }
        err_format(TypeError, "'%S' is an invalid keyword argument for %s()", tuple_item(kwnames, static_cast<ssize>(k)),
                   spec.fname);
        return;
    }
}

}  // namespace

bool bind_args(const ArgSpec& spec, Object* const* args, size_t nargs, Object* kwnames, Object** out) {
    size_t nkw = kwcount(kwnames);
    size_t count = static_cast<size_t>(spec.count);
    size_t maxpos = spec.max_positional < 0 ? count : static_cast<size_t>(spec.max_positional);
    size_t minpos = static_cast<size_t>(spec.required) < maxpos ? static_cast<size_t>(spec.required) : maxpos;

    if (nargs + nkw > count) {
        err_format(TypeError, "%s() takes at most %zu %sargument%s (%zu given)", spec.fname, count,
                   nargs == 0 ? "keyword " : "", count == 1 ? "" : "s", nargs + nkw);
        return false;
    }
    if (nargs > maxpos) {
        if (maxpos == 0) {
            err_format(TypeError, "%s() takes no positional arguments", spec.fname);
        } else {
            err_format(TypeError, "%s() takes %s %zu positional argument%s (%zu given)", spec.fname,
                       minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
        }
        return false;
    }

    // nkw <= count (checked above) and no spec has more than 16 parameters.
    bool used[16] = {};
    size_t consumed = 0;
    for (size_t i = 0; i < count; i++) {
        out[i] = nullptr;
        if (i < nargs) {
            out[i] = args[i];
            continue;
        }
        if (i >= static_cast<size_t>(spec.posonly)) {
            ssize k = find_keyword(kwnames, spec.names[i]);
            if (k >= 0) {
                out[i] = args[nargs + static_cast<size_t>(k)];
                used[k] = true;
                consumed++;
                continue;
            }
        }
        if (i < static_cast<size_t>(spec.required)) {
            if (i < static_cast<size_t>(spec.posonly)) {
                err_format(TypeError, "%s() takes %s %zu positional argument%s (%zu given)", spec.fname,
                           minpos < maxpos ? "at least" : "exactly", minpos, minpos == 1 ? "" : "s", nargs);
            } else if (i < maxpos) {
                err_format(TypeError, "%s() missing required argument '%s' (pos %zu)", spec.fname, spec.names[i], i + 1);
            } else {
                err_format(TypeError, "%s() missing required keyword-only argument '%s'", spec.fname, spec.names[i]);
            }
            return false;
        }
    }
    if (consumed < nkw) {
        report_unexpected_keyword(spec, kwnames, used);
        return false;
    }
    return true;
}

bool index_as_i64(Object* o, int64_t* out, const char* ctype) {
    Object* index = number_index(o);
    if (!index) return false;
    bool fits = int_as_i64(index, out);
    decref(index);
    if (!fits) {
        err_format(OverflowError, "Python int too large to convert to C %s", ctype);
        return false;
    }
    return true;
}

bool index_as_c_int(Object* o, int* out) {
    int64_t v;
    if (!index_as_i64(o, &v, "int")) return false;
    if (v < INT32_MIN || v > INT32_MAX) {
        err_set_string(OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = static_cast<int>(v);
    return true;
}

bool index_as_c_int_i_format(Object* o, int* out) {
    int64_t v;
    if (!index_as_i64(o, &v, "long")) return false;
    if (v < INT32_MIN || v > INT32_MAX) {
        err_set_string(OverflowError, v < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        return false;
    }
    *out = static_cast<int>(v);
    return true;
}

}  // namespace pygen
