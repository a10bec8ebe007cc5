// Host-driven generators and coroutines: the host resumes a suspended generator or coroutine and
// gets one of three outcomes (yielded, returned, raised: gen_send_ex2's), throws into it or closes
// it; HostFuture is an awaitable the host completes later; step_loop runs asyncio's loop one
// iteration at a time from the host's own main loop.
//
//   pygen::Value co = py.eval("npc()");                  // an `async def` coroutine
//   pygen::Resume r = pygen::resume(co);                 // runs to its first suspension
//   if (r.status == pygen::ResumeStatus::Yielded) ...    // r.value: what it awaits/yields
//
// Using an object wrongly (resuming something that is not a generator, or one already running)
// throws pygen::Error; an exception raised by the code the generator runs comes back as
// ResumeStatus::Raised with the exception in `value` (so one failing script never unwinds the host).
#pragma once

#include <cstdint>
#include <string_view>

#include "pygen/value.h"

namespace pygen {

enum class ResumeStatus { Yielded, Returned, Raised };

struct Resume {
    ResumeStatus status;
    // Yielded: the yielded value. Returned: the return value (None for a plain `return`).
    // Raised: the exception instance (StopIteration already turned into Returned, as CPython's
    // gen_send_ex2; a generator that raised is finished).
    Value value;
    bool yielded() const { return status == ResumeStatus::Yielded; }
    bool returned() const { return status == ResumeStatus::Returned; }
    bool raised() const { return status == ResumeStatus::Raised; }
    // Raised only: an Error for the exception (type name, message, traceback).
    Error error() const { return Error(value); }
};

// gen.send(value) for a generator, coroutine, or any object with send() (coroutine wrappers,
// async generator asend objects). A fresh generator must be sent None (TypeError otherwise, in
// Raised as Python reports it). `value` null means None.
Resume resume(const Value& gen, const Value& value = Value());
// gen.throw(exception): exception is an instance or an exception class.
Resume throw_into(const Value& gen, const Value& exception);
// gen.close(); throws Error when the generator raises something other than GeneratorExit.
void close(const Value& gen);
// True once the generator or coroutine has finished (returned, raised or closed).
bool is_finished(const Value& gen);
// pygen.layout(gen): the head of a generator/coroutine/async generator as a dict (type, frame,
// frame_state, code, f_lasti, f_lineno, locals, ...), as README "Looking inside a generator".
Value layout(const Value& gen);

// A Future-like awaitable completed from C++. A script awaits it (`await host.wait_frames(3)`
// where the host function returns future.awaitable()); the coroutine then yields the awaitable to
// the host's resume() (Yielded with value == awaitable()). Once the host calls set_result or
// set_exception, resuming the coroutine makes the await return that result or raise.
class HostFuture {
public:
    HostFuture();                       // a pending future
    explicit HostFuture(Value awaitable);   // the future behind a value resume() yielded
    const Value& awaitable() const { return obj_; }
    bool done() const;
    void set_result(const Value& result) const;
    void set_exception(const Value& exception) const;   // an exception instance or class
    // True when `v` is a HostFuture's awaitable (what a script awaiting one yields).
    static bool is_host_future(const Value& v);

private:
    Value obj_;   // the Python-side object (pygen_host.Future)
};

// asyncio: one iteration of `loop` (ready callbacks, due timers) without blocking: the documented
// loop.stop(); loop.run_forever() idiom. Throws Error if a callback raised SystemExit or
// KeyboardInterrupt or the loop is closed/running.
void step_loop(const Value& loop);
// asyncio.new_event_loop() set as the current loop.
Value new_event_loop();

}  // namespace pygen
