// The methods of str (kStrMethods): searching, splitting, joining, stripping, case mapping,
// predicates, padding, encode, translate. Indices given to and returned by methods count code
// points; the work is done on UTF-8 bytes and converted at the edges.
// CPython counterparts: Objects/unicodeobject.c (unicode_* methods), Objects/stringlib/*.
#include <climits>
#include <cstring>
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/alloc_limit.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"

namespace pygen {

namespace {

using Args = Object* const*;

inline StrObject* as_str(Object* o) { return static_cast<StrObject*>(o); }

Object* make_str(std::string_view text) { return str_from(text); }

// A piece of an ASCII str is ASCII with as many code points as bytes: no scan needed.
Object* make_piece(Object* s, std::string_view piece) {
    if (as_str(s)->is_ascii) return str_from_known(piece, static_cast<ssize>(piece.size()));
    return str_from(piece);
}

Object* make_sub(Object* s, size_t b0, size_t b1) {
    if (b0 == 0 && b1 == as_str(s)->byte_size && is_str_exact(s)) return incref(s);
    return make_piece(s, str_view(s).substr(b0, b1 - b0));
}

bool no_args(const char* name, size_t nargs, Object* kwnames) {
    return arg_no_kwargs(name, kwnames) && arg_check_positional(name, nargs, 0, 0);
}

// "must be str, not int" — the generic message of CPython's str-argument converters.
bool need_str(Object* o) {
    if (is_str(o)) return true;
    err_format(TypeError, "must be str, not %s", type_name(o));
    return false;
}

// CPython: ADJUST_INDICES in stringlib — clamp a [start, end) pair to [0, len].
void adjust_indices(ssize* start, ssize* end, ssize len) {
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

// Optional start/end arguments of find/count/startswith (None allowed).
bool slice_arg(Object* o, ssize* out) {
    if (!o || o == None) return true;
    if (!is_int(o) && !o->type->nb_index) {
        err_set_string(TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    ssize v = number_as_ssize(o, nullptr);
    if (v == -1 && err_occurred()) return false;
    *out = v;
    return true;
}

// Parses (sub[, start[, end]]) for the search family.
bool parse_search(const char* name, Args args, size_t nargs, Object* kwnames, Object** sub,
                  ssize* start, ssize* end) {
    if (!arg_no_kwargs(name, kwnames)) return false;
    if (nargs < 1) {
        err_format(TypeError, "%s() takes at least 1 argument (0 given)", name);
        return false;
    }
    if (nargs > 3) {
        err_format(TypeError, "%s() takes at most 3 arguments (%zu given)", name, nargs);
        return false;
    }
    *sub = args[0];
    *start = 0;
    *end = PTRDIFF_MAX;
    if (nargs > 1 && !slice_arg(args[1], start)) return false;
    if (nargs > 2 && !slice_arg(args[2], end)) return false;
    return true;
}

// Finds sub in s[start:end]; returns a code-point index or -1 (-2 with an exception).
ssize find_impl(Object* s, Object* sub, ssize start, ssize end, bool reverse) {
    ssize len = str_length(s);
    adjust_indices(&start, &end, len);
    if (end - start < str_length(sub)) return -1;
    if (start > len) return -1;
    size_t b0 = str_byte_offset(s, start), b1 = str_byte_offset(s, end);
    std::string_view hay = str_view(s).substr(b0, b1 - b0);
    size_t pos = reverse ? hay.rfind(str_view(sub)) : hay.find(str_view(sub));
    if (pos == std::string_view::npos) return -1;
    return start + (as_str(s)->is_ascii ? static_cast<ssize>(pos) : utf8_count(hay.substr(0, pos)));
}

Object* search_method(const char* name, Object* self, Args args, size_t nargs, Object* kwnames,
                      bool reverse, bool raise) {
    Object* sub;
    ssize start, end;
    if (!parse_search(name, args, nargs, kwnames, &sub, &start, &end)) return nullptr;
    if (!need_str(sub)) return nullptr;
    ssize r = find_impl(self, sub, start, end, reverse);
    if (r < 0 && raise) return err_set_string(ValueError, "substring not found");
    return int_from_i64(r);
}

Object* str_find(Object* self, Args args, size_t nargs, Object* kw) { return search_method("find", self, args, nargs, kw, false, false); }
Object* str_rfind(Object* self, Args args, size_t nargs, Object* kw) { return search_method("rfind", self, args, nargs, kw, true, false); }
Object* str_index(Object* self, Args args, size_t nargs, Object* kw) { return search_method("index", self, args, nargs, kw, false, true); }
Object* str_rindex(Object* self, Args args, size_t nargs, Object* kw) { return search_method("rindex", self, args, nargs, kw, true, true); }

Object* str_count(Object* self, Args args, size_t nargs, Object* kwnames) {
    Object* sub;
    ssize start, end;
    if (!parse_search("count", args, nargs, kwnames, &sub, &start, &end)) return nullptr;
    if (!need_str(sub)) return nullptr;
    ssize len = str_length(self);
    adjust_indices(&start, &end, len);
    if (start > len) return int_from_i64(0);
    if (str_length(sub) == 0) return int_from_i64(end >= start ? end - start + 1 : 0);
    if (end < start) return int_from_i64(0);
    size_t b0 = str_byte_offset(self, start), b1 = str_byte_offset(self, end);
    std::string_view hay = str_view(self).substr(b0, b1 - b0);
    std::string_view needle = str_view(sub);
    int64_t n = 0;
    if (needle.size() == 1) {
        // One ASCII byte (a longer UTF-8 sequence never has size 1, and its continuation bytes
        // are >= 0x80, so a byte match is a code-point match): one branch-free pass that the
        // compiler vectorises, instead of a find() call per occurrence.
        const char c = needle[0];
        for (char h : hay) n += h == c;
        return int_from_i64(n);
    }
    for (size_t pos = hay.find(needle); pos != std::string_view::npos; pos = hay.find(needle, pos + needle.size()))
        ++n;
    return int_from_i64(n);
}

// startswith/endswith: prefix may be a tuple of str.
Object* starts_ends(const char* name, Object* self, Args args, size_t nargs, Object* kwnames, bool ends) {
    Object* sub;
    ssize start, end;
    if (!parse_search(name, args, nargs, kwnames, &sub, &start, &end)) return nullptr;
    ssize len = str_length(self);
    adjust_indices(&start, &end, len);
    auto match = [&](Object* p) -> bool {
        if (start > len) return false;
        if (end - start < str_length(p)) return false;
        size_t b0 = str_byte_offset(self, start), b1 = str_byte_offset(self, end);
        std::string_view hay = str_view(self).substr(b0, b1 - b0);
        std::string_view needle = str_view(p);
        return ends ? hay.ends_with(needle) : hay.starts_with(needle);
    };
    if (is_tuple(sub)) {
        for (ssize i = 0; i < tuple_size(sub); ++i) {
            Object* p = tuple_item(sub, i);
            if (!is_str(p))
                return err_format(TypeError, "tuple for %s must only contain str, not %s", name, type_name(p));
            if (match(p)) return bool_from(true);
        }
        return bool_from(false);
    }
    if (!is_str(sub))
        return err_format(TypeError, "%s first arg must be str or a tuple of str, not %s", name, type_name(sub));
    return bool_from(match(sub));
}

Object* str_startswith(Object* self, Args args, size_t nargs, Object* kw) { return starts_ends("startswith", self, args, nargs, kw, false); }
Object* str_endswith(Object* self, Args args, size_t nargs, Object* kw) { return starts_ends("endswith", self, args, nargs, kw, true); }

// ---- join / split ----

Object* str_join(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("str.join", kwnames) || !arg_check_positional("str.join", nargs, 1, 1)) return nullptr;
    Ref<> seq;
    if (is_list(args[0]) || is_tuple(args[0])) {
        seq = Ref<>::borrow(args[0]);
    } else {
        Ref<> it = Ref<>::steal(object_iter(args[0]));
        if (!it) {
            if (err_matches(TypeError)) {
                err_clear();
                return err_set_string(TypeError, "can only join an iterable");
            }
            return nullptr;
        }
        seq = Ref<>::steal(sequence_list(it.get()));
        if (!seq) return nullptr;
    }
    bool list = is_list(seq.get());
    ssize n = list ? list_size(seq.get()) : tuple_size(seq.get());
    Object* const* items = list ? static_cast<ListObject*>(seq.get())->items : tuple_items(seq.get());
    // Checked first, then sized and copied once; no Python code runs in between.
    for (ssize i = 0; i < n; ++i) {
        if (!is_str(items[i]))
            return err_format(TypeError, "sequence item %zd: expected str instance, %s found", i, type_name(items[i]));
    }
    if (n == 1 && is_str_exact(items[0])) return incref(items[0]);
    return str_join_array(self, items, n);
}

bool is_space_at(std::string_view v, size_t i, size_t* next) {
    const char* p = v.data() + i;
    uint32_t cp = utf8_decode(p);
    *next = static_cast<size_t>(p - v.data());
    return unicode_is_space(cp);
}

// The ASCII whitespace of str.isspace(): \t \n \v \f \r, the separators 0x1C-0x1F and ' '.
// A table: one load per byte where the compares took eight instructions.
constexpr auto kAsciiSpace = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c) t[c] = c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    return t;
}();
inline bool ascii_space(unsigned char c) { return kAsciiSpace[c]; }

// split() of an ASCII str: one byte per code point, tested inline.
void split_whitespace_ascii(std::string_view v, ssize maxsplit, std::vector<std::string_view>* parts) {
    const auto* p = reinterpret_cast<const unsigned char*>(v.data());
    size_t i = 0, n = v.size();
    while (true) {
        while (i < n && ascii_space(p[i])) ++i;
        if (i >= n) break;
        if (maxsplit == 0) {
            parts->push_back(v.substr(i));   // the remainder keeps its trailing whitespace
            break;
        }
        size_t start = i;
        while (i < n && !ascii_space(p[i])) ++i;
        parts->push_back(v.substr(start, i - start));
        if (maxsplit > 0) --maxsplit;
    }
}

// Splits on runs of whitespace (sep=None).
bool split_whitespace(std::string_view v, ssize maxsplit, std::vector<std::string_view>* parts, bool ascii) {
    if (ascii) {
        split_whitespace_ascii(v, maxsplit, parts);
        return true;
    }
    size_t i = 0, n = v.size(), next;
    while (true) {
        while (i < n && is_space_at(v, i, &next)) i = next;
        if (i >= n) break;
        if (maxsplit == 0) {
            parts->push_back(v.substr(i));   // the remainder keeps its trailing whitespace
            break;
        }
        size_t start = i;
        while (i < n && !is_space_at(v, i, &next)) i = next;
        parts->push_back(v.substr(start, i - start));
        if (maxsplit > 0) --maxsplit;
    }
    return true;
}

bool rsplit_whitespace(std::string_view v, ssize maxsplit, std::vector<std::string_view>* parts) {
    // Work backwards over code-point starts.
    auto prev = [&](size_t i) {
        size_t k = i - 1;
        while (k > 0 && (static_cast<unsigned char>(v[k]) & 0xC0) == 0x80) --k;
        return k;
    };
    auto space_before = [&](size_t i, size_t* start) {
        size_t k = prev(i);
        *start = k;
        size_t nx;
        return is_space_at(v, k, &nx);
    };
    size_t i = v.size(), k;
    while (true) {
        while (i > 0 && space_before(i, &k)) i = k;
        if (i == 0) break;
        if (maxsplit == 0) {
            parts->push_back(v.substr(0, i));   // the remainder keeps its leading whitespace
            break;
        }
        size_t end = i;
        while (i > 0 && !space_before(i, &k)) i = k;
        parts->push_back(v.substr(i, end - i));
        if (maxsplit > 0) --maxsplit;
    }
    std::reverse(parts->begin(), parts->end());
    return true;
}

Object* parts_to_list(const std::vector<std::string_view>& parts, Object* self) {
    ssize n = static_cast<ssize>(parts.size());
    Ref<> list = Ref<>::steal(list_new(n));
    if (!list) return nullptr;
    for (ssize i = 0; i < n; ++i) {
        std::string_view p = parts[static_cast<size_t>(i)];
        Object* s;
        if (p.size() == as_str(self)->byte_size && is_str_exact(self))
            s = incref(self);
        else
            s = make_piece(self, p);
        if (!s) return nullptr;   // the list's remaining slots are null, which its dealloc skips
        list_set_item(list.get(), i, s);
    }
    return list.release();
}

Object* split_common(const char* name, Object* self, Args args, size_t nargs, Object* kwnames, bool reverse) {
    static const char* const kNames[] = {"sep", "maxsplit"};
    Object* a[2];
    if (!arg_bind(name, args, nargs, kwnames, kNames, 2, 0, a)) return nullptr;
    ssize maxsplit = -1;
    if (a[1] && !arg_ssize(a[1], &maxsplit)) return nullptr;
    if (maxsplit < 0) maxsplit = -1;
    std::vector<std::string_view> parts;
    std::string_view v = str_view(self);
    if (!a[0] || a[0] == None) {
        parts.reserve(std::min<size_t>(v.size() / 4 + 2, 256));
        if (reverse)
            rsplit_whitespace(v, maxsplit, &parts);
        else
            split_whitespace(v, maxsplit, &parts, as_str(self)->is_ascii);
        return parts_to_list(parts, self);
    }
    if (!is_str(a[0])) return err_format(TypeError, "must be str or None, not %s", type_name(a[0]));
    std::string_view sep = str_view(a[0]);
    if (sep.empty()) return err_set_string(ValueError, "empty separator");
    // Room for the pieces of a typical line or short text, so the vector rarely grows.
    parts.reserve(std::min<size_t>(v.size() / 4 + 2, 256));
    if (!reverse && sep.size() == 1) {
        // One separator byte: memchr alone (string_view::find adds a compare call per match).
        const char* base = v.data();
        size_t pos = 0;
        while (maxsplit != 0) {
            const void* hit = std::memchr(base + pos, sep[0], v.size() - pos);
            if (!hit) break;
            size_t f = static_cast<size_t>(static_cast<const char*>(hit) - base);
            parts.push_back(v.substr(pos, f - pos));
            pos = f + 1;
            if (maxsplit > 0) --maxsplit;
        }
        parts.push_back(v.substr(pos));
    } else if (!reverse) {
        size_t pos = 0;
        while (maxsplit != 0) {
            size_t f = v.find(sep, pos);
            if (f == std::string_view::npos) break;
            parts.push_back(v.substr(pos, f - pos));
            pos = f + sep.size();
            if (maxsplit > 0) --maxsplit;
        }
        parts.push_back(v.substr(pos));
    } else {
        size_t end = v.size();
        while (maxsplit != 0) {
            if (end < sep.size()) break;
            size_t f = v.substr(0, end).rfind(sep);
            if (f == std::string_view::npos) break;
            parts.push_back(v.substr(f + sep.size(), end - f - sep.size()));
            end = f;
            if (maxsplit > 0) --maxsplit;
        }
        parts.push_back(v.substr(0, end));
        std::reverse(parts.begin(), parts.end());
    }
    return parts_to_list(parts, self);
}

Object* str_split(Object* self, Args args, size_t nargs, Object* kw) { return split_common("split", self, args, nargs, kw, false); }
Object* str_rsplit(Object* self, Args args, size_t nargs, Object* kw) { return split_common("rsplit", self, args, nargs, kw, true); }

Object* str_splitlines(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"keepends"};
    Object* a[1];
    if (!arg_bind("splitlines", args, nargs, kwnames, kNames, 1, 0, a)) return nullptr;
    bool keep = false;
    if (a[0]) {
        int t = object_is_true(a[0]);
        if (t < 0) return nullptr;
        keep = t != 0;
    }
    std::string_view v = str_view(self);
    std::vector<std::string_view> parts;
    size_t i = 0, start = 0, n = v.size();
    if (as_str(self)->is_ascii) {
        // Bytes are code points; only a few control characters break lines.
        for (; i < n; ++i) {
            auto c = static_cast<unsigned char>(v[i]);
            if (c > 0x1E || !unicode_is_linebreak(c)) continue;
            size_t eol = i + 1;
            if (c == '\r' && eol < n && v[eol] == '\n') ++eol;
            parts.push_back(v.substr(start, (keep ? eol : i) - start));
            start = eol;
            i = eol - 1;
        }
        if (start < n) parts.push_back(v.substr(start));
        return parts_to_list(parts, self);
    }
    while (i < n) {
        const char* p = v.data() + i;
        uint32_t cp = utf8_decode(p);
        size_t next = static_cast<size_t>(p - v.data());
        if (unicode_is_linebreak(cp)) {
            size_t eol = next;
            if (cp == '\r' && eol < n && v[eol] == '\n') ++eol;
            parts.push_back(v.substr(start, (keep ? eol : i) - start));
            start = i = eol;
        } else {
            i = next;
        }
    }
    if (start < n) parts.push_back(v.substr(start));
    return parts_to_list(parts, self);
}

// ---- strip ----

enum StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

Object* strip_common(const char* name, Object* self, Args args, size_t nargs, Object* kwnames, int side) {
    if (!arg_no_kwargs(name, kwnames) || !arg_check_positional(name, nargs, 0, 1)) return nullptr;
    Object* chars = nargs > 0 ? args[0] : None;
    std::u32string set;
    bool whitespace = chars == None;
    if (!whitespace) {
        if (!is_str(chars)) return err_format(TypeError, "%s arg must be None or str", name);
        for (const char* p = str_cstr(chars), *e = p + as_str(chars)->byte_size; p < e;) set.push_back(utf8_decode(p));
    }
    auto strip_cp = [&](uint32_t cp) {
        return whitespace ? unicode_is_space(cp) : set.find(static_cast<char32_t>(cp)) != std::u32string::npos;
    };
    std::string_view v = str_view(self);
    size_t b = 0, e = v.size();
    if (side & kLeft) {
        while (b < e) {
            const char* p = v.data() + b;
            uint32_t cp = utf8_decode(p);
            if (!strip_cp(cp)) break;
            b = static_cast<size_t>(p - v.data());
        }
    }
    if (side & kRight) {
        while (e > b) {
            size_t k = e - 1;
            while (k > b && (static_cast<unsigned char>(v[k]) & 0xC0) == 0x80) --k;
            const char* p = v.data() + k;
            if (!strip_cp(utf8_decode(p))) break;
            e = k;
        }
    }
    return make_sub(self, b, e);
}

Object* str_strip(Object* self, Args args, size_t nargs, Object* kw) { return strip_common("strip", self, args, nargs, kw, kBoth); }
Object* str_lstrip(Object* self, Args args, size_t nargs, Object* kw) { return strip_common("lstrip", self, args, nargs, kw, kLeft); }
Object* str_rstrip(Object* self, Args args, size_t nargs, Object* kw) { return strip_common("rstrip", self, args, nargs, kw, kRight); }

// ---- replace, partition, prefix/suffix ----

Object* str_replace(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("str.replace", kwnames) || !arg_check_positional("replace", nargs, 2, 3)) return nullptr;
    for (int i = 0; i < 2; ++i)
        if (!is_str(args[i]))
            return err_format(TypeError, "replace() argument %d must be str, not %s", i + 1, arg_type_name(args[i]));
    ssize count = -1;
    if (nargs > 2 && !arg_ssize(args[2], &count)) return nullptr;
    std::string_view v = str_view(self), from = str_view(args[0]), to = str_view(args[1]);
    if (count < 0) count = PTRDIFF_MAX;
    std::string out;
    ssize done = 0;
    if (from.empty()) {
        // Insert between every code point, and at both ends. The result's size is known first:
        // one that cannot be allocated fails at once (as CPython's single allocation does), not
        // after growing the string for minutes.
        size_t reps = static_cast<size_t>(std::min<ssize>(count, as_str(self)->length + 1));
        if (!to.empty() && reps > (static_cast<size_t>(PTRDIFF_MAX) - v.size()) / to.size())
            return err_set_string(OverflowError, "replace string is too long");
        size_t total = v.size() + reps * to.size();
        if (allocation_impossible(total)) return err_no_memory();
        out.reserve(total);
        const char* p = v.data();
        const char* e = p + v.size();
        while (done < count) {
            out += to;
            ++done;
            if (p >= e) break;
            const char* s = p;
            utf8_decode(p);
            out.append(s, p);
        }
        out.append(p, e);
        return make_str(out);
    }
    // Two passes: count the replacements, then write the result straight into a new str of the
    // exact size (no intermediate std::string, no second copy). The matches are remembered so
    // the second pass does not search again; glibc's memmem scans for a short needle far faster
    // than a memchr for its first byte followed by a compare at each candidate.
    auto find_from = [&](size_t at) -> size_t {
        // One byte: memchr itself (memmem's set-up is paid on every call, one per match).
        const void* hit = from.size() == 1 ? std::memchr(v.data() + at, from[0], v.size() - at)
                                           : memmem(v.data() + at, v.size() - at, from.data(), from.size());
        return hit ? static_cast<size_t>(static_cast<const char*>(hit) - v.data()) : std::string_view::npos;
    };
    constexpr ssize kSeen = 64;
    size_t seen_small[kSeen];
    std::vector<size_t> seen_big;
    size_t pos = 0;
    while (done < count) {
        size_t f = find_from(pos);
        if (f == std::string_view::npos) break;
        if (done < kSeen) {
            seen_small[done] = f;
        } else {
            if (seen_big.empty()) seen_big.assign(seen_small, seen_small + kSeen);
            seen_big.push_back(f);
        }
        pos = f + from.size();
        ++done;
    }
    const size_t* seen = done <= kSeen ? seen_small : seen_big.data();
    if (done == 0) return is_str_exact(self) ? incref(self) : make_str(v);
    size_t bytes = v.size() - static_cast<size_t>(done) * from.size() + static_cast<size_t>(done) * to.size();
    ssize length = as_str(self)->length + done * (as_str(args[1])->length - as_str(args[0])->length);
    if (length <= 1) {
        // A one-character result is the cached str.
        out.reserve(bytes);
        pos = 0;
        for (ssize k = 0; k < done; ++k) {
            size_t f = v.find(from, pos);
            out.append(v.substr(pos, f - pos));
            out += to;
            pos = f + from.size();
        }
        out.append(v.substr(pos));
        return make_str(out);
    }
    char* dst;
    Object* res = str_new_uninit(bytes, length, &dst);
    if (!res) return nullptr;
    pos = 0;
    for (ssize k = 0; k < done; ++k) {
        size_t f = seen[k];
        std::memcpy(dst, v.data() + pos, f - pos);
        dst += f - pos;
        std::memcpy(dst, to.data(), to.size());
        dst += to.size();
        pos = f + from.size();
    }
    std::memcpy(dst, v.data() + pos, v.size() - pos);
    return res;
}

