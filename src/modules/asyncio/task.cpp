// _asyncio.Task: a Future that drives a coroutine. Each step sends into the coroutine through
// gen_send_ex2 (no Python frame in between) or throws into it, then looks at what it yielded: a
// Future to wait for (the Task's wakeup becomes its done callback), None (run again soon), or
// something wrong (RuntimeError thrown in at the next step). Live C Tasks sit on one intrusive
// list so all_tasks() needs no WeakSet.
// CPython counterpart: Modules/_asynciomodule.c (TaskObj, task_step_impl, task_wakeup).
#include "modules/asyncio/asyncio_core.h"
#include "vm/runtime.h"
#include "modules/asyncio/loop_core.h"
#include "modules/contextvars/contextvars.h"

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/genobject.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "vm/gc.h"
#include "vm/import.h"

namespace pygen {

TypeObject TaskType;

namespace {

TaskObject* as_task(Object* o) { return static_cast<TaskObject*>(o); }

int64_t g_task_name_counter = 0;
TaskObject* g_all_tasks_head = nullptr;   // live-task list (borrowed links)

Object* task_step_fn(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* task_wakeup_fn(Object* self, Object* const* args, size_t nargs, Object* kwnames);
const MethodDef kStepDef = {"task_step", task_step_fn};
const MethodDef kWakeupDef = {"task_wakeup", task_wakeup_fn};

void link_task(TaskObject* t) {
    if (t->all_prev || g_all_tasks_head == t) return;
    t->all_next = g_all_tasks_head;
    if (g_all_tasks_head) g_all_tasks_head->all_prev = t;
    g_all_tasks_head = t;
}

void unlink_task(TaskObject* t) {
    if (g_all_tasks_head == t) g_all_tasks_head = t->all_next;
    if (t->all_prev) t->all_prev->all_next = t->all_next;
    if (t->all_next) t->all_next->all_prev = t->all_prev;
    t->all_prev = t->all_next = nullptr;
}

Object* bound(Object*& cache, const MethodDef* def, Object* task) {
    if (!cache) cache = builtin_function_new(def, task);
    return cache;
}

// Schedules the next step, with `exc` (borrowed, may be null) to throw in.
int call_step_soon(TaskObject* task, Object* exc) {
    Object* step = bound(task->step_fn, &kStepDef, task);
    if (!step) return -1;
    if (loop_has_core_call_soon(task->loop)) {
        if (as_loop_core(task->loop)->closed) {
            err_set_string(RuntimeError, "Event loop is closed");
            return -1;
        }
        Object* args = exc ? tuple_pack({exc}) : tuple_new(0);
        if (!args) return -1;
        Object* ctx = task->context == None ? nullptr : task->context;
        Object* h = loop_call_soon(task->loop, step, args, ctx);
        decref(args);
        if (!h) return -1;
        decref(h);
        return 0;
    }
    if (!exc) {
        // call_soon(step, context=ctx): reuse future_call_soon's shape with no argument.
        static Object* name = str_intern("call_soon");
        static Object* kw = [] { Object* c = str_intern("context"); Object* t = tuple_pack({c}); decref(c); return t; }();
        Object* method = nullptr;
        int unbound = object_get_method(task->loop, name, &method);
        if (unbound < 0) return -1;
        Object* args[3] = {task->loop, step, task->context ? task->context : None};
        Object* res = unbound ? call(method, args, 2, kw) : call(method, args + 1, 1, kw);
        decref(method);
        if (!res) return -1;
        decref(res);
        return 0;
    }
    return future_call_soon(task->loop, step, exc, task->context);
}

Object* repr_or_placeholder(Object* o) {
    Object* r = object_repr(o);
    if (!r) {
        err_clear();
        return str_from("<?>");
    }
    return r;
}

// Sets RuntimeError(message formatted with task and obj reprs) and returns it (new reference),
// for the step to throw into the coroutine.
Object* step_error(const char* fmt, TaskObject* task, Object* obj) {
    Ref<> tr = Ref<>::steal(task ? repr_or_placeholder(task) : nullptr);
    Ref<> orr = Ref<>::steal(obj ? repr_or_placeholder(obj) : nullptr);
    Ref<> msg;
    if (task && obj) msg = Ref<>::steal(str_from_format(fmt, str_cstr(tr.get()), str_cstr(orr.get())));
    else if (task) msg = Ref<>::steal(str_from_format(fmt, str_cstr(tr.get())));
    else msg = Ref<>::steal(str_from_format(fmt, str_cstr(orr.get())));
    if (!msg) return nullptr;
    return exception_new(RuntimeError, reinterpret_cast<Object* const*>(&msg), 1);
}

bool is_cancelled_error(Object* exc) {
    Object* cls = asyncio_cancelled_error();
    if (!cls) {
        err_clear();
        return false;
    }
    return is_subtype(exc->type, static_cast<TypeObject*>(cls));
}

// Sends None into (or throws exc into) the coroutine. Returns the SendResult with *result a new
// reference (yielded or returned value), or Error with the exception pending.
SendResult send_or_throw(Object* coro, Object* exc, Object** result) {
    *result = nullptr;
    if (!exc && (coro->type == &CoroType || coro->type == &GenType)) {
        return gen_send_ex2(static_cast<GenObject*>(coro), None, result, false, false);
    }
    Object* r = exc ? call_method1(coro, "throw", exc) : call_method1(coro, "send", None);
    if (r) {
        *result = r;
        return SendResult::Next;
    }
    if (err_matches(StopIteration)) {
        Object* stop = err_fetch();
        *result = newref(stop_iteration_value(stop));
        decref(stop);
        return SendResult::Return;
    }
    return SendResult::Error;
}

// What the coroutine yielded decides how the Task resumes. CPython: task_step_impl's tail.
// Returns 0, or -1 with an exception that must propagate out of the step.
int handle_yield(TaskObject* task, Object* result) {
    Object* new_exc = nullptr;
    if (result->type == &FutureType || result->type == &TaskType) {
        FutureObject* fut = static_cast<FutureObject*>(result);
        if (fut->loop != task->loop) {
            new_exc = step_error("Task %s got Future %s attached to a different loop", task, result);
        } else if (!fut->blocking) {
            new_exc = step_error("yield was used instead of yield from in task %s with %s", task, result);
        } else if (result == task) {
            new_exc = step_error("Task cannot await on itself: %s", task, nullptr);
        } else {
            fut->blocking = false;
            Object* wakeup = bound(task->wakeup_fn, &kWakeupDef, task);
            if (!wakeup || !future_add_callback(fut, wakeup, task->context)) return -1;
            setref(task->fut_waiter, newref(result));
            if (task->must_cancel) {
                Object* msg = task->cancel_msg ? task->cancel_msg : None;
                Ref<> r = Ref<>::steal(call_method1(result, "cancel", msg));
                if (!r) return -1;
                int truth = object_is_true(r.get());
                if (truth < 0) return -1;
                if (truth) task->must_cancel = false;
            }
            return 0;
        }
    } else if (result == None) {
        return call_step_soon(task, nullptr);
    } else {
        // A Future-like object from elsewhere (a Python Future subclass, a foreign Future).
        Object* blocking = object_lookup_attr(result, str_intern("_asyncio_future_blocking"));
        if (!blocking && err_occurred()) return -1;
        Ref<> blocking_ref = Ref<>::steal(blocking);
        if (blocking && blocking != None) {
            Ref<> loop;
            Ref<> get_loop = Ref<>::steal(object_lookup_attr(result, str_intern("get_loop")));
            if (get_loop) loop = Ref<>::steal(call0(get_loop.get()));
            else if (!err_occurred()) loop = Ref<>::steal(object_getattr_str(result, "_loop"));
            if (!loop) return -1;
            int truth = object_is_true(blocking);
            if (truth < 0) return -1;
            if (loop.get() != task->loop) {
                new_exc = step_error("Task %s got Future %s attached to a different loop", task, result);
            } else if (!truth) {
                new_exc = step_error("yield was used instead of yield from in task %s with %s", task, result);
            } else if (result == task) {
                new_exc = step_error("Task cannot await on itself: %s", task, nullptr);
            } else {
                if (object_setattr_str(result, "_asyncio_future_blocking", False) < 0) return -1;
                Object* wakeup = bound(task->wakeup_fn, &kWakeupDef, task);
                if (!wakeup) return -1;
                Object* args[2] = {wakeup, task->context ? task->context : None};
                static Object* kw = [] { Object* c = str_intern("context"); Object* t = tuple_pack({c}); decref(c); return t; }();
                Object* method = nullptr;
                int unbound = object_get_method(result, str_intern("add_done_callback"), &method);
                if (unbound < 0) return -1;
                Object* full[3] = {result, args[0], args[1]};
                Object* r = unbound ? call(method, full, 2, kw) : call(method, args, 1, kw);
                decref(method);
                if (!r) return -1;
                decref(r);
                setref(task->fut_waiter, newref(result));
                if (task->must_cancel) {
                    Object* msg = task->cancel_msg ? task->cancel_msg : None;
                    Ref<> c = Ref<>::steal(call_method1(result, "cancel", msg));
                    if (!c) return -1;
                    int t = object_is_true(c.get());
                    if (t < 0) return -1;
                    if (t) task->must_cancel = false;
                }
                return 0;
            }
        } else if (is_gen(result)) {
            new_exc = step_error("yield was used instead of yield from for generator in task %s with %s", task, result);
        } else {
            new_exc = step_error("Task got bad yield: %s", nullptr, result);
        }
    }
    if (!new_exc) return -1;
    int rc = call_step_soon(task, new_exc);
    decref(new_exc);
    return rc;
}

// CPython: _asynciomodule.c, task_step_impl. `exc` is borrowed and may be null.
// Returns 0, or -1 with an exception to propagate (KeyboardInterrupt, SystemExit, loop errors).
int task_step_impl(TaskObject* task, Object* exc) {
    if (task->state != FutState::Pending) {
        Ref<> tr = Ref<>::steal(repr_or_placeholder(task));
        Ref<> er = Ref<>::steal(repr_or_placeholder(exc ? exc : None));
        Object* cls = asyncio_invalid_state_error();
        if (!cls) return -1;
        Ref<> msg = Ref<>::steal(str_from_format("_step(): already done: %s, %s", str_cstr(tr.get()), str_cstr(er.get())));
        if (msg) err_set_object(static_cast<TypeObject*>(cls), msg.get());
        return -1;
    }
    Ref<> exc_ref = Ref<>::borrow(exc);
    if (task->must_cancel) {
        if (!exc || !is_cancelled_error(exc)) {
            exc_ref = Ref<>::steal(future_make_cancelled_error(task));
            if (!exc_ref) return -1;
        }
        task->must_cancel = false;
    }
    clearref(task->fut_waiter);

    Object* result = nullptr;
    SendResult sr = send_or_throw(task->coro, exc_ref.get(), &result);
    if (sr == SendResult::Return) {
        bool ok;
        if (task->must_cancel) {
            // cancel() came while the coroutine ran its last step.
            task->must_cancel = false;
            ok = future_cancel(task, task->cancel_msg) || !err_occurred();
        } else {
            ok = future_set_result(task, result);
        }
        decref(result);
        return ok ? 0 : -1;
    }
    if (sr == SendResult::Error) {
        Object* error = err_fetch();
        if (is_cancelled_error(error)) {
            setref(task->cancelled_exc, error);   // re-raised as-is by result()
            future_cancel(task, nullptr);
            return err_occurred() ? -1 : 0;
        }
        bool fatal = is_subtype(error->type, KeyboardInterrupt) || is_subtype(error->type, SystemExit);
        if (!future_set_exception(task, error)) {
            decref(error);
            return -1;
        }
        if (fatal) {
            err_restore(error);
            return -1;
        }
        decref(error);
        return 0;
    }
    int rc = handle_yield(task, result);
    decref(result);
    return rc;
}

// One step between _enter_task and _leave_task; the bound helpers are dropped when the Task is
// done so the Task <-> helper cycles end at once.
Object* task_step(TaskObject* task, Object* exc) {
    if (enter_task(task->loop, task) < 0) return nullptr;
    int rc = task_step_impl(task, exc);
    if (rc < 0) {
        Object* pending = err_fetch();
        leave_task(task->loop, task);
        err_restore(pending);
    } else if (leave_task(task->loop, task) < 0) {
        rc = -1;
    }
    if (task->state != FutState::Pending) {
        clearref(task->step_fn);
        clearref(task->wakeup_fn);
    }
    if (rc < 0) return nullptr;
    return none_new();
}

Object* task_step_fn(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("task_step", nargs, kwnames, 0, 1)) return nullptr;
    Ref<> keep = Ref<>::borrow(self);
    Object* exc = nargs ? args[0] : nullptr;
    if (exc == None) exc = nullptr;
    return task_step(as_task(self), exc);
}

// CPython: _asynciomodule.c, task_wakeup.
Object* task_wakeup_fn(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("task_wakeup", nargs, kwnames)) return nullptr;
    Ref<> keep = Ref<>::borrow(self);
    TaskObject* task = as_task(self);
    Object* fut = args[0];
    if (fut->type == &FutureType || fut->type == &TaskType) {
        FutureObject* f = static_cast<FutureObject*>(fut);
        if (f->state == FutState::Finished) {
            if (!f->exception) return task_step(task, nullptr);
            f->log_tb = false;
            Ref<> exc = Ref<>::borrow(f->exception);
            return task_step(task, exc.get());
        }
    }
    Object* r = call_method0(fut, "result");
    if (r) {
        decref(r);
        return task_step(task, nullptr);
    }
    Ref<> exc = Ref<>::steal(err_fetch());
    return task_step(task, exc.get());
}

// ---- Python-visible methods ----

Object* task_new(TypeObject* type, Object* const*, size_t, Object*) { return alloc_object(type); }

bool is_coroutine(Object* coro) {
    if (coro->type == &CoroType) return true;
    static Object* iscoroutine;
    if (!iscoroutine) {
        Object* m = import_module("asyncio.coroutines");
        if (!m) return false;
        iscoroutine = object_getattr_str(m, "iscoroutine");
        decref(m);
        runtime_slot(&iscoroutine);
        if (!iscoroutine) return false;
    }
    Ref<> r = Ref<>::steal(call1(iscoroutine, coro));
    if (!r) return false;
    int truth = object_is_true(r.get());
    return truth > 0;
}

// CPython: _asynciomodule.c, _asyncio_Task___init___impl.
int task_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const names[] = {"coro", "loop", "name", "context"};
    Object* out[4] = {};
    if (!bind_args({"Task", names, 4, 0, 1, 1}, args, nargs, kwnames, out)) return -1;
    TaskObject* task = as_task(self);
    if (future_init(task, out[1]) < 0) return -1;
    if (!is_coroutine(out[0])) {
        if (err_occurred()) return -1;
        task->log_destroy_pending = false;
        Ref<> r = Ref<>::steal(repr_or_placeholder(out[0]));
        err_format(TypeError, "a coroutine was expected, got %s", str_cstr(r.get()));
        return -1;
    }
    Object* context = out[3];
    if (!context || context == None) {
        context = context_copy_current();
        if (!context) return -1;
    } else {
        incref(context);
    }
    setref(task->context, context);
    clearref(task->fut_waiter);
    task->must_cancel = false;
    task->log_destroy_pending = true;
    task->num_cancels_requested = 0;
    setref(task->coro, newref(out[0]));
    Object* name = out[2];
    if (!name || name == None) {
        clearref(task->name);
        task->name_index = ++g_task_name_counter;
    } else {
        Object* s = is_str(name) ? newref(name) : object_str(name);
        if (!s) return -1;
        setref(task->name, s);
    }
    if (call_step_soon(task, nullptr) < 0) return -1;
    link_task(task);
    return 0;
}

