// Async generators: the async_generator type (its head is the generator family's, plus the
// finalizer hook, hooks_inited, closed and running flags), the awaitables its methods return
// (asend for __anext__/asend, athrow for athrow/aclose, each a small state machine), the wrapped
// value that marks an async `yield`, the free lists that recycle asend objects and wrapped values,
// the sys.set_asyncgen_hooks state, and the awaitable behind anext(it, default).
// CPython counterpart: Objects/genobject.c (async generator half), Objects/iterobject.c (anext).
#include <cstdio>
#include <string>

#include "objects/abstract.h"
#include "vm/runtime.h"
#include "objects/descr.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/generic_alias.h"
#include "objects/genobject.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/gc.h"

namespace pygen {

TypeObject AsyncGenType;
TypeObject AsyncGenASendType;
TypeObject AsyncGenAThrowType;
TypeObject AsyncGenWrappedValueType;
TypeObject AnextAwaitableType;

// genobject.cpp
Object* gen_send_ex_for_asyncgen(GenObject* gen, Object* arg, bool exc, bool closing);
Object* gen_throw_for_asyncgen(GenObject* gen, bool close_on_genexit, Object* typ, Object* val, Object* tb);
Object* gen_close_for_asyncgen(GenObject* gen);
Object* gen_repr_for_asyncgen(Object* o);
void gen_dealloc_for_asyncgen(Object* o);
void gen_finalize_slot(Object* o);
void gen_traverse_for_asyncgen(Object* o, VisitFn visit, void* arg);
Object* gen_get_frame_for_asyncgen(Object* o);
Object* gen_get_code_for_asyncgen(Object* o);
Object* gen_get_yieldfrom_for_asyncgen(Object* o);
Object* gen_get_name_for_asyncgen(Object* o);
int gen_set_name_for_asyncgen(Object* o, Object* v);
Object* gen_get_qualname_for_asyncgen(Object* o);
int gen_set_qualname_for_asyncgen(Object* o, Object* v);

namespace {

Object* g_firstiter = nullptr;   // strong or null
Object* g_finalizer = nullptr;   // strong or null

enum class AwaitableState : uint8_t { Init, Iter, Closed };

struct WrappedValue : Object {
    Object* value;   // strong
};

struct ASend : Object {
    GenObject* gen;        // strong
    Object* sendval;       // strong
    AwaitableState state;
};

struct AThrow : Object {
    GenObject* gen;        // strong
    Object* args;          // strong tuple (typ[, val[, tb]]), or null for aclose()
    AwaitableState state;
};

// ---- Free lists: CPython 3.11 pools asend objects and wrapped values (80 each) ----

template <class T, int N>
struct FreeList {
    T* items[N];
    int count = 0;
    T* take(TypeObject* type) {
        if (count > 0) {
            T* o = items[--count];
            o->refcnt = 1;
            o->type = type;
            gc_header(o)->prev = 0;   // a new object: not "finalised"
            gc_track(o);
            return o;
        }
        return static_cast<T*>(alloc_object(type));
    }
    void give(T* o) {
        if (count < N) {
            gc_untrack(o);   // a pooled object is not alive: the collector must not see it
            items[count++] = o;
        } else {
            free_object(o);
        }
    }
};

constexpr int kMaxFreeList = 80;
FreeList<WrappedValue, kMaxFreeList> g_wrapped_free;
FreeList<ASend, kMaxFreeList> g_asend_free;

GenObject* as_gen(Object* o) { return static_cast<GenObject*>(o); }

// CPython: genobject.c, async_gen_init_hooks. 0 ok, -1 error.
int init_hooks(GenObject* gen) {
    if (gen->hooks_inited) return 0;
    gen->hooks_inited = true;
    if (g_finalizer) gen->origin_or_finalizer = newref(g_finalizer);
    if (g_firstiter) {
        Ref<> keep = Ref<>::borrow(g_firstiter);
        Object* r = call1(keep.get(), gen);
        if (!r) return -1;
        decref(r);
    }
    return 0;
}

// CPython: genobject.c, async_gen_unwrap_value.
Object* unwrap_value(GenObject* gen, Object* result) {
    if (!result) {
        if (!err_occurred()) err_set_object(StopAsyncIteration, nullptr);
        if (err_matches(StopAsyncIteration) || err_matches(GeneratorExit)) gen->closed = true;
        gen->running_async = false;
        return nullptr;
    }
    if (result->type == &AsyncGenWrappedValueType) {
        Object* v = static_cast<WrappedValue*>(result)->value;
        if (v == None) {
            err_set_object(StopIteration, nullptr);
        } else {
            Object* exc = exception_new(StopIteration, &v, 1);
            if (exc) {
            err_set_instance(exc);
            decref(exc);
        }
        }
        decref(result);
        gen->running_async = false;
        return nullptr;
    }
    return result;
}

// Parses throw()-style arguments into typ/val/tb (borrowed).
bool throw_args(Object* const* args, size_t nargs, Object** typ, Object** val, Object** tb, const char* name = "throw") {
    if (nargs < 1 || nargs > 3) {
        err_bad_argument_count(name, nargs, 1, 3);
        return false;
    }
    *typ = args[0];
    *val = nargs > 1 ? args[1] : nullptr;
    *tb = nargs > 2 ? args[2] : nullptr;
    return true;
}

// ---- async_generator ----

Object* asend_new(GenObject* gen, Object* sendval) {
    ASend* o = g_asend_free.take(&AsyncGenASendType);
    o->gen = newref(gen);
    o->sendval = xnewref(sendval);
    o->state = AwaitableState::Init;
    return o;
}

Object* athrow_new(GenObject* gen, Object* args) {
    auto* o = static_cast<AThrow*>(alloc_object(&AsyncGenAThrowType));
    o->gen = newref(gen);
    o->args = xnewref(args);
    o->state = AwaitableState::Init;
    return o;
}

Object* agen_anext_method(Object* self, Object* const*, size_t nargs, Object*) {
    if (nargs) return err_format(TypeError, "__anext__() takes no arguments (%zu given)", nargs);
    return async_gen_anext(self);
}

Object* agen_aiter_method(Object* self, Object* const*, size_t, Object*) { return incref(self); }

Object* agen_asend(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs != 1) return err_format(TypeError, "async_generator.asend() takes exactly one argument (%zu given)", nargs);
    if (init_hooks(as_gen(self)) < 0) return nullptr;
    return asend_new(as_gen(self), args[0]);
}

Object* agen_athrow(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    // CPython 3.11 checks the arguments only when the awaitable is first driven (quirk kept).
    if (nargs > 3) return err_bad_argument_count("athrow", nargs, 1, 3);
    if (init_hooks(as_gen(self)) < 0) return nullptr;
    Ref<> t = Ref<>::steal(tuple_from_array(args, static_cast<ssize>(nargs)));
    return athrow_new(as_gen(self), t.get());
}

Object* agen_aclose(Object* self, Object* const*, size_t nargs, Object*) {
    if (nargs) return err_format(TypeError, "async_generator.aclose() takes no arguments (%zu given)", nargs);
    if (init_hooks(as_gen(self)) < 0) return nullptr;
    return athrow_new(as_gen(self), nullptr);
}

Object* agen_get_running(Object* o) { return bool_from(as_gen(o)->running_async); }

const MethodDef kAsyncGenMethods[] = {
    {"asend", agen_asend},
    {"athrow", agen_athrow},
    {"aclose", agen_aclose},
    {"__anext__", agen_anext_method},
    {"__aiter__", agen_aiter_method},
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {nullptr, nullptr},
};

const GetSetDef kAsyncGenGetSet[] = {
    {"ag_frame", gen_get_frame_for_asyncgen},
    {"ag_running", agen_get_running},
    {"ag_code", gen_get_code_for_asyncgen},
    {"ag_await", gen_get_yieldfrom_for_asyncgen},
    {"__name__", gen_get_name_for_asyncgen, gen_set_name_for_asyncgen},
    {"__qualname__", gen_get_qualname_for_asyncgen, gen_set_qualname_for_asyncgen},
    {nullptr, nullptr},
};

// ---- async_generator_asend ----

ASend* as_asend(Object* o) { return static_cast<ASend*>(o); }

void asend_dealloc(Object* o) {
    ASend* a = as_asend(o);
    clearref(a->gen);
    clearref(a->sendval);
    g_asend_free.give(a);
}

void asend_traverse(Object* o, VisitFn visit, void* arg) {
    if (as_asend(o)->gen) visit(as_asend(o)->gen, arg);
    if (as_asend(o)->sendval) visit(as_asend(o)->sendval, arg);
}

// CPython: genobject.c, async_gen_asend_send.
Object* asend_send_impl(ASend* o, Object* arg) {
    if (o->state == AwaitableState::Closed)
        return err_set_string(RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (o->state == AwaitableState::Init) {
        if (o->gen->running_async)
            return err_set_string(RuntimeError, "anext(): asynchronous generator is already running");
        if (!arg || arg == None) arg = o->sendval ? o->sendval : None;
        o->state = AwaitableState::Iter;
    }
    o->gen->running_async = true;
    Object* result = gen_send_ex_for_asyncgen(o->gen, arg ? arg : None, false, false);
    result = unwrap_value(o->gen, result);
    if (!result) o->state = AwaitableState::Closed;
    return result;
}

Object* asend_send(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_format(TypeError, "send() takes exactly one argument (%zu given)", nargs);
    return asend_send_impl(as_asend(self), args[0]);
}

Object* asend_iternext(Object* self) { return asend_send_impl(as_asend(self), nullptr); }

}  // namespace

// CPython: genobject.c, async_gen_anext (the am_anext slot).
Object* async_gen_anext(Object* self) {
    if (init_hooks(as_gen(self)) < 0) return nullptr;
    return asend_new(as_gen(self), nullptr);
}

// The VM's SEND into an asend awaitable: the value the async generator yielded comes back as
// Return without a StopIteration object (CPython allocates one; `async for` does this per item).
SendResult async_gen_asend_send(Object* self, Object* arg, Object** result) {
    *result = nullptr;
    ASend* o = as_asend(self);
    if (o->state == AwaitableState::Closed) {
        err_set_string(RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return SendResult::Error;
    }
    if (o->state == AwaitableState::Init) {
        if (o->gen->running_async) {
            err_set_string(RuntimeError, "anext(): asynchronous generator is already running");
            return SendResult::Error;
        }
        if (!arg || arg == None) arg = o->sendval ? o->sendval : None;
        o->state = AwaitableState::Iter;
    }
    o->gen->running_async = true;
    Object* r = gen_send_ex_for_asyncgen(o->gen, arg ? arg : None, false, false);
    if (r && r->type == &AsyncGenWrappedValueType) {
        *result = newref(static_cast<WrappedValue*>(r)->value);
        decref(r);
        o->gen->running_async = false;
        o->state = AwaitableState::Closed;
        return SendResult::Return;
    }
    r = unwrap_value(o->gen, r);
    if (!r) {
        o->state = AwaitableState::Closed;
        return SendResult::Error;
    }
    *result = r;
    return SendResult::Next;
}

namespace {

Object* asend_throw(Object* self, Object* const* args, size_t nargs, Object*) {
    ASend* o = as_asend(self);
    if (o->state == AwaitableState::Closed)
        return err_set_string(RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    Object *typ, *val, *tb;
    if (!throw_args(args, nargs, &typ, &val, &tb)) return nullptr;
    Object* result = gen_throw_for_asyncgen(o->gen, true, typ, val, tb);
    result = unwrap_value(o->gen, result);
    if (!result) o->state = AwaitableState::Closed;
    return result;
}

Object* asend_close(Object* self, Object* const*, size_t, Object*) {
    as_asend(self)->state = AwaitableState::Closed;
    return none_new();
}

Object* self_iter(Object* o) { return incref(o); }
Object* self_await(Object* self, Object* const*, size_t, Object*) { return incref(self); }

const MethodDef kASendMethods[] = {
    {"send", asend_send},
    {"throw", asend_throw},
    {"close", asend_close},
    {"__await__", self_await},
    {nullptr, nullptr},
};

// ---- async_generator_athrow ----

AThrow* as_athrow(Object* o) { return static_cast<AThrow*>(o); }

void athrow_dealloc(Object* o) {
    clearref(as_athrow(o)->gen);
    clearref(as_athrow(o)->args);
    free_object(o);
}

void athrow_traverse(Object* o, VisitFn visit, void* arg) {
    if (as_athrow(o)->gen) visit(as_athrow(o)->gen, arg);
    if (as_athrow(o)->args) visit(as_athrow(o)->args, arg);
}

Object* athrow_yield_close(AThrow* o) {
    o->gen->running_async = false;
    o->state = AwaitableState::Closed;
    return err_set_string(RuntimeError, "async generator ignored GeneratorExit");
}

Object* athrow_check_error(AThrow* o) {
    o->gen->running_async = false;
    o->state = AwaitableState::Closed;
    if ((err_matches(StopAsyncIteration) || err_matches(GeneratorExit)) && !o->args) {
        // aclose() completed: its await ends with StopIteration rather than propagating.
        err_clear();
        err_set_object(StopIteration, nullptr);
    }
    return nullptr;
}

// CPython: genobject.c, async_gen_athrow_send.
Object* athrow_send_impl(AThrow* o, Object* arg) {
    GenObject* gen = o->gen;
    if (o->state == AwaitableState::Closed)
        return err_set_string(RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    if (gen->frame_state >= FrameState::Completed) {
        o->state = AwaitableState::Closed;
        err_set_object(StopIteration, nullptr);
        return nullptr;
    }
    if (o->state == AwaitableState::Init) {
        if (gen->running_async) {
            o->state = AwaitableState::Closed;
            return err_set_string(RuntimeError, o->args ? "athrow(): asynchronous generator is already running"
                                                        : "aclose(): asynchronous generator is already running");
        }
        if (gen->closed) {
            o->state = AwaitableState::Closed;
            err_set_object(StopAsyncIteration, nullptr);
            return nullptr;
        }
        if (arg && arg != None)
            return err_set_string(RuntimeError, "can't send non-None value to a just-started coroutine");
        o->state = AwaitableState::Iter;
        gen->running_async = true;
        Object* retval;
        if (!o->args) {
            gen->closed = true;
            retval = gen_throw_for_asyncgen(gen, false, GeneratorExit, nullptr, nullptr);
            if (retval && retval->type == &AsyncGenWrappedValueType) {
                decref(retval);
                return athrow_yield_close(o);
            }
        } else {
            Object *typ, *val, *tb;
            if (!throw_args(tuple_items(o->args), static_cast<size_t>(tuple_size(o->args)), &typ, &val, &tb, "athrow")) {
                gen->running_async = false;
                o->state = AwaitableState::Closed;
                return nullptr;
            }
            retval = gen_throw_for_asyncgen(gen, false, typ, val, tb);
            retval = unwrap_value(gen, retval);
        }
        if (!retval) return athrow_check_error(o);
        return retval;
    }
    Object* retval = gen_send_ex_for_asyncgen(gen, arg ? arg : None, false, false);
    if (o->args) return unwrap_value(gen, retval);
    if (retval) {
        if (retval->type == &AsyncGenWrappedValueType) {
            decref(retval);
            return athrow_yield_close(o);
        }
        return retval;
    }
    return athrow_check_error(o);
}

Object* athrow_send(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_format(TypeError, "send() takes exactly one argument (%zu given)", nargs);
    return athrow_send_impl(as_athrow(self), args[0]);
}

Object* athrow_iternext(Object* self) { return athrow_send_impl(as_athrow(self), None); }

// CPython: genobject.c, async_gen_athrow_throw.
Object* athrow_throw(Object* self, Object* const* args, size_t nargs, Object*) {
    AThrow* o = as_athrow(self);
    if (o->state == AwaitableState::Closed)
        return err_set_string(RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    Object *typ, *val, *tb;
    if (!throw_args(args, nargs, &typ, &val, &tb)) return nullptr;
    Object* retval = gen_throw_for_asyncgen(o->gen, true, typ, val, tb);
    if (o->args) return unwrap_value(o->gen, retval);
    if (retval && retval->type == &AsyncGenWrappedValueType) {
        o->gen->running_async = false;
        o->state = AwaitableState::Closed;
        decref(retval);
        return err_set_string(RuntimeError, "async generator ignored GeneratorExit");
    }
    if (!retval && (err_matches(StopAsyncIteration) || err_matches(GeneratorExit))) {
        err_clear();
        err_set_object(StopIteration, nullptr);
    }
    return retval;
}

Object* athrow_close(Object* self, Object* const*, size_t, Object*) {
    as_athrow(self)->state = AwaitableState::Closed;
    return none_new();
}

const MethodDef kAThrowMethods[] = {
    {"send", athrow_send},
    {"throw", athrow_throw},
    {"close", athrow_close},
    {"__await__", self_await},
    {nullptr, nullptr},
};

// ---- wrapped value ----

void wrapped_dealloc(Object* o) {
    auto* w = static_cast<WrappedValue*>(o);
    clearref(w->value);
    g_wrapped_free.give(w);
}

void wrapped_traverse(Object* o, VisitFn visit, void* arg) {
    if (static_cast<WrappedValue*>(o)->value) visit(static_cast<WrappedValue*>(o)->value, arg);
}

// ---- anext(aiterator, default) ----

struct AnextAwaitable : Object {
    Object* wrapped;       // strong: what __anext__() returned
    Object* default_value; // strong
};

AnextAwaitable* as_anext(Object* o) { return static_cast<AnextAwaitable*>(o); }

void anext_dealloc(Object* o) {
    clearref(as_anext(o)->wrapped);
    clearref(as_anext(o)->default_value);
    free_object(o);
}

void anext_traverse(Object* o, VisitFn visit, void* arg) {
    visit(as_anext(o)->wrapped, arg);
    visit(as_anext(o)->default_value, arg);
}

// A StopAsyncIteration from the wrapped awaitable ends this await with the default value.
Object* anext_proxy(AnextAwaitable* o, const char* method, Object* const* args, size_t nargs) {
    Ref<> awaitable = Ref<>::steal(coro_get_awaitable_iter(o->wrapped));
    if (!awaitable) return nullptr;
    if (!awaitable->type->iternext) {
        // A coroutine (an `async def __anext__`) is driven through its __await__ iterator.
        // CPython: genobject.c, anextawaitable_getiter.
        awaitable = Ref<>::steal(call_method0(awaitable.get(), "__await__"));
        if (!awaitable) return nullptr;
        if (!awaitable->type->iternext && !type_lookup_str(awaitable->type, "__next__")) {
            return err_set_string(TypeError, "__await__ returned a non-iterable");
        }
    }
    Object* r;
    if (!method) {
        r = awaitable->type->iternext ? awaitable->type->iternext(awaitable.get()) : call_method0(awaitable.get(), "__next__");
    } else {
        r = call_method(awaitable.get(), method, args, nargs);
    }
    if (r) return r;
    if (err_matches(StopAsyncIteration)) {
        err_clear();
        Ref<> exc = Ref<>::steal(call1(StopIteration, o->default_value));
        if (exc) err_set_instance(exc.get());
    }
    return nullptr;
}

Object* anext_iternext(Object* self) { return anext_proxy(as_anext(self), nullptr, nullptr, 0); }
Object* anext_send(Object* self, Object* const* args, size_t nargs, Object*) { return anext_proxy(as_anext(self), "send", args, nargs); }
Object* anext_throw(Object* self, Object* const* args, size_t nargs, Object*) { return anext_proxy(as_anext(self), "throw", args, nargs); }
Object* anext_close(Object* self, Object* const* args, size_t nargs, Object*) { return anext_proxy(as_anext(self), "close", args, nargs); }

const MethodDef kAnextMethods[] = {
    {"send", anext_send},
    {"throw", anext_throw},
    {"close", anext_close},
    {"__await__", self_await},
    {nullptr, nullptr},
};

}  // namespace

Object* anext_awaitable_new(Object* awaitable, Object* default_value) {
    auto* o = static_cast<AnextAwaitable*>(alloc_object(&AnextAwaitableType));
    o->wrapped = newref(awaitable);
    o->default_value = newref(default_value);
    return o;
}

Object* async_gen_value_wrapper_new(Object* value) {
    WrappedValue* w = g_wrapped_free.take(&AsyncGenWrappedValueType);
    w->value = newref(value);
    return w;
}

ssize async_gen_free_list_sizes(ssize* wrapped) {
    if (wrapped) *wrapped = g_wrapped_free.count;
    return g_asend_free.count;
}


// The finalizer hook of an async generator that was not closed takes over its clean-up.
void async_gen_finalize_hook(GenObject* gen, bool* handled) {
    *handled = false;
    Object* finalizer = gen->origin_or_finalizer;
    if (!finalizer || gen->closed) return;
    *handled = true;
    Ref<> keep = Ref<>::borrow(finalizer);
    Object* r = call1(finalizer, gen);
    if (!r) err_write_unraisable(gen);
    else decref(r);
}

Object* get_asyncgen_firstiter() { return g_firstiter; }
Object* get_asyncgen_finalizer() { return g_finalizer; }
void set_asyncgen_hooks(Object* firstiter, Object* finalizer) {
    if (firstiter) setref(g_firstiter, firstiter == None ? nullptr : incref(firstiter));
    if (finalizer) setref(g_finalizer, finalizer == None ? nullptr : incref(finalizer));
    runtime_slot(&g_firstiter);
    runtime_slot(&g_finalizer);
}

void init_async_gen_types() {
    AsyncGenType.name = "async_generator";
    AsyncGenType.basicsize = sizeof(GenObject);
    AsyncGenType.weaklistoffset = offsetof(GenObject, weakreflist);
    AsyncGenType.flags = kTypeGC | kTypeGCSelfTracked;
    AsyncGenType.dealloc = gen_dealloc_for_asyncgen;
    AsyncGenType.finalize = gen_finalize_slot;
    AsyncGenType.traverse = gen_traverse_for_asyncgen;
    AsyncGenType.repr = gen_repr_for_asyncgen;
    AsyncGenType.methods = kAsyncGenMethods;
    AsyncGenType.getset = kAsyncGenGetSet;
    if (!type_ready(&AsyncGenType)) abort();

    AsyncGenASendType.name = "async_generator_asend";
    AsyncGenASendType.basicsize = sizeof(ASend);
    AsyncGenASendType.flags = kTypeGC;
    AsyncGenASendType.dealloc = asend_dealloc;
    AsyncGenASendType.traverse = asend_traverse;
    AsyncGenASendType.iter = self_iter;
    AsyncGenASendType.iternext = asend_iternext;
    AsyncGenASendType.methods = kASendMethods;
    if (!type_ready(&AsyncGenASendType)) abort();

    AsyncGenAThrowType.name = "async_generator_athrow";
    AsyncGenAThrowType.basicsize = sizeof(AThrow);
    AsyncGenAThrowType.flags = kTypeGC;
    AsyncGenAThrowType.dealloc = athrow_dealloc;
    AsyncGenAThrowType.traverse = athrow_traverse;
    AsyncGenAThrowType.iter = self_iter;
    AsyncGenAThrowType.iternext = athrow_iternext;
    AsyncGenAThrowType.methods = kAThrowMethods;
    if (!type_ready(&AsyncGenAThrowType)) abort();

    AsyncGenWrappedValueType.name = "async_generator_wrapped_value";
    AsyncGenWrappedValueType.basicsize = sizeof(WrappedValue);
    AsyncGenWrappedValueType.flags = kTypeGC;
    AsyncGenWrappedValueType.dealloc = wrapped_dealloc;
    AsyncGenWrappedValueType.traverse = wrapped_traverse;
    if (!type_ready(&AsyncGenWrappedValueType)) abort();

    AnextAwaitableType.name = "anext_awaitable";
    AnextAwaitableType.basicsize = sizeof(AnextAwaitable);
    AnextAwaitableType.flags = kTypeGC;
    AnextAwaitableType.dealloc = anext_dealloc;
    AnextAwaitableType.traverse = anext_traverse;
    AnextAwaitableType.iter = self_iter;
    AnextAwaitableType.iternext = anext_iternext;
    AnextAwaitableType.methods = kAnextMethods;
    if (!type_ready(&AnextAwaitableType)) abort();
}

}  // namespace pygen
