// From the bytes of a source file to the UTF-8 text the lexer reads (PEP 263 and PEP 3120).
#pragma once

#include <string>
#include <string_view>

namespace pygen {

// Where the bytes come from decides the wording of errors, as CPython words them differently
// for the program file (its file tokenizer) and for bytes handed to compile/exec or an import.
enum class SourceOrigin { ProgramFile, Bytes };

// Decodes raw as its coding cookie says (UTF-8 when there is none) into *out. Returns false with
// a SyntaxError pending: an unknown or undecodable declared encoding, a cookie other than UTF-8
// after a UTF-8 byte order mark, and, for a program file, bytes that are not UTF-8 with no cookie.
bool decode_source(std::string_view raw, const std::string& filename, SourceOrigin origin, std::string* out);

}  // namespace pygen
