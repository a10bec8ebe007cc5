// sys.excepthook / sys.__excepthook__ and the report of an uncaught exception that goes through
// them (CPython's PyErr_Print): sys.last_type/last_value/last_traceback are set, then the hook
// runs; a hook that fails is reported, followed by the original exception.
// CPython counterparts: Python/sysmodule.c (sys_excepthook_impl), Python/pythonrun.c
// (_PyErr_PrintEx, PyErr_Display).
#include "modules/sys_module.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/traceback.h"

namespace pygen {

namespace {

// PyErr_Display: the traceback given is used when the exception has none of its own.
// The text goes through sys.stderr, so a program that replaced it (a test capturing output)
// receives it; an error while writing is dropped, as CPython drops it.
void display(Object* value, Object* tb) {
    std::string text;
    if (!is_exception_instance(value)) {
        text = std::string("TypeError: print_exception(): Exception expected for value, ") + value->type->name + " found\n";
    } else {
        if (is_traceback(tb) && !exception_traceback(value)) exception_set_traceback(value, newref(tb));
        try {
            text = format_exception(value);
        } catch (const std::bad_alloc&) {
            print_exception_to_stderr(value);   // prints at least the type name
            return;
        }
    }
    sys_flush_stdout();
    if (!sys_stderr_write(text)) err_clear();
}

Object* sys_excepthook(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) return err_set_string(TypeError, "excepthook() takes no keyword arguments");
    if (nargs != 3) return err_format(TypeError, "excepthook expected 3 arguments, got %zu", nargs);
    display(args[1], args[2]);
    return none_new();
}

const MethodDef kExcepthookMethods[] = {
    {"excepthook", sys_excepthook},
    {nullptr, nullptr},
};

}  // namespace

int add_sys_excepthook(Object* sys) {
    if (module_add_functions(sys, kExcepthookMethods) < 0) return -1;
    Object* hook = dict_getitem_str(module_dict(sys), "excepthook");
    return hook ? module_add_object(sys, "__excepthook__", hook) : -1;
}

void sys_print_uncaught(Object* exc) {
    Object* tb = traceback_exposed(exception_traceback(exc));
    Object* sys = dict_getitem_str(sys_modules(), "sys");
    if (sys && (module_add_object(sys, "last_type", exc->type) < 0 || module_add_object(sys, "last_value", exc) < 0 ||
                module_add_object(sys, "last_traceback", tb) < 0)) {
        err_clear();
    }
    Object* hook = sys_get_object("excepthook");
    if (!hook || hook == None) {
        sys_write_stderr("sys.excepthook is missing\n");
        print_exception_to_stderr(exc);
        return;
    }
    Ref<> hook_ref = Ref<>::borrow(hook);   // the hook may replace itself while running
    Object* args[3] = {exc->type, exc, tb};
    Ref<> result = Ref<>::steal(call(hook_ref.get(), args, 3, nullptr));
    if (result) return;
    Ref<> failure = Ref<>::steal(err_fetch());
    sys_flush_stdout();
    sys_write_stderr("Error in sys.excepthook:\n");
    if (failure) print_exception_to_stderr(failure.get());
    sys_write_stderr("\nOriginal exception was:\n");
    print_exception_to_stderr(exc);
}

}  // namespace pygen