Object* task_get_name_obj(TaskObject* t) {
    if (!t->name) {
        t->name = str_from_format("Task-%lld", static_cast<long long>(t->name_index));
        if (!t->name) return nullptr;
    }
    return newref(t->name);
}

Object* m_get_coro(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("get_coro", nargs, kwnames)) return nullptr;
    Object* c = as_task(self)->coro;
    return newref(c ? c : None);
}

Object* m_get_context(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("get_context", nargs, kwnames)) return nullptr;
    Object* c = as_task(self)->context;
    return newref(c ? c : None);
}

Object* m_get_name(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("get_name", nargs, kwnames)) return nullptr;
    return task_get_name_obj(as_task(self));
}

Object* m_set_name(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("set_name", nargs, kwnames)) return nullptr;
    Object* s = is_str(args[0]) ? newref(args[0]) : object_str(args[0]);
    if (!s) return nullptr;
    setref(as_task(self)->name, s);
    return none_new();
}

Object* m_set_result(Object*, Object* const*, size_t, Object*) {
    return err_set_string(RuntimeError, "Task does not support set_result operation");
}

Object* m_set_exception(Object*, Object* const*, size_t, Object*) {
    return err_set_string(RuntimeError, "Task does not support set_exception operation");
}

// CPython: _asynciomodule.c, _asyncio_Task_cancel_impl.
Object* m_cancel(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const names[] = {"msg"};
    Object* msg = nullptr;
    if (!bind_args({"cancel", names, 1, 0, -1, 0}, args, nargs, kwnames, &msg)) return nullptr;
    TaskObject* task = as_task(self);
    task->log_tb = false;
    if (task->state != FutState::Pending) return bool_from(false);
    task->num_cancels_requested++;
    if (task->fut_waiter) {
        Object* a[1] = {msg ? msg : None};
        static Object* kw = [] { Object* c = str_intern("msg"); Object* t = tuple_pack({c}); decref(c); return t; }();
        Object* method = nullptr;
        int unbound = object_get_method(task->fut_waiter, str_intern("cancel"), &method);
        if (unbound < 0) return nullptr;
        Object* full[2] = {task->fut_waiter, a[0]};
        Ref<> r = Ref<>::steal(unbound ? call(method, full, 1, kw) : call(method, a, 0, kw));
        decref(method);
        if (!r) return nullptr;
        int truth = object_is_true(r.get());
        if (truth < 0) return nullptr;
        // The waiter's callback wakes us with CancelledError.
        if (truth) return bool_from(true);
    }
    task->must_cancel = true;
    setref(task->cancel_msg, xnewref(msg));
    return bool_from(true);
}

