// Start-up and shut-down: the built-in types in dependency order, then builtins and sys, then the
// registry of importable C++ modules.
// CPython counterpart: Python/pylifecycle.c.
#include "vm/runtime.h"
#include "vm/trace.h"

#include <algorithm>
#include <csignal>
#include <string>
#include <unordered_set>
#include <vector>

#include "modules/atexit_hook.h"
#include "modules/builtin_modules.h"
#include "modules/builtins_exec.h"
#include "modules/sys_module.h"
#include "objects/alloc_limit.h"
#include "objects/bytes.h"
#include "objects/abstract.h"
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
#include "vm/import.h"
#include "vm/signals.h"
#include "objects/mappingproxy.h"
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

namespace {
bool g_finalizing = false;
uint32_t g_generation = 0;
std::vector<Object**> g_slots;            // runtime_slot
std::vector<void (*)()> g_teardown_fns;   // runtime_on_teardown
std::unordered_set<const Object*> g_stale;   // objects that outlived their runtime (immortal)
// Tracked objects made with the static types (their descriptors, dicts): shared by every runtime.
std::unordered_set<const Object*> g_process_objects;

// The static built-in types, once per process: they are immortal and keep nothing of a runtime.
bool init_static_types() {
    init_object_types();
    init_str_type();
    init_tuple_type();
    init_dict_type();
    init_dict_view_types();
    init_mappingproxy_type();
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
    return finish_pending_types();
}
}  // namespace

bool runtime_init(int argc, char** argv) {
    static const bool types_ready = init_static_types();
    if (!types_ready) return false;
    ++g_generation;
    g_finalizing = false;
    memory_cap_install_gmp();
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
    if (add_sys_displayhook(sys) < 0 || add_sys_excepthook(sys) < 0 || add_sys_breakpointhook(sys) < 0) return false;
    dict_setitem_str(modules, "sys", sys);
    decref(sys);
    return signals_init();
}

bool runtime_finalizing() { return g_finalizing; }

void runtime_finalize(void (*clear_host_namespaces)()) {
    // atexit's functions run first, while everything they may use is still alive (as CPython).
    run_atexit_callbacks();
    g_finalizing = true;
    // No trace or profile events during the shutdown collections (CPython's Py_FinalizeEx).
    trace_set_trace(nullptr);
    trace_set_profile(nullptr);
    // Objects still in cycles or held by __main__'s globals get their finalisers run (a pending
    // asyncio Task reports itself, a suspended generator runs its finally), as at CPython's shutdown.
    gc_finalize_at_exit(clear_host_namespaces);
    sys_flush_stdout();
}

uint32_t runtime_generation() { return g_generation; }

void runtime_slot(Object** slot) {
    if (std::find(g_slots.begin(), g_slots.end(), slot) == g_slots.end()) g_slots.push_back(slot);
}

void runtime_on_teardown(void (*reset)()) {
    if (std::find(g_teardown_fns.begin(), g_teardown_fns.end(), reset) == g_teardown_fns.end())
        g_teardown_fns.push_back(reset);
}

void runtime_keep_type_objects(TypeObject* type) {
    for (Object* o : {type->dict, type->bases, type->mro})
        if (o) g_process_objects.insert(o);
    if (!type->dict) return;
    ssize pos = 0;
    Object *key, *value;
    while (dict_next(type->dict, &pos, &key, &value)) {
        g_process_objects.insert(value);
        // A static method entry (str.maketrans, bytes.maketrans) wraps a builtin function that
        // lives exactly as long as the type's dict.
        if (value->type == &StaticMethodType)
            if (Object* fn = static_cast<ClassMethodObject*>(value)->callable) g_process_objects.insert(fn);
    }
}

bool g_runtime_any_stale = false;
bool runtime_object_in_stale_set(const Object* o) { return g_stale.count(o) != 0; }
size_t runtime_stale_count() { return g_stale.size(); }

