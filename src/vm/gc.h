// The cycle collector's interface: allocating objects with a GC header, tracking them, collecting,
// and the gc module. The header (GCHeader, objects/object.h) links every tracked object into the
// list of its generation; tracking and untracking are O(1) list operations.
// CPython counterpart: Include/internal/pycore_gc.h, Modules/gcmodule.c.
#pragma once

#include <cassert>
#include <cstddef>

#include "objects/dict.h"
#include "objects/object.h"

namespace pygen {

constexpr int kGcGenerations = 3;

namespace gc_detail {
// The list heads of the three generations and of the permanent one (gc.freeze); circular lists
// through GCHeader::next/prev, a head linked to itself when empty.
extern GCHeader g_heads[kGcGenerations + 1];
// Tracks since the last collection, for PYGEN_GC_STRESS.
extern size_t g_tracks_since_collect;
// Each generation's threshold and count (gc.get_threshold / gc.get_count).
struct Generation {
    int threshold;
    int count;
};
extern Generation g_gen[kGcGenerations];
extern const size_t g_stress_every;   // PYGEN_GC_STRESS; 0 when off
constexpr uintptr_t kPrevFinalized = 1;
constexpr uintptr_t kPrevCollecting = 2;
constexpr uintptr_t kPrevFlags = 3;
}  // namespace gc_detail

// A zero-filled block of `basicsize` bytes with an untracked GCHeader in front; the object
// pointer is returned (null with MemoryError). Counts as an allocation for generation 0's
// threshold. gc_free releases such a block; custom allocators (tuple, str and bytes subclasses)
// and free lists keep the header with the object (a parked block still starts with it).
Object* gc_alloc(size_t basicsize);
Object* gc_alloc_uninit(size_t basicsize);   // the header zeroed, the object's bytes left undefined
void gc_free(Object* o);
// Adds delta to generation 0's count (never below 0): for blocks that should not count as
// container allocations (instance-owned dicts, objects/dict.h).
void gc_adjust_count(int delta);
// gc_alloc and gc_free for a block from an allocator of its own (the size pools of
// objects/size_pools.h): `block` has room for the header and basicsize bytes, zeroed by the caller;
// the object pointer is returned. gc_release gives back the header's address (o untracked).
inline Object* gc_adopt(void* block) {
    ++gc_detail::g_gen[0].count;
    return gc_header_object(static_cast<GCHeader*>(block));
}
inline void* gc_release(Object* o) {
    GCHeader* g = gc_header(o);
    assert(g->next == 0 && "freed while tracked");
    if (gc_detail::g_gen[0].count > 0) --gc_detail::g_gen[0].count;
    return g;
}

// Links o (which has a header: object_is_gc) at the end of generation 0; no-op when tracked.
inline void gc_track(Object* o) {
    GCHeader* g = gc_header(o);
    if (g->next) return;
    GCHeader* head = &gc_detail::g_heads[0];
    auto* last = reinterpret_cast<GCHeader*>(head->prev & ~gc_detail::kPrevFlags);
    g->prev = (g->prev & gc_detail::kPrevFinalized) | reinterpret_cast<uintptr_t>(last);
    last->next = reinterpret_cast<uintptr_t>(g);
    g->next = reinterpret_cast<uintptr_t>(head);
    head->prev = reinterpret_cast<uintptr_t>(g);
    ++gc_detail::g_tracks_since_collect;
}

// Unlinks o from its generation list; no-op when untracked. Keeps the "finalised" flag.
inline void gc_untrack(Object* o) {
    GCHeader* g = gc_header(o);
    if (!g->next) return;
    auto* prev = reinterpret_cast<GCHeader*>(g->prev & ~gc_detail::kPrevFlags);
    auto* next = reinterpret_cast<GCHeader*>(g->next);
    assert(!(g->prev & gc_detail::kPrevCollecting) && "untracked while its generation is analysed");
    prev->next = g->next;
    next->prev = (next->prev & gc_detail::kPrevFlags) | reinterpret_cast<uintptr_t>(prev);
    g->next = 0;
    g->prev &= gc_detail::kPrevFinalized;
}

inline bool gc_is_tracked(Object* o) { return object_is_gc(o) && gc_header(o)->next != 0; }

extern TypeObject TupleType;
// Whether o may ever be part of a cycle (CPython's _PyObject_GC_MAY_BE_TRACKED): it has a header,
// and if it is an exact tuple, a collection has not found it atomic and untracked it.
inline bool gc_may_be_tracked(Object* o) {
    if (!object_is_gc(o)) return false;
    return o->type != &TupleType || gc_header(o)->next != 0;
}
// Exact dicts start untracked and are tracked once a key or value that may be tracked goes in
// (CPython's MAINTAIN_TRACKING); every store into a dict's entries calls this.
// An instance-owned dict stays untracked: its instance's traverse visits the entries.
inline void gc_dict_maintain_tracking(Object* dict, Object* key, Object* value) {
    if (gc_header(dict)->next == 0 && !static_cast<DictObject*>(dict)->owned_by_instance &&
        (gc_may_be_tracked(key) || gc_may_be_tracked(value)))
        gc_track(dict);
}

// A full collection (generation 2); returns how many objects were unreachable.
ssize gc_collect();
// Collects `generation` and the younger ones; returns collected + uncollectable. 0 while a
// collection is already running.
ssize gc_collect_generation(int generation);
// Runs the automatic collection generation 0's count asks for (CPython's thresholds and
// promotion rules). Called where the interpreter state is consistent (new frames).
void gc_maybe_collect();
// The check every new frame makes, inline: the call happens only when generation 0 passed its
// threshold (or in stress mode), so the common case costs two loads and a compare.
inline void gc_maybe_collect_at_frame() {
    if (gc_detail::g_gen[0].count > gc_detail::g_gen[0].threshold || gc_detail::g_stress_every) [[unlikely]]
        gc_maybe_collect();
}
void decref_no_dealloc_for_gc(Object* o);
// The collections at exit: cycles first, then what only __main__'s namespace keeps alive
// (finalised in the namespace's order), then `before_last_rounds` (see runtime_finalize), then
// again until a round finds nothing.
void gc_finalize_at_exit(void (*before_last_rounds)() = nullptr);
// Objects whose __del__ already ran (PEP 442: never twice): a header flag for objects with a
// header, a side set for the rest; forgotten when they are freed.
bool gc_was_finalized(Object* o);
void gc_mark_finalized(Object* o);
void gc_forget_finalized(Object* o);
Object* make_gc_module();
// Runtime teardown (vm/runtime.cpp): back to a fresh runtime's collector (enabled, default
// thresholds and counts, debug off, nothing frozen, gc.garbage/callbacks dropped), and a walk over
// every object still tracked (what outlived the runtime: held by the host or leaked).
void gc_reset_state();
template <class F> void gc_for_each_tracked(F&& f);

// For tests and the gc module: the count of generation i (allocations minus deallocations
// since the last collection for 0, collections of the younger generation for 1 and 2), the
// number of objects in its list (3: the permanent generation), and the thresholds.
int gc_generation_count(int i);
size_t gc_generation_size(int i);
int gc_generation_threshold(int i);
void gc_set_generation_threshold(int i, int value);
bool gc_is_enabled();
void gc_set_enabled(bool on);

template <class F> void gc_for_each_tracked(F&& f) {
    for (int i = 0; i <= kGcGenerations; ++i) {
        GCHeader* head = &gc_detail::g_heads[i];
        for (GCHeader* g = reinterpret_cast<GCHeader*>(head->next); g != head; g = reinterpret_cast<GCHeader*>(g->next))
            f(gc_header_object(g));
    }
}

}  // namespace pygen