Object* m_cancelling(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("cancelling", nargs, kwnames)) return nullptr;
    return int_from_i64(as_task(self)->num_cancels_requested);
}

Object* m_uncancel(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("uncancel", nargs, kwnames)) return nullptr;
    TaskObject* t = as_task(self);
    if (t->num_cancels_requested > 0) t->num_cancels_requested--;
    return int_from_i64(t->num_cancels_requested);
}

Object* m_get_stack(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const names[] = {"limit"};
    Object* limit = nullptr;
    if (!bind_args({"get_stack", names, 1, 0, 0, 0}, args, nargs, kwnames, &limit)) return nullptr;
    Object* m = import_module("asyncio.tasks");
    if (!m) return nullptr;
    Ref<> fn = Ref<>::steal(object_getattr_str(m, "_task_get_stack"));
    decref(m);
    if (!fn) return nullptr;
    return call2(fn.get(), self, limit ? limit : None);
}

Object* m_repr_info(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("_repr_info", nargs, kwnames)) return nullptr;
    return future_repr_with(self, "_task_repr_info");
}

Object* task_repr(Object* self) { return future_repr_with(self, "_task_repr"); }

// CPython: _asynciomodule.c, TaskObj_finalize — "Task was destroyed but it is pending!", then
// the Future's never-retrieved report.
Object* m_del(Object* self, Object* const*, size_t, Object*) {
    TaskObject* task = as_task(self);
    if (task->state == FutState::Pending && task->log_destroy_pending && task->loop && !task->finalized) {
        task->log_destroy_pending = false;
        Ref<> context = Ref<>::steal(dict_new());
        if (!context) return nullptr;
        Ref<> message = Ref<>::steal(str_from("Task was destroyed but it is pending!"));
        if (!message) return nullptr;
        if (dict_setitem_str(context.get(), "task", self) < 0 ||
            dict_setitem_str(context.get(), "message", message.get()) < 0)
            return nullptr;
        if (task->source_tb && task->source_tb != None &&
            dict_setitem_str(context.get(), "source_traceback", task->source_tb) < 0)
            return nullptr;
        Ref<> r = Ref<>::steal(call_method1(task->loop, "call_exception_handler", context.get()));
        if (!r) return nullptr;
    }
    Object* fut_del = type_lookup_str(&FutureType, "__del__");
    if (!fut_del) return none_new();
    return call_with_self(fut_del, self, nullptr, 0, nullptr);
}

