// sys.displayhook / sys.__displayhook__ and the helper the PRINT_EXPR instruction uses: how the
// value of an expression statement compiled in 'single' mode (the REPL) is shown. The REPL itself
// (prompts, sys.ps1/ps2) lives in src/cli. CPython counterpart: Python/sysmodule.c
// (sys_displayhook) and the PRINT_EXPR case of Python/ceval.c.
#include "modules/sys_module.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"

namespace pygen {

namespace {

// sys.displayhook(value): None shows nothing; otherwise builtins._ is cleared first (so a repr that
// fails leaves no stale value), repr(value) and a newline go to sys.stdout, then builtins._ = value.
Object* sys_displayhook(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) return err_set_string(TypeError, "sys.displayhook() takes no keyword arguments");
    if (nargs != 1) return err_format(TypeError, "sys.displayhook() takes exactly one argument (%zu given)", nargs);
    Object* value = args[0];
    if (value == None) return none_new();
    Object* builtins = module_dict(builtins_module());
    if (dict_setitem_str(builtins, "_", None) < 0) return nullptr;
    Object* out = sys_get_object("stdout");
    if (!out || out == None) return err_set_string(RuntimeError, "lost sys.stdout");
    Ref<> out_ref = Ref<>::borrow(out);   // repr() may rebind sys.stdout
    Ref<> text = Ref<>::steal(object_repr(value));
    if (!text) return nullptr;
    if (is_text_file(out)) {
        if (text_file_write(out, str_view(text.get())) < 0 || text_file_write(out, "\n") < 0) return nullptr;
    } else {
        Ref<> r = Ref<>::steal(call_method1(out, "write", text.get()));
        if (!r) return nullptr;
        Ref<> nl = Ref<>::steal(str_from_cstr("\n"));
        if (!nl) return nullptr;
        r = Ref<>::steal(call_method1(out, "write", nl.get()));
        if (!r) return nullptr;
    }
    if (dict_setitem_str(builtins, "_", value) < 0) return nullptr;
    return none_new();
}

const MethodDef kDisplayhookMethods[] = {
    {"displayhook", sys_displayhook},
    {nullptr, nullptr},
};

}  // namespace

int add_sys_displayhook(Object* sys) {
    if (module_add_functions(sys, kDisplayhookMethods) < 0) return -1;
    Object* hook = dict_getitem_str(module_dict(sys), "displayhook");
    return hook ? module_add_object(sys, "__displayhook__", hook) : -1;
}

bool sys_call_displayhook(Object* value) {
    Object* hook = sys_get_object("displayhook");
    if (!hook) {
        err_set_string(RuntimeError, "lost sys.displayhook");
        return false;
    }
    Ref<> hook_ref = Ref<>::borrow(hook);   // the hook may replace itself while running
    Ref<> result = Ref<>::steal(call1(hook_ref.get(), value));
    return static_cast<bool>(result);
}

}  // namespace pygen
