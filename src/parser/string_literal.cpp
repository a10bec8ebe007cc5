// Literal values: numbers (ints normalised to decimal text, by hand, any size), string and bytes
// literals (prefixes, escapes, implicit concatenation) and the glue that turns a run of string
// tokens into a Constant or a JoinedStr. f-string bodies are fstring.cpp's.
// CPython counterpart: Parser/string_parser.c (decode_unicode_with_escapes, _PyPegen_concatenate_strings),
// Parser/pegen.c (parsenumber).
#include <cstdio>
#include <cstdlib>

#include "parser/parser_internal.h"

namespace pygen {

bool lookup_unicode_name(std::string_view name, uint32_t* code);   // support/unicode_names.cpp
// The runtime limit literals obey (objects/int.cpp). Declared here, not through objects/int.h,
// because the front end must build without GMP's header (the WebAssembly build has it only for
// the runtime).
extern int int_max_str_digits;

using namespace ast;

namespace {

int hex_value(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Appends code point cp as UTF-8; lone surrogates are encoded like any other code point
// (3 bytes, "surrogatepass"), so "\ud800" survives to the runtime.
void append_utf8(std::string* out, uint32_t cp) {
    if (cp < 0x80) {
        *out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        *out += static_cast<char>(0xC0 | (cp >> 6));
        *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out += static_cast<char>(0xE0 | (cp >> 12));
        *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        *out += static_cast<char>(0xF0 | (cp >> 18));
        *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Digits of a power-of-two base (already without prefix and underscores) -> decimal text.
// Works on base-10^9 limbs, feeding `bits_per_digit * k` bits at a time.
std::string pow2_digits_to_decimal(std::string_view digits, int bits_per_digit) {
    const uint64_t kBase = 1000000000ULL;
    std::vector<uint32_t> limbs;   // little-endian base 10^9
    int chunk_digits = 27 / bits_per_digit;
    if (bits_per_digit == 4) chunk_digits = 7;
    size_t i = 0;
    // Skip leading zeros.
    while (i < digits.size() && digits[i] == '0') ++i;
    while (i < digits.size()) {
        size_t n = std::min(digits.size() - i, static_cast<size_t>(chunk_digits));
        uint64_t chunk = 0;
        for (size_t k = 0; k < n; ++k) chunk = (chunk << bits_per_digit) | static_cast<uint64_t>(hex_value(digits[i + k]));
        int shift = static_cast<int>(n) * bits_per_digit;
        uint64_t carry = chunk;
        for (uint32_t& limb : limbs) {
            uint64_t cur = (static_cast<uint64_t>(limb) << shift) + carry;
            limb = static_cast<uint32_t>(cur % kBase);
            carry = cur / kBase;
        }
        while (carry) {
            limbs.push_back(static_cast<uint32_t>(carry % kBase));
            carry /= kBase;
        }
        i += n;
    }
    if (limbs.empty()) return "0";
    std::string out = std::to_string(limbs.back());
    char buf[16];
    for (size_t k = limbs.size() - 1; k-- > 0;) {
        std::snprintf(buf, sizeof buf, "%09u", limbs[k]);
        out += buf;
    }
    return out;
}

}  // namespace

// ---- Numbers ----

// CPython: parsenumber. The tokenizer has already validated the literal.
Expr* Parser::parse_number(const Token& t) {
    std::string s;
    std::string_view raw = text(t);
    s.reserve(raw.size());
    for (char c : raw) {
        if (c != '_') s += c;
    }
    Constant* c = make<Constant>(t);
    set_end(c, t);
    char last = s.back();
    bool is_radix = s.size() > 1 && s[0] == '0' &&
                    (s[1] == 'x' || s[1] == 'X' || s[1] == 'o' || s[1] == 'O' || s[1] == 'b' || s[1] == 'B');
    if (!is_radix && (last == 'j' || last == 'J')) {
        s.pop_back();
        c->value_kind = ConstantKind::Imaginary;
        c->number = std::strtod(s.c_str(), nullptr);
        return c;
    }
    if (is_radix) {
        char base = static_cast<char>(s[1] | 0x20);
        int bits = base == 'x' ? 4 : base == 'o' ? 3 : 1;
        c->value_kind = ConstantKind::Int;
        c->text = pow2_digits_to_decimal(std::string_view(s).substr(2), bits);
        return c;
    }
    if (s.find_first_of(".eE") != std::string::npos) {
        c->value_kind = ConstantKind::Float;
        c->number = std::strtod(s.c_str(), nullptr);
        return c;
    }
    size_t nz = s.find_first_not_of('0');
    // Decimal literals obey sys.set_int_max_str_digits() as int(str) does, and the limit is the
    // one in force when the source is compiled (hex, octal and binary literals have none).
    size_t digits = nz == std::string::npos ? 0 : s.size() - nz;
    if (int_max_str_digits > 0 && digits > static_cast<size_t>(int_max_str_digits)) {
        error_raw("SyntaxError",
                  "Exceeds the limit (" + std::to_string(int_max_str_digits) +
                      " digits) for integer string conversion: value has " + std::to_string(digits) +
                      " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                      "hexadecimal for huge integer literals to avoid decimal conversion limits.",
                  t.lineno, 0, t.lineno, 0);
        err_.info.offset = err_.info.end_offset = 0;   // CPython reports no column for this one
        return nullptr;
    }
    c->value_kind = ConstantKind::Int;
    c->text = nz == std::string::npos ? "0" : s.substr(nz);
    return c;
}

// ---- Escapes ----

// Decodes backslash escapes of a non-raw literal body. Error positions follow CPython, which
// first rewrites non-ASCII characters as 10-byte \U escapes. CPython: decode_unicode_with_escapes,
// _PyBytes_DecodeEscape.
bool Parser::decode_escapes(const Token& t, std::string_view body, bool is_bytes, std::string* out) {
    out->reserve(out->size() + body.size());
    // The first invalid escape (its backslash) gives CPython's DeprecationWarning once the whole
    // literal has decoded: an unknown letter, or an octal escape above 0o377.
    size_t invalid_at = std::string_view::npos;
    bool invalid_octal = false;
    size_t i = 0;
    size_t n = body.size();
    int cpos = 0;   // position in CPython's rewritten buffer
    auto unicode_error = [&](int start, int end, const char* what) {
        char msg[200];
        if (end - start <= 1) {
            std::snprintf(msg, sizeof msg,
                          "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %d: %s", start, what);
        } else {
            std::snprintf(msg, sizeof msg,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start,
                          end - 1, what);
        }
        error_last_token(msg);
        return false;
    };
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(body[i]);
        if (c != '\\') {
            if (c >= 0x80) {
                // Copy the whole UTF-8 sequence.
                size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                out->append(body.substr(i, len));
                i += len;
                cpos += 10;
            } else {
                *out += static_cast<char>(c);
                ++i;
                ++cpos;
            }
            continue;
        }
        int start = cpos;
        if (i + 1 >= n) {
            if (is_bytes) {
                error_last_token("(value error) Trailing \\ in string");
                return false;
            }
            *out += '\\';   // a lone trailing backslash (f-string "\{") stays, as in CPython
            ++i;
            ++cpos;
            continue;
        }
        unsigned char e = static_cast<unsigned char>(body[i + 1]);
        i += 2;
        cpos += 2;
        switch (e) {
            case '\n': break;
            case '\\': *out += '\\'; break;
            case '\'': *out += '\''; break;
            case '"': *out += '"'; break;
            case 'a': *out += '\a'; break;
            case 'b': *out += '\b'; break;
            case 'f': *out += '\f'; break;
            case 'n': *out += '\n'; break;
            case 'r': *out += '\r'; break;
            case 't': *out += '\t'; break;
            case 'v': *out += '\v'; break;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                uint32_t v = e - '0';
                for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; ++k) {
                    v = v * 8 + static_cast<uint32_t>(body[i] - '0');
                    ++i;
                    ++cpos;
                }
                if (v > 0377 && invalid_at == std::string_view::npos) {
                    invalid_at = i - 4;
                    invalid_octal = true;
                }
                if (is_bytes) *out += static_cast<char>(v & 0xFF);
                else append_utf8(out, v);
                break;
            }
            case 'x': case 'u': case 'U': {
                if (is_bytes && e != 'x') {
                    if (invalid_at == std::string_view::npos) invalid_at = i - 2;
                    *out += '\\';
                    *out += static_cast<char>(e);
                    break;
                }
                int want = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                uint32_t v = 0;
                int got = 0;
                while (got < want && i < n && hex_value(static_cast<unsigned char>(body[i])) >= 0) {
                    v = v * 16 + static_cast<uint32_t>(hex_value(static_cast<unsigned char>(body[i])));
                    ++i;
                    ++got;
                }
                cpos += got;
                if (got < want) {
                    if (is_bytes) {
                        char msg[80];
                        std::snprintf(msg, sizeof msg, "(value error) invalid \\x escape at position %d", start);
                        error_last_token(msg);
                        return false;
                    }
                    const char* what = e == 'x' ? "truncated \\xXX escape"
                                     : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    return unicode_error(start, cpos, what);
                }
                if (v > 0x10FFFF) return unicode_error(start, cpos, "illegal Unicode character");
                if (is_bytes) *out += static_cast<char>(v);
                else append_utf8(out, v);
                break;
            }
            case 'N': {
                if (is_bytes) {
                    if (invalid_at == std::string_view::npos) invalid_at = i - 2;
                    *out += "\\N";
                    break;
                }
                if (i >= n || body[i] != '{') return unicode_error(start, cpos, "malformed \\N character escape");
                size_t close = body.find('}', i + 1);
                if (close == std::string_view::npos || close == i + 1) {
                    return unicode_error(start, cpos + 1, "malformed \\N character escape");
                }
                std::string_view name = body.substr(i + 1, close - i - 1);
                cpos += static_cast<int>(close + 1 - i);
                i = close + 1;
                uint32_t cp = 0;
                if (!lookup_unicode_name(name, &cp)) return unicode_error(start, cpos, "unknown Unicode character name");
                append_utf8(out, cp);
                break;
            }
            default:
                // Unknown escapes keep the backslash (CPython only warns; not for a non-ASCII
                // character, which CPython has rewritten as a \U escape by then).
                *out += '\\';
                if (e < 0x80 && invalid_at == std::string_view::npos) invalid_at = i - 2;
                if (e >= 0x80) {
                    size_t len = e >= 0xF0 ? 4 : e >= 0xE0 ? 3 : 2;
                    out->append(body.substr(i - 1, len));
                    i += len - 1;
                    cpos += 9;
                } else {
                    *out += static_cast<char>(e);
                }
                break;
        }
    }
    if (invalid_at != std::string_view::npos) {
        size_t at = static_cast<size_t>(body.data() - lexer_.buffer().data()) + invalid_at;
        std::string msg = invalid_octal ? "invalid octal escape sequence '\\" + std::string(body.substr(invalid_at + 1, 3)) + "'"
                                        : std::string("invalid escape sequence '\\") + body[invalid_at + 1] + "'";
        if (!warn_at(t, at, "DeprecationWarning", std::move(msg))) return false;
    }
    return true;
}

// ---- String concatenation ----

Expr* Parser::parse_strings() {
    std::vector<Token> parts;
    while (at_kind(TokenKind::String)) {
        parts.push_back(peek());
        advance();
    }
    // CPython has looked at the token after the strings before building the node: a tokenizer
    // error there (end of input after a continuation) comes before the strings' own errors.
    if (peek().kind == TokenKind::ErrorToken) {
        fail_generic();
        return nullptr;
    }
    const Token first = parts.front();
    const Token last = parts.back();
    struct Info { bool bytes, raw, fmt; std::string_view body; };
    std::vector<Info> infos;
    bool any_bytes = false, any_f = false;
    for (const Token& t : parts) {
        std::string_view s = text(t);
        Info info{false, false, false, {}};
        size_t q = 0;
        while (s[q] != '\'' && s[q] != '"') {
            char c = static_cast<char>(s[q] | 0x20);
            if (c == 'b') info.bytes = true;
            else if (c == 'r') info.raw = true;
            else if (c == 'f') info.fmt = true;
            ++q;
        }
        size_t quote_len = (s.size() - q >= 6 && s[q + 1] == s[q] && s[q + 2] == s[q]) ? 3 : 1;
        info.body = s.substr(q + quote_len, s.size() - q - 2 * quote_len);
        any_bytes = any_bytes || info.bytes;
        any_f = any_f || info.fmt;
        infos.push_back(info);
    }
    // Token by token as CPython: its own checks and decoding, then whether it mixes bytes with
    // text, then (an f-string) its replacement fields; the first fault in that order is reported.
    std::vector<Piece> pieces;
    for (size_t k = 0; k < parts.size(); ++k) {
        const Info& info = infos[k];
        if (info.bytes) {
            for (char ch : info.body) {
                if (static_cast<unsigned char>(ch) >= 0x80) {
                    return error_at_token(parts[k], "bytes can only contain ASCII literal characters");
                }
            }
        }
        std::string value;
        if (!info.fmt) {
            if (info.raw) value = std::string(info.body);
            else if (!decode_escapes(parts[k], info.body, info.bytes, &value)) return nullptr;
        }
        if (info.bytes != infos[0].bytes) return error_last_token("cannot mix bytes and nonbytes literals");
        if (info.fmt) {
            if (!parse_fstring(parts[k], info.body, info.raw, pieces, first, last)) return nullptr;
            continue;
        }
        if (!pieces.empty() && !pieces.back().is_expr) pieces.back().text += value;
        else pieces.push_back({false, std::move(value), nullptr});
    }
    bool u_kind = text(first)[0] == 'u';
    if (any_f) {
        Expr* joined = build_joined(pieces, first, last, first, last);
        if (joined && u_kind && joined->kind == ExprKind::JoinedStr)
            for (Expr* v : static_cast<JoinedStr*>(joined)->values)
                if (v->kind == ExprKind::Constant) static_cast<Constant*>(v)->u_kind = true;
        return joined;
    }
    Constant* c = make<Constant>(first);
    set_end(c, last);
    c->value_kind = any_bytes ? ConstantKind::Bytes : ConstantKind::Str;
    c->u_kind = u_kind;
    if (!pieces.empty()) c->text = std::move(pieces.front().text);
    return c;
}

}  // namespace pygen
