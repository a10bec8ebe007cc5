// The _struct module: pack/unpack/pack_into/unpack_from/calcsize over CPython's format language
// (byte orders @ = < > !, native sizes and alignment, every format character including the half
// float 'e'), with CPython's struct.error messages. Parsed formats are cached. The Struct class,
// iter_unpack and struct.error itself are in lib/struct.py (error is handed over by _set_error).
// CPython counterpart: Modules/_struct.c (behaviour only, x86-64 native sizes).

#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "modules/builtin_modules.h"
#include "vm/runtime.h"
#include "modules/builtins_args.h"
#include "objects/buffer.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

Object* g_struct_error = nullptr;   // strong; struct.error once lib/struct.py registered it

Object* struct_error(const std::string& message) {
    if (!g_struct_error) return err_set_string(ValueError, message);
    Ref<> text = Ref<>::steal(str_from(message));
    if (!text) return nullptr;
    Ref<> exc = Ref<>::steal(call1(g_struct_error, text.get()));
    if (exc) err_set_instance(exc.get());
    return nullptr;
}

enum class Order : uint8_t { Native, NativeStd, Little, Big };

struct Run {
    char code;
    int64_t count;    // items (bytes for 's'/'p'/'x')
    int64_t offset;   // of the first item
    int64_t size;     // of one item (1 for s/p/x)
};

struct Layout {
    Order order = Order::Native;
    std::vector<Run> runs;
    int64_t size = 0;
    int64_t items = 0;   // values pack() takes / unpack() returns
};

// Size of one item of `code`, or 0 when the code is not valid for the byte order.
int64_t item_size(char code, Order order) {
    bool native = order == Order::Native;
    switch (code) {
        case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
        case 'h': case 'H': case 'e': return 2;
        case 'i': case 'I': case 'f': return 4;
        case 'l': case 'L': return native ? 8 : 4;
        case 'q': case 'Q': case 'd': return 8;
        case 'n': case 'N': case 'P': return native ? 8 : 0;
        default: return 0;
    }
}

bool little_endian(Order order) { return order != Order::Big; }

// Parses `format`; false with struct.error set.
bool parse_format(std::string_view format, Layout* out) {
    size_t i = 0;
    if (!format.empty()) {
        switch (format[0]) {
            case '@': out->order = Order::Native; i = 1; break;
            case '=': out->order = Order::NativeStd; i = 1; break;
            case '<': out->order = Order::Little; i = 1; break;
            case '>': case '!': out->order = Order::Big; i = 1; break;
            default: break;
        }
    }
    constexpr int64_t kMax = INT64_MAX / 2;
    int64_t size = 0;
    while (i < format.size()) {
        char c = format[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            i++;
            continue;
        }
        int64_t count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (i < format.size() && format[i] >= '0' && format[i] <= '9') {
                if (count > (kMax - 9) / 10) {
                    struct_error("total struct size too long");
                    return false;
                }
                count = count * 10 + (format[i++] - '0');
            }
            if (i >= format.size()) {
                struct_error("repeat count given without format specifier");
                return false;
            }
            c = format[i];
        }
        i++;
        int64_t one = item_size(c, out->order);
        if (one == 0) {
            struct_error("bad char in struct format");
            return false;
        }
        if (out->order == Order::Native && one > 1) size = (size + one - 1) / one * one;
        Run run{c, count, size, one};
        int64_t bytes;
        if (c == 's' || c == 'p') {
            run.size = 1;
            bytes = count;
            out->items += 1;
        } else if (c == 'x') {
            bytes = count;
        } else {
            if (count > kMax / one) {
                struct_error("total struct size too long");
                return false;
            }
            bytes = count * one;
            out->items += count;
        }
        if (bytes > kMax - size) {
            struct_error("total struct size too long");
            return false;
        }
        size += bytes;
        if (c != 'x') out->runs.push_back(run);
    }
    out->size = size;
    return true;
}