Object* partition_common(const char* name, Object* self, Args args, size_t nargs, Object* kwnames, bool reverse) {
    if (!arg_no_kwargs(name, kwnames) || !arg_check_positional(name, nargs, 1, 1)) return nullptr;
    if (!need_str(args[0])) return nullptr;
    std::string_view v = str_view(self), sep = str_view(args[0]);
    if (sep.empty()) return err_set_string(ValueError, "empty separator");
    size_t f = reverse ? v.rfind(sep) : v.find(sep);
    Ref<> a, b, c;
    if (f == std::string_view::npos) {
        Ref<> whole = Ref<>::steal(make_sub(self, 0, v.size()));
        Ref<> empty = Ref<>::steal(str_empty());
        if (!whole) return nullptr;
        return reverse ? tuple_pack({empty.get(), empty.get(), whole.get()})
                       : tuple_pack({whole.get(), empty.get(), empty.get()});
    }
    a = Ref<>::steal(make_piece(self, v.substr(0, f)));
    b = Ref<>::borrow(args[0]);
    c = Ref<>::steal(make_piece(self, v.substr(f + sep.size())));
    if (!a || !c) return nullptr;
    return tuple_pack({a.get(), b.get(), c.get()});
}

Object* str_partition(Object* self, Args args, size_t nargs, Object* kw) { return partition_common("partition", self, args, nargs, kw, false); }
Object* str_rpartition(Object* self, Args args, size_t nargs, Object* kw) { return partition_common("rpartition", self, args, nargs, kw, true); }

