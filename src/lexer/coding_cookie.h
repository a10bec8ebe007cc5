// PEP 263 source encoding declarations: the "coding" cookie of a file's first two lines.
#pragma once

#include <string>
#include <string_view>

namespace pygen {

// Finds a cookie such as "# -*- coding: latin-1 -*-" on line 1, or on line 2 when line 1 is blank
// or a comment (a cookie after code is ignored, as CPython ignores it). Returns false when there
// is none; *name is the declared name as written.
bool find_coding_cookie(std::string_view source, std::string* name);

// The tokenizer's spelling of an encoding name: "utf-8" and "iso-8859-1" for their common aliases
// (utf_8, UTF-8-sig..., latin-1, iso-latin-1...), anything else unchanged.
std::string normal_encoding_name(std::string_view name);

}  // namespace pygen
