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

// os.fspath's rule (imp_module.cpp): str and bytes as they are, else __fspath__(); TypeError
// "expected str, bytes or os.PathLike object, not int" otherwise. os_fsdecode also turns bytes
// into str (UTF-8, surrogateescape), as compile() and the loaders need for file names.
Object* os_fspath(Object* path);
Object* os_fsdecode(Object* path);

}  // namespace pygen
