// _asyncio.Future and its await iterator: the state machine (pending -> finished/cancelled), done
// callbacks scheduled on the loop with their contexts, the never-retrieved-exception report, and
// the `_asyncio_future_blocking` protocol a Task relies on. Reprs are formatted by the Python
// helpers in asyncio/futures.py, as CPython's C Future does with base_futures.
// CPython counterpart: Modules/_asynciomodule.c (FutureObj, FutureIter).
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
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "vm/gc.h"
#include "vm/import.h"

#include <string_view>

namespace pygen {

TypeObject FutureType;
TypeObject FutureIterType;

namespace {

FutureObject* as_fut(Object* o) { return static_cast<FutureObject*>(o); }

// The iterator `await future` drives; `future` is null once it has produced the result.
struct FutureIter : Object {
    Object* future;   // strong or null
};
FutureIter* as_iter(Object* o) { return static_cast<FutureIter*>(o); }

// Interned names and the ("context",) kwnames tuple, made once.
Object* g_call_soon_name;
Object* g_context_kwnames;

Object* module_attr(const char* module, const char* name, Object** cache) {
    if (*cache) return *cache;
    Object* m = import_module(module);
    if (!m) return nullptr;
    *cache = object_getattr_str(m, name);
    decref(m);
    runtime_slot(cache);
    return *cache;
}

}  // namespace

Object* asyncio_cancelled_error() {
    static Object* cache;
    return module_attr("asyncio.exceptions", "CancelledError", &cache);
}

Object* asyncio_invalid_state_error() {
    static Object* cache;
    return module_attr("asyncio.exceptions", "InvalidStateError", &cache);
}

Object* asyncio_get_event_loop_fn() {
    static Object* cache;
    return module_attr("asyncio.events", "_get_event_loop", &cache);
}

Object* future_repr_with(Object* self, const char* helper) {
    // One cache slot per helper name (helpers are string literals, so their address is the key).
    static const char* names[4];
    static Object* fns[4];
    int slot = 0;
    while (slot < 4 && names[slot] && names[slot] != helper) slot++;
    if (slot == 4) return err_set_string(SystemError, "too many asyncio repr helpers");
    names[slot] = helper;
    bool task = std::string_view(helper).find("task") != std::string_view::npos;
    Object* fn = module_attr(task ? "asyncio.tasks" : "asyncio.futures", helper, &fns[slot]);
    if (!fn) return nullptr;
    return call1(fn, self);
}

int future_call_soon(Object* loop, Object* callback, Object* arg, Object* context) {
    if (loop_has_core_call_soon(loop)) {
        if (as_loop_core(loop)->closed) {
            err_set_string(RuntimeError, "Event loop is closed");
            return -1;
        }
        Object* args = tuple_pack({arg});
        if (!args) return -1;
        Object* h = loop_call_soon(loop, callback, args, context == None ? nullptr : context);
        decref(args);
        if (!h) return -1;
        decref(h);
        return 0;
    }
    Object* method = nullptr;
    int unbound = object_get_method(loop, g_call_soon_name, &method);
    if (unbound < 0) return -1;
    Object* args[4] = {loop, callback, arg, context ? context : None};
    Object* res = unbound ? call(method, args, 3, g_context_kwnames)
                          : call(method, args + 1, 2, g_context_kwnames);
    decref(method);
    if (!res) return -1;
    decref(res);
    return 0;
}

namespace {

// CPython: _asynciomodule.c, future_schedule_callbacks.
int schedule_callbacks(FutureObject* fut) {
    if (fut->callback0) {
        Object* cb = fut->callback0;
        Object* ctx = fut->context0;
        fut->callback0 = nullptr;
        fut->context0 = nullptr;
        int rc = future_call_soon(fut->loop, cb, fut, ctx);
        decref(cb);
        xdecref(ctx);
        if (rc < 0) return -1;
    }
    if (!fut->callbacks) return 0;
    Object* list = fut->callbacks;
    fut->callbacks = nullptr;
    for (ssize i = 0; i < list_size(list); i++) {
        Object* pair = list_item(list, i);
        if (future_call_soon(fut->loop, tuple_item(pair, 0), fut, tuple_item(pair, 1)) < 0) {
            decref(list);
            return -1;
        }
    }
    decref(list);
    return 0;
}

bool ensure_alive(FutureObject* fut) {
    if (!fut->loop) {
        err_set_string(RuntimeError, "Future object is not initialized.");
        return false;
    }
    return true;
}

Object* invalid_state(const char* message) {
    Object* cls = asyncio_invalid_state_error();
    if (!cls) return nullptr;
    return err_set_object(static_cast<TypeObject*>(cls), Ref<>::steal(str_from(message)).get());
}

}  // namespace

int future_init(FutureObject* fut, Object* loop) {
    if ((loop == nullptr || loop == None) && asyncio_running_loop()) {
        loop = newref(asyncio_running_loop());
    } else if (loop == nullptr || loop == None) {
        Object* get = asyncio_get_event_loop_fn();
        if (!get) return -1;
        loop = call0(get);
        if (!loop) return -1;
    } else {
        incref(loop);
    }
    setref(fut->loop, loop);
    clearref(fut->callback0);
    clearref(fut->context0);
    clearref(fut->callbacks);
    clearref(fut->result);
    clearref(fut->exception);
    clearref(fut->exception_tb);
    clearref(fut->cancel_msg);
    clearref(fut->cancelled_exc);
    fut->state = FutState::Pending;
    fut->log_tb = false;
    fut->blocking = false;
    return 0;
}

bool future_set_result(FutureObject* fut, Object* result) {
    if (!ensure_alive(fut)) return false;
    if (fut->state != FutState::Pending) return invalid_state("invalid state");
    setref(fut->result, newref(result));
    fut->state = FutState::Finished;
    return schedule_callbacks(fut) == 0;
}

// CPython: _asynciomodule.c, future_set_exception.
bool future_set_exception(FutureObject* fut, Object* exc) {
    if (!ensure_alive(fut)) return false;
    if (fut->state != FutState::Pending) return invalid_state("invalid state");
    Ref<> value;
    if (is_type(exc)) {
        value = Ref<>::steal(call0(exc));
        if (!value) return false;
        if (!is_exception_instance(value.get())) {
            return err_set_string(TypeError, "exception must be an instance of BaseException") != nullptr;
        }
    } else {
        value = Ref<>::borrow(exc);
    }
    if (!is_exception_instance(value.get())) {
        return err_set_string(TypeError, "invalid exception object") != nullptr;
    }
    if (value->type == StopIteration) {
        return err_set_string(TypeError, "StopIteration interacts badly with generators and cannot be "
                                         "raised into a Future") != nullptr;
    }
    Object* tb = object_getattr_str(value.get(), "__traceback__");
    if (!tb) return false;
    setref(fut->exception_tb, tb);
    setref(fut->exception, value.release());
    fut->state = FutState::Finished;
    if (schedule_callbacks(fut) < 0) return false;
    fut->log_tb = true;
    return true;
}

bool future_cancel(FutureObject* fut, Object* msg) {
    fut->log_tb = false;
    if (fut->state != FutState::Pending) return false;
    fut->state = FutState::Cancelled;
    setref(fut->cancel_msg, xnewref(msg));
    // A scheduling failure leaves the exception pending; callers check err_occurred.
    schedule_callbacks(fut);
    return true;
}

bool future_add_callback(FutureObject* fut, Object* callback, Object* context) {
    if (!ensure_alive(fut)) return false;
    if (fut->state != FutState::Pending) return future_call_soon(fut->loop, callback, fut, context) == 0;
    if (!fut->callback0 && !fut->callbacks) {
        fut->callback0 = newref(callback);
        fut->context0 = newref(context ? context : None);
        return true;
    }
    Ref<> pair = Ref<>::steal(tuple_pack({callback, context ? context : None}));
    if (!pair) return false;
    if (!fut->callbacks) {
        fut->callbacks = list_new(0);
        if (!fut->callbacks) return false;
    }
    return list_append(fut->callbacks, pair.get()) == 0;
}

// CPython: _asynciomodule.c, create_cancelled_error / _make_cancelled_error.
Object* future_make_cancelled_error(FutureObject* fut) {
    if (fut->cancelled_exc) {
        Object* exc = fut->cancelled_exc;
        fut->cancelled_exc = nullptr;
        return exc;
    }
    Object* cls = asyncio_cancelled_error();
    if (!cls) return nullptr;
    if (fut->cancel_msg == nullptr || fut->cancel_msg == None) return call0(cls);
    return call1(cls, fut->cancel_msg);
}

Object* future_get_result(FutureObject* fut) {
    if (fut->state == FutState::Cancelled) {
        Object* exc = future_make_cancelled_error(fut);
        if (exc) {
            err_set_instance(exc);
            decref(exc);
        }
        return nullptr;
    }
    if (fut->state != FutState::Finished) return invalid_state("Result is not set.");
    fut->log_tb = false;
    if (fut->exception) {
        Object* exc = fut->exception;
        if (fut->exception_tb && fut->exception_tb != None) exception_set_traceback(exc, newref(fut->exception_tb));
        err_set_instance(exc);
        return nullptr;
    }
    return newref(fut->result ? fut->result : None);
}

void future_traverse(Object* o, VisitFn visit, void* arg) {
    FutureObject* f = as_fut(o);
    for (Object* p : {f->loop, f->callback0, f->context0, f->callbacks, f->result, f->exception,
                      f->exception_tb, f->source_tb, f->cancel_msg, f->cancelled_exc, f->dict}) {
        if (p) visit(p, arg);
    }
}

int future_clear(Object* o) {
    FutureObject* f = as_fut(o);
    clearref(f->loop);
    clearref(f->callback0);
    clearref(f->context0);
    clearref(f->callbacks);
    clearref(f->result);
    clearref(f->exception);
    clearref(f->exception_tb);
    clearref(f->source_tb);
    clearref(f->cancel_msg);
    clearref(f->cancelled_exc);
    clearref(f->dict);
    return 0;
}

namespace {

// ---- Python-visible methods ----

Object* fut_new(TypeObject* type, Object* const*, size_t, Object*) {
    return alloc_object(type);
}

int fut_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const names[] = {"loop"};
    Object* loop = nullptr;
    if (!bind_args({"Future", names, 1, 0, 0, 0}, args, nargs, kwnames, &loop)) return -1;
    return future_init(as_fut(self), loop);
}

Object* fut_result(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("result", nargs, kwnames)) return nullptr;
    return future_get_result(as_fut(self));
}

