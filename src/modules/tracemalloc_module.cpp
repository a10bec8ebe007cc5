// _tracemalloc: the counting half of tracemalloc (lib/tracemalloc.py holds the Python half).
// Tracing turns on the allocation accounting of objects/alloc_limit.h, which sees every block the
// runtime allocates (objects, tables, str/bytes payloads, frames, GMP limbs) but does not record
// where each was allocated: traced sizes and peaks are exact, per-line traces are not kept.
// CPython counterpart: Modules/_tracemalloc.c.
#include "modules/builtins_args.h"
#include "objects/alloc_limit.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

Object* tm_is_tracing(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("is_tracing", nargs, kwnames)) return nullptr;
    return bool_from(memory_tracing());
}

Object* tm_start(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("_start", nargs, kwnames)) return nullptr;
    memory_trace_start();
    return none_new();
}

Object* tm_stop(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("stop", nargs, kwnames)) return nullptr;
    memory_trace_stop();
    return none_new();
}

Object* tm_get_traced_memory(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("get_traced_memory", nargs, kwnames)) return nullptr;
    MemoryTrace t = memory_traced();
    Ref<> current = Ref<>::steal(int_from_u64(t.current));
    Ref<> peak = Ref<>::steal(int_from_u64(t.peak));
    if (!current || !peak) return nullptr;
    return tuple_pack({current.get(), peak.get()});
}

Object* tm_reset_peak(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("reset_peak", nargs, kwnames)) return nullptr;
    memory_trace_reset_peak();
    return none_new();
}

// clear_traces: what was traced so far is forgotten, tracing goes on from here.
Object* tm_clear_traces(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("clear_traces", nargs, kwnames)) return nullptr;
    if (memory_tracing()) {
        memory_trace_stop();
        memory_trace_start();
    }
    return none_new();
}

const MethodDef kTracemallocMethods[] = {
    {"is_tracing", tm_is_tracing},
    {"_start", tm_start},
    {"stop", tm_stop},
    {"get_traced_memory", tm_get_traced_memory},
    {"reset_peak", tm_reset_peak},
    {"clear_traces", tm_clear_traces},
    {nullptr, nullptr},
};

}  // namespace

Object* make_tracemalloc_module() {
    Ref<> m = Ref<>::steal(module_new("_tracemalloc"));
    if (!m || module_add_functions(m.get(), kTracemallocMethods) < 0) return nullptr;
    return m.release();
}

}  // namespace pygen
