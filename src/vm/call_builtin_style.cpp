// reword_binding_error: see call_builtin_style.h. The wordings and the order of the checks follow
// CPython 3.11's C argument parsers: METH_NOARGS and METH_O methods (named type.method), tuple
// parsing (PyArg_ParseTuple) and keyword parsing (PyArg_ParseTupleAndKeywords, where a function
// without a name in its format is "function" / "this function").
#include "vm/call_builtin_style.h"

#include <cstdarg>
#include <cstdio>
#include <string>
#include <string_view>

#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

const char* plural(ssize n) { return n == 1 ? "" : "s"; }

std::string text(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string text(const char* fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    std::vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return buf;
}

bool has_keyword(Object* kwnames, std::string_view name) {
    ssize nkw = kwnames ? tuple_size(kwnames) : 0;
    for (ssize k = 0; k < nkw; ++k)
        if (str_view(tuple_item(kwnames, k)) == name) return true;
    return false;
}

// PyArg_ParseTupleAndKeywords's message for the call, or "" when it would accept it. `params` are
// the C keyword list (the Python parameters after self, keyword-only ones last); `posmax` how many
// may be passed by position.
std::string keyword_style(const char* name, Object* const* params, ssize len, ssize posmax, ssize required,
                          ssize nargs, Object* kwnames) {
    std::string fn = name ? std::string(name) + "()" : "function";
    ssize nkw = kwnames ? tuple_size(kwnames) : 0;
    if (nargs + nkw > len) {
        return text("%s takes at most %zd %sargument%s (%zd given)", fn.c_str(), len, nargs == 0 ? "keyword " : "",
                    plural(len), nargs + nkw);
    }
    for (ssize i = 0; i < len; ++i) {
        if (i == posmax && nargs > posmax) {
            if (posmax == 0) return text("%s takes no positional arguments", fn.c_str());
            return text("%s takes %s %zd positional argument%s (%zd given)", fn.c_str(),
                        required < len ? "at most" : "exactly", posmax, plural(posmax), nargs);
        }
        std::string_view pname = str_view(params[i]);
        bool by_name = has_keyword(kwnames, pname);
        if (i < nargs && by_name) {
            return text("argument for %s given by name ('%s') and position (%zd)", fn.c_str(),
                        std::string(pname).c_str(), i + 1);
        }
        if (i >= nargs && !by_name && i < required)
            return text("%s missing required argument '%s' (pos %zd)", fn.c_str(), std::string(pname).c_str(), i + 1);
    }
    for (ssize k = 0; k < nkw; ++k) {
        Object* key = tuple_item(kwnames, k);
        bool known = false;
        for (ssize i = 0; i < len && !known; ++i) known = str_view(params[i]) == str_view(key);
        if (!known)
            return text("'%s' is an invalid keyword argument for %s", str_cstr(key), name ? fn.c_str() : "this function");
    }
    return "";
}

// How CPython names a C method in these messages: an instance method called straight from the
// instance by its defining class ("date.isocalendar()" for a datetime too), a class method by the
// class it was called on ("MyDate.today()"), as its binding to that class names it. (A bound
// method object kept and called later names its receiver's class in CPython; that form is rare
// and not told apart here.) `spec_name` is "type.method".
std::string c_method_name(Object* self, const std::string& spec_name) {
    if (!is_type(self)) return spec_name;
    auto* type = static_cast<TypeObject*>(self);
    size_t dot = spec_name.rfind('.');
    std::string method = dot == std::string::npos ? spec_name : spec_name.substr(dot + 1);
    Object* qualname = type->ht_qualname;
    return (qualname && is_str(qualname) ? std::string(str_view(qualname)) : std::string(type->name)) + "." + method;
}

}  // namespace

void reword_binding_error(FunctionObject* func, Object* const* args, size_t nargs, Object* kwnames) {
    // Only methods carry a style (self or cls first); a program may set the attribute on anything.
    if (!func->dict || func->code->argcount < 1 || !err_matches(TypeError)) return;
    Object* spec = dict_getitem_str(func->dict, "__pygen_argstyle__");
    if (!spec || !is_tuple(spec) || tuple_size(spec) < 2 || !is_str(tuple_item(spec, 0))) return;
    std::string_view style = str_view(tuple_item(spec, 0));
    Object* name_obj = tuple_item(spec, 1);
    std::string name = is_str(name_obj) ? std::string(str_view(name_obj)) : std::string();
    const char* cname = is_str(name_obj) ? name.c_str() : nullptr;
    std::string fn = cname ? name + "()" : "function";
    CodeObject* co = func->code;
    ssize nuser = static_cast<ssize>(nargs) - 1;   // without self / cls
    ssize nkw = kwnames ? tuple_size(kwnames) : 0;
    ssize posmax = co->argcount - 1;
    ssize ndefaults = func->defaults ? tuple_size(func->defaults) : 0;
    ssize required = posmax - ndefaults;
    if (tuple_size(spec) >= 3) {
        Object* given = tuple_item(spec, 2);
        if (!is_int_exact(given) || static_cast<IntObject*>(given)->is_big) return;
        required = clip_to_ssize(static_cast<IntObject*>(given)->small);
    }
    std::string message;
    if (nargs == 0) {   // no self: the method was called on the class
        if (style == "noargs" || style == "o") message = "unbound method " + fn + " needs an argument";
    } else if (style == "noargs" || style == "o" || style == "tuple") {
        // Tuple parsing counts under the bare name ("__format__() takes exactly 1 argument") but
        // refuses keywords under the method's ("date.__format__() takes no keyword arguments").
        std::string method = (style == "tuple" ? name : c_method_name(args[0], name)) + "()";
        size_t dot = name.rfind('.');
        std::string bare = (dot == std::string::npos ? name : name.substr(dot + 1)) + "()";
        if (nkw) {
            message = method + " takes no keyword arguments";
        } else if (style == "noargs") {
            message = text("%s takes no arguments (%zd given)", method.c_str(), nuser);
        } else if (style == "o") {
            message = text("%s takes exactly one argument (%zd given)", method.c_str(), nuser);
        } else {
            const char* which = required == posmax ? "exactly" : nuser < required ? "at least" : "at most";
            ssize bound = nuser < required ? required : posmax;
            message = text("%s takes %s %zd argument%s (%zd given)", bare.c_str(), which, bound, plural(bound), nuser);
        }
    } else if (style == "kw") {
        message = keyword_style(cname, tuple_items(co->localsplus_names) + 1, posmax + co->kwonlyargcount, posmax,
                                required, nuser, kwnames);
    }
    if (message.empty()) return;   // nothing a C parser would reject: the call's own error stands
    err_clear();
    err_set_string(TypeError, message);
}

}  // namespace pygen