Object* str_removeprefix(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("str.removeprefix", kwnames) || !arg_check_positional("str.removeprefix", nargs, 1, 1)) return nullptr;
    if (!is_str(args[0]))
        return err_format(TypeError, "removeprefix() argument must be str, not %s", arg_type_name(args[0]));
    std::string_view v = str_view(self), p = str_view(args[0]);
    if (!p.empty() && v.starts_with(p)) return make_str(v.substr(p.size()));
    return make_sub(self, 0, v.size());
}

Object* str_removesuffix(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("str.removesuffix", kwnames) || !arg_check_positional("str.removesuffix", nargs, 1, 1)) return nullptr;
    if (!is_str(args[0]))
        return err_format(TypeError, "removesuffix() argument must be str, not %s", arg_type_name(args[0]));
    std::string_view v = str_view(self), p = str_view(args[0]);
    if (!p.empty() && v.ends_with(p)) return make_str(v.substr(0, v.size() - p.size()));
    return make_sub(self, 0, v.size());
}

// ---- Case mapping ----

void append_cp(std::string* out, uint32_t cp) {
    char buf[4];
    out->append(buf, utf8_encode(cp, buf));
}

namespace udb = unicode_db;

// Full case mappings from the Unicode tables ('ß'.upper() == 'SS', 'ﬁ'.upper() == 'FI').
void append_upper(std::string* out, uint32_t cp) {
    if (cp < 128) { out->push_back(static_cast<char>(unicode_to_upper(cp))); return; }
    udb::append_mapping(out, cp, udb::Case::Upper);
}
void append_title(std::string* out, uint32_t cp) {
    if (cp < 128) { out->push_back(static_cast<char>(unicode_to_upper(cp))); return; }
    udb::append_mapping(out, cp, udb::Case::Title);
}