// ---- attributes ----

Object* opt(Object* o) { return newref(o ? o : None); }
Object* g_log_destroy_pending(Object* self) { return bool_from(as_task(self)->log_destroy_pending); }
int s_log_destroy_pending(Object* self, Object* v) {
    if (!v) {
        err_set_string(AttributeError, "cannot delete attribute");
        return -1;
    }
    int truth = object_is_true(v);
    if (truth < 0) return -1;
    as_task(self)->log_destroy_pending = truth;
    return 0;
}
Object* g_must_cancel(Object* self) { return bool_from(as_task(self)->must_cancel); }
Object* g_coro(Object* self) { return opt(as_task(self)->coro); }
Object* g_fut_waiter(Object* self) { return opt(as_task(self)->fut_waiter); }
Object* g_context(Object* self) { return opt(as_task(self)->context); }
Object* g_num_cancels(Object* self) { return int_from_i64(as_task(self)->num_cancels_requested); }

const MethodDef kTaskMethods[] = {
    {"get_coro", m_get_coro},
    {"get_context", m_get_context},
    {"get_name", m_get_name},
    {"set_name", m_set_name},
    {"set_result", m_set_result},
    {"set_exception", m_set_exception},
    {"cancel", m_cancel},
    {"cancelling", m_cancelling},
    {"uncancel", m_uncancel},
    {"get_stack", m_get_stack},
    {"_repr_info", m_repr_info},
    {"__del__", m_del},
    {nullptr, nullptr},
};

