// Conversions between C++ values and pygen::Value, used by Value::operator(), host functions
// (host.h) and host classes: to_value<T>(x) and from_value<T>(v). Specialise pygen::Convert<T>
// (static Value to(const T&) and static T from(const Value&)) for types of your own.
// Included by value.h; not meant to be included alone.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace pygen {

template <class T, class Enable = void>
struct Convert;

template <>
struct Convert<Value> {
    static Value to(const Value& v) { return v; }
    static Value from(const Value& v) { return v; }
};
template <>
struct Convert<bool> {
    static Value to(bool b) { return Value::from(b); }
    static bool from(const Value& v) { return v.truthy(); }
};
// Every integral type but bool: OverflowError when the Python int does not fit.
template <class T>
struct Convert<T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>>> {
    static Value to(T i) {
        if constexpr (std::is_signed_v<T>) return Value::from(static_cast<int64_t>(i));
        else return Value::from(static_cast<uint64_t>(i));
    }
    static T from(const Value& v) {
        int64_t i = v.to_int64();
        if constexpr (!std::is_same_v<T, int64_t>) {
            if (i < static_cast<int64_t>(std::numeric_limits<T>::min()) ||
                (i > 0 && static_cast<uint64_t>(i) > static_cast<uint64_t>(std::numeric_limits<T>::max())))
                raise("OverflowError", "Python int too large to convert to C++ integer");
        }
        return static_cast<T>(i);
    }
};
template <class T>
struct Convert<T, std::enable_if_t<std::is_floating_point_v<T>>> {
    static Value to(T d) { return Value::from(static_cast<double>(d)); }
    static T from(const Value& v) { return static_cast<T>(v.to_double()); }
};
template <>
struct Convert<std::string> {
    static Value to(const std::string& s) { return Value::from(std::string_view(s)); }
    static std::string from(const Value& v) { return v.to_string(); }
};
template <>
struct Convert<std::string_view> {
    static Value to(std::string_view s) { return Value::from(s); }
    // Valid only while the argument lives (for host functions: during the call).
    static std::string_view from(const Value& v) { return v.str_view(); }
};
template <>
struct Convert<const char*> {
    static Value to(const char* s) { return Value::from(std::string_view(s)); }
};
template <std::size_t N>
struct Convert<char[N]> {
    static Value to(const char* s) { return Value::from(std::string_view(s)); }
};
template <>
struct Convert<std::nullptr_t> {
    static Value to(std::nullptr_t) { return Value::none(); }
};
template <>
struct Convert<void> {};
// std::optional<T>: None <-> nullopt.
template <class T>
struct Convert<std::optional<T>> {
    static Value to(const std::optional<T>& o) { return o ? Convert<T>::to(*o) : Value::none(); }
    static std::optional<T> from(const Value& v) {
        if (v.is_none()) return std::nullopt;
        return Convert<T>::from(v);
    }
};
// std::vector<T> <-> list (from accepts any iterable).
template <class T>
struct Convert<std::vector<T>> {
    static Value to(const std::vector<T>& items) {
        Value l = Value::list();
        for (const T& x : items) l.append(Convert<T>::to(x));
        return l;
    }
    static std::vector<T> from(const Value& v) {
        std::vector<T> out;
        for (const Value& x : v) out.push_back(Convert<T>::from(x));
        return out;
    }
};

template <class T>
Value to_value(T&& x) {
    return Convert<std::remove_cv_t<std::remove_reference_t<T>>>::to(std::forward<T>(x));
}
template <class T>
T from_value(const Value& v) {
    return Convert<std::remove_cv_t<std::remove_reference_t<T>>>::from(v);
}

template <class... A>
Value Value::operator()(A&&... args) const {
    if constexpr (sizeof...(A) == 0) {
        return call(nullptr, 0);
    } else {
        Value argv[] = {to_value(std::forward<A>(args))...};
        return call(argv, sizeof...(A));
    }
}

}  // namespace pygen
