// Filter specifiers: the dicts Python code describes a liblzma filter with ({'id': FILTER_LZMA2,
// 'preset': 6, 'dict_size': ...}), turned into lzma_filter structs and back, with CPython's
// validation and messages. CPython: _lzmamodule.c, parse_filter_spec* and build_filter_spec.
#pragma once

#include <cstdint>

#include "modules/lzma/liblzma.h"
#include "objects/object.h"

namespace pygen {

// A filter chain as liblzma takes it: up to LZMA_FILTERS_MAX filters and the LZMA_VLI_UNKNOWN
// terminator. Owns the options structs it points to.
struct FilterChain {
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    FilterChain();
    ~FilterChain();
    FilterChain(const FilterChain&) = delete;
    FilterChain& operator=(const FilterChain&) = delete;
    size_t count() const;
};

// Fills `out` (whose options it then owns and frees) from one filter specifier. False with the
// exception set: TypeError for a non-mapping, ValueError for a missing/unknown id or a bad key or
// value, LZMAError for an invalid preset.
[[nodiscard]] bool parse_filter_spec(Object* spec, lzma_filter* out);

// Fills `chain` from a sequence of filter specifiers (at most LZMA_FILTERS_MAX).
[[nodiscard]] bool parse_filter_chain(Object* specs, FilterChain* chain);

// The specifier dict describing `filter` (as _decode_filter_properties returns it); null with an
// exception on failure.
Object* build_filter_spec(const lzma_filter& filter);

// CPython's unsigned converters for filter values and arguments: TypeError "an integer is
// required" for a non-int, OverflowError for a negative value or one above `max`
// ("Value too large for <type_name> type").
[[nodiscard]] bool unsigned_arg(Object* o, uint64_t max, const char* type_name, uint64_t* out);

}  // namespace pygen
