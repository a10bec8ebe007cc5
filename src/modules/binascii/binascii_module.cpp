// The _binascii module: hex (hexlify/unhexlify with separators), base64 (b2a_base64/a2b_base64
// with CPython's lenient and strict decoding rules), crc32 (zlib's) and crc_hqx. binascii.Error is
// defined in lib/binascii.py and handed over by _set_error.
// CPython counterpart: Modules/binascii.c (behaviour only).

#include <zlib.h>

#include <string>

#include "modules/builtin_modules.h"
#include "vm/runtime.h"
#include "modules/builtins_args.h"
#include "objects/buffer.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

Object* g_error = nullptr;   // strong; binascii.Error

Object* binascii_error(const std::string& message) {
    if (!g_error) return err_set_string(ValueError, message);
    Ref<> text = Ref<>::steal(str_from(message));
    if (!text) return nullptr;
    Ref<> exc = Ref<>::steal(call1(g_error, text.get()));
    if (exc) err_set_instance(exc.get());
    return nullptr;
}

// Input of the b2a_* functions and checksums: bytes-like only.
bool binary_arg(Object* o, std::string_view* out, BytesLike* hold) { return pin_bytes_like(o, out, hold); }

// Input of the a2b_* functions: bytes-like or an ASCII str.
bool ascii_arg(Object* o, std::string_view* out, BytesLike* hold) {
    if (is_str(o)) {
        if (!static_cast<StrObject*>(o)->is_ascii) {
            err_set_string(ValueError, "string argument should contain only ASCII characters");
            return false;
        }
        *out = str_view(o);
        return true;
    }
    if (object_check_buffer(o)) return pin_bytes_like(o, out, hold);
    err_format(TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", o->type->name);
    return false;
}

// ---- Hex ----

Object* b2a_hex_impl(const char* fname, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"data", "sep", "bytes_per_sep"};
    Object* bound[3] = {};
    ArgSpec spec{fname, kNames, 3, 0, -1, 1};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
    std::string_view data;
    BytesLike hold_1;   // keeps the argument's buffer pinned
    if (!binary_arg(bound[0], &data, &hold_1)) return nullptr;
    // As CPython: bytes_per_sep is a C int converted first; then the separator is measured (any
    // sized object; None too), then its type checked. A str separator gives its code point as a
    // byte (Latin-1 range), a bytes separator any byte.
    int per = 1;
    if (bound[2] && !index_as_c_int(bound[2], &per)) return nullptr;
    bool has_sep = false;
    char sep = 0;
    if (bound[1]) {
        ssize seplen = object_length(bound[1]);
        if (seplen < 0) return nullptr;
        if (seplen != 1) return err_set_string(ValueError, "sep must be length 1.");
        if (is_str(bound[1])) {
            uint32_t cp = str_codepoint_at(bound[1], 0);
            if (cp > 0xff) return err_set_string(ValueError, "sep must be ASCII.");
            sep = static_cast<char>(cp);
        } else if (is_bytes(bound[1])) {
            sep = bytes_like_view(bound[1])[0];
        } else {
            return err_set_string(TypeError, "sep must be str or bytes.");
        }
        has_sep = true;
    }
    static const char kHex[] = "0123456789abcdef";
    std::string out;
    size_t n = data.size();
    uint64_t group = per < 0 ? static_cast<uint64_t>(-static_cast<int64_t>(per)) : static_cast<uint64_t>(per);
    for (size_t i = 0; i < n; i++) {
        if (has_sep && group && i > 0) {
            // Positive counts group from the right, negative from the left.
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) out.push_back(sep);
        }
        auto c = static_cast<unsigned char>(data[i]);
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 15]);
    }
    return bytes_from(out);
}

Object* binascii_hexlify(Object*, Object* const* a, size_t n, Object* k) { return b2a_hex_impl("hexlify", a, n, k); }
Object* binascii_b2a_hex(Object*, Object* const* a, size_t n, Object* k) { return b2a_hex_impl("b2a_hex", a, n, k); }

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