inline bool ascii_cased(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_cased(uint32_t cp) { return udb::has(cp, udb::kCased); }
bool is_case_ignorable(uint32_t cp) { return udb::has(cp, udb::kCaseIgnorable); }
bool is_titlecase(uint32_t cp) { return cp >= 128 && udb::has(cp, udb::kTitle); }

// The lower-case form of text[i] (CPython's lower_ucs4): a capital sigma becomes the final
// 'ς' when a cased letter precedes it and none follows, case-ignorable characters skipped.
void append_lower_at(std::string* out, const std::vector<uint32_t>& text, size_t i) {
    uint32_t cp = text[i];
    if (cp < 128) { out->push_back(static_cast<char>(unicode_to_lower(cp))); return; }
    if (cp != 0x3A3) { udb::append_mapping(out, cp, udb::Case::Lower); return; }
    size_t j = i;
    while (j > 0 && is_case_ignorable(text[j - 1])) --j;
    bool final_sigma = j > 0 && is_cased(text[j - 1]);
    if (final_sigma) {
        size_t k = i + 1;
        while (k < text.size() && is_case_ignorable(text[k])) ++k;
        final_sigma = k == text.size() || !is_cased(text[k]);
    }
    append_cp(out, final_sigma ? 0x3C2 : 0x3C3);
}

inline char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }
inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// Case mapping of an ASCII str: one byte in, one byte out, written straight into the result.
template <class F>
Object* map_ascii(Object* self, F f) {
    std::string_view v = str_view(self);
    if (v.empty()) return str_empty();
    char* out;
    Object* r = str_new_uninit(v.size(), static_cast<ssize>(v.size()), &out);
    if (!r) return nullptr;
    for (size_t i = 0; i < v.size(); ++i) out[i] = f(v[i]);
    return r;
}

