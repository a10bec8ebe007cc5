// Character names (see unicode_names.h). A table name is decoded from its word indices; the
// reverse lookup binary-searches the name indices sorted by name, decoding each probe.
// CPython counterpart: Modules/unicodedata.c, _getucname and _getcode (behaviour only).
#include "support/unicode_names.h"

#include <algorithm>
#include <cstdio>

#include "support/unicode_name_tables.h"

namespace pygen::unicode_names {

namespace {

// ---- Names made by rule ----

constexpr uint32_t kHangulBase = 0xAC00, kHangulCount = 11172;
constexpr int kVowelCount = 21, kTrailCount = 28;
// Short names of the leading consonants, vowels and trailing consonants (Jamo.txt).
const char* const kLeads[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "",
                              "J", "JJ", "C", "K", "T", "P", "H"};
const char* const kVowels[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                               "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
const char* const kTrails[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB",
                               "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C",
                               "K", "T", "P", "H"};
constexpr std::string_view kHangulPrefix = "HANGUL SYLLABLE ";
constexpr std::string_view kCjkPrefix = "CJK UNIFIED IDEOGRAPH-";

bool is_cjk_unified(uint32_t cp) {
    for (size_t i = 0; i < kCjkRangeCount; i++)
        if (cp >= kCjkRanges[i].first && cp <= kCjkRanges[i].last) return true;
    return false;
}

// The longest of `names` that text starts with; its index, or -1.
int match_longest(std::string_view* text, const char* const* names, int count) {
    int best = -1;
    size_t best_length = 0;
    for (int i = 0; i < count; i++) {
        std::string_view n(names[i]);
        if (text->substr(0, n.size()) == n && (best < 0 || n.size() > best_length)) {
            best = i;
            best_length = n.size();
        }
    }
    if (best >= 0) text->remove_prefix(best_length);
    return best;
}

bool lookup_hangul(std::string_view rest, uint32_t* cp) {
    int lead = match_longest(&rest, kLeads, 19);
    int vowel = lead < 0 ? -1 : match_longest(&rest, kVowels, kVowelCount);
    int trail = vowel < 0 ? -1 : match_longest(&rest, kTrails, kTrailCount);
    if (trail < 0 || !rest.empty()) return false;
    *cp = kHangulBase + static_cast<uint32_t>((lead * kVowelCount + vowel) * kTrailCount + trail);
    return true;
}

// Reads 4 or 5 upper-case hex digits, the whole of text.
bool parse_hex(std::string_view text, uint32_t* value) {
    if (text.size() < 4 || text.size() > 5) return false;
    uint32_t v = 0;
    for (char c : text) {
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return false;
        v = v * 16 + static_cast<uint32_t>(d);
    }
    *value = v;
    return true;
}

// ---- The name table ----

// Index of cp's name in the table, or -1.
long name_index(uint32_t cp) {
    const uint32_t* end = kNameRangeStarts + kNameRangeCount;
    const uint32_t* it = std::upper_bound(kNameRangeStarts, end, cp);
    if (it == kNameRangeStarts) return -1;
    size_t range = static_cast<size_t>(it - kNameRangeStarts) - 1;
    uint32_t offset = cp - kNameRangeStarts[range];
    if (offset >= kNameRangeCounts[range]) return -1;
    return static_cast<long>(kNameRangeFirst[range] + offset);
}

// The code point of name index `index` (inverse of name_index).
uint32_t name_code(size_t index) {
    const uint16_t* end = kNameRangeFirst + kNameRangeCount;
    const uint16_t* it = std::upper_bound(kNameRangeFirst, end, index);
    size_t range = static_cast<size_t>(it - kNameRangeFirst) - 1;
    return kNameRangeStarts[range] + static_cast<uint32_t>(index - kNameRangeFirst[range]);
}

// Decodes table name `index` into *out; *hex_suffix tells whether "-XXXX" (the code point) follows.
void decode_name(size_t index, std::string* out, bool* hex_suffix) {
    const unsigned char* p = kNameStream + kNameBlockOffsets[index / 32];
    for (size_t skip = index % 32; skip > 0; skip--) {
        unsigned words = *p++ & 0x7F;
        for (unsigned w = 0; w < words; w++) p += (*p & 0x80) ? 2 : 1;
    }
    unsigned header = *p++;
    *hex_suffix = (header & 0x80) != 0;
    out->clear();
    for (unsigned w = 0; w < (header & 0x7F); w++) {
        unsigned word = *p++;
        if (word & 0x80) word = (word & 0x7F) << 8 | *p++;
        if (w) out->push_back(' ');
        out->append(kWordText + kWordOffsets[word], kWordOffsets[word + 1] - kWordOffsets[word]);
    }
}

bool lookup_table(std::string_view upper, uint32_t* cp) {
    std::string probe;
    bool hex_suffix;
    // Names ending in their own code point are not in the sorted list: read the code point back.
    size_t dash = upper.rfind('-');
    uint32_t v;
    if (dash != std::string_view::npos && parse_hex(upper.substr(dash + 1), &v) && v < 0x110000) {
        long index = name_index(v);
        if (index >= 0) {
            decode_name(static_cast<size_t>(index), &probe, &hex_suffix);
            char hex[16];
            std::snprintf(hex, sizeof hex, "-%04X", v);
            if (hex_suffix && probe + hex == upper) {
                *cp = v;
                return true;
            }
        }
    }
    size_t low = 0, high = kSortedNameCount;
    while (low < high) {
        size_t mid = (low + high) / 2;
        decode_name(kSortedNames[mid], &probe, &hex_suffix);
        int c = std::string_view(probe).compare(upper);
        if (c == 0) {
            *cp = name_code(kSortedNames[mid]);
            return true;
        }
        if (c < 0) low = mid + 1;
        else high = mid;
    }
    return false;
}

template <typename T>
const T* find_by_name(const T* table, size_t count, std::string_view upper) {
    const T* end = table + count;
    const T* it = std::lower_bound(table, end, upper, [](const T& e, std::string_view k) {
        return std::string_view(e.name) < k;
    });
    return it != end && std::string_view(it->name) == upper ? it : nullptr;
}

}  // namespace

bool name_of(uint32_t cp, std::string* out) {
    char buffer[64];
    if (cp >= kHangulBase && cp < kHangulBase + kHangulCount) {
        uint32_t s = cp - kHangulBase;
        *out = std::string(kHangulPrefix) + kLeads[s / (kVowelCount * kTrailCount)] +
               kVowels[s % (kVowelCount * kTrailCount) / kTrailCount] + kTrails[s % kTrailCount];
        return true;
    }
    if (is_cjk_unified(cp)) {
        std::snprintf(buffer, sizeof buffer, "%X", cp);
        *out = std::string(kCjkPrefix) + buffer;
        return true;
    }
    long index = name_index(cp);
    if (index < 0) return false;
    bool hex_suffix;
    decode_name(static_cast<size_t>(index), out, &hex_suffix);
    if (hex_suffix) {
        std::snprintf(buffer, sizeof buffer, "-%04X", cp);
        out->append(buffer);
    }
    return true;
}

bool lookup_name(std::string_view name, std::u32string* out, NameKind* kind) {
    out->clear();
    uint32_t cp;
    // Names made by rule are matched as written (CPython compares them without folding case).
    if (name.substr(0, kHangulPrefix.size()) == kHangulPrefix && lookup_hangul(name.substr(kHangulPrefix.size()), &cp)) {
        *kind = NameKind::Rule;
        out->push_back(cp);
        return true;
    }
    if (name.substr(0, kCjkPrefix.size()) == kCjkPrefix && parse_hex(name.substr(kCjkPrefix.size()), &cp) &&
        is_cjk_unified(cp)) {
        *kind = NameKind::Rule;
        out->push_back(cp);
        return true;
    }
    std::string upper(name);
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (lookup_table(upper, &cp)) {
        *kind = NameKind::Table;
        out->push_back(cp);
        return true;
    }
    if (const Alias* a = find_by_name(kAliases, kAliasCount, upper)) {
        *kind = NameKind::Alias;
        out->push_back(a->code);
        return true;
    }
    if (const NamedSequence* s = find_by_name(kSequences, kSequenceCount, upper)) {
        *kind = NameKind::Sequence;
        out->assign(kSequencePool + s->offset, kSequencePool + s->offset + s->length);
        return true;
    }
    return false;
}

}  // namespace pygen::unicode_names

namespace pygen {

bool lookup_unicode_name(std::string_view name, uint32_t* code) {
    std::u32string found;
    unicode_names::NameKind kind;
    if (!unicode_names::lookup_name(name, &found, &kind) || kind == unicode_names::NameKind::Sequence) return false;
    *code = found[0];
    return true;
}

}  // namespace pygen
