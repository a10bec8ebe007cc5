// The C++ modules importable by name beyond builtins/sys/time/math (which runtime_init registers
// itself). One line per module keeps the list in one place.
#include "objects/module.h"
#include "objects/weakref.h"

namespace pygen {

void register_extra_modules() {
    register_builtin_module("_weakref", make_weakref_module);
}

}  // namespace pygen