// Non-ASCII case mapping: f(out, text, i) appends the mapping of text[i]; the whole text is
// decoded first because a sigma's form depends on its neighbours.
template <class F>
Object* map_codepoints(Object* self, F f) {
    std::string_view v = str_view(self);
    std::vector<uint32_t> text;
    text.reserve(v.size());
    for (const char* p = v.data(), *e = p + v.size(); p < e;) text.push_back(utf8_decode(p));
    std::string out;
    out.reserve(v.size());
    for (size_t i = 0; i < text.size(); ++i) f(&out, text, i);
    return make_str(out);
}

using Text = std::vector<uint32_t>;

Object* str_upper(Object* self, Args, size_t nargs, Object* kw) {
    if (!no_args("str.upper", nargs, kw)) return nullptr;
    if (as_str(self)->is_ascii) return map_ascii(self, ascii_upper);
    return map_codepoints(self, [](std::string* o, const Text& t, size_t i) { append_upper(o, t[i]); });
}

Object* str_lower(Object* self, Args, size_t nargs, Object* kw) {
    if (!no_args("str.lower", nargs, kw)) return nullptr;
    if (as_str(self)->is_ascii) return map_ascii(self, ascii_lower);
    return map_codepoints(self, [](std::string* o, const Text& t, size_t i) { append_lower_at(o, t, i); });
}

Object* str_casefold(Object* self, Args, size_t nargs, Object* kw) {
    if (!no_args("str.casefold", nargs, kw)) return nullptr;
    if (as_str(self)->is_ascii) return map_ascii(self, ascii_lower);
    return map_codepoints(self, [](std::string* o, const Text& t, size_t i) {
        if (t[i] < 128) o->push_back(static_cast<char>(unicode_to_lower(t[i])));
        else udb::append_mapping(o, t[i], udb::Case::Fold);
    });
}

