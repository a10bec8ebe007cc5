// Issuing warnings from C++ (the coroutine "never awaited" RuntimeWarning, DeprecationWarnings):
// goes through the Python-level warnings module (lib/warnings.py) so filters and
// catch_warnings(record=True) see them. CPython counterpart: Python/_warnings.c (PyErr_WarnEx).
#pragma once

#include <string>

#include "objects/object.h"

namespace pygen {

// Returns false with an exception set when the warning was turned into an error (filter "error")
// or the warnings machinery failed.
[[nodiscard]] bool warn_message(TypeObject* category, const std::string& message, Object* source);

}  // namespace pygen