const GetSetDef kTaskGetSet[] = {
    {"_log_destroy_pending", g_log_destroy_pending, s_log_destroy_pending},
    {"_must_cancel", g_must_cancel},
    {"_coro", g_coro},
    {"_fut_waiter", g_fut_waiter},
    {"_context", g_context},
    {"_num_cancels_requested", g_num_cancels},
    {nullptr, nullptr},
};

void task_traverse(Object* o, VisitFn visit, void* arg) {
    future_traverse(o, visit, arg);
    TaskObject* t = as_task(o);
    for (Object* p : {t->coro, t->context, t->name, t->fut_waiter, t->step_fn, t->wakeup_fn}) {
        if (p) visit(p, arg);
    }
}

int task_clear(Object* o) {
    TaskObject* t = as_task(o);
    clearref(t->coro);
    clearref(t->context);
    clearref(t->name);
    clearref(t->fut_waiter);
    clearref(t->step_fn);
    clearref(t->wakeup_fn);
    return future_clear(o);
}

void task_dealloc(Object* o) {
    TaskObject* t = as_task(o);
    if (o->type == &TaskType && !gc_was_finalized(o)) {
        bool needed = (t->state == FutState::Pending && t->log_destroy_pending && t->loop) || t->log_tb;
        if (needed) {
            gc_mark_finalized(o);
            o->refcnt = 1;
            call_finalizer(o);
            if (--o->refcnt != 0) return;   // resurrected
        }
    }
    unlink_task(t);
    if (t->weakreflist) weakref_clear_refs(o);
    task_clear(o);
    free_object(o);
}

}  // namespace

