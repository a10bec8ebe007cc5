// Unicode normalization (UAX #15) over one database: full decomposition (canonical or
// compatibility), canonical ordering by combining class, and canonical composition with the
// composition exclusions (the pair table holds only primary composites) and Hangul by rule.
// CPython counterpart: Modules/unicodedata.c, nfd_nfkd and nfc_nfkc (behaviour only).
#pragma once

#include <string>

#include "modules/unicodedata/unicodedata_tables.h"

namespace pygen::unicodedata {

enum class Form { NFC, NFD, NFKC, NFKD };

// The normal form `form` of text (code points) under db.
std::u32string normalize(const Database& db, Form form, const std::u32string& text);

}  // namespace pygen::unicodedata
