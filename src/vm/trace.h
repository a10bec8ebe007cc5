// sys.settrace and sys.setprofile as the eval loop sees them: the events ('call', 'line', 'return',
// 'exception', 'opcode'; 'c_call', 'c_return', 'c_exception' for the profiler), the per-frame
// f_trace state, and the thread-state switch that sends execution to the eval loop's tracing
// variant (eval.cpp). The loop decides where events happen; this file makes the calls.
// CPython counterparts: Python/ceval.c (call_trace, call_exc_trace, maybe_call_line_trace,
// C_TRACE), Python/sysmodule.c (trace_trampoline, profile_trampoline, call_trampoline).
#pragma once

#include "objects/object.h"
#include "vm/frame.h"
#include "vm/thread_state.h"

namespace pygen {

enum FrameTraceFlags : uint8_t {
    kFrameHasTrace = 1,       // the side table holds the frame's f_trace (strong)
    kFrameNoTraceLines = 2,   // f_trace_lines = False
    kFrameTraceOpcodes = 4,   // f_trace_opcodes = True
    kFrameLineOverride = 8,   // the side table's line is f_lineno (the instruction at lasti has no line)
};
constexpr uint8_t kFrameTraceSideState = kFrameHasTrace | kFrameLineOverride;   // kept only while traced

// Recomputes ThreadState::use_tracing (and keeps the back-edge flag set while it is on, so eval
// loops running the plain variant switch at their next loop iteration).
void trace_update_state(ThreadState* t);

// sys.settrace / sys.setprofile: func null or None turns the hook off.
void trace_set_trace(Object* func);
void trace_set_profile(Object* func);

// f_trace of a frame: the getter returns a new reference (None when unset); the setter takes
// None or null to clear. frame_drop_trace releases it when the frame ends or is deallocated.
Object* frame_get_trace(Frame* f);
void frame_set_trace(Frame* f, Object* fn);
inline void frame_drop_trace(Frame* f) {
    if (f->trace_flags & kFrameHasTrace) frame_set_trace(f, nullptr);
}
// f_lineno kept by the tracer for an instruction without a line (valid with kFrameLineOverride).
int frame_trace_lineno(Frame* f);

// ---- Events (each returns 0, or -1 with the hook's exception pending) ----
// 'call' for the trace and profile functions: a new frame, or a generator resumed.
int trace_call(Frame* f);
// 'return' with retval (null: None, a frame left by an exception, whose pending exception the
// call keeps unless a hook raises; then the hook's exception replaces it and -1 is returned).
int trace_return(Frame* f, Object* retval);
// 'exception' with (type, value, traceback) of the pending exception, which stays pending; if the
// trace function raises, its exception replaces the pending one.
void trace_exception(Frame* f);
// The 'exception' event CPython 3.11's SEND reports while tracing when its delegate returns
// `value` (it then goes through StopIteration). 0, or -1 with the hook's exception pending.
int trace_send_return(Frame* f, Object* value);
// 'line' and 'opcode' before the instruction at f->lasti, the last one run being `prev` (-1 at
// the start of the frame). A trace function may move f->lasti (f_lineno = n).
int trace_instruction(Frame* f, int prev);
// A call of a built-in (builtin_function_or_method or method_descriptor) with 'c_call',
// 'c_return' / 'c_exception' for the profile function. New reference or null.
Object* trace_c_call(Frame* f, Object* callable, Object* const* args, size_t nargs, Object* kwnames);
// Whether trace_c_call reports calls of `callable`.
bool trace_is_c_function(Object* callable);

// The f_lineno setter's work (frame.cpp): jump f (executing, in a 'line' event) to `line`.
// 0, or -1 with ValueError.
int trace_set_lineno(Frame* f, int64_t line);
// The jump of a permitted f_lineno assignment (trace_jump.cpp): moves f->lasti to the first
// instruction of the line (or the next line with code) whose value stack is the current one with
// values dropped off the top, and drops them. 0 ok, -1 with ValueError.
int trace_jump_to_line(Frame* f, int64_t line);

}  // namespace pygen