Object* fut_exception(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("exception", nargs, kwnames)) return nullptr;
    FutureObject* fut = as_fut(self);
    if (!ensure_alive(fut)) return nullptr;
    if (fut->state == FutState::Cancelled) {
        Object* exc = future_make_cancelled_error(fut);
        if (exc) {
            err_set_instance(exc);
            decref(exc);
        }
        return nullptr;
    }
    if (fut->state != FutState::Finished) return invalid_state("Exception is not set.");
    fut->log_tb = false;
    return newref(fut->exception ? fut->exception : None);
}

// Task overrides set_result/set_exception to refuse them; the Future versions run for Future
// and for its Python subclasses.
Object* fut_set_result(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("set_result", nargs, kwnames)) return nullptr;
    if (!future_set_result(as_fut(self), args[0])) return nullptr;
    return none_new();
}

Object* fut_set_exception(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("set_exception", nargs, kwnames)) return nullptr;
    if (!future_set_exception(as_fut(self), args[0])) return nullptr;
    return none_new();
}

Object* fut_add_done_callback(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const names[] = {"fn", "context"};
    Object* out[2] = {};
    if (!bind_args({"add_done_callback", names, 2, 0, 1, 1}, args, nargs, kwnames, out)) return nullptr;
    Ref<> context;
    if (out[1]) {
        context = Ref<>::borrow(out[1]);
    } else {
        context = Ref<>::steal(context_copy_current());
        if (!context) return nullptr;
    }
    if (!future_add_callback(as_fut(self), out[0], context.get())) return nullptr;
    return none_new();
}

