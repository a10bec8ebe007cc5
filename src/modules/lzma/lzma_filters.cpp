// Filter specifiers <-> lzma_filter: see lzma_filters.h.

#include "modules/lzma/lzma_filters.h"

#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"

namespace pygen {

FilterChain::FilterChain() {
    for (lzma_filter& f : filters) f = {LZMA_VLI_UNKNOWN, nullptr};
}

FilterChain::~FilterChain() {
    for (lzma_filter& f : filters) std::free(f.options);   // malloc'd here or by liblzma
}

size_t FilterChain::count() const {
    size_t n = 0;
    while (filters[n].id != LZMA_VLI_UNKNOWN) n++;
    return n;
}

bool unsigned_arg(Object* o, uint64_t max, const char* type_name, uint64_t* out) {
    if (!is_int(o)) {
        err_set_string(TypeError, "an integer is required");
        return false;
    }
    if (int_sign(o) < 0) {
        err_set_string(OverflowError, "can't convert negative int to unsigned");
        return false;
    }
    Mpz scratch;
    mpz_srcptr v = int_mpz(o, scratch);
    if (mpz_sizeinbase(v, 2) > 64) {
        err_set_string(OverflowError, "int too big to convert");
        return false;
    }
    uint64_t value = 0;
    mpz_export(&value, nullptr, -1, sizeof value, 0, 0, v);
    if (value > max) {
        err_format(OverflowError, "Value too large for %s type", type_name);
        return false;
    }
    *out = value;
    return true;
}

namespace {

bool is_bcj(lzma_vli id) {
    return id == LZMA_FILTER_X86 || id == LZMA_FILTER_POWERPC || id == LZMA_FILTER_IA64 ||
           id == LZMA_FILTER_ARM || id == LZMA_FILTER_ARMTHUMB || id == LZMA_FILTER_SPARC;
}

// The specifier as a real dict, to walk its keys (a dict-like object is copied).
Object* as_dict(Object* spec) {
    if (is_dict(spec)) return newref(spec);
    return call1(reinterpret_cast<Object*>(&DictType), spec);
}

// Calls `field(name, value)` for each key of `spec` but "id" (and `skip`). A key that is not a
// str, not known to `field` or whose value does not convert raises ValueError "Invalid filter
// specifier for <kind> filter": CPython reports every such fault with that one message.
template <class Field>
bool each_field(Object* spec, const char* kind, const char* skip, Field field) {
    Ref<> dict = Ref<>::steal(as_dict(spec));
    if (!dict) return false;
    ssize pos = 0;
    Object* key;
    Object* value;
    while (dict_next(dict.get(), &pos, &key, &value)) {
        bool ok = is_str(key);
        if (ok) {
            std::string_view name = str_view(key);
            if (name == "id" || (skip && name == skip)) continue;
            uint64_t number = 0;
            ok = unsigned_arg(value, UINT32_MAX, "uint32_t", &number) && field(name, static_cast<uint32_t>(number));
        }
        if (!ok) {
            err_clear();
            err_format(ValueError, "Invalid filter specifier for %s filter", kind);
            return false;
        }
    }
    return true;
}

// spec[name] as a new reference; null without an exception when the key is absent.
Object* dict_or_mapping_get(Object* spec, const char* name) {
    if (is_dict(spec)) return xnewref(dict_getitem_str(spec, name));
    Ref<> key = Ref<>::steal(str_from_cstr(name));
    if (!key) return nullptr;
    Object* value = object_getitem(spec, key.get());
    if (!value && err_matches(KeyError)) err_clear();
    return value;
}

void* zeroed(size_t size) {
    void* p = std::calloc(1, size);
    if (!p) err_no_memory();
    return p;
}

// LZMA1/LZMA2: a preset's settings, then the fields given one by one.
// CPython: _lzmamodule.c, parse_filter_spec_lzma.
bool parse_lzma(Object* spec, lzma_filter* out) {
    uint32_t preset = LZMA_PRESET_DEFAULT;
    Ref<> preset_obj = Ref<>::steal(dict_or_mapping_get(spec, "preset"));
    if (!preset_obj && err_occurred()) return false;
    if (preset_obj) {
        uint64_t value = 0;
        if (!unsigned_arg(preset_obj.get(), UINT32_MAX, "uint32_t", &value)) return false;
        preset = static_cast<uint32_t>(value);
    }
    auto* options = static_cast<lzma_options_lzma*>(zeroed(sizeof(lzma_options_lzma)));
    if (!options) return false;
    out->options = options;
    if (xz.lzma_preset(options, preset)) {
        raise_lzma_error("Invalid compression preset: " + std::to_string(preset));
        return false;
    }
    return each_field(spec, "LZMA", "preset", [&](std::string_view name, uint32_t v) {
        if (name == "dict_size") options->dict_size = v;
        else if (name == "lc") options->lc = v;
        else if (name == "lp") options->lp = v;
        else if (name == "pb") options->pb = v;
        else if (name == "mode") options->mode = static_cast<lzma_mode>(v);
        else if (name == "nice_len") options->nice_len = v;
        else if (name == "mf") options->mf = static_cast<lzma_match_finder>(v);
        else if (name == "depth") options->depth = v;
        else return false;
        return true;
    });
}

}  // namespace

bool parse_filter_spec(Object* spec, lzma_filter* out) {
    if (!is_dict(spec) && !type_lookup_str(spec->type, "__getitem__")) {
        err_set_string(TypeError, "Filter specifier must be a dict or dict-like object");
        return false;
    }
    Ref<> id_obj = Ref<>::steal(dict_or_mapping_get(spec, "id"));
    if (!id_obj) {
        if (err_occurred()) return false;
        err_set_string(ValueError, "Filter specifier must have an \"id\" entry");
        return false;
    }
    uint64_t id = 0;
    if (!unsigned_arg(id_obj.get(), UINT64_MAX, "uint64_t", &id)) return false;
    out->id = id;
    if (id == LZMA_FILTER_LZMA1 || id == LZMA_FILTER_LZMA2) return parse_lzma(spec, out);
    if (id == LZMA_FILTER_DELTA) {
        auto* options = static_cast<lzma_options_delta*>(zeroed(sizeof(lzma_options_delta)));
        if (!options) return false;
        out->options = options;
        options->type = LZMA_DELTA_TYPE_BYTE;
        options->dist = LZMA_DELTA_DIST_MIN;
        return each_field(spec, "delta", nullptr, [&](std::string_view name, uint32_t v) {
            if (name != "dist") return false;
            options->dist = v;
            return true;
        });
    }
    if (is_bcj(id)) {
        auto* options = static_cast<lzma_options_bcj*>(zeroed(sizeof(lzma_options_bcj)));
        if (!options) return false;
        out->options = options;
        return each_field(spec, "BCJ", nullptr, [&](std::string_view name, uint32_t v) {
            if (name != "start_offset") return false;
            options->start_offset = v;
            return true;
        });
    }
    err_format(ValueError, "Invalid filter ID: %llu", static_cast<unsigned long long>(id));
    return false;
}

bool parse_filter_chain(Object* specs, FilterChain* chain) {
    if (is_dict(specs)) {   // a sequence is wanted: CPython's PySequence_Size refuses mappings
        err_set_string(TypeError, "dict is not a sequence");
        return false;
    }
    ssize n = object_length(specs);
    if (n < 0) return false;
    if (n > LZMA_FILTERS_MAX) {
        err_format(ValueError, "Too many filters - liblzma supports a maximum of %d", LZMA_FILTERS_MAX);
        return false;
    }
    for (ssize i = 0; i < n; i++) {
        Ref<> index = Ref<>::steal(int_from_i64(i));
        if (!index) return false;
        Ref<> spec = Ref<>::steal(object_getitem(specs, index.get()));
        if (!spec || !parse_filter_spec(spec.get(), &chain->filters[i])) return false;
    }
    return true;
}

Object* build_filter_spec(const lzma_filter& filter) {
    Ref<> spec = Ref<>::steal(dict_new());
    if (!spec) return nullptr;
    auto add = [&](const char* name, uint64_t value) {
        Ref<> v = Ref<>::steal(int_from_u64(value));
        return v && dict_setitem_str(spec.get(), name, v.get()) >= 0;
    };
    if (!add("id", filter.id)) return nullptr;
    if (filter.id == LZMA_FILTER_LZMA1) {
        const auto* o = static_cast<const lzma_options_lzma*>(filter.options);
        if (!add("lc", o->lc) || !add("lp", o->lp) || !add("pb", o->pb) || !add("dict_size", o->dict_size)) return nullptr;
    } else if (filter.id == LZMA_FILTER_LZMA2) {
        const auto* o = static_cast<const lzma_options_lzma*>(filter.options);
        if (!add("dict_size", o->dict_size)) return nullptr;
    } else if (filter.id == LZMA_FILTER_DELTA) {
        const auto* o = static_cast<const lzma_options_delta*>(filter.options);
        if (!add("dist", o->dist)) return nullptr;
    } else if (is_bcj(filter.id)) {
        // liblzma leaves no options for a start offset of 0 (CPython crashes there).
        const auto* o = static_cast<const lzma_options_bcj*>(filter.options);
        if (o && !add("start_offset", o->start_offset)) return nullptr;
    } else {
        return err_format(ValueError, "Invalid filter ID: %llu", static_cast<unsigned long long>(filter.id));
    }
    return spec.release();
}

}  // namespace pygen
