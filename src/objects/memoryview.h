// memoryview: a typed, shaped window on another object's buffer, and the managed buffer that
// memoryviews of the same export share (the exporter is released when the last view goes).
// The protocol itself (Buffer, exporters, bytes-like helpers) is buffer.h's.
// CPython counterpart: Objects/memoryobject.c.
#pragma once

#include "objects/buffer.h"

namespace pygen {

// One acquisition of an exporter's buffer, shared by every memoryview derived from it by
// memoryview(m), slicing, cast or toreadonly (CPython's _PyManagedBufferObject).
struct ManagedBufferObject : Object {
    Buffer master;          // acquired with kBufStrided; released when view_count drops to 0
    ssize view_count;       // memoryviews registered on it and not yet released
    bool is_released;
};

struct MemoryViewObject : Object {
    ManagedBufferObject* mbuf;  // strong (kept after release for identity; never null once built)
    Buffer view;                // this view's window; view.obj is a strong reference of its own
                                // (not an acquisition: only mbuf->master is acquired)
    ssize* dims;                // malloc'ed: shape[ndim] then strides[ndim]; view.shape/strides point here
    int64_t hash;               // -1 until computed
    ssize exports;              // Buffers of this view handed out and not yet released
    bool is_released;
    Object* weakreflist;        // weak references to this view, or null
};

extern TypeObject MemoryViewType;
inline bool is_memoryview(Object* o) { return o->type == &MemoryViewType; }

// memoryview(o): a new view or null with CPython's error.
Object* memoryview_from_object(Object* o);

void init_memoryview_types();

}  // namespace pygen