// CPython: _asynciomodule.c, _asyncio_Future_remove_done_callback.
Object* fut_remove_done_callback(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("remove_done_callback", nargs, kwnames)) return nullptr;
    FutureObject* fut = as_fut(self);
    Object* fn = args[0];
    ssize removed = 0;
    if (fut->callback0) {
        int eq = object_rich_compare_bool(fut->callback0, fn, CompareOp::Eq);
        if (eq < 0) return nullptr;
        if (eq) {
            clearref(fut->callback0);
            clearref(fut->context0);
            removed++;
        }
    }
    if (fut->callbacks) {
        Ref<> kept = Ref<>::steal(list_new(0));
        if (!kept) return nullptr;
        Ref<> old = Ref<>::borrow(fut->callbacks);
        for (ssize i = 0; i < list_size(old.get()); i++) {
            Object* pair = list_item(old.get(), i);
            int eq = object_rich_compare_bool(tuple_item(pair, 0), fn, CompareOp::Eq);
            if (eq < 0) return nullptr;
            if (eq) removed++;
            else if (list_append(kept.get(), pair) < 0) return nullptr;
        }
        setref(fut->callbacks, list_size(kept.get()) ? kept.release() : nullptr);
    }
    return int_from_i64(removed);
}

Object* fut_cancel(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const names[] = {"msg"};
    Object* msg = nullptr;
    if (!bind_args({"cancel", names, 1, 0, -1, 0}, args, nargs, kwnames, &msg)) return nullptr;
    FutureObject* fut = as_fut(self);
    if (!ensure_alive(fut)) return nullptr;
    bool done = future_cancel(fut, msg);
    if (err_occurred()) return nullptr;
    return bool_from(done);
}