// The parsed layout of a str/bytes format (cached; at most a few hundred formats are kept).
const Layout* layout_of(Object* format) {
    std::string_view text;
    if (is_str(format)) text = str_view(format);
    else if (is_bytes(format)) text = bytes_view(format);
    else {
        err_format(TypeError, "Struct() argument 1 must be a str or bytes object, not %s", format->type->name);
        return nullptr;
    }
    static auto* cache = new std::unordered_map<std::string, Layout>();
    auto it = cache->find(std::string(text));
    if (it != cache->end()) return &it->second;
    Layout layout;
    if (!parse_format(text, &layout)) return nullptr;
    if (cache->size() >= 256) cache->clear();
    return &cache->emplace(std::string(text), std::move(layout)).first->second;
}

// ---- Integers ----

void store_uint(char* p, uint64_t v, int64_t size, bool little) {
    for (int64_t k = 0; k < size; k++) {
        int64_t index = little ? k : size - 1 - k;
        p[index] = static_cast<char>(v & 0xff);
        v >>= 8;
    }
}

uint64_t load_uint(const char* p, int64_t size, bool little) {
    uint64_t v = 0;
    for (int64_t k = 0; k < size; k++) {
        int64_t index = little ? size - 1 - k : k;
        v = (v << 8) | static_cast<unsigned char>(p[index]);
    }
    return v;
}

bool pack_integer(char code, Order order, int64_t size, Object* value, char* out) {
    Ref<> index;
    if (is_int(value)) {
        index = Ref<>::borrow(value);
    } else if (value->type->nb_index) {
        index = Ref<>::steal(number_index(value));
        if (!index) return false;
    } else {
        struct_error("required argument is not an integer");
        return false;
    }
    Mpz scratch;
    mpz_srcptr z = int_mpz(index.get(), scratch);
    bool is_signed = (code >= 'a' && code <= 'z');
    bool big8 = size == 8 && order == Order::Big;
    bool fits_i64 = mpz_fits_slong_p(z);
    bool negative = mpz_sgn(z) < 0;
    bool fits_u64 = !negative && mpz_sizeinbase(z, 2) <= 64;
    if (code == 'P') {
        if (!fits_i64 && !fits_u64) {
            struct_error("argument out of range");
            return false;
        }
        uint64_t v = fits_i64 ? static_cast<uint64_t>(mpz_get_si(z)) : 0;
        if (!fits_i64) mpz_export(&v, nullptr, -1, sizeof v, 0, 0, z);
        store_uint(out, v, size, true);
        return true;
    }
    if (is_signed ? !fits_i64 : !(fits_i64 || fits_u64)) {
        struct_error(big8 ? "int too large to convert" : "argument out of range");
        return false;
    }
    if (!is_signed && negative) {
        bool named = code == 'B' || (code == 'H' && order != Order::Big);
        if (!named) {
            struct_error(big8 ? "int too large to convert" : "argument out of range");
            return false;
        }
    }
    uint64_t bits;
    if (fits_i64) bits = static_cast<uint64_t>(mpz_get_si(z));
    else mpz_export(&bits, nullptr, -1, sizeof bits, 0, 0, z);
    if (size < 8) {
        int64_t v = static_cast<int64_t>(bits);
        int64_t lo = is_signed ? -(int64_t{1} << (size * 8 - 1)) : 0;
        int64_t hi = is_signed ? (int64_t{1} << (size * 8 - 1)) - 1 : (int64_t{1} << (size * 8)) - 1;
        bool out_of_range = fits_i64 ? (v < lo || v > hi) : true;
        if (out_of_range) {
            char message[128];
            if (code == 'b') std::snprintf(message, sizeof message, "byte format requires -128 <= number <= 127");
            else if (code == 'B') std::snprintf(message, sizeof message, "ubyte format requires 0 <= number <= 255");
            else if (code == 'h' && order != Order::Big) std::snprintf(message, sizeof message, "short format requires -32768 <= number <= 32767");
            else if (code == 'H' && order != Order::Big) std::snprintf(message, sizeof message, "ushort format requires 0 <= number <= 65535");
            else std::snprintf(message, sizeof message, "'%c' format requires %lld <= number <= %lld", code,
                               static_cast<long long>(lo), static_cast<long long>(hi));
            struct_error(message);
            return false;
        }
    }
    store_uint(out, bits, size, little_endian(order));
    return true;
}