// ---- registry: the running task per loop ----

Object* g_current_tasks;   // dict loop -> Task, exposed as _asyncio._current_tasks

int enter_task(Object* loop, Object* task) {
    Object* current = dict_getitem(g_current_tasks, loop);
    if (!current && err_occurred()) return -1;
    if (current) {
        Ref<> tr = Ref<>::steal(repr_or_placeholder(task));
        Ref<> cr = Ref<>::steal(repr_or_placeholder(current));
        err_format(RuntimeError, "Cannot enter into task %s while another task %s is being executed.",
                   str_cstr(tr.get()), str_cstr(cr.get()));
        return -1;
    }
    return dict_setitem(g_current_tasks, loop, task);
}

int leave_task(Object* loop, Object* task) {
    Object* current = dict_getitem(g_current_tasks, loop);
    if (!current && err_occurred()) return -1;
    if (current != task) {
        Ref<> tr = Ref<>::steal(repr_or_placeholder(task));
        Ref<> cr = Ref<>::steal(repr_or_placeholder(current ? current : None));
        err_format(RuntimeError, "Leaving task %s does not match the current task %s.",
                   str_cstr(tr.get()), str_cstr(cr.get()));
        return -1;
    }
    return dict_delitem(g_current_tasks, loop);
}

// Live C Tasks as a list (new reference); all_tasks() filters by loop and state in Python.
Object* live_tasks_list() {
    Object* list = list_new(0);
    if (!list) return nullptr;
    for (TaskObject* t = g_all_tasks_head; t; t = t->all_next) {
        if (list_append(list, t) < 0) {
            decref(list);
            return nullptr;
        }
    }
    return list;
}