Object* fut_cancelled(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("cancelled", nargs, kwnames)) return nullptr;
    return bool_from(as_fut(self)->state == FutState::Cancelled);
}

Object* fut_done(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("done", nargs, kwnames)) return nullptr;
    return bool_from(as_fut(self)->state != FutState::Pending);
}

Object* fut_get_loop(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("get_loop", nargs, kwnames)) return nullptr;
    if (!ensure_alive(as_fut(self))) return nullptr;
    return newref(as_fut(self)->loop);
}

Object* fut_make_cancelled_error_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("_make_cancelled_error", nargs, kwnames)) return nullptr;
    return future_make_cancelled_error(as_fut(self));
}

Object* fut_await(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__await__", nargs, kwnames)) return nullptr;
    Object* it = alloc_object(&FutureIterType);
    if (!it) return nullptr;
    as_iter(it)->future = newref(self);
    return it;
}

Object* fut_repr_info(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("_repr_info", nargs, kwnames)) return nullptr;
    return future_repr_with(self, "_future_repr_info");
}

Object* fut_repr(Object* self) { return future_repr_with(self, "_future_repr"); }

// The never-retrieved report (CPython: FutureObj_finalize). Runs at most once.
Object* fut_del(Object* self, Object* const*, size_t, Object*) {
    FutureObject* fut = as_fut(self);
    if (fut->finalized || !fut->log_tb || !fut->loop) return none_new();
    fut->finalized = true;
    fut->log_tb = false;
    Ref<> context = Ref<>::steal(dict_new());
    if (!context) return nullptr;
    const char* tname = self->type->name;
    for (const char* p = tname; *p; p++) if (*p == '.') tname = p + 1;   // "_asyncio.Future" -> "Future"
    Ref<> message = Ref<>::steal(str_from_format("%s exception was never retrieved", tname));
    if (!message) return nullptr;
    if (dict_setitem_str(context.get(), "message", message.get()) < 0 ||
        dict_setitem_str(context.get(), "exception", fut->exception ? fut->exception : None) < 0 ||
        dict_setitem_str(context.get(), "future", self) < 0)
        return nullptr;
    if (fut->source_tb && fut->source_tb != None &&
        dict_setitem_str(context.get(), "source_traceback", fut->source_tb) < 0)
        return nullptr;
    return call_method1(fut->loop, "call_exception_handler", context.get());
}

// ---- attributes ----

Object* get_state(Object* self) {
    switch (as_fut(self)->state) {
        case FutState::Pending: return str_intern("PENDING");
        case FutState::Cancelled: return str_intern("CANCELLED");
        default: return str_intern("FINISHED");
    }
}

Object* get_loop_attr(Object* self) { return newref(as_fut(self)->loop ? as_fut(self)->loop : None); }

Object* get_blocking(Object* self) { return bool_from(as_fut(self)->blocking); }

int set_blocking(Object* self, Object* value) {
    if (!value) {
        err_set_string(AttributeError, "cannot delete attribute");
        return -1;
    }
    int truth = object_is_true(value);
    if (truth < 0) return -1;
    as_fut(self)->blocking = truth;
    return 0;
}

Object* get_log_traceback(Object* self) { return bool_from(as_fut(self)->log_tb); }