Object* str_swapcase(Object* self, Args, size_t nargs, Object* kw) {
    if (!no_args("str.swapcase", nargs, kw)) return nullptr;
    return map_codepoints(self, [](std::string* o, const Text& t, size_t i) {
        uint32_t c = t[i];
        if (unicode_is_upper(c)) append_lower_at(o, t, i);
        else if (unicode_is_lower(c)) append_upper(o, c);
        else append_cp(o, c);
    });
}

// The first character in title case, the rest lower case (Python 3.8+).
Object* str_capitalize(Object* self, Args, size_t nargs, Object* kw) {
    if (!no_args("str.capitalize", nargs, kw)) return nullptr;
    return map_codepoints(self, [](std::string* o, const Text& t, size_t i) {
        if (i == 0) append_title(o, t[i]);
        else append_lower_at(o, t, i);
    });
}

Object* str_title(Object* self, Args, size_t nargs, Object* kw) {
    if (!no_args("str.title", nargs, kw)) return nullptr;
    bool prev_cased = false;
    if (as_str(self)->is_ascii) {
        return map_ascii(self, [&prev_cased](char c) {
            char r = prev_cased ? ascii_lower(c) : ascii_upper(c);
            prev_cased = ascii_cased(c);
            return r;
        });
    }
    return map_codepoints(self, [&prev_cased](std::string* o, const Text& t, size_t i) {
        if (prev_cased) append_lower_at(o, t, i);
        else append_title(o, t[i]);
        prev_cased = is_cased(t[i]);
    });
}

// ---- Predicates ----

template <class F>
Object* all_codepoints(const char* name, Object* self, size_t nargs, Object* kw, F f) {
    if (!no_args(name, nargs, kw)) return nullptr;
    std::string_view v = str_view(self);
    if (v.empty()) return bool_from(false);
    for (const char* p = v.data(), *e = p + v.size(); p < e;)
        if (!f(utf8_decode(p))) return bool_from(false);
    return bool_from(true);
}

Object* str_isdigit(Object* s, Args, size_t n, Object* k) { return all_codepoints("str.isdigit", s, n, k, unicode_is_digit); }
Object* str_isdecimal(Object* s, Args, size_t n, Object* k) { return all_codepoints("str.isdecimal", s, n, k, unicode_is_decimal); }
Object* str_isnumeric(Object* s, Args, size_t n, Object* k) { return all_codepoints("str.isnumeric", s, n, k, unicode_is_numeric); }
Object* str_isalpha(Object* s, Args, size_t n, Object* k) { return all_codepoints("str.isalpha", s, n, k, unicode_is_alpha); }
Object* str_isspace(Object* s, Args, size_t n, Object* k) { return all_codepoints("str.isspace", s, n, k, unicode_is_space); }
Object* str_isalnum(Object* s, Args, size_t n, Object* k) {
    return all_codepoints("str.isalnum", s, n, k, [](uint32_t c) { return unicode_is_alpha(c) || unicode_is_numeric(c); });
}

Object* str_isascii(Object* self, Args, size_t nargs, Object* kw) {
    if (!no_args("str.isascii", nargs, kw)) return nullptr;
    return bool_from(as_str(self)->is_ascii);
}

Object* str_isprintable(Object* self, Args, size_t nargs, Object* kw) {
    if (!no_args("str.isprintable", nargs, kw)) return nullptr;
    std::string_view v = str_view(self);
    for (const char* p = v.data(), *e = p + v.size(); p < e;)
        if (!unicode_is_printable(utf8_decode(p))) return bool_from(false);
    return bool_from(true);
}

// Upper needs at least one cased character and no lower-case one (and vice versa).
Object* case_predicate(const char* name, Object* self, size_t nargs, Object* kw, bool upper) {
    if (!no_args(name, nargs, kw)) return nullptr;
    bool cased = false;
    std::string_view v = str_view(self);
    for (const char* p = v.data(), *e = p + v.size(); p < e;) {
        uint32_t c = utf8_decode(p);
        if ((upper ? unicode_is_lower(c) : unicode_is_upper(c)) || is_titlecase(c)) return bool_from(false);
        if (upper ? unicode_is_upper(c) : unicode_is_lower(c)) cased = true;
    }
    return bool_from(cased);
}

Object* str_isupper(Object* s, Args, size_t n, Object* k) { return case_predicate("str.isupper", s, n, k, true); }
Object* str_islower(Object* s, Args, size_t n, Object* k) { return case_predicate("str.islower", s, n, k, false); }

