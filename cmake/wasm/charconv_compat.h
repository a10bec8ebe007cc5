// Force-included (-include) in the WebAssembly build only. emscripten 3.1.6's libc++ has the integer
// std::to_chars/from_chars but not the floating-point ones pygen uses for repr(float), float(str),
// format() and round(). These overloads supply them from the C library (musl), whose printf and
// strtod are exact:
//   * shortest round-trip digits: the smallest %.Ne precision that reads back as the same double.
//     printf rounds correctly, so at that precision its digits are the closest to the value, which
//     is what the shortest-round-trip algorithms (Ryu, repr()) produce too;
//   * a given precision: %.Ne / %.Nf, correctly rounded as to_chars is;
//   * from_chars(double, general): strtod over the same syntax (no sign '+', no spaces, no hex).
#pragma once

#ifdef __cplusplus
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <system_error>

namespace std {

namespace pygen_charconv {

inline to_chars_result put(char* first, char* last, const char* text, int n) {
    if (n < 0 || n > last - first) return {last, errc::value_too_large};
    memcpy(first, text, static_cast<size_t>(n));
    return {first + n, errc()};
}

}  // namespace pygen_charconv

inline to_chars_result to_chars(char* first, char* last, double value, chars_format fmt, int precision) {
    const char* spec = fmt == chars_format::fixed ? "%.*f" : fmt == chars_format::scientific ? "%.*e" : "%.*g";
    int n = snprintf(nullptr, 0, spec, precision, value);
    if (n < 0) return {last, errc::value_too_large};
    string text(static_cast<size_t>(n) + 1, '\0');
    snprintf(text.data(), text.size(), spec, precision, value);
    return pygen_charconv::put(first, last, text.data(), n);
}

inline to_chars_result to_chars(char* first, char* last, double value, chars_format fmt) {
    char text[64];
    int n = 0;
    if (!isfinite(value) || fmt != chars_format::scientific) {
        n = snprintf(text, sizeof text, "%.17g", value);
        return pygen_charconv::put(first, last, text, n);
    }
    for (int precision = 0; precision <= 17; precision++) {
        n = snprintf(text, sizeof text, "%.*e", precision, value);
        if (strtod(text, nullptr) == value) break;
    }
    return pygen_charconv::put(first, last, text, n);
}

inline to_chars_result to_chars(char* first, char* last, double value) {
    return to_chars(first, last, value, chars_format::general, 17);
}

inline from_chars_result from_chars(const char* first, const char* last, double& value,
                                    chars_format fmt = chars_format::general) {
    if (first == last || *first == '+' || *first == ' ' || (*first >= '\t' && *first <= '\r'))
        return {first, errc::invalid_argument};
    string text(first, last);
    // strtod would read "0x1p3" as hex; the general format stops after the "0".
    size_t sign = text[0] == '-' ? 1 : 0;
    if (text.size() > sign + 1 && text[sign] == '0' && (text[sign + 1] == 'x' || text[sign + 1] == 'X'))
        text.resize(sign + 1);
    errno = 0;
    char* end = nullptr;
    double v = strtod(text.c_str(), &end);
    if (end == text.c_str()) return {first, errc::invalid_argument};
    const char* ptr = first + (end - text.c_str());
    if (errno == ERANGE && (v == 0.0 || isinf(v))) return {ptr, errc::result_out_of_range};
    value = v;
    return {ptr, errc()};
}

}  // namespace std
#endif