// Runtime teardown: tasks that outlived the runtime leave the live list, names count from 1 again,
// and the next runtime gets its own current-task table.
void reset_task_state() {
    while (TaskObject* t = g_all_tasks_head) {
        g_all_tasks_head = t->all_next;
        t->all_next = t->all_prev = nullptr;
    }
    g_task_name_counter = 0;
}

bool ensure_task_registry() {
    runtime_on_teardown(reset_task_state);
    if (g_current_tasks) return true;
    g_current_tasks = dict_new();
    if (!g_current_tasks) return false;
    runtime_slot(&g_current_tasks);
    return true;
}

void init_task_type() {
    TaskType.name = "_asyncio.Task";
    TaskType.base = &FutureType;
    TaskType.basicsize = sizeof(TaskObject);
    TaskType.dictoffset = offsetof(FutureObject, dict);
    TaskType.weaklistoffset = offsetof(FutureObject, weakreflist);
    TaskType.flags = kTypeGC | kTypeBaseType | kTypeHasFinalizer;
    TaskType.dealloc = task_dealloc;
    TaskType.traverse = task_traverse;
    TaskType.clear = task_clear;
    TaskType.repr = task_repr;
    TaskType.tp_new = task_new;
    TaskType.tp_init = task_init;
    TaskType.methods = kTaskMethods;
    TaskType.getset = kTaskGetSet;
    if (!type_ready(&TaskType)) abort();
}

}  // namespace pygen
