// The ASCII text methods shared by bytes and bytearray; see bytes_text.h.
// Results keep the receiver's kind: a bytearray gives bytearrays, bytes (and bytes subclasses)
// give exact bytes; an unchanged exact bytes is returned as itself, as CPython does.
#include "objects/bytes_text.h"

#include <string>
#include <string_view>
#include <vector>

#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

using Args = Object* const*;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
char to_upper(char c) { return is_lower(c) ? static_cast<char>(c - 32) : c; }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c + 32) : c; }

Object* like(Object* self, std::string_view data) {
    return is_bytearray(self) ? bytearray_from(data) : bytes_from(data);
}

// The receiver itself when it is an exact bytes and nothing changed, else a copy of its kind.
Object* unchanged(Object* self) {
    if (self->type == &BytesType) return incref(self);
    return like(self, bytes_like_view(self));
}

// ---- case ----

Object* no_args(const char* name, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs(name, kwnames) || !arg_check_positional(name, nargs, 0, 0)) return nullptr;
    return None;
}

template <typename F>
Object* map_case(const char* name, Object* self, size_t nargs, Object* kwnames, F f) {
    if (!no_args(name, nargs, kwnames)) return nullptr;
    std::string out(bytes_like_view(self));
    f(out);
    return like(self, out);
}

// ---- is* ----

template <typename P>
Object* all_of(const char* name, Object* self, size_t nargs, Object* kwnames, P pred) {
    if (!no_args(name, nargs, kwnames)) return nullptr;
    std::string_view v = bytes_like_view(self);
    if (v.empty()) return bool_from(false);
    for (char c : v)
        if (!pred(c)) return bool_from(false);
    return bool_from(true);
}

// islower / isupper: at least one cased byte and none of the other case.
Object* cased(const char* name, Object* self, size_t nargs, Object* kwnames, bool want_lower) {
    if (!no_args(name, nargs, kwnames)) return nullptr;
    bool seen = false;
    for (char c : bytes_like_view(self)) {
        if (want_lower ? is_upper(c) : is_lower(c)) return bool_from(false);
        if (want_lower ? is_lower(c) : is_upper(c)) seen = true;
    }
    return bool_from(seen);
}

// ---- padding ----

// The fill byte of center/ljust/rjust: a bytes or bytearray of length 1.
bool fill_arg(const char* name, Object* o, char* out) {
    if (is_bytes(o) || is_bytearray(o)) {
        std::string_view v = bytes_like_view(o);
        if (v.size() == 1) {
            *out = v[0];
            return true;
        }
    }
    err_format(TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, arg_type_name(o));
    return false;
}

// side: 0 center, 1 ljust (text on the left), 2 rjust.
Object* pad(const char* name, Object* self, Args args, size_t nargs, Object* kwnames, int side) {
    if (!arg_no_kwargs(name, kwnames) || !arg_check_positional(name, nargs, 1, 2)) return nullptr;
    ssize width;
    if (!arg_ssize(args[0], &width)) return nullptr;
    char fill = ' ';
    if (nargs > 1 && !fill_arg(name, args[1], &fill)) return nullptr;
    std::string_view v = bytes_like_view(self);
    ssize len = static_cast<ssize>(v.size());
    if (width <= len) return unchanged(self);
    ssize marg = width - len;
    ssize left = side == 1 ? 0 : side == 2 ? marg : marg / 2 + (marg & width & 1);
    std::string out(static_cast<size_t>(left), fill);
    out += v;
    out.append(static_cast<size_t>(marg - left), fill);
    return like(self, out);
}

// ---- partition / split ----

bool sep_arg(Object* o, std::string* out) {
    if (!bytes_like_copy(o, out)) return false;
    if (out->empty()) {
        err_set_string(ValueError, "empty separator");
        return false;
    }
    return true;
}

Object* partition(const char* name, Object* self, Args args, size_t nargs, Object* kwnames, bool reverse) {
    if (!arg_no_kwargs(name, kwnames) || !arg_check_positional(name, nargs, 1, 1)) return nullptr;
    std::string sep;
    if (!sep_arg(args[0], &sep)) return nullptr;
    std::string_view v = bytes_like_view(self);
    size_t f = reverse ? v.rfind(sep) : v.find(sep);
    Ref<> a, b, c;
    if (f == std::string_view::npos) {
        Ref<> whole = Ref<>::steal(unchanged(self));
        Ref<> e1 = Ref<>::steal(like(self, {}));
        Ref<> e2 = Ref<>::steal(like(self, {}));
        if (!whole || !e1 || !e2) return nullptr;
        if (reverse) return tuple_pack({e1.get(), e2.get(), whole.get()});
        return tuple_pack({whole.get(), e1.get(), e2.get()});
    }
    a = Ref<>::steal(like(self, v.substr(0, f)));
    b = Ref<>::steal(like(self, sep));
    c = Ref<>::steal(like(self, v.substr(f + sep.size())));
    if (!a || !b || !c) return nullptr;
    return tuple_pack({a.get(), b.get(), c.get()});
}

