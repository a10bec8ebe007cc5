// The cycle collector's interface: which objects are tracked, collecting, and the gc module.
// CPython counterpart: Include/internal/pycore_gc.h, Modules/gcmodule.c.
#pragma once

#include "objects/object.h"

namespace pygen {

struct GenObject;

void gc_track(Object* o);          // alloc_object does this for kTypeGC types
void gc_untrack(Object* o);        // object_dealloc does this first, free_object again (idempotent)
bool gc_is_tracked(Object* o);
void gc_track_gen(GenObject* g);  // generators, coroutines, async generators
void gc_untrack_gen(GenObject* g);
// Finds and frees unreachable cycles; returns how many objects were unreachable.
ssize gc_collect();
// Collects when enough tracked objects accumulated since the last collection. Called where the
// interpreter state is consistent (new frames).
void gc_maybe_collect();
void decref_no_dealloc_for_gc(Object* o);
// The collections at exit: cycles first, then what only __main__'s namespace keeps alive
// (finalised in the namespace's order), then again until a round finds nothing.
void gc_finalize_at_exit();
// Objects whose __del__ already ran (PEP 442: never twice); forgotten when they are freed.
bool gc_was_finalized(Object* o);
void gc_mark_finalized(Object* o);
void gc_forget_finalized(Object* o);
Object* make_gc_module();

}  // namespace pygen
