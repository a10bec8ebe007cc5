// breakpoint(), sys.breakpointhook / sys.__breakpointhook__ (PEP 553) and sys.__interactivehook__.
// The hook honours PYTHONBREAKPOINT: "0" disables it, "mod.func" names the debugger to call, and
// the default is pdb.set_trace; a hook that cannot be imported is a RuntimeWarning, as in CPython.
// CPython counterpart: Python/sysmodule.c (sys_breakpointhook), Python/bltinmodule.c
// (builtin_breakpoint), Lib/site.py (register_readline as __interactivehook__).
#include <cstdlib>
#include <string>

#include "modules/sys_module.h"
#include "modules/warnings.h"
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/import.h"

namespace pygen {

namespace {

Object* sys_breakpointhook(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    const char* env = std::getenv("PYTHONBREAKPOINT");
    std::string hookname = env && *env ? env : "pdb.set_trace";
    if (hookname == "0") return none_new();
    size_t dot = hookname.rfind('.');
    std::string modname = dot == std::string::npos ? "builtins" : hookname.substr(0, dot);
    std::string attr = dot == std::string::npos ? hookname : hookname.substr(dot + 1);
    Ref<> mod = Ref<>::steal(import_module(modname.c_str()));
    Ref<> hook;
    if (mod) hook = Ref<>::steal(object_getattr_str(mod.get(), attr.c_str()));
    if (!hook) {
        if (!err_matches(ImportError) && !err_matches(AttributeError)) return nullptr;
        err_clear();
        if (!warn_message(RuntimeWarning, "Ignoring unimportable $PYTHONBREAKPOINT: \"" + hookname + "\"", nullptr))
            return nullptr;
        return none_new();
    }
    return call(hook.get(), args, nargs, kwnames);
}

// site.py's register_readline: pygen's REPL sets up line editing itself, so nothing is left to do.
Object* sys_interactivehook(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (nargs || (kwnames && tuple_size(kwnames)))
        return err_format(TypeError, "register_readline() takes 0 positional arguments but %zu were given", nargs);
    return none_new();
}

Object* builtin_breakpoint(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* hook = sys_get_object("breakpointhook");
    if (!hook) return err_set_string(RuntimeError, "lost sys.breakpointhook");
    Ref<> keep = Ref<>::borrow(hook);
    return call(keep.get(), args, nargs, kwnames);
}

const MethodDef kSysMethods[] = {
    {"breakpointhook", sys_breakpointhook},
    {nullptr, nullptr},
};

const MethodDef kHookDef = {"register_readline", sys_interactivehook};
const MethodDef kBuiltinMethods[] = {
    {"breakpoint", builtin_breakpoint},
    {nullptr, nullptr},
};

}  // namespace

int add_sys_breakpointhook(Object* sys) {
    if (module_add_functions(sys, kSysMethods) < 0) return -1;
    Object* hook = dict_getitem_str(module_dict(sys), "breakpointhook");
    if (!hook || module_add_object(sys, "__breakpointhook__", hook) < 0) return -1;
    Ref<> interactive = Ref<>::steal(builtin_function_new(&kHookDef, nullptr));
    if (!interactive || module_add_object(sys, "__interactivehook__", interactive.get()) < 0) return -1;
    Object* builtins = builtins_module();
    if (builtins && !dict_getitem_str(module_dict(builtins), "breakpoint") &&
        module_add_functions(builtins, kBuiltinMethods) < 0)
        return -1;
    return 0;
}

}  // namespace pygen