Object* strip_affix(const char* name, Object* self, Args args, size_t nargs, Object* kwnames, bool prefix) {
    if (!arg_no_kwargs(name, kwnames) || !arg_check_positional(name, nargs, 1, 1)) return nullptr;
    std::string affix;
    if (!bytes_like_copy(args[0], &affix)) return nullptr;
    std::string_view v = bytes_like_view(self);
    if (affix.empty() || !(prefix ? v.starts_with(affix) : v.ends_with(affix))) return unchanged(self);
    return like(self, prefix ? v.substr(affix.size()) : v.substr(0, v.size() - affix.size()));
}

}  // namespace

Object* bytes_m_capitalize(Object* self, Args, size_t nargs, Object* kwnames) {
    return map_case("capitalize", self, nargs, kwnames, [](std::string& s) {
        for (size_t i = 0; i < s.size(); ++i) s[i] = i == 0 ? to_upper(s[i]) : to_lower(s[i]);
    });
}

Object* bytes_m_title(Object* self, Args, size_t nargs, Object* kwnames) {
    return map_case("title", self, nargs, kwnames, [](std::string& s) {
        bool prev_cased = false;
        for (char& c : s) {
            c = prev_cased ? to_lower(c) : to_upper(c);
            prev_cased = is_alpha(c);
        }
    });
}

Object* bytes_m_swapcase(Object* self, Args, size_t nargs, Object* kwnames) {
    return map_case("swapcase", self, nargs, kwnames, [](std::string& s) {
        for (char& c : s) c = is_upper(c) ? to_lower(c) : to_upper(c);
    });
}

Object* bytes_m_isalnum(Object* self, Args, size_t n, Object* k) {
    return all_of("isalnum", self, n, k, [](char c) { return is_alpha(c) || is_digit(c); });
}
Object* bytes_m_isalpha(Object* self, Args, size_t n, Object* k) { return all_of("isalpha", self, n, k, is_alpha); }
Object* bytes_m_isdigit(Object* self, Args, size_t n, Object* k) { return all_of("isdigit", self, n, k, is_digit); }
Object* bytes_m_isspace(Object* self, Args, size_t n, Object* k) { return all_of("isspace", self, n, k, is_space); }
Object* bytes_m_islower(Object* self, Args, size_t n, Object* k) { return cased("islower", self, n, k, true); }
Object* bytes_m_isupper(Object* self, Args, size_t n, Object* k) { return cased("isupper", self, n, k, false); }

Object* bytes_m_isascii(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!no_args("isascii", nargs, kwnames)) return nullptr;
    for (char c : bytes_like_view(self))
        if (static_cast<unsigned char>(c) >= 0x80) return bool_from(false);
    return bool_from(true);
}

// Title case: every uppercase byte follows an uncased one, every lowercase a cased one, and
// there is at least one cased byte.
Object* bytes_m_istitle(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!no_args("istitle", nargs, kwnames)) return nullptr;
    bool prev_cased = false, any = false;
    for (char c : bytes_like_view(self)) {
        if (is_upper(c)) {
            if (prev_cased) return bool_from(false);
            prev_cased = any = true;
        } else if (is_lower(c)) {
            if (!prev_cased) return bool_from(false);
            prev_cased = any = true;
        } else {
            prev_cased = false;
        }
    }
    return bool_from(any);
}

Object* bytes_m_center(Object* s, Args a, size_t n, Object* k) { return pad("center", s, a, n, k, 0); }
Object* bytes_m_ljust(Object* s, Args a, size_t n, Object* k) { return pad("ljust", s, a, n, k, 1); }
Object* bytes_m_rjust(Object* s, Args a, size_t n, Object* k) { return pad("rjust", s, a, n, k, 2); }

// zfill: zeros after a leading sign byte.
Object* bytes_m_zfill(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("zfill", kwnames) || !arg_check_positional("zfill", nargs, 1, 1)) return nullptr;
    ssize width;
    if (!arg_ssize(args[0], &width)) return nullptr;
    std::string_view v = bytes_like_view(self);
    if (width <= static_cast<ssize>(v.size())) return unchanged(self);
    size_t fill = static_cast<size_t>(width) - v.size();
    std::string out;
    size_t body = 0;
    if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
        out.push_back(v[0]);
        body = 1;
    }
    out.append(fill, '0');
    out += v.substr(body);
    return like(self, out);
}

