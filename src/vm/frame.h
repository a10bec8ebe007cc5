// Frames: the activation record of one run of a code object. A frame is a heap object so it can
// outlive the C++ call that started it: a generator owns its suspended frame, a traceback keeps
// the frames it passed through. The eval loop runs Python-to-Python calls by linking frames through
// `back`, without a C++ call per Python call.
// CPython counterparts: Include/internal/pycore_frame.h (_PyInterpreterFrame), Objects/frameobject.c.
#pragma once

#include "objects/code.h"
#include "objects/function.h"
#include "objects/object.h"

namespace pygen {

struct Frame : Object {
    CodeObject* code;         // strong (a function's __code__ may be replaced while this runs)
    FunctionObject* func;     // strong; never null (module and exec code get a function of their own):
                              // globals and builtins come from it
    Object* locals;           // strong: the namespace of module/class/exec frames; for optimized frames
                              // the f_locals snapshot dict once someone asked for it (else null)
    // The caller while this frame executes (borrowed). Once finished while still held (a
    // traceback, sys._getframe's result), the caller it had, strong (frame_keep_caller): a frame
    // that is not executing owns a non-null back. Else null.
    Frame* back;
    int32_t lasti;            // index of the last instruction started; -1 before the first
    // Whole words, not bit-fields: the eval loop stores stack_depth on every call and reads it back
    // on every return, and a bit-field store followed by a load stalls store forwarding.
    uint32_t stack_depth;     // values on the stack (meaningful while the frame is not executing)
    bool is_entry;            // entered from C++ (eval_frame): returning from it leaves the eval loop
    bool is_executing;
    bool is_cleared;          // locals and stack released (generator finished)
    // A generator's frame lives in the generator's own block, right after it (the seed's
    // gi_iframe; objects/genobject.h): FrameGenLink bits, 0 for every other frame.
    uint8_t gen_link;
    // What the caller's instruction expects from a return (FrameReturn): most frames hand their
    // value over as it is; __init__ run inline by CALL_TYPE_INIT leaves the new instance instead.
    uint8_t return_kind;
    uint8_t trace_flags;      // FrameTraceFlags (vm/trace.h): f_trace set, f_trace_lines off, f_trace_opcodes;
                              // f_trace itself and the tracer's line live in a side table (trace.cpp),
                              // so frames (and suspended generators) pay one byte for tracing
    Object* localsplus[1];    // code->nlocalsplus variable slots, then the value stack

    Object** stack_base() { return localsplus + code->nlocalsplus; }
    Object* globals() const { return func->globals; }
    Object* builtins() const { return func->builtins; }
    bool is_optimized() const { return (code->flags & kCoOptimized) != 0; }
};

// The generator and its frame share one block, freed when the later of the two goes.
enum FrameGenLink : uint8_t {
    kGenBlock = 1,      // the frame is in a generator's block
    kGenOwner = 2,      // the generator is alive and not finished: frame_gen finds it
    kGenHoldsRef = 4,   // the frame's refcount includes the generator's reference
    kGenAlive = 8,      // the generator part of the block is not yet deallocated
    kFrameDead = 16,    // the frame part was deallocated (its code stays for gi_code)
};

enum FrameReturn : uint8_t {
    kReturnValue = 0,   // the return value is pushed on the caller's stack
    kReturnInit = 1,    // __init__: must return None; the instance already on the caller's stack stays
    kReturnGenSend = 2, // a generator frame resumed inline by gen.send(v) (CALL_BUILTIN): the call's
                        // method and generator still sit on the caller's stack; a yield replaces
                        // them with the value, a return raises StopIteration(value) there
};

extern TypeObject FrameType;

struct GenObject;
// The live, unfinished generator/coroutine whose frame this is, or null (inline in
// objects/genobject.h, which knows the generator's size).
inline GenObject* frame_gen(Frame* f);

// A new frame for `code` with every slot empty. func and locals are increfed; func is required.
Frame* frame_new(CodeObject* code, FunctionObject* func, Object* locals);
// The end of a frame whose slots (locals and stack) the caller already emptied, with no
// references left but the caller's: drops code, function and f_locals snapshot and recycles the
// memory. The eval loop's return path uses it after clearing the slots itself.
void frame_free_cleared(Frame* f);
// f (not a generator's frame) finished, leaving `caller` below it, while something else still
// holds it: it keeps the caller as its f_back from now on (exposed and strongly referenced), as
// CPython 3.11's take_ownership links the frame objects. Does nothing when nobody else holds f.
void frame_keep_caller(Frame* f, Frame* caller);
// Drops locals and stack (what CPython does when a frame finishes inside a generator or on clear()).
void frame_clear(Frame* f);
int frame_lineno(Frame* f);   // line of lasti (first line of the code before it starts)
// f_locals: for optimized frames a dict snapshot of the local and cell slots; else the mapping.
Object* frame_get_locals(Frame* f);   // new reference
// For owners of a frame (a generator, a traceback): a tracked frame is visited as an edge; an
// untracked one the owner holds alone has what it holds visited, as if the owner held that.
void frame_traverse_if_owned(Frame* f, VisitFn visit, void* arg);
// Tracks f (no-op when tracked) and returns it: called wherever Python code gets hold of a frame
// (sys._getframe, f_back, tb_frame, gi_frame, signal handlers), since from then on it may sit in
// a cycle that only the collector can break.
Object* frame_expose(Frame* f);

void init_frame_type();

}  // namespace pygen
