// The `_asyncio` module: Future, Task, the running-loop slot, and the task registry functions
// (current_task, all_tasks, _register_task, _unregister_task, _enter_task, _leave_task).
// Tasks that are not C Tasks (asyncio.tasks._PyTask, foreign task types) are kept in a WeakSet.
// CPython counterpart: Modules/_asynciomodule.c (module functions).
#include "modules/asyncio/asyncio_core.h"
#include "vm/runtime.h"
#include "modules/asyncio/loop_core.h"
#include "modules/contextvars/contextvars.h"

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "vm/import.h"

namespace pygen {

extern Object* g_current_tasks;   // task.cpp
Object* live_tasks_list();        // task.cpp

namespace {

Object* g_running_loop;      // strong or null: the loop inside run_forever()
Object* g_scheduled_tasks;   // WeakSet of registered tasks that are not C Tasks (strong)

Object* m_get_running_loop(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("get_running_loop", nargs, kwnames)) return nullptr;
    if (!g_running_loop) return err_set_string(RuntimeError, "no running event loop");
    return newref(g_running_loop);
}

Object* m__get_running_loop(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("_get_running_loop", nargs, kwnames)) return nullptr;
    return newref(g_running_loop ? g_running_loop : None);
}

Object* m__set_running_loop(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("_set_running_loop", nargs, kwnames)) return nullptr;
    setref(g_running_loop, args[0] == None ? nullptr : newref(args[0]));
    runtime_slot(&g_running_loop);
    return none_new();
}

Object* loop_arg_or_running(Object* loop) {
    if (loop && loop != None) return newref(loop);
    if (!g_running_loop) return err_set_string(RuntimeError, "no running event loop");
    return newref(g_running_loop);
}

Object* m_current_task(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const names[] = {"loop"};
    Object* loop = nullptr;
    if (!bind_args({"current_task", names, 1, 0, -1, 0}, args, nargs, kwnames, &loop)) return nullptr;
    Ref<> l = Ref<>::steal(loop_arg_or_running(loop));
    if (!l) return nullptr;
    Object* t = dict_getitem(g_current_tasks, l.get());
    if (!t && err_occurred()) return nullptr;
    return newref(t ? t : None);
}

Object* scheduled_tasks() {
    if (g_scheduled_tasks) return g_scheduled_tasks;
    Object* weakref = import_module("weakref");
    if (!weakref) return nullptr;
    Ref<> cls = Ref<>::steal(object_getattr_str(weakref, "WeakSet"));
    decref(weakref);
    if (!cls) return nullptr;
    g_scheduled_tasks = call0(cls.get());
    runtime_slot(&g_scheduled_tasks);
    return g_scheduled_tasks;
}

// CPython: tasks.py all_tasks — the not-done tasks of the loop.
Object* m_all_tasks(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const names[] = {"loop"};
    Object* loop_arg = nullptr;
    if (!bind_args({"all_tasks", names, 1, 0, -1, 0}, args, nargs, kwnames, &loop_arg)) return nullptr;
    Ref<> loop = Ref<>::steal(loop_arg_or_running(loop_arg));
    if (!loop) return nullptr;
    Ref<> result = Ref<>::steal(set_new(nullptr));
    if (!result) return nullptr;
    Ref<> live = Ref<>::steal(live_tasks_list());
    if (!live) return nullptr;
    for (ssize i = 0; i < list_size(live.get()); i++) {
        auto* t = static_cast<TaskObject*>(list_item(live.get(), i));
        if (t->loop == loop.get() && t->state == FutState::Pending && set_add(result.get(), t) < 0) return nullptr;
    }
    if (g_scheduled_tasks) {
        Ref<> others = Ref<>::steal(sequence_list(g_scheduled_tasks));
        if (!others) return nullptr;
        Object* futures = import_module("asyncio.futures");
        if (!futures) return nullptr;
        Ref<> get_loop = Ref<>::steal(object_getattr_str(futures, "_get_loop"));
        decref(futures);
        if (!get_loop) return nullptr;
        for (ssize i = 0; i < list_size(others.get()); i++) {
            Object* t = list_item(others.get(), i);
            Ref<> tl = Ref<>::steal(call1(get_loop.get(), t));
            if (!tl) return nullptr;
            if (tl.get() != loop.get()) continue;
            Ref<> done = Ref<>::steal(call_method0(t, "done"));
            if (!done) return nullptr;
            int truth = object_is_true(done.get());
            if (truth < 0) return nullptr;
            if (!truth && set_add(result.get(), t) < 0) return nullptr;
        }
    }
    return result.release();
}

Object* m_register_task(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("_register_task", nargs, kwnames)) return nullptr;
    if (is_task(args[0])) return none_new();   // C Tasks are on the live list from __init__
    Object* ws = scheduled_tasks();
    if (!ws) return nullptr;
    return call_method1(ws, "add", args[0]);
}

Object* m_unregister_task(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("_unregister_task", nargs, kwnames)) return nullptr;
    if (is_task(args[0]) || !g_scheduled_tasks) return none_new();
    return call_method1(g_scheduled_tasks, "discard", args[0]);
}

Object* m_enter_task(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("_enter_task", nargs, kwnames, 2, 2)) return nullptr;
    if (enter_task(args[0], args[1]) < 0) return nullptr;
    return none_new();
}

Object* m_leave_task(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("_leave_task", nargs, kwnames, 2, 2)) return nullptr;
    if (leave_task(args[0], args[1]) < 0) return nullptr;
    return none_new();
}

const MethodDef kModuleFunctions[] = {
    {"get_running_loop", m_get_running_loop},
    {"_get_running_loop", m__get_running_loop},
    {"_set_running_loop", m__set_running_loop},
    {"current_task", m_current_task},
    {"all_tasks", m_all_tasks},
    {"_register_task", m_register_task},
    {"_unregister_task", m_unregister_task},
    {"_enter_task", m_enter_task},
    {"_leave_task", m_leave_task},
    {nullptr, nullptr},
};

bool g_types_ready = false;

}  // namespace

// The running loop for Future(loop=None) without a Python call; borrowed, may be null.
Object* asyncio_running_loop() { return g_running_loop; }

Object* make_asyncio_module() {
    if (!g_types_ready) {
        contextvars_ensure_ready();
        init_future_types();
        init_task_type();
        init_loop_core_types();
        g_types_ready = true;
    }
    if (!ensure_task_registry()) return nullptr;
    Object* m = module_new("_asyncio");
    if (!m) return nullptr;
    if (module_add_functions(m, kModuleFunctions) < 0 ||
        module_add_object(m, "Future", &FutureType) < 0 ||
        module_add_object(m, "Task", &TaskType) < 0 ||
        module_add_object(m, "Handle", &HandleType) < 0 ||
        module_add_object(m, "TimerHandle", &TimerHandleType) < 0 ||
        module_add_object(m, "ReadyQueue", &ReadyQueueType) < 0 ||
        module_add_object(m, "LoopCore", &LoopCoreType) < 0 ||
        module_add_object(m, "_current_tasks", g_current_tasks) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
