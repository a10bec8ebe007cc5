// Lookups into the generated Unicode tables (see unicode_db.h).
#include "objects/unicode_db.h"

#include <algorithm>

#include "objects/str.h"

namespace pygen::unicode_db {

const Record& record(uint32_t cp) {
    if (cp > 0x10FFFF) cp = 0x10FFFF;
    // The last run starting at or before cp.
    const uint32_t* end = kRunStarts + kRunCount;
    const uint32_t* it = std::upper_bound(kRunStarts, end, cp);
    return kRecords[kRunRecords[(it - kRunStarts) - 1]];
}

namespace {

int32_t delta_of(const Record& r, Case kind) {
    switch (kind) {
        case Case::Lower: return r.lower;
        case Case::Upper: return r.upper;
        case Case::Title: return r.title;
        case Case::Fold: return r.fold;
    }
    return 0;
}

const char* special_of(const Special& s, Case kind) {
    switch (kind) {
        case Case::Lower: return s.lower;
        case Case::Upper: return s.upper;
        case Case::Title: return s.title;
        case Case::Fold: return s.fold;
    }
    return s.lower;
}

void append_utf8(std::string* out, uint32_t cp) {
    char buf[4];
    out->append(buf, utf8_encode(cp, buf));
}

}  // namespace

void append_mapping(std::string* out, uint32_t cp, Case kind) {
    const Record& r = record(cp);
    if (r.special >= 0) {
        *out += special_of(kSpecials[r.special], kind);
        return;
    }
    append_utf8(out, static_cast<uint32_t>(static_cast<int32_t>(cp) + delta_of(r, kind)));
}

uint32_t simple_mapping(uint32_t cp, Case kind) {
    const Record& r = record(cp);
    if (r.special < 0) return static_cast<uint32_t>(static_cast<int32_t>(cp) + delta_of(r, kind));
    // A one-character full mapping of this kind is the simple one too.
    const char* s = special_of(kSpecials[r.special], kind);
    const char* p = s;
    uint32_t first = utf8_decode(p);
    if (*p == '\0') return first;
    // For upper case, the titlecase form is the simple mapping where it is one character
    // ('ᾀ' -> 'ᾈ'); otherwise the character maps to itself.
    if (kind == Case::Upper) {
        const char* t = kSpecials[r.special].title;
        uint32_t tc = utf8_decode(t);
        if (*t == '\0') return tc;
    }
    return cp;
}

}  // namespace pygen::unicode_db