Object* unpack_integer(char code, int64_t size, const char* p, Order order) {
    uint64_t v = load_uint(p, size, little_endian(order) || code == 'P');
    bool is_signed = code >= 'a' && code <= 'z';
    if (!is_signed) return int_from_u64(v);
    if (size < 8 && (v >> (size * 8 - 1)) & 1) v |= ~uint64_t{0} << (size * 8);
    return int_from_i64(static_cast<int64_t>(v));
}

// ---- Floats ----

uint16_t half_from_double(double x, bool* overflow) {
    *overflow = false;
    uint16_t sign = std::signbit(x) ? 0x8000 : 0;
    if (std::isnan(x)) return sign | 0x7e00;
    double ax = std::fabs(x);
    if (std::isinf(x)) return sign | 0x7c00;
    if (ax == 0) return sign;
    if (ax < std::ldexp(1.0, -14)) {
        // Subnormal: units of 2**-24, rounded half to even (1024 carries into the exponent).
        auto m = static_cast<uint16_t>(std::nearbyint(ax / std::ldexp(1.0, -24)));
        return sign | m;
    }
    int e;
    double f = std::frexp(ax, &e);   // ax = f * 2**e, 0.5 <= f < 1
    int exponent = e - 1;
    double m = std::nearbyint((f * 2 - 1) * 1024);
    if (m >= 1024) {
        m = 0;
        exponent++;
    }
    if (exponent > 15) {
        *overflow = true;
        return 0;
    }
    return static_cast<uint16_t>(sign | ((exponent + 15) << 10) | static_cast<uint16_t>(m));
}

double double_from_half(uint16_t h) {
    int exponent = (h >> 10) & 0x1f;
    int mantissa = h & 0x3ff;
    double v;
    if (exponent == 0) v = std::ldexp(mantissa, -24);
    else if (exponent == 31) v = mantissa ? NAN : INFINITY;
    else v = std::ldexp(mantissa + 1024, exponent - 25);
    return (h & 0x8000) ? -v : v;
}

bool pack_float(char code, Order order, Object* value, char* out) {
    double x = float_as_double(value);
    if (x == -1.0 && err_occurred()) {
        if (!err_matches(TypeError)) return false;
        err_clear();
        struct_error("required argument is not a float");
        return false;
    }
    bool little = little_endian(order);
    if (code == 'd') {
        uint64_t bits;
        std::memcpy(&bits, &x, 8);
        store_uint(out, bits, 8, little);
    } else if (code == 'f') {
        if (order != Order::Native && std::isfinite(x) && std::fabs(x) > FLT_MAX) {
            // Values that round to FLT_MAX are fine; anything beyond overflows.
            float f = static_cast<float>(x);
            if (std::isinf(f)) {
                err_set_string(OverflowError, "float too large to pack with f format");
                return false;
            }
        }
        float f = static_cast<float>(x);
        uint32_t bits;
        std::memcpy(&bits, &f, 4);
        store_uint(out, bits, 4, little);
    } else {
        bool overflow;
        uint16_t h = half_from_double(x, &overflow);
        if (overflow) {
            err_set_string(OverflowError, "float too large to pack with e format");
            return false;
        }
        store_uint(out, h, 2, little);
    }
    return true;
}

Object* unpack_float(char code, const char* p, Order order) {
    bool little = little_endian(order);
    if (code == 'd') {
        uint64_t bits = load_uint(p, 8, little);
        double d;
        std::memcpy(&d, &bits, 8);
        return float_from(d);
    }
    if (code == 'f') {
        auto bits = static_cast<uint32_t>(load_uint(p, 4, little));
        float f;
        std::memcpy(&f, &bits, 4);
        return float_from(f);
    }
    return float_from(double_from_half(static_cast<uint16_t>(load_uint(p, 2, little))));
}

// ---- Pack / unpack ----

