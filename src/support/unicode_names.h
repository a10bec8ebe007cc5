// Character names: name() of a code point and lookup() of a name, over the compressed name table
// of unicode_name_tables.h plus the names made by rule (CJK UNIFIED IDEOGRAPH-XXXX, HANGUL
// SYLLABLE ...), the named aliases and the named sequences. Which database a character belongs to
// (ucd_3_2_0 knows fewer) is the unicodedata module's business; the parser's \N{...} uses
// lookup_unicode_name below. CPython counterpart: Modules/unicodedata.c,
// _getucname and _getcode (behaviour only).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pygen::unicode_names {

// The Unicode 14.0 name of cp, or false when it has none.
bool name_of(uint32_t cp, std::string* out);

enum class NameKind {
    Table,       // a name of the name table (3.2 accepts it only for characters it assigns)
    Rule,        // CJK unified ideograph or Hangul syllable, accepted by every database
    Alias,       // named alias: 14.0 only
    Sequence,    // named sequence: 14.0 only, several code points
};

// Looks name up as CPython's lookup() does: table names and aliases case-insensitively, names
// made by rule as written. Fills *out with the code point(s); false when the name is unknown.
bool lookup_name(std::string_view name, std::u32string* out, NameKind* kind);

}  // namespace pygen::unicode_names

namespace pygen {

// \N{name} in a string literal: one character by name or alias, not a named sequence
// (declared again in parser/string_literal.cpp, which includes only front-end headers).
bool lookup_unicode_name(std::string_view name, uint32_t* code);

}  // namespace pygen::unicode_names
