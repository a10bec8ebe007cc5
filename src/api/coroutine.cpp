// Host-driven generators and coroutines (include/pygen/coroutine.h): resume/throw/close with a
// three-way result, the host future awaitable, and stepping asyncio's loop. resume() goes straight
// to gen_send_ex2 for generators and coroutines (no method lookup, no StopIteration object), which
// is what keeps a host resume as cheap as Lua's lua_resume.
#include "pygen/pygen.h"

#include "api/api_internal.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/genobject.h"
#include "objects/str.h"

namespace pygen {

using api::check;
using api::throw_pending;

namespace {

// The outcome of a Python-level send/throw call: a value is Yielded, StopIteration is Returned
// (with its value), anything else is Raised.
Resume outcome_of_call(Object* r) {
    if (r) return Resume{ResumeStatus::Yielded, Value::steal(r)};
    if (err_matches(StopIteration)) {
        Value exc = Value::steal(err_fetch());
        Object* v = object_getattr_str(exc.get(), "value");
        if (!v) throw_pending();
        return Resume{ResumeStatus::Returned, Value::steal(v)};
    }
    if (!err_occurred()) err_set_string(SystemError, "send() failed without an exception");
    return Resume{ResumeStatus::Raised, Value::steal(err_fetch())};
}

// Errors in using the generator (not raised by its code): thrown as Error, as Lua keeps
// resume_error apart from the coroutine's own errors.
[[noreturn]] void usage_error(TypeObject* type, const char* message) {
    err_set_string(type, message);
    throw_pending();
}

}  // namespace

Resume resume(const Value& gen, const Value& value) {
    Object* g = gen.get();
    if (!g) raise("TypeError", "resume() of a null pygen::Value");
    Object* arg = value.is_null() ? None : value.get();
    if (is_gen(g) || is_coro(g)) {
        auto* go = static_cast<GenObject*>(g);
        if (go->frame_state == FrameState::Executing) [[unlikely]]
            usage_error(ValueError, is_gen(g) ? "generator already executing" : "coroutine already executing");
        if (go->frame_state == FrameState::Created && arg != None) [[unlikely]]
            usage_error(TypeError, is_gen(g) ? "can't send non-None value to a just-started generator"
                                             : "can't send non-None value to a just-started coroutine");
        if (go->frame_state >= FrameState::Completed && is_coro(g)) [[unlikely]]
            usage_error(RuntimeError, "cannot reuse already awaited coroutine");
        Object* result;
        switch (gen_send_ex2(go, arg, &result, false, false)) {
            case SendResult::Next: return Resume{ResumeStatus::Yielded, Value::steal(result)};
            case SendResult::Return: return Resume{ResumeStatus::Returned, Value::steal(result)};
            case SendResult::Error: break;
        }
        if (!err_occurred()) return Resume{ResumeStatus::Returned, Value::none()};
        return Resume{ResumeStatus::Raised, Value::steal(err_fetch())};
    }
    if (is_asyncgen(g)) usage_error(TypeError, "resume() an async generator's asend() object, not the generator");
    Object* m = object_getattr_str(g, "send");
    if (!m) throw_pending();
    Value method = Value::steal(m);
    Object* args[1] = {arg};
    return outcome_of_call(call(method.get(), args, 1));
}

Resume throw_into(const Value& gen, const Value& exception) {
    if (gen.is_null() || exception.is_null()) raise("TypeError", "throw_into() of a null pygen::Value");
    Value method = gen.attr("throw");
    Object* args[1] = {exception.get()};
    return outcome_of_call(call(method.get(), args, 1));
}

void close(const Value& gen) {
    if (gen.is_null()) raise("TypeError", "close() of a null pygen::Value");
    gen.attr("close")();
}

bool is_finished(const Value& gen) {
    if (!gen.is_generator()) raise("TypeError", "is_finished() expects a generator or coroutine");
    return static_cast<GenObject*>(gen.get())->frame_state >= FrameState::Completed;
}

Value layout(const Value& gen) { return import("pygen").attr("layout")(gen); }

// ---- Host futures ----

namespace {
// The Python side of HostFuture: awaiting it yields the future itself to whoever resumes the
// coroutine (the host) until the host completes it.
constexpr const char* kHostFutureSource = R"(
class Future:
    def __init__(self):
        self._done = False
        self._result = None
        self._exc = None

    def done(self):
        return self._done

    def __await__(self):
        while not self._done:
            yield self
        if self._exc is not None:
            raise self._exc
        return self._result

    __iter__ = __await__

    def __repr__(self):
        return '<pygen host future %s>' % ('done' if self._done else 'pending')
)";

Value g_future_class;   // pygen_host.Future of the current runtime

const Value& future_class() {
    Value& cls = g_future_class;
    if (cls.is_null()) {
        Module m("pygen_host");
        Value ns = m.value().attr("__dict__");
        ns.set_item("__builtins__", builtins());
        exec(kHostFutureSource, ns, "<pygen_host>");
        m.install();
        cls = m.value().attr("Future");
    }
    return cls;
}
}  // namespace

namespace api {
void reset_coroutine_state() { g_future_class = Value(); }
}  // namespace api

HostFuture::HostFuture() : obj_(future_class()()) {}

HostFuture::HostFuture(Value awaitable) : obj_(std::move(awaitable)) {
    if (!is_host_future(obj_)) raise("TypeError", "HostFuture: not a host future");
}

bool HostFuture::done() const { return obj_.attr("_done").truthy(); }

void HostFuture::set_result(const Value& result) const {
    if (done()) raise("RuntimeError", "HostFuture already done");
    obj_.set_attr("_result", result.is_null() ? Value::none() : result);
    obj_.set_attr("_done", Value::from(true));
}

void HostFuture::set_exception(const Value& exception) const {
    if (done()) raise("RuntimeError", "HostFuture already done");
    obj_.set_attr("_exc", exception);
    obj_.set_attr("_done", Value::from(true));
}

bool HostFuture::is_host_future(const Value& v) {
    return !v.is_null() && static_cast<Object*>(v.get()->type) == future_class().get();
}

// ---- asyncio ----

void step_loop(const Value& loop) {
    loop.attr("stop")();
    loop.attr("run_forever")();
}

Value new_event_loop() {
    Value asyncio = import("asyncio");
    Value loop = asyncio.attr("new_event_loop")();
    asyncio.attr("set_event_loop")(loop);
    return loop;
}

}  // namespace pygen
