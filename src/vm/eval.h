// The bytecode interpreter. eval_frame runs a frame until it returns, yields or raises; calls
// between Python functions are handled inside the loop by linking frames, so only calls that go
// through C++ (built-ins calling back, generator resumption) nest eval_frame.
// CPython counterpart: Python/ceval.c (_PyEval_EvalFrameDefault).
#pragma once

#include "objects/object.h"
#include "vm/frame.h"

namespace pygen {

// Runs `f` from f->lasti + 1 with its saved value stack. With `throwing`, the pending exception is
// raised at the current instruction first (generator.throw). Returns a new reference (the return
// or yielded value; the owning generator's state tells which) or null with an exception set.
// The caller keeps its reference to `f`.
Object* eval_frame(Frame* f, bool throwing);

}  // namespace pygen
