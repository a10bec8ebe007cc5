// Weak references (weakref.ref) and the hook every deallocator of a weak-referenceable type
// calls. CPython counterpart: Include/cpython/weakrefobject.h.
#pragma once

#include <vector>

#include "objects/object.h"

namespace pygen {

extern TypeObject WeakRefType;

// Detaches every weak reference to `o` and runs their callbacks. Call from dealloc, before
// freeing, for types with a weaklistoffset.
void weakref_clear_refs(Object* o);
// The collector's part (CPython's handle_weakrefs): before garbage is cleared, every weak
// reference to garbage object `o` is detached. A reference that is garbage itself loses its
// callback uncalled (it could see half-cleared objects); the others with callbacks are appended,
// as new references, to *to_call for weakref_run_callbacks.
void weakref_detach_for_gc(Object* o, bool (*is_garbage)(Object*, void*), void* ctx, std::vector<Object*>* to_call);
// True when some weak reference points at `o`.
bool weakref_has_refs(Object* o);
// Calls each reference's callback with the reference (errors are unraisable), then drops them.
void weakref_run_callbacks(std::vector<Object*>* refs);
// A list of the live weak references to `o` (for pygen.layout's weakreflist).
Object* weakref_live_refs(Object* o);
Object* make_weakref_module();
void init_weakref_type();

}  // namespace pygen
