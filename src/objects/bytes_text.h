// The ASCII text methods that bytes and bytearray share (padding, case, is*, partition,
// rsplit, translate, ...). bytes.cpp lists them in both method tables.
// CPython counterparts: Objects/bytes_methods.c, Objects/stringlib/transmogrify.h.
#pragma once

#include <cstddef>

#include "objects/object.h"

namespace pygen {

using BytesMethodFn = Object* (*)(Object* self, Object* const* args, size_t nargs, Object* kwnames);

Object* bytes_m_capitalize(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_title(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_swapcase(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_center(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_ljust(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_rjust(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_zfill(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_expandtabs(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_isalnum(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_isalpha(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_isascii(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_isdigit(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_islower(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_isupper(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_isspace(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_istitle(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_partition(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_rpartition(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_removeprefix(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_removesuffix(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_rsplit(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* bytes_m_translate(Object* self, Object* const* args, size_t nargs, Object* kwnames);
// Static (kMethStatic): self is null.
Object* bytes_m_maketrans(Object* self, Object* const* args, size_t nargs, Object* kwnames);

}  // namespace pygen
