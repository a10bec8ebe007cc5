// format(x, spec) for a float whose type is not exactly float: the errors name the value's own
// type ("Unknown format code 'x' for object of type 'MyFloat'"), as CPython's do. str.h's
// format_float(value, spec) is this with "float".
#pragma once

#include <string_view>

#include "objects/object.h"

namespace pygen {

Object* format_float_owned(double value, std::string_view spec, const char* owner);

}  // namespace pygen