Object* a2b_hex_impl(const char* fname, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg(fname, nargs, kwnames)) return nullptr;
    std::string_view data;
    BytesLike hold_2;   // keeps the argument's buffer pinned
    if (!ascii_arg(args[0], &data, &hold_2)) return nullptr;
    if (data.size() % 2) return binascii_error("Odd-length string");
    std::string out;
    out.reserve(data.size() / 2);
    for (size_t i = 0; i < data.size(); i += 2) {
        int hi = hex_digit(data[i]), lo = hex_digit(data[i + 1]);
        if (hi < 0 || lo < 0) return binascii_error("Non-hexadecimal digit found");
        out.push_back(static_cast<char>(hi * 16 + lo));
    }
    return bytes_from(out);
}

Object* binascii_unhexlify(Object*, Object* const* a, size_t n, Object* k) { return a2b_hex_impl("unhexlify", a, n, k); }
Object* binascii_a2b_hex(Object*, Object* const* a, size_t n, Object* k) { return a2b_hex_impl("a2b_hex", a, n, k); }

// ---- Base64 ----

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int b64_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

Object* binascii_b2a_base64(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"", "newline"};
    Object* bound[2] = {};
    ArgSpec spec{"b2a_base64", kNames, 2, 1, 1, 1};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
    std::string_view data;
    BytesLike hold_3;   // keeps the argument's buffer pinned
    if (!binary_arg(bound[0], &data, &hold_3)) return nullptr;
    bool newline = true;
    if (bound[1]) {   // CPython's converter is a C int, not a truth test
        int t;
        if (!index_as_c_int(bound[1], &t)) return nullptr;
        newline = t != 0;
    }
    std::string out;
    out.reserve((data.size() + 2) / 3 * 4 + 1);
    size_t i = 0;
    for (; i + 3 <= data.size(); i += 3) {
        uint32_t v = (static_cast<unsigned char>(data[i]) << 16) | (static_cast<unsigned char>(data[i + 1]) << 8) |
                     static_cast<unsigned char>(data[i + 2]);
        out += {kB64[v >> 18], kB64[(v >> 12) & 63], kB64[(v >> 6) & 63], kB64[v & 63]};
    }
    if (size_t rest = data.size() - i) {
        uint32_t v = static_cast<unsigned char>(data[i]) << 16;
        if (rest == 2) v |= static_cast<unsigned char>(data[i + 1]) << 8;
        out += {kB64[v >> 18], kB64[(v >> 12) & 63], rest == 2 ? kB64[(v >> 6) & 63] : '=', '='};
    }
    if (newline) out.push_back('\n');
    return bytes_from(out);
}

Object* binascii_a2b_base64(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"", "strict_mode"};
    Object* bound[2] = {};
    ArgSpec spec{"a2b_base64", kNames, 2, 1, 1, 1};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
    std::string_view data;
    BytesLike hold_4;   // keeps the argument's buffer pinned
    if (!ascii_arg(bound[0], &data, &hold_4)) return nullptr;
    bool strict = false;
    if (bound[1]) {
        int t = object_is_true(bound[1]);
        if (t < 0) return nullptr;
        strict = t;
    }
    std::string out;
    uint32_t acc = 0;
    int quad = 0, pads = 0;
    int64_t data_chars = 0;
    bool padding_done = false;
    if (strict && !data.empty() && data[0] == '=') return binascii_error("Leading padding not allowed");
    for (char c : data) {
        // Strict mode takes nothing after the closing padding, '=' or otherwise (non-strict
        // stops reading there).
        if (padding_done) return binascii_error("Excess data after padding");
        if (c == '=') {
            pads++;
            if (quad >= 2 && quad + pads >= 4) {
                padding_done = true;
                if (!strict) break;
            }
            continue;
        }
        int v = b64_value(c);
        if (v < 0) {
            if (strict) return binascii_error("Only base64 data is allowed");
            continue;
        }
        if (strict && pads) return binascii_error("Discontinuous padding not allowed");
        pads = 0;
        data_chars++;
        acc = (acc << 6) | static_cast<uint32_t>(v);
        if (++quad == 4) {
            out += {static_cast<char>(acc >> 16), static_cast<char>((acc >> 8) & 0xff), static_cast<char>(acc & 0xff)};
            acc = 0;
            quad = 0;
        }
    }
    if (padding_done) {
        if (quad == 2) out.push_back(static_cast<char>(acc >> 4));
        else if (quad == 3) out += {static_cast<char>(acc >> 10), static_cast<char>((acc >> 2) & 0xff)};
        quad = 0;
    }
    if (quad != 0) {
        if (quad == 1) {
            return binascii_error("Invalid base64-encoded string: number of data characters (" + std::to_string(data_chars) +
                                  ") cannot be 1 more than a multiple of 4");
        }
        return binascii_error("Incorrect padding");
    }
    return bytes_from(out);
}

