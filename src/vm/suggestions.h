// "Did you mean" for NameError and AttributeError, as CPython 3.11 adds it to the last line of
// a printed traceback.
#pragma once

#include <string>

#include "objects/object.h"

namespace pygen {

// The name closest to the one the exception missed, or "" when none is close enough: for an
// AttributeError among dir(obj); for a NameError among the local variables of the frame where it
// was raised, then its globals, then its builtins. Never leaves an exception pending.
std::string offer_suggestion(Object* exc);

}  // namespace pygen
