// Start-up and shut-down: the built-in types in dependency order, then builtins and sys, then the
// registry of importable C++ modules.
// CPython counterpart: Python/pylifecycle.c.
#include "vm/runtime.h"

#include <string>
#include <vector>

#include "modules/atexit_hook.h"
#include "modules/builtin_modules.h"
#include "modules/builtins_exec.h"
#include "modules/sys_module.h"
#include "objects/bytes.h"
#include "objects/code.h"
#include "objects/complex.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/genobject.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "objects/weakref.h"
#include "vm/thread_state.h"
#include "vm/traceback.h"

namespace pygen {

void init_object_types();        // type.cpp
bool finish_pending_types();     // type.cpp
void init_dict_view_types();     // dict_views.cpp
void register_extra_modules();   // modules/registry.cpp
bool signals_init();             // modules/signal/signal_module.cpp
int add_sys_generator_functions(Object* sys);   // modules/sys_gen.cpp

bool runtime_init(int argc, char** argv) {
    init_object_types();
    init_str_type();
    init_tuple_type();
    init_dict_type();
    init_dict_view_types();
    init_int_types();
    init_float_type();
    init_complex_type();
    init_list_type();
    init_set_types();
    init_range_types();
    init_bytes_types();
    init_exception_types();
    init_code_type();
    init_function_types();
    init_module_type();
    init_frame_type();
    init_traceback_type();
    init_gen_types();
    init_weakref_type();
    if (!finish_pending_types()) return false;
    err_reserve_memory_error();

    Object* modules = dict_new();
    set_runtime_modules(nullptr, modules);
    Object* builtins = make_builtins_module();
    if (!builtins) return false;
    if (add_exec_builtins(builtins) < 0) return false;
    set_runtime_modules(builtins, modules);
    dict_setitem_str(modules, "builtins", builtins);
    sys_set_argv(argc, argv);
    register_builtin_module("sys", make_sys_module);
    register_builtin_module("time", make_time_module);
    register_builtin_module("math", make_math_module);
    register_extra_modules();
    Object* sys = make_sys_module();
    if (!sys) return false;
    if (add_sys_generator_functions(sys) < 0) return false;
    if (add_sys_displayhook(sys) < 0) return false;
    dict_setitem_str(modules, "sys", sys);
    decref(sys);
    return signals_init();
}

namespace {
bool g_finalizing = false;
}  // namespace

bool runtime_finalizing() { return g_finalizing; }

void runtime_finalize() {
    // atexit's functions run first, while everything they may use is still alive (as CPython).
    run_atexit_callbacks();
    g_finalizing = true;
    // Objects still in cycles or held by __main__'s globals get their finalisers run (a pending
    // asyncio Task reports itself, a suspended generator runs its finally), as at CPython's shutdown.
    gc_finalize_at_exit();
    sys_flush_stdout();
}

}  // namespace pygen
