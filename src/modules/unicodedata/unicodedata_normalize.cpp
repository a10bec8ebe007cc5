// Unicode normalization (see unicodedata_normalize.h). The full decomposition of each character
// is precomputed by the generator, so decomposing is one table read per character.
// CPython counterpart: Modules/unicodedata.c, nfd_nfkd and nfc_nfkc (behaviour only).
#include "modules/unicodedata/unicodedata_normalize.h"

#include <algorithm>

namespace pygen::unicodedata {

namespace {

constexpr uint32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr uint32_t kLCount = 19, kVCount = 21, kTCount = 28, kNCount = kVCount * kTCount;
constexpr uint32_t kSCount = kLCount * kNCount;

// Reordering and blocking use the Unicode 14.0 combining classes for every database, as
// CPython does: under ucd_3_2_0 a mark that 3.2 did not assign still sorts by its class.
uint8_t ccc(const Database&, uint32_t cp) { return record(kDatabase14, cp).combining; }

// Appends the full decomposition of cp: Hangul syllables by rule, the overrides as listed, else
// decomposition() applied recursively (compatibility mappings only when compat).
void decompose_char(const Database& db, bool compat, uint32_t cp, std::u32string* out) {
    if (cp >= kSBase && cp < kSBase + kSCount) {
        uint32_t s = cp - kSBase;
        out->push_back(kLBase + s / kNCount);
        out->push_back(kVBase + s % kNCount / kTCount);
        if (s % kTCount) out->push_back(kTBase + s % kTCount);
        return;
    }
    const NormOverride* end = db.norm_overrides + db.norm_override_count;
    const NormOverride* it = std::lower_bound(db.norm_overrides, end, cp,
                                              [](const NormOverride& o, uint32_t c) { return o.code < c; });
    if (it != end && it->code == cp) {
        const uint32_t* from = db.norm_pool + (compat ? it->nfkd_offset : it->nfd_offset);
        out->append(from, from + (compat ? it->nfkd_length : it->nfd_length));
        return;
    }
    unsigned tag = 0;
    const uint32_t* codes = nullptr;
    size_t count = decomposition(db, cp, &tag, &codes);
    if (count == 0 || (tag != 0 && !compat)) {
        out->push_back(cp);
        return;
    }
    for (size_t i = 0; i < count; i++) decompose_char(db, compat, codes[i], out);
}

void decompose(const Database& db, bool compat, const std::u32string& text, std::u32string* out) {
    for (char32_t c : text) decompose_char(db, compat, c, out);
}

// Sorts every run of non-starters by combining class, keeping equal classes in order.
void reorder(const Database& db, std::u32string* text) {
    size_t n = text->size();
    for (size_t i = 0; i < n;) {
        if (ccc(db, (*text)[i]) == 0) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && ccc(db, (*text)[j]) != 0) j++;
        if (j - i > 1) {
            std::stable_sort(text->begin() + static_cast<long>(i), text->begin() + static_cast<long>(j),
                             [&db](char32_t a, char32_t b) { return ccc(db, a) < ccc(db, b); });
        }
        i = j;
    }
}

// The primary composite of first + second, or 0.
uint32_t compose_pair(const Database& db, uint32_t first, uint32_t second) {
    if (first >= kLBase && first < kLBase + kLCount && second >= kVBase && second < kVBase + kVCount)
        return kSBase + ((first - kLBase) * kVCount + (second - kVBase)) * kTCount;
    if (first >= kSBase && first < kSBase + kSCount && (first - kSBase) % kTCount == 0 && second > kTBase &&
        second < kTBase + kTCount)
        return first + (second - kTBase);
    const CompositionPair* end = db.pairs + db.pair_count;
    const CompositionPair* it = std::lower_bound(db.pairs, end, std::pair(first, second),
        [](const CompositionPair& p, std::pair<uint32_t, uint32_t> k) {
            return p.first < k.first || (p.first == k.first && p.second < k.second);
        });
    return it != end && it->first == first && it->second == second ? it->composite : 0;
}

// Canonical composition of a decomposed, reordered text.
std::u32string compose(const Database& db, const std::u32string& text) {
    std::u32string out;
    out.reserve(text.size());
    size_t starter = std::u32string::npos;   // index in out of the last starter
    for (char32_t c : text) {
        uint8_t cls = ccc(db, c);
        if (starter != std::u32string::npos) {
            // c is blocked from the starter by any character between them whose class is 0 or
            // not lower than c's; after reordering only the last one needs looking at.
            bool adjacent = starter + 1 == out.size();
            uint8_t last = ccc(db, out.back());
            if (adjacent || (last != 0 && last < cls)) {
                if (uint32_t composite = compose_pair(db, out[starter], c)) {
                    out[starter] = composite;
                    continue;
                }
            }
        }
        if (cls == 0) starter = out.size();
        out.push_back(c);
    }
    return out;
}

}  // namespace

std::u32string normalize(const Database& db, Form form, const std::u32string& text) {
    std::u32string decomposed;
    decomposed.reserve(text.size());
    decompose(db, form == Form::NFKC || form == Form::NFKD, text, &decomposed);
    reorder(db, &decomposed);
    if (form == Form::NFD || form == Form::NFKD) return decomposed;
    return compose(db, decomposed);
}

}  // namespace pygen::unicodedata