Object* str_istitle(Object* self, Args, size_t nargs, Object* kw) {
    if (!no_args("str.istitle", nargs, kw)) return nullptr;
    bool cased = false, prev_cased = false;
    std::string_view v = str_view(self);
    for (const char* p = v.data(), *e = p + v.size(); p < e;) {
        uint32_t c = utf8_decode(p);
        if (unicode_is_upper(c) || is_titlecase(c)) {
            if (prev_cased) return bool_from(false);
            prev_cased = cased = true;
        } else if (unicode_is_lower(c)) {
            if (!prev_cased) return bool_from(false);
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return bool_from(cased);
}

Object* str_isidentifier(Object* self, Args, size_t nargs, Object* kw) {
    if (!no_args("str.isidentifier", nargs, kw)) return nullptr;
    std::string_view v = str_view(self);
    if (v.empty()) return bool_from(false);
    bool first = true;
    for (const char* p = v.data(), *e = p + v.size(); p < e;) {
        uint32_t c = utf8_decode(p);
        bool ok = c == '_' || udb::has(c, first ? udb::kXidStart : udb::kXidContinue);
        if (!ok) return bool_from(false);
        first = false;
    }
    return bool_from(true);
}

// ---- Padding ----

bool parse_fill(const char* name, Args args, size_t nargs, ssize* width, uint32_t* fill) {
    if (!arg_check_positional(name, nargs, 1, 2)) return false;
    if (!arg_ssize(args[0], width)) return false;
    *fill = ' ';
    if (nargs > 1) {
        if (!is_str(args[1])) {
            err_format(TypeError, "The fill character must be a unicode character, not %s", type_name(args[1]));
            return false;
        }
        if (str_length(args[1]) != 1) {
            err_set_string(TypeError, "The fill character must be exactly one character long");
            return false;
        }
        *fill = str_codepoint_at(args[1], 0);
    }
    return true;
}

// The text of self with `left` and `right` fill characters around it, sized first and written
// once into the new str.
Object* pad(Object* self, ssize left, ssize right, uint32_t fill) {
    if (left <= 0 && right <= 0) return make_sub(self, 0, as_str(self)->byte_size);
    left = std::max<ssize>(left, 0);
    right = std::max<ssize>(right, 0);
    char fb[4];
    size_t fn = utf8_encode(fill, fb);
    std::string_view text = str_view(self);
    size_t fill_bytes, bytes;
    // An impossible width fails at once (MemoryError) instead of after filling.
    if (__builtin_mul_overflow(static_cast<size_t>(left) + static_cast<size_t>(right), fn, &fill_bytes) ||
        __builtin_add_overflow(fill_bytes, text.size(), &bytes) || bytes > static_cast<size_t>(PTRDIFF_MAX))
        return err_no_memory();
    ssize length = as_str(self)->length + left + right;
    if (length == 1) return str_from_known(std::string_view(fb, fn), 1);   // the cached character
    char* out;
    Object* r = str_new_uninit(bytes, length, &out);
    if (!r) return nullptr;
    auto put_fill = [&](ssize k) {
        if (fn == 1) {
            std::memset(out, fb[0], static_cast<size_t>(k));
            out += k;
        } else {
            for (ssize i = 0; i < k; ++i, out += fn) std::memcpy(out, fb, fn);
        }
    };
    put_fill(left);
    std::memcpy(out, text.data(), text.size());
    out += text.size();
    put_fill(right);
    return r;
}

Object* str_center(Object* self, Args args, size_t nargs, Object* kw) {
    ssize width;
    uint32_t fill;
    if (!arg_no_kwargs("center", kw) || !parse_fill("center", args, nargs, &width, &fill)) return nullptr;
    ssize marg = width - str_length(self);
    if (marg <= 0) return make_sub(self, 0, as_str(self)->byte_size);
    // CPython puts the odd extra character on the left when both width and margin are odd.
    ssize left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

Object* str_ljust(Object* self, Args args, size_t nargs, Object* kw) {
    ssize width;
    uint32_t fill;
    if (!arg_no_kwargs("ljust", kw) || !parse_fill("ljust", args, nargs, &width, &fill)) return nullptr;
    return pad(self, 0, width - str_length(self), fill);
}

Object* str_rjust(Object* self, Args args, size_t nargs, Object* kw) {
    ssize width;
    uint32_t fill;
    if (!arg_no_kwargs("rjust", kw) || !parse_fill("rjust", args, nargs, &width, &fill)) return nullptr;
    return pad(self, width - str_length(self), 0, fill);
}

Object* str_zfill(Object* self, Args args, size_t nargs, Object* kw) {
    if (!arg_no_kwargs("str.zfill", kw) || !arg_check_positional("str.zfill", nargs, 1, 1)) return nullptr;
    ssize width;
    if (!arg_ssize(args[0], &width)) return nullptr;
    ssize fill = width - str_length(self);
    std::string_view v = str_view(self);
    if (fill <= 0) return make_sub(self, 0, v.size());
    std::string out;
    size_t start = 0;
    if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
        out.push_back(v[0]);
        start = 1;
    }
    out.append(static_cast<size_t>(fill), '0');
    out += v.substr(start);
    return make_str(out);
}

Object* str_expandtabs(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"tabsize"};
    Object* a[1];
    if (!arg_bind("expandtabs", args, nargs, kwnames, kNames, 1, 0, a)) return nullptr;
    ssize tab = 8;
    if (a[0] && !arg_ssize(a[0], &tab)) return nullptr;
    if (tab > INT_MAX || tab < INT_MIN) return err_set_string(OverflowError, "Python int too large to convert to C int");
    std::string out;
    ssize column = 0;
    std::string_view v = str_view(self);
    for (const char* p = v.data(), *e = p + v.size(); p < e;) {
        const char* s = p;
        uint32_t c = utf8_decode(p);
        if (c == '\t') {
            if (tab > 0) {
                ssize n = tab - column % tab;
                out.append(static_cast<size_t>(n), ' ');
                column += n;
            }
        } else {
            out.append(s, p);
            ++column;
            if (c == '\n' || c == '\r') column = 0;
        }
    }
    return make_str(out);
}

// ---- encode / translate ----

Object* str_encode(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"encoding", "errors"};
    Object* a[2];
    if (!arg_bind("encode", args, nargs, kwnames, kNames, 2, 0, a)) return nullptr;
    const char* encoding = "utf-8";
    const char* errors = "strict";
    if (a[0]) {
        if (!is_str(a[0])) return err_format(TypeError, "encode() argument 'encoding' must be str, not %s", arg_type_name(a[0]));
        encoding = str_cstr(a[0]);
    }
    if (a[1]) {
        if (!is_str(a[1])) return err_format(TypeError, "encode() argument 'errors' must be str, not %s", arg_type_name(a[1]));
        errors = str_cstr(a[1]);
    }
    return str_encode_text(str_view(self), encoding, errors, as_str(self)->is_ascii);
}