int set_log_traceback(Object* self, Object* value) {
    if (!value) {
        err_set_string(AttributeError, "cannot delete attribute");
        return -1;
    }
    int truth = object_is_true(value);
    if (truth < 0) return -1;
    if (truth) {
        err_set_string(ValueError, "_log_traceback can only be set to False");
        return -1;
    }
    as_fut(self)->log_tb = false;
    return 0;
}

Object* get_callbacks(Object* self) {
    FutureObject* fut = as_fut(self);
    if (!fut->callback0 && !fut->callbacks) return none_new();
    Ref<> list = Ref<>::steal(list_new(0));
    if (!list) return nullptr;
    if (fut->callback0) {
        Ref<> pair = Ref<>::steal(tuple_pack({fut->callback0, fut->context0}));
        if (!pair || list_append(list.get(), pair.get()) < 0) return nullptr;
    }
    if (fut->callbacks && list_extend(list.get(), fut->callbacks) < 0) return nullptr;
    return list.release();
}

Object* opt(Object* o) { return newref(o ? o : None); }
Object* get_result(Object* self) { return opt(as_fut(self)->result); }
Object* get_exception(Object* self) { return opt(as_fut(self)->exception); }
Object* get_source_tb(Object* self) { return opt(as_fut(self)->source_tb); }
Object* get_cancel_message(Object* self) { return opt(as_fut(self)->cancel_msg); }
Object* get_cancelled_exc(Object* self) { return opt(as_fut(self)->cancelled_exc); }

int set_cancel_message(Object* self, Object* value) {
    setref(as_fut(self)->cancel_msg, xnewref(value));
    return 0;
}

int set_cancelled_exc(Object* self, Object* value) {
    setref(as_fut(self)->cancelled_exc, value && value != None ? newref(value) : nullptr);
    return 0;
}

const MethodDef kFutureMethods[] = {
    {"result", fut_result},
    {"exception", fut_exception},
    {"set_result", fut_set_result},
    {"set_exception", fut_set_exception},
    {"add_done_callback", fut_add_done_callback},
    {"remove_done_callback", fut_remove_done_callback},
    {"cancel", fut_cancel},
    {"cancelled", fut_cancelled},
    {"done", fut_done},
    {"get_loop", fut_get_loop},
    {"_make_cancelled_error", fut_make_cancelled_error_method},
    {"__await__", fut_await},
    {"__iter__", fut_await},
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {"_repr_info", fut_repr_info},
    {"__del__", fut_del},
    {nullptr, nullptr},
};

const GetSetDef kFutureGetSet[] = {
    {"_state", get_state},
    {"_loop", get_loop_attr},
    {"_asyncio_future_blocking", get_blocking, set_blocking},
    {"_log_traceback", get_log_traceback, set_log_traceback},
    {"_callbacks", get_callbacks},
    {"_result", get_result},
    {"_exception", get_exception},
    {"_source_traceback", get_source_tb},
    {"_cancel_message", get_cancel_message, set_cancel_message},
    {"_cancelled_exc", get_cancelled_exc, set_cancelled_exc},
    {"__dict__", generic_get_dict, generic_set_dict},
    {nullptr, nullptr},
};

// Runs __del__ (ours or a subclass's) once, as subtype_dealloc does for heap types; returns
// false when the finaliser resurrected the object.
bool finalize_before_free(Object* o, bool needed) {
    if (!needed || gc_was_finalized(o)) return true;
    gc_mark_finalized(o);
    o->refcnt = 1;
    call_finalizer(o);
    return --o->refcnt == 0;
}

void fut_dealloc(Object* o) {
    FutureObject* fut = as_fut(o);
    if (o->type == &FutureType && !finalize_before_free(o, fut->log_tb && !fut->finalized)) return;
    if (fut->weakreflist) weakref_clear_refs(o);
    future_clear(o);
    free_object(o);
}

// ---- FutureIter: the iterator `await future` drives ----
// CPython: _asynciomodule.c, FutureIter_iternext.

