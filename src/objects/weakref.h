// Weak references (weakref.ref) and the hook every deallocator of a weak-referenceable type
// calls. CPython counterpart: Include/cpython/weakrefobject.h.
#pragma once

#include "objects/object.h"

namespace pygen {

extern TypeObject WeakRefType;

// Detaches every weak reference to `o` and runs their callbacks. Call from dealloc, before
// freeing, for types with a weaklistoffset.
void weakref_clear_refs(Object* o);
// A list of the live weak references to `o` (for pygen.layout's weakreflist).
Object* weakref_live_refs(Object* o);
Object* make_weakref_module();
void init_weakref_type();

}  // namespace pygen