Object* bytes_m_expandtabs(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"tabsize"};
    Object* a[1];
    if (!arg_bind("expandtabs", args, nargs, kwnames, kNames, 1, 0, a)) return nullptr;
    ssize tab = 8;
    if (a[0] && !arg_ssize(a[0], &tab)) return nullptr;
    std::string out;
    size_t col = 0;
    for (char c : bytes_like_view(self)) {
        if (c == '\t') {
            if (tab > 0) {
                size_t n = static_cast<size_t>(tab) - col % static_cast<size_t>(tab);
                out.append(n, ' ');
                col += n;
            }
        } else {
            out.push_back(c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return like(self, out);
}

Object* bytes_m_partition(Object* s, Args a, size_t n, Object* k) { return partition("partition", s, a, n, k, false); }
Object* bytes_m_rpartition(Object* s, Args a, size_t n, Object* k) { return partition("rpartition", s, a, n, k, true); }
Object* bytes_m_removeprefix(Object* s, Args a, size_t n, Object* k) { return strip_affix("removeprefix", s, a, n, k, true); }
Object* bytes_m_removesuffix(Object* s, Args a, size_t n, Object* k) { return strip_affix("removesuffix", s, a, n, k, false); }

// rsplit: like split, but counting maxsplit from the right.
Object* bytes_m_rsplit(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"sep", "maxsplit"};
    Object* a[2];
    if (!arg_bind("rsplit", args, nargs, kwnames, kNames, 2, 0, a)) return nullptr;
    ssize maxsplit = -1;
    if (a[1] && !arg_ssize(a[1], &maxsplit)) return nullptr;
    std::string sep;
    bool ws = !a[0] || a[0] == None;
    if (!ws && !sep_arg(a[0], &sep)) return nullptr;
    std::string_view v = bytes_like_view(self);
    std::vector<std::string_view> parts;   // collected right to left
    if (ws) {
        size_t i = v.size();
        while (true) {
            while (i > 0 && is_space(v[i - 1])) --i;
            if (i == 0) break;
            if (maxsplit == 0) {
                parts.push_back(v.substr(0, i));
                break;
            }
            size_t e = i;
            while (i > 0 && !is_space(v[i - 1])) --i;
            parts.push_back(v.substr(i, e - i));
            if (maxsplit > 0) --maxsplit;
        }
    } else {
        size_t end = v.size();
        while (maxsplit != 0 && end >= sep.size()) {
            size_t f = v.substr(0, end).rfind(sep);
            if (f == std::string_view::npos) break;
            parts.push_back(v.substr(f + sep.size(), end - f - sep.size()));
            end = f;
            if (maxsplit > 0) --maxsplit;
        }
        parts.push_back(v.substr(0, end));
    }
    Ref<> list = Ref<>::steal(list_new(0));
    if (!list) return nullptr;
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
        Ref<> b = Ref<>::steal(like(self, *it));
        if (!b || list_append(list.get(), b.get()) < 0) return nullptr;
    }
    return list.release();
}

// translate(table, /, delete=b''): table is None (identity) or 256 bytes.
Object* bytes_m_translate(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"", "delete"};
    Object* a[2];
    if (!arg_bind("translate", args, nargs, kwnames, kNames, 2, 1, a)) return nullptr;
    std::string table;
    bool identity = a[0] == None;
    if (!identity) {
        if (!bytes_like_copy(a[0], &table)) return nullptr;
        if (table.size() != 256) return err_set_string(ValueError, "translation table must be 256 characters long");
    }
    std::string del;
    if (a[1] && !bytes_like_copy(a[1], &del)) return nullptr;
    bool drop[256] = {};
    for (char c : del) drop[static_cast<unsigned char>(c)] = true;
    std::string out;
    bool changed = false;
    for (char c : bytes_like_view(self)) {
        auto u = static_cast<unsigned char>(c);
        if (drop[u]) {
            changed = true;
            continue;
        }
        char t = identity ? c : table[u];
        changed |= t != c;
        out.push_back(t);
    }
    if (!changed) return unchanged(self);
    return like(self, out);
}

Object* bytes_m_maketrans(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("maketrans", kwnames) || !arg_check_positional("maketrans", nargs, 2, 2)) return nullptr;
    std::string from, to;
    if (!bytes_like_copy(args[0], &from) || !bytes_like_copy(args[1], &to)) return nullptr;
    if (from.size() != to.size()) return err_set_string(ValueError, "maketrans arguments must have same length");
    std::string table(256, '\0');
    for (int i = 0; i < 256; ++i) table[static_cast<size_t>(i)] = static_cast<char>(i);
    for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
    return bytes_from(table);
}

}  // namespace pygen