bool pack_value(const Layout& layout, const Run& run, Object* value, char* p) {
    char code = run.code;
    switch (code) {
        case 's': case 'p': {
            if (!is_bytes(value) && !is_bytearray(value)) {
                struct_error(code == 's' ? "argument for 's' must be a bytes object" : "argument for 'p' must be a bytes object");
                return false;
            }
            std::string_view data = bytes_like_view(value);
            int64_t room = code == 'p' ? run.count - 1 : run.count;
            if (room < 0) room = 0;
            auto n = static_cast<int64_t>(data.size()) < room ? static_cast<int64_t>(data.size()) : room;
            if (code == 'p') {
                if (run.count > 0) {
                    p[0] = static_cast<char>(n > 255 ? 255 : n);
                    std::memcpy(p + 1, data.data(), static_cast<size_t>(n));
                }
            } else {
                std::memcpy(p, data.data(), static_cast<size_t>(n));
            }
            return true;
        }
        case 'c': {
            if ((!is_bytes(value) && !is_bytearray(value)) || bytes_like_view(value).size() != 1) {
                struct_error("char format requires a bytes object of length 1");
                return false;
            }
            p[0] = bytes_like_view(value)[0];
            return true;
        }
        case '?': {
            int truth = object_is_true(value);
            if (truth < 0) return false;
            p[0] = static_cast<char>(truth);
            return true;
        }
        case 'e': case 'f': case 'd': return pack_float(code, layout.order, value, p);
        default: return pack_integer(code, layout.order, run.size, value, p);
    }
}

// Packs args into out (layout.size bytes, zero-filled by the caller).
bool pack_all(const Layout& layout, Object* const* args, size_t nargs, char* out) {
    if (static_cast<int64_t>(nargs) != layout.items) {
        struct_error("pack expected " + std::to_string(layout.items) + " items for packing (got " + std::to_string(nargs) + ")");
        return false;
    }
    size_t arg = 0;
    for (const Run& run : layout.runs) {
        if (run.code == 's' || run.code == 'p') {
            if (!pack_value(layout, run, args[arg++], out + run.offset)) return false;
            continue;
        }
        for (int64_t k = 0; k < run.count; k++) {
            if (!pack_value(layout, run, args[arg++], out + run.offset + k * run.size)) return false;
        }
    }
    return true;
}

Object* unpack_value(const Layout& layout, const Run& run, const char* p) {
    switch (run.code) {
        case 's': return bytes_from(std::string_view(p, static_cast<size_t>(run.count)));
        case 'p': {
            if (run.count == 0) return bytes_from("");
            int64_t n = static_cast<unsigned char>(p[0]);
            if (n >= run.count) n = run.count - 1;
            return bytes_from(std::string_view(p + 1, static_cast<size_t>(n)));
        }
        case 'c': return bytes_from(std::string_view(p, 1));
        case '?': return bool_from(p[0] != 0);
        case 'e': case 'f': case 'd': return unpack_float(run.code, p, layout.order);
        default: return unpack_integer(run.code, run.size, p, layout.order);
    }
}

Object* unpack_all(const Layout& layout, const char* data) {
    Ref<> result = Ref<>::steal(tuple_new(layout.items));
    if (!result) return nullptr;
    Object** items = tuple_items(result.get());
    ssize i = 0;
    for (const Run& run : layout.runs) {
        int64_t n = (run.code == 's' || run.code == 'p') ? 1 : run.count;
        for (int64_t k = 0; k < n; k++) {
            Object* v = unpack_value(layout, run, data + run.offset + k * run.size);
            if (!v) return nullptr;
            items[i++] = v;
        }
    }
    return result.release();
}

bool readable_buffer(Object* o, std::string_view* out) {
    if (object_check_buffer(o)) return bytes_like_borrow(o, out);
    err_format(TypeError, "a bytes-like object is required, not '%s'", o->type->name);
    return false;
}

// ---- Module functions ----

Object* struct_pack(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("pack", kwnames)) return nullptr;
    if (nargs == 0) return err_set_string(TypeError, "missing format argument");
    const Layout* layout = layout_of(args[0]);
    if (!layout) return nullptr;
    std::string out(static_cast<size_t>(layout->size), '\0');
    if (!pack_all(*layout, args + 1, nargs - 1, out.data())) return nullptr;
    return bytes_from(out);
}