// ---- Checksums ----

Object* binascii_crc32(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("crc32", nargs, kwnames, 1, 2)) return nullptr;
    std::string_view data;
    BytesLike hold_5;   // keeps the argument's buffer pinned
    if (!binary_arg(args[0], &data, &hold_5)) return nullptr;
    uint64_t start = 0;
    if (nargs > 1) {
        Mpz scratch, masked;
        if (!is_int(args[1])) return err_format(TypeError, "'%s' object cannot be interpreted as an integer", args[1]->type->name);
        mpz_fdiv_r_2exp(masked.v, int_mpz(args[1], scratch), 32);
        start = mpz_get_ui(masked.v);
    }
    uLong crc = static_cast<uLong>(start);
    const auto* p = reinterpret_cast<const Bytef*>(data.data());
    size_t left = data.size();
    while (left > 0) {
        auto chunk = static_cast<uInt>(left > (1u << 30) ? (1u << 30) : left);
        crc = ::crc32(crc, p, chunk);
        p += chunk;
        left -= chunk;
    }
    return int_from_u64(crc & 0xffffffffu);
}

Object* binascii_crc_hqx(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("crc_hqx", nargs, kwnames, 2, 2)) return nullptr;
    std::string_view data;
    BytesLike hold_6;   // keeps the argument's buffer pinned
    if (!binary_arg(args[0], &data, &hold_6)) return nullptr;
    Mpz scratch, masked;
    if (!is_int(args[1])) return err_format(TypeError, "'%s' object cannot be interpreted as an integer", args[1]->type->name);
    mpz_fdiv_r_2exp(masked.v, int_mpz(args[1], scratch), 16);
    auto crc = static_cast<uint32_t>(mpz_get_ui(masked.v));
    // CRC-CCITT (XModem polynomial 0x1021), bit by bit: small and obviously right.
    for (char ch : data) {
        crc ^= static_cast<uint32_t>(static_cast<unsigned char>(ch)) << 8;
        for (int bit = 0; bit < 8; bit++) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) : (crc << 1);
        crc &= 0xffff;
    }
    return int_from_i64(crc);
}

Object* binascii_set_error(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("_set_error", nargs, kwnames)) return nullptr;
    Object* old = g_error;
    g_error = incref(args[0]);
    runtime_slot(&g_error);
    xdecref(old);
    return none_new();
}

const MethodDef kFunctions[] = {
    {"hexlify", binascii_hexlify}, {"b2a_hex", binascii_b2a_hex}, {"unhexlify", binascii_unhexlify},
    {"a2b_hex", binascii_a2b_hex}, {"b2a_base64", binascii_b2a_base64}, {"a2b_base64", binascii_a2b_base64},
    {"crc32", binascii_crc32}, {"crc_hqx", binascii_crc_hqx}, {"_set_error", binascii_set_error},
    {nullptr, nullptr},
};

}  // namespace

Object* make_binascii_module() {
    Object* m = module_new("_binascii");
    if (!m) return nullptr;
    if (module_add_functions(m, kFunctions) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
