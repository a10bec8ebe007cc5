// __build_class__, exec, eval, compile and __import__: the built-ins that need the compiler and
// the VM. runtime_init adds them to the builtins module made by make_builtins_module().
#pragma once

#include "objects/object.h"

namespace pygen {

int add_exec_builtins(Object* builtins_module);   // 0 ok, -1 error

}  // namespace pygen