Object* struct_pack_into(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("pack_into", kwnames)) return nullptr;
    if (nargs == 0) return err_set_string(TypeError, "missing format argument");
    const Layout* layout = layout_of(args[0]);
    if (!layout) return nullptr;
    if (nargs < 3) {
        if (nargs == 1) return err_set_string(TypeError, "pack_into expected buffer argument");
        return err_set_string(TypeError, "pack_into expected offset argument");
    }
    Object* buffer = args[1];
    // Held for the whole call: a bytearray cannot be resized by the values' __index__ meanwhile.
    BytesLike target;
    if (!object_check_buffer(buffer) || !target.acquire(buffer, kBufWritable)) {
        err_clear();
        return err_format(TypeError, "argument must be read-write bytes-like object, not %s", arg_type_name(buffer));
    }
    int64_t offset;
    if (!index_as_i64(args[2], &offset)) return nullptr;
    std::string packed(static_cast<size_t>(layout->size), '\0');
    if (!pack_all(*layout, args + 3, nargs - 3, packed.data())) return nullptr;
    auto length = static_cast<int64_t>(target.data().size());
    if (offset < 0) {
        if (offset + layout->size > 0) return struct_error("no space to pack " + std::to_string(layout->size) + " bytes at offset " + std::to_string(offset));
        if (offset + length < 0) return struct_error("offset " + std::to_string(offset) + " out of range for " + std::to_string(length) + "-byte buffer");
        offset += length;
    }
    if (length - offset < layout->size) {
        return struct_error("pack_into requires a buffer of at least " + std::to_string(static_cast<uint64_t>(layout->size) + static_cast<uint64_t>(offset)) +
                            " bytes for packing " + std::to_string(layout->size) + " bytes at offset " +
                            std::to_string(offset) + " (actual buffer size is " + std::to_string(length) + ")");
    }
    std::memcpy(target.mutable_data() + offset, packed.data(), packed.size());
    return none_new();
}

Object* struct_unpack(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("unpack", nargs, kwnames, 2, 2)) return nullptr;
    const Layout* layout = layout_of(args[0]);
    if (!layout) return nullptr;
    std::string_view data;
    if (!readable_buffer(args[1], &data)) return nullptr;
    if (static_cast<int64_t>(data.size()) != layout->size) {
        return struct_error("unpack requires a buffer of " + std::to_string(layout->size) + " bytes");
    }
    return unpack_all(*layout, data.data());
}

Object* struct_unpack_from(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"", "buffer", "offset"};
    Object* bound[3] = {};
    ArgSpec spec{"unpack_from", kNames, 3, 1, -1, 2};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
    const Layout* layout = layout_of(bound[0]);
    if (!layout) return nullptr;
    // Held across the offset's __index__, which could otherwise release a memoryview argument.
    BytesLike source;
    if (!object_check_buffer(bound[1])) return err_format(TypeError, "a bytes-like object is required, not '%s'", bound[1]->type->name);
    if (!source.acquire(bound[1])) return nullptr;
    std::string_view data = source.data();
    int64_t offset = 0;
    if (bound[2] && !index_as_i64(bound[2], &offset)) return nullptr;
    auto length = static_cast<int64_t>(data.size());
    if (offset < 0) {
        if (offset + length < 0) return struct_error("offset " + std::to_string(offset) + " out of range for " + std::to_string(length) + "-byte buffer");
        offset += length;
    }
    if (length - offset < layout->size) {
        return struct_error("unpack_from requires a buffer of at least " + std::to_string(static_cast<uint64_t>(layout->size) + static_cast<uint64_t>(offset)) +
                            " bytes for unpacking " + std::to_string(layout->size) + " bytes at offset " +
                            std::to_string(offset) + " (actual buffer size is " + std::to_string(length) + ")");
    }
    return unpack_all(*layout, data.data() + offset);
}

Object* struct_calcsize(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("calcsize", nargs, kwnames)) return nullptr;
    const Layout* layout = layout_of(args[0]);
    if (!layout) return nullptr;
    return int_from_i64(layout->size);
}

Object* struct_set_error(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("_set_error", nargs, kwnames)) return nullptr;
    Object* old = g_struct_error;
    g_struct_error = incref(args[0]);
    runtime_slot(&g_struct_error);
    xdecref(old);
    return none_new();
}

const MethodDef kFunctions[] = {
    {"pack", struct_pack},
    {"pack_into", struct_pack_into},
    {"unpack", struct_unpack},
    {"unpack_from", struct_unpack_from},
    {"calcsize", struct_calcsize},
    {"_set_error", struct_set_error},
    {nullptr, nullptr},
};

}  // namespace

Object* make_struct_module() {
    Object* m = module_new("_struct");
    if (!m) return nullptr;
    if (module_add_functions(m, kFunctions) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
