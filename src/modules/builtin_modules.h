// Entry points of the modules written in C++. Each make_*_module() builds a fresh module object
// (new reference, or null with an exception). runtime_init registers them and creates builtins and
// sys first.
#pragma once

#include "objects/object.h"

namespace pygen {

Object* make_builtins_module();
Object* make_sys_module();
Object* make_time_module();
Object* make_math_module();

}  // namespace pygen