namespace {
void collect_until_quiet() {
    for (int round = 0; round < 100 && gc_collect() > 0; ++round) {
    }
}

// Drops the references of every registered slot; dropping one may run code that fills others,
// so this goes on until none is left.
void clear_slots() {
    while (!g_slots.empty()) {
        std::vector<Object**> slots;
        slots.swap(g_slots);
        for (Object** slot : slots) clearref(*slot);
    }
}


// Empties every module's namespace except builtins' and sys's (finalisers still running may need
// them), then sys.modules itself, as CPython's finalize_modules does.
void clear_modules(Object* modules, Object* builtins, Object* sys) {
    Ref<> names = Ref<>::steal(dict_keys_list(modules));
    std::vector<Ref<>> held;
    for (ssize i = 0; names && i < list_size(names.get()); ++i) {
        Object* m = dict_getitem(modules, list_item(names.get(), i));
        if (m && m != builtins && m != sys) held.push_back(Ref<>::borrow(m));
    }
    err_clear();
    dict_clear(modules);
    // Names become None first (underscored ones before the rest), as CPython's module clearing:
    // a finaliser running meanwhile finds None rather than a NameError (logging's handler-ref
    // callback tests its globals for that).
    for (int pass = 0; pass < 2; ++pass) {
        for (auto it = held.rbegin(); it != held.rend(); ++it) {
            if (!is_module(it->get()) || !module_dict(it->get())) continue;
            Object* d = module_dict(it->get());
            Ref<> keys = Ref<>::steal(dict_keys_list(d));
            for (ssize i = 0; keys && i < list_size(keys.get()); ++i) {
                Object* k = list_item(keys.get(), i);
                if (!is_str(k)) continue;
                std::string_view name = str_view(k);
                if (name == "__builtins__" || (pass == 0) != name.starts_with("_")) continue;
                if (dict_setitem(d, k, None) < 0) err_clear();
            }
            err_clear();
        }
    }
    collect_until_quiet();
    for (Ref<>& m : held)
        if (is_module(m.get()) && module_dict(m.get())) dict_clear(module_dict(m.get()));
    held.clear();
    err_clear();
}

void reset_thread_state() {
    ThreadState* t = ts();
    clearref(t->curexc);
    t->exc_info = &t->base_exc_info;
    clearref(t->base_exc_info.exc_value);
    t->base_exc_info.previous_item = nullptr;
    t->frame = nullptr;
    t->recursion_depth = 0;
    t->recursion_limit = 1000;
    t->recursion_headroom = 0;
}
}  // namespace

void runtime_teardown() {
    Object* modules = sys_modules();
    Object* builtins = builtins_module();
    if (!modules || !builtins) return;
    g_finalizing = true;
    Object* sys = dict_getitem_str(modules, "sys");
    Ref<> sys_ref = Ref<>::borrow(sys);
    clear_modules(modules, builtins, sys);
    collect_until_quiet();
    // Caches of the runtime's objects held by C++ globals, then the files' other state.
    clear_slots();
    for (auto fn : std::vector<void (*)()>(g_teardown_fns)) fn();
    collect_until_quiet();
    // sys and builtins last: finalisers above could still reach them.
    if (sys && is_module(sys)) dict_clear(module_dict(sys));
    dict_clear(module_dict(builtins));
    sys_ref = Ref<>();
    clear_slots();
    set_runtime_modules(nullptr, nullptr);
    set_builtin_import_function(nullptr);   // borrowed from builtins
    decref(modules);
    decref(builtins);
    err_clear();
    collect_until_quiet();
    signals_reset();
    gc_reset_state();
    reset_thread_state();
    collect_until_quiet();
    // What is still tracked outlived the runtime (the host holds it, or it leaked): it stays
    // alive for good, so an address is never reused while a stale handle may still name it.
    gc_for_each_tracked([](Object* o) {
        if (!g_process_objects.count(o) && g_stale.insert(o).second) o->refcnt += ssize{1} << (sizeof(ssize) >= 8 ? 40 : 28);
    });
    g_runtime_any_stale = !g_stale.empty();
    g_finalizing = false;
}

}  // namespace pygen
