// The sys functions that belong to the generator family: async-generator hooks (PEP 525) and
// coroutine origin tracking. Added to the sys module by runtime_init.
// CPython counterpart: Python/sysmodule.c (sys_set_asyncgen_hooks, ...).
#include "modules/sys_module.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/genobject.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

TypeObject* g_hooks_type = nullptr;

Object* sys_set_asyncgen_hooks(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* firstiter = nargs > 0 ? args[0] : nullptr;
    Object* finalizer = nargs > 1 ? args[1] : nullptr;
    if (nargs > 2) return err_format(TypeError, "set_asyncgen_hooks() takes at most 2 arguments (%zu given)", nargs);
    ssize nkw = kwnames ? tuple_size(kwnames) : 0;
    for (ssize i = 0; i < nkw; ++i) {
        std::string_view k = str_view(tuple_item(kwnames, i));
        if (k == "firstiter") firstiter = args[nargs + i];
        else if (k == "finalizer") finalizer = args[nargs + i];
        else return err_format(TypeError, "set_asyncgen_hooks() got an unexpected keyword argument '%s'", std::string(k).c_str());
    }
    if (finalizer && finalizer != None && !is_callable(finalizer))
        return err_format(TypeError, "callable finalizer expected, got %s", finalizer->type->name);
    if (firstiter && firstiter != None && !is_callable(firstiter))
        return err_format(TypeError, "callable firstiter expected, got %s", firstiter->type->name);
    set_asyncgen_hooks(firstiter, finalizer);
    return none_new();
}

Object* sys_get_asyncgen_hooks(Object*, Object* const*, size_t nargs, Object*) {
    if (nargs) return err_format(TypeError, "get_asyncgen_hooks() takes no arguments (%zu given)", nargs);
    if (!g_hooks_type) {
        static const char* const fields[] = {"firstiter", "finalizer"};
        g_hooks_type = structseq_new_type("asyncgen_hooks", fields, 2);
        if (!g_hooks_type) return nullptr;
    }
    Object* f = get_asyncgen_firstiter();
    Object* z = get_asyncgen_finalizer();
    Object* values[2] = {newref(f ? f : None), newref(z ? z : None)};
    return structseq_new(g_hooks_type, values, 2);
}

Object* sys_set_origin_depth(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    ssize nkw = kwnames ? tuple_size(kwnames) : 0;
    if (nargs + nkw != 1) return err_bad_argument_count("set_coroutine_origin_tracking_depth", nargs + nkw, 1, 1);
    if (nkw && str_view(tuple_item(kwnames, 0)) != "depth")
        return err_format(TypeError, "set_coroutine_origin_tracking_depth() got an unexpected keyword argument '%s'",
                          str_cstr(tuple_item(kwnames, 0)));
    Object* v = args[0];
    if (!is_int(v)) return err_format(TypeError, "'%s' object cannot be interpreted as an integer", v->type->name);
    int64_t depth;
    if (!int_as_i64(v, &depth)) return err_set_string(OverflowError, "Python int too large to convert to C int");
    if (depth < 0) return err_set_string(ValueError, "depth must be >= 0");
    set_coroutine_origin_tracking_depth(static_cast<int>(depth));
    return none_new();
}

Object* sys_get_origin_depth(Object*, Object* const*, size_t, Object*) {
    return int_from_i64(coroutine_origin_tracking_depth());
}

const MethodDef kSysGenMethods[] = {
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks},
    {"set_coroutine_origin_tracking_depth", sys_set_origin_depth},
    {"get_coroutine_origin_tracking_depth", sys_get_origin_depth},
    {nullptr, nullptr},
};

}  // namespace

int add_sys_generator_functions(Object* sys) { return module_add_functions(sys, kSysGenMethods); }

}  // namespace pygen
