// Start-up and shut-down of the one pygen runtime: creates the built-in types in dependency order,
// the builtins and sys modules, and tears them down (running finalisers) at exit.
#pragma once

namespace pygen {

[[nodiscard]] bool runtime_init(int argc, char** argv);
void runtime_finalize();
// True from the end of atexit's callbacks on: sys.is_finalizing(), and the point from which
// CPython's shutdown no longer finds the warnings module (sys.modules is being emptied).
bool runtime_finalizing();

}  // namespace pygen
