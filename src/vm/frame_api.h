// What modules need from the executing frame: globals(), locals(), vars(), dir(), sys._getframe,
// and the zero-argument super(). All look at ts()->frame.
#pragma once

#include "objects/object.h"

namespace pygen {

Object* frame_globals_of_current();   // borrowed; the builtins dict when no frame runs
// Borrowed: the running function's builtins as its globals gave them (a dict, or the foreign
// mapping of function.h's builtins_foreign); the builtins dict when no frame runs.
Object* frame_builtins_of_current();
Object* frame_locals_of_current();    // new reference
int frame_future_flags_of_current();  // kCoFuture* bits of the running code (exec/eval/compile inherit them)
Object* frame_get_current(int depth); // new reference to the frame `depth` calls up, ValueError when too deep
// super() without arguments: the __class__ cell and the first argument of the calling function.
// Returns false with RuntimeError set ("super(): no arguments", "super(): __class__ cell not found").
bool frame_get_super_args(Object** type, Object** obj);   // both borrowed

}  // namespace pygen