// str.maketrans(x[, y[, z]]): a dict from code points to code points / strings / None.
Object* str_maketrans(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("maketrans", kwnames) || !arg_check_positional("maketrans", nargs, 1, 3)) return nullptr;
    Ref<> table = Ref<>::steal(dict_new());
    if (!table) return nullptr;
    if (nargs == 1) {
        Object* x = args[0];
        if (!is_dict(x))
            return err_set_string(TypeError, "if you give only one argument to maketrans it must be a dict");
        ssize pos = 0;
        Object *k, *v;
        while (dict_next(x, &pos, &k, &v)) {
            Ref<> key;
            if (is_str(k)) {
                if (str_length(k) != 1)
                    return err_set_string(ValueError, "string keys in translate table must be of length 1");
                key = Ref<>::steal(int_from_i64(str_codepoint_at(k, 0)));
            } else if (is_int(k)) {
                key = Ref<>::borrow(k);
            } else {
                return err_set_string(TypeError, "keys in translate table must be strings or integers");
            }
            if (!key || dict_setitem(table.get(), key.get(), v) < 0) return nullptr;
        }
        return table.release();
    }
    if (!is_str(args[0]) || !is_str(args[1])) {
        Object* bad = !is_str(args[0]) ? args[0] : args[1];
        return err_format(TypeError, "maketrans() argument %d must be str, not %s", !is_str(args[0]) ? 1 : 2, arg_type_name(bad));
    }
    if (str_length(args[0]) != str_length(args[1]))
        return err_set_string(ValueError, "the first two maketrans arguments must have equal length");
    for (ssize i = 0; i < str_length(args[0]); ++i) {
        Ref<> k = Ref<>::steal(int_from_i64(str_codepoint_at(args[0], i)));
        Ref<> v = Ref<>::steal(int_from_i64(str_codepoint_at(args[1], i)));
        if (!k || !v || dict_setitem(table.get(), k.get(), v.get()) < 0) return nullptr;
    }
    if (nargs == 3) {
        if (!is_str(args[2])) return err_format(TypeError, "maketrans() argument 3 must be str, not %s", arg_type_name(args[2]));
        for (ssize i = 0; i < str_length(args[2]); ++i) {
            Ref<> k = Ref<>::steal(int_from_i64(str_codepoint_at(args[2], i)));
            if (!k || dict_setitem(table.get(), k.get(), None) < 0) return nullptr;
        }
    }
    return table.release();
}

Object* str_translate(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("str.translate", kwnames) || !arg_check_positional("str.translate", nargs, 1, 1)) return nullptr;
    Object* table = args[0];
    std::string out;
    std::string_view v = str_view(self);
    for (const char* p = v.data(), *e = p + v.size(); p < e;) {
        const char* s = p;
        uint32_t c = utf8_decode(p);
        Ref<> key = Ref<>::steal(int_from_i64(c));
        if (!key) return nullptr;
        Ref<> r = Ref<>::steal(object_getitem(table, key.get()));
        if (!r) {
            if (err_matches(LookupError)) {
                err_clear();
                out.append(s, p);
                continue;
            }
            return nullptr;
        }
        if (r.get() == None) continue;
        if (is_int(r.get())) {
            int64_t cp;
            if (!int_as_i64(r.get(), &cp) || cp < 0 || cp > 0x10FFFF)
                return err_set_string(ValueError, "character mapping must be in range(0x110000)");
            append_cp(&out, static_cast<uint32_t>(cp));
        } else if (is_str(r.get())) {
            out += str_view(r.get());
        } else {
            return err_set_string(TypeError, "character mapping must return integer, None or str");
        }
    }
    return make_str(out);
}

// ---- format ----

Object* str_format(Object* self, Args args, size_t nargs, Object* kwnames) {
    return str_format_method(self, args, nargs, kwnames);
}

Object* str_format_map(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("str.format_map", kwnames) || !arg_check_positional("str.format_map", nargs, 1, 1)) return nullptr;
    return str_format_mapping(self, args[0]);
}

Object* str_dunder_format(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("str.__format__", kwnames) || !arg_check_positional("__format__", nargs, 1, 1)) return nullptr;
    if (!is_str(args[0]))
        return err_format(TypeError, "__format__() argument must be str, not %s", arg_type_name(args[0]));
    // An empty spec means str(self): a subclass's own __str__ counts (CPython: format_obj).
    if (str_view(args[0]).empty() && !is_str_exact(self)) return object_str(self);
    return format_str(self, str_view(args[0]));
}

Object* str_getnewargs(Object* self, Args, size_t nargs, Object* kw) {
    if (!no_args("str.__getnewargs__", nargs, kw)) return nullptr;
    Ref<> copy = Ref<>::steal(str_from(str_view(self)));
    if (!copy) return nullptr;
    return tuple_pack({copy.get()});
}

Object* str_sizeof(Object* self, Args, size_t nargs, Object* kw) {
    if (!no_args("str.__sizeof__", nargs, kw)) return nullptr;
    return int_from_u64(self->type->basicsize + as_str(self)->byte_size);
}

}  // namespace

extern const MethodDef kStrMethods[] = {
    {"join", str_join, kMethDepth},
    {"split", str_split},
    {"rsplit", str_rsplit},
    {"splitlines", str_splitlines},
    {"strip", str_strip},
    {"lstrip", str_lstrip},
    {"rstrip", str_rstrip},
    {"startswith", str_startswith},
    {"endswith", str_endswith},
    {"find", str_find},
    {"rfind", str_rfind},
    {"index", str_index},
    {"rindex", str_rindex},
    {"count", str_count},
    {"replace", str_replace},
    {"upper", str_upper},
    {"lower", str_lower},
    {"casefold", str_casefold},
    {"capitalize", str_capitalize},
    {"title", str_title},
    {"swapcase", str_swapcase},
    {"isdigit", str_isdigit},
    {"isdecimal", str_isdecimal},
    {"isnumeric", str_isnumeric},
    {"isalpha", str_isalpha},
    {"isalnum", str_isalnum},
    {"isspace", str_isspace},
    {"isupper", str_isupper},
    {"islower", str_islower},
    {"istitle", str_istitle},
    {"isidentifier", str_isidentifier},
    {"isprintable", str_isprintable},
    {"isascii", str_isascii},
    {"center", str_center},
    {"ljust", str_ljust},
    {"rjust", str_rjust},
    {"zfill", str_zfill},
    {"partition", str_partition},
    {"rpartition", str_rpartition},
    {"removeprefix", str_removeprefix},
    {"removesuffix", str_removesuffix},
    {"expandtabs", str_expandtabs},
    {"encode", str_encode},
    {"maketrans", str_maketrans, kMethStatic},
    {"translate", str_translate},
    {"format", str_format, kMethDepth},
    {"format_map", str_format_map},
    {"__format__", str_dunder_format},
    {"__getnewargs__", str_getnewargs},
    {"__sizeof__", str_sizeof},
    {nullptr, nullptr},
};

}  // namespace pygen