Object* futureiter_next(Object* self) {
    FutureIter* it = as_iter(self);
    Object* fut_obj = it->future;
    if (!fut_obj) return nullptr;
    FutureObject* fut = as_fut(fut_obj);
    if (fut->state == FutState::Pending) {
        if (!fut->blocking) {
            fut->blocking = true;
            return newref(fut_obj);
        }
        return err_set_string(RuntimeError, "await wasn't used with future");
    }
    it->future = nullptr;
    Object* res = future_get_result(fut);
    decref(fut_obj);
    if (!res) return nullptr;
    if (res == None) {
        decref(res);
        return nullptr;   // exhausted: the await evaluates to None
    }
    Object* stop = exception_new(StopIteration, &res, 1);
    decref(res);
    if (stop) {
        err_set_instance(stop);
        decref(stop);
    }
    return nullptr;
}

Object* iter_send(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_one_arg("send", nargs, kwnames)) return nullptr;
    Object* r = futureiter_next(self);
    if (!r && !err_occurred()) err_set_object(StopIteration, None);
    return r;
}

// CPython: _asynciomodule.c, FutureIter_throw — raise the exception where the await is.
Object* iter_throw(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("throw", kwnames)) return nullptr;
    if (nargs < 1 || nargs > 3) return err_bad_argument_count("throw", nargs, 1, 3);
    Object* typ = args[0];
    Object* val = nargs > 1 ? args[1] : None;
    Object* tb = nargs > 2 ? args[2] : None;
    clearref(as_iter(self)->future);
    Ref<> exc;
    if (is_exception_class(typ)) {
        if (is_exception_instance(val)) exc = Ref<>::borrow(val);
        else if (val == None) exc = Ref<>::steal(call0(typ));
        else exc = Ref<>::steal(call1(typ, val));
        if (!exc) return nullptr;
    } else if (is_exception_instance(typ)) {
        if (val != None) return err_set_string(TypeError, "instance exception may not have a separate value");
        exc = Ref<>::borrow(typ);
    } else {
        return err_format(TypeError, "exceptions must be classes deriving BaseException, not %s", typ->type->name);
    }
    if (tb != None) exception_set_traceback(exc.get(), newref(tb));
    err_set_instance(exc.get());
    return nullptr;
}

Object* iter_close(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("close", nargs, kwnames)) return nullptr;
    clearref(as_iter(self)->future);
    return none_new();
}

Object* iter_self(Object* self) { return newref(self); }

void iter_dealloc(Object* o) {
    clearref(as_iter(o)->future);
    free_object(o);
}

void iter_traverse(Object* o, VisitFn visit, void* arg) {
    if (as_iter(o)->future) visit(as_iter(o)->future, arg);
}

int iter_clear(Object* o) {
    clearref(as_iter(o)->future);
    return 0;
}

const MethodDef kIterMethods[] = {
    {"send", iter_send},
    {"throw", iter_throw},
    {"close", iter_close},
    {nullptr, nullptr},
};

}  // namespace

void init_future_types() {
    g_call_soon_name = str_intern("call_soon");
    Object* ctx = str_intern("context");
    g_context_kwnames = tuple_pack({ctx});
    decref(ctx);

    FutureType.name = "_asyncio.Future";
    FutureType.basicsize = sizeof(FutureObject);
    FutureType.dictoffset = offsetof(FutureObject, dict);
    FutureType.weaklistoffset = offsetof(FutureObject, weakreflist);
    FutureType.flags = kTypeGC | kTypeBaseType | kTypeHasFinalizer;
    FutureType.dealloc = fut_dealloc;
    FutureType.traverse = future_traverse;
    FutureType.clear = future_clear;
    FutureType.repr = fut_repr;
    FutureType.iter = [](Object* self) { return fut_await(self, nullptr, 0, nullptr); };
    FutureType.tp_new = fut_new;
    FutureType.tp_init = fut_init;
    FutureType.methods = kFutureMethods;
    FutureType.getset = kFutureGetSet;
    if (!type_ready(&FutureType)) abort();

    FutureIterType.name = "_asyncio.FutureIter";
    FutureIterType.basicsize = sizeof(FutureIter);
    FutureIterType.flags = kTypeGC;
    FutureIterType.dealloc = iter_dealloc;
    FutureIterType.traverse = iter_traverse;
    FutureIterType.clear = iter_clear;
    FutureIterType.iter = iter_self;
    FutureIterType.iternext = futureiter_next;
    FutureIterType.methods = kIterMethods;
    if (!type_ready(&FutureIterType)) abort();
}

}  // namespace pygen
