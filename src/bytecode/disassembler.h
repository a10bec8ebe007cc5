// Text form of a code object's instructions, for `pygen --dis FILE` and the compiler's unit
// tests: one line per instruction with its index, line, name and operand (resolved to the
// constant, name or variable it refers to), then the exception table, then nested code objects.
// CPython counterpart: Lib/dis.py.
#pragma once

#include <string>

#include "objects/code.h"

namespace pygen {

std::string disassemble(CodeObject* code, bool recursive = true);

}  // namespace pygen
