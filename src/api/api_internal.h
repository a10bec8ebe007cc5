// Shared helpers of the embedding API's implementation (src/api): turning the runtime's
// "null + pending exception" convention into pygen::Error, and starting the runtime on demand.
#pragma once

#include "objects/object.h"
#include "pygen/value.h"

namespace pygen::api {

// Starts the runtime once per process; false when start-up failed.
bool ensure_runtime(int argc = 0, char** argv = nullptr);
// True when v names an object that outlived its runtime (vm/runtime.h); throw_stale throws the
// Error every API call gives for one.
bool is_stale(const Value& v);
[[noreturn]] void throw_stale();
// Per-runtime state of the API's own files, dropped by finalize() before the runtime's teardown.
void reset_coroutine_state();
void reset_sandbox_state();
// Throws Error for the pending exception (clearing it); SystemError if none is pending.
[[noreturn]] void throw_pending();
// r, or throw_pending() when r is null. Adopts the new reference r.
inline Value check(Object* r) {
    if (!r) throw_pending();
    return Value::steal(r);
}
inline void check_status(int status) {
    if (status < 0) throw_pending();
}
// Makes the Error's exception pending again (host code -> Python): new reference kept.
void restore_error(const Error& e);
// A new str for an attribute or keyword name (new reference; throws Error on failure).
Object* name_object(std::string_view name);

}  // namespace pygen::api
