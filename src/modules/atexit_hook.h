// The interpreter-exit hook of the atexit module (lib/atexit.py), called by runtime_finalize.
#pragma once

namespace pygen {

// Runs the functions registered with atexit (last first) when the program imported atexit;
// nothing otherwise. Their errors are reported by atexit itself; anything left is reported as
// unraisable, so finalisation always goes on.
void run_atexit_callbacks();

}  // namespace pygen
