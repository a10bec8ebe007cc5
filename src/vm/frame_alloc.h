// The fast half of frame allocation and release, inline for the eval loop's call and return
// paths (vm/eval.cpp, eval_quick.inc) and for frame.cpp's out-of-line frame_new: a frame comes
// from a small per-size free list (most recently freed first, so its memory is still in cache)
// and only the header fields and the slots the caller does not fill are written.
// CPython counterpart: Include/internal/pycore_frame.h (_PyFrame_PushUnchecked).
#pragma once

#include "objects/alloc_limit.h"
#include "objects/errors.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/signals.h"

namespace pygen {

namespace frame_detail {
constexpr int kPooledSlotLimit = 48;   // frames of up to this many slots are pooled
constexpr int kPoolDepth = 32;         // frames parked per size
struct FramePool {
    Frame* frames[kPoolDepth];
    int count;
};
extern FramePool g_pools[kPooledSlotLimit + 1];
// A block is a GCHeader, then the frame: frames start untracked and are tracked only once Python
// code can hold them (frame_expose), so a frame kept by its own locals (f = sys._getframe()) is
// collectable, while ordinary calls never touch the collector's lists.
inline size_t frame_bytes(int nslots) {
    return sizeof(GCHeader) + sizeof(Frame) + sizeof(Object*) * (nslots > 0 ? nslots - 1 : 0);
}
}  // namespace frame_detail

// Writes every header field of a frame whose memory was just taken (frame_alloc, and the frame in
// a new generator's block, objects/genobject.cpp): refcount 1, code and func (increfed, or func's
// reference taken over with `takes_func`), variable slots [first_empty, nlocalsplus) empty. The
// value stack is written before it is read (stack_depth bounds every reader): not zeroed.
[[gnu::always_inline]] inline void frame_init_fields(Frame* f, CodeObject* code, FunctionObject* func, int first_empty,
                                                     bool takes_func) {
    gc_header(f)->next = 0;
    gc_header(f)->prev = 0;
    f->refcnt = 1;
    f->type = &FrameType;
    f->code = newref(code);
    f->func = takes_func ? func : newref(func);
    f->locals = nullptr;
    f->back = nullptr;
    f->gen_link = 0;
    f->lasti = -1;
    f->stack_depth = 0;
    f->is_entry = false;
    f->is_executing = false;
    f->is_cleared = false;
    f->return_kind = kReturnValue;
    f->trace_flags = 0;
    // A plain loop of stores: frames have few slots, and GCC would otherwise call memset.
    Object** slots = f->localsplus;
    for (int i = first_empty, n = code->nlocalsplus; i < n; ++i) {
        slots[i] = nullptr;
        asm("" : "+r"(i));   // keeps the loop a loop (no memset pattern)
    }
}

// A new frame for `code` run by `func` (increfed; locals null), with variable slots
// [0, first_empty) left for the caller to fill at once and the rest empty. Null with an
// exception set (MemoryError, or the step budget's KeyboardInterrupt). It is a collection
// point, as every new frame is. With `takes_func` the frame takes over the caller's reference to
// func (a call site moving the callable off its stack) instead of a new one; not on failure.
[[gnu::always_inline]] inline Frame* frame_alloc(CodeObject* code, FunctionObject* func, int first_empty,
                                                 bool takes_func = false) {
    using namespace frame_detail;
    gc_maybe_collect_at_frame();
    // The fuzzing step budget (vm/signals.h) also bounds recursion without loops.
    if (g_step_budget >= 0 && step_budget_spend() < 0) [[unlikely]] return nullptr;
    int nslots = code->nlocalsplus + code->stacksize;
    Frame* f;
    if (nslots <= kPooledSlotLimit && g_pools[nslots].count > 0) [[likely]] {
        f = g_pools[nslots].frames[--g_pools[nslots].count];
    } else {
        auto* g = static_cast<GCHeader*>(mem_malloc(frame_bytes(nslots)));
        if (!g) [[unlikely]] {
            err_no_memory();
            return nullptr;
        }
        f = static_cast<Frame*>(gc_header_object(g));
    }
    frame_init_fields(f, code, func, first_empty, takes_func);
    return f;
}

// Parks the memory of a frame of `nslots` slots in its pool, or frees it when the pool is full.
[[gnu::always_inline]] inline void frame_park(Frame* f, int nslots) {
    using namespace frame_detail;
    if (nslots <= kPooledSlotLimit && g_pools[nslots].count < kPoolDepth) [[likely]] {
        g_pools[nslots].frames[g_pools[nslots].count++] = f;
        return;
    }
    mem_free(gc_header(f));
}

// The end of a frame whose slots the caller already emptied and that nobody else holds: drops
// code, function and the f_locals snapshot and parks the memory.
[[gnu::always_inline]] inline void frame_release(Frame* f) {
    int nslots = f->code->nlocalsplus + f->code->stacksize;
    gc_untrack(f);   // exposed once (sys._getframe, f_back, ...) and now held by nobody else
    decref(f->code);
    xdecref(f->func);
    if (f->locals) decref(f->locals);
    frame_park(f, nslots);
}

// A frame whose header and slots were copied, references and all, into a generator's block
// (gen_new_with_frame): its memory is parked with no reference dropped.
inline void frame_forget_moved(Frame* f) { frame_park(f, f->code->nlocalsplus + f->code->stacksize); }

}  // namespace pygen
