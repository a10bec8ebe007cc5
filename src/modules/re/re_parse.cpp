// Parses CPython's regular-expression syntax into a Node tree, with sre's error messages and
// positions ("unterminated character set at position 0"). Errors travel as a C++ exception of type
// ParseError that never leaves this file: parse() catches it and reports it by value.
// CPython counterpart: Lib/re/_parser.py (behaviour only; the code is ours).

#include <cstdio>
#include <utility>

#include "modules/re/re_internal.h"
#include "objects/str.h"

namespace pygen::re {

namespace {

constexpr uint32_t kTypeFlags = kAscii | kLocale | kUnicode;
constexpr uint32_t kGlobalFlags = kDebug | kTemplate;

bool is_ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }
bool is_oct_digit(uint32_t c) { return c >= '0' && c <= '7'; }
bool is_hex_digit(uint32_t c) { return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_ascii_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
int hex_value(uint32_t c) { return is_ascii_digit(c) ? int(c - '0') : int((c | 0x20) - 'a' + 10); }

uint32_t flag_of(uint32_t c) {
    switch (c) {
        case 'i': return kIgnoreCase;
        case 'L': return kLocale;
        case 'm': return kMultiline;
        case 's': return kDotAll;
        case 'x': return kVerbose;
        case 'a': return kAscii;
        case 't': return kTemplate;
        case 'u': return kUnicode;
        default: return 0;
    }
}

std::string to_utf8(const std::u32string& s) {
    std::string out;
    char buf[4];
    for (uint32_t c : s) out.append(buf, utf8_encode(c, buf));
    return out;
}

// Python's repr of a str (for messages such as "unknown group name 'x'").
std::string repr_of(const std::u32string& s) { return str_repr_text(to_utf8(s)); }

bool is_identifier(const std::u32string& s) {
    if (s.empty()) return false;
    for (size_t i = 0; i < s.size(); i++) {
        uint32_t c = s[i];
        bool ok = c == '_' || unicode_is_alpha(c) || (i > 0 && (unicode_is_decimal(c) || unicode_is_digit(c)));
        if (!ok) return false;
    }
    return true;
}

std::unique_ptr<Node> make(NodeKind kind, uint32_t flags) {
    auto n = std::make_unique<Node>();
    n->kind = kind;
    n->flags = flags;
    return n;
}

std::unique_ptr<Node> make_category(uint32_t cat, uint32_t flags) {
    auto n = make(NodeKind::Set, flags);
    n->set.categories = cat;
    return n;
}

class Parser {
public:
    Parser(const std::u32string& src, bool is_bytes, uint32_t flags, int64_t max_nested)
        : src_(src), is_bytes_(is_bytes), flags_(flags), max_nested_(max_nested) {
        global_flags_ = flags;
    }

    void run(Parsed* out) {
        group_widths_.push_back({0, 0});   // group 0
        group_open_.push_back(false);
        auto root = parse_sub(global_flags_ & kVerbose, 0);
        fix_flags();
        if (i_ < src_.size()) fail("unbalanced parenthesis", i_);
        for (auto& [g, pos] : grouprefpos_) {
            if (g >= groups()) fail("invalid group reference " + std::to_string(g), pos);
        }
        out->root = std::move(root);
        out->flags = global_flags_;
        out->groups = groups() - 1;
        out->names = names_;
    }

    std::vector<std::pair<uint64_t, uint64_t>> group_widths_;

private:
    const std::u32string& src_;
    size_t i_ = 0;
    bool is_bytes_;
    uint32_t flags_;          // flags in force at the current point (scoped flags applied)
    uint32_t global_flags_;   // the pattern's flags: argument plus global inline flags
    int64_t max_nested_;      // deeper nesting is a RecursionError (this parser recurses in C++ too)
    std::vector<bool> group_open_;
    std::vector<std::pair<std::u32string, int>> names_;
    int lookbehind_groups_ = -1;   // state.lookbehindgroups: groups before the outermost look-behind
    std::vector<std::pair<int, int64_t>> grouprefpos_;

    int groups() const { return static_cast<int>(group_widths_.size()); }

    [[noreturn]] void fail(const std::string& msg, int64_t pos) { throw ParseError{ParseError::Re, msg, pos}; }
    [[noreturn]] void fail_here(const std::string& msg, int64_t offset = 0) { fail(msg, static_cast<int64_t>(i_) - offset); }

    bool at_end() const { return i_ >= src_.size(); }
    uint32_t peek() const { return src_[i_]; }
    bool match(uint32_t c) {
        if (!at_end() && src_[i_] == c) { i_++; return true; }
        return false;
    }

    // The text of a character for messages: "\q" escapes keep their backslash.
    std::string text(size_t from, size_t to) const { return to_utf8(src_.substr(from, to - from)); }

    void fix_flags() {
        uint32_t& f = global_flags_;
        if (!is_bytes_) {
            if (f & kLocale) throw ParseError{ParseError::Value, "cannot use LOCALE flag with a str pattern", -1};
            if (!(f & kAscii)) f |= kUnicode;
            else if (f & kUnicode) throw ParseError{ParseError::Value, "ASCII and UNICODE flags are incompatible", -1};
        } else {
            if (f & kUnicode) throw ParseError{ParseError::Value, "cannot use UNICODE flag with a bytes pattern", -1};
            if ((f & kLocale) && (f & kAscii)) throw ParseError{ParseError::Value, "ASCII and LOCALE flags are incompatible", -1};
        }
    }

    // ---- Groups ----

    int open_group(const std::u32string* name, size_t name_len_offset) {
        int gid = groups();
        group_widths_.push_back({0, 0});
        group_open_.push_back(true);
        if (name) {
            for (auto& [n, g] : names_) {
                if (n == *name) {
                    fail_here("redefinition of group name " + repr_of(*name) + " as group " + std::to_string(gid) +
                                  "; was group " + std::to_string(g),
                              static_cast<int64_t>(name_len_offset));
                }
            }
            names_.push_back({*name, gid});
        }
        return gid;
    }
    bool group_closed(int gid) const { return gid < groups() && !group_open_[gid]; }
    void check_lookbehind_group(int gid, int64_t offset) {
        if (lookbehind_groups_ < 0) return;
        if (!group_closed(gid)) fail_here("cannot refer to an open group", offset);
        if (gid >= lookbehind_groups_) fail_here("cannot refer to group defined in the same lookbehind subpattern", offset);
    }
    int find_name(const std::u32string& name) const {
        for (auto& [n, g] : names_) if (n == name) return g;
        return -1;
    }

    // Reads up to `terminator`; CPython's Tokenizer.getuntil.
    std::u32string get_until(uint32_t terminator, const char* what) {
        size_t start = i_;
        while (true) {
            if (at_end()) {
                if (i_ == start) fail_here(std::string("missing ") + what);
                fail_here(std::string("missing ") + char(terminator) + ", unterminated name", static_cast<int64_t>(i_ - start));
            }
            uint32_t c = src_[i_++];
            if (c == terminator) {
                if (i_ - 1 == start) fail_here(std::string("missing ") + what, 1);
                return src_.substr(start, i_ - 1 - start);
            }
        }
    }
    void check_group_name(const std::u32string& name, int64_t offset) {
        bool ok = is_identifier(name);
        if (ok && is_bytes_) {
            for (uint32_t c : name) if (c >= 128) ok = false;
        }
        if (!ok) fail_here("bad character in group name " + repr_of(name), static_cast<int64_t>(name.size()) + offset);
    }

    // ---- Sequences and alternatives ----

    void check_nesting(int nested) const {
        if (nested > max_nested_) throw ParseError{ParseError::Recursion, "maximum recursion depth exceeded", -1};
    }

    std::unique_ptr<Node> parse_sub(bool verbose, int nested) {
        check_nesting(nested);
        std::vector<std::unique_ptr<Node>> items;
        while (true) {
            items.push_back(parse_seq(verbose, nested + 1, nested == 0 && items.empty()));
            if (!match('|')) break;
        }
        if (items.size() == 1) return std::move(items[0]);
        auto alt = make(NodeKind::Alternate, flags_);
        alt->kids = std::move(items);
        return alt;
    }

    std::unique_ptr<Node> parse_seq(bool& verbose, int nested, bool first) {
        check_nesting(nested);
        auto seq = make(NodeKind::Concat, flags_);
        auto& items = seq->kids;
        while (!at_end()) {
            uint32_t c = peek();
            if (c == '|' || c == ')') break;
            size_t here = i_;
            i_++;
            if (verbose) {
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') continue;
                if (c == '#') {
                    while (!at_end() && src_[i_++] != '\n') {}
                    continue;
                }
            }
            switch (c) {
                case '\\': items.push_back(parse_escape(here)); break;
                case '[': items.push_back(parse_set(here)); break;
                case '.': items.push_back(make(NodeKind::Any, flags_)); break;
                case '^': {
                    auto n = make(NodeKind::At, flags_);
                    n->at = (flags_ & kMultiline) ? AtKind::BeginningLine : AtKind::Beginning;
                    items.push_back(std::move(n));
                    break;
                }
                case '$': {
                    auto n = make(NodeKind::At, flags_);
                    n->at = (flags_ & kMultiline) ? AtKind::EndLine : AtKind::EndOrNewline;
                    items.push_back(std::move(n));
                    break;
                }
                case '*': case '+': case '?': case '{':
                    parse_repeat(c, items);
                    break;
                case '(': {
                    auto g = parse_group(here, verbose, nested, first && items.empty());
                    if (g) items.push_back(std::move(g));
                    break;
                }
                default: {
                    auto n = make(NodeKind::Literal, flags_);
                    n->ch = c;
                    items.push_back(std::move(n));
                }
            }
        }
        if (items.size() == 1) return std::move(items[0]);
        return seq;
    }

    void parse_repeat(uint32_t c, std::vector<std::unique_ptr<Node>>& items) {
        size_t here = i_;   // just after the repeat character
        uint64_t min = 0, max = kMaxRepeat;
        if (c == '?') max = 1;
        else if (c == '+') min = 1;
        else if (c == '{') {
            if (!at_end() && peek() == '}') {
                auto n = make(NodeKind::Literal, flags_);
                n->ch = '{';
                items.push_back(std::move(n));
                return;
            }
            std::u32string lo, hi;
            while (!at_end() && is_ascii_digit(peek())) lo += src_[i_++];
            if (match(',')) {
                while (!at_end() && is_ascii_digit(peek())) hi += src_[i_++];
            } else {
                hi = lo;
            }
            if (!match('}')) {
                auto n = make(NodeKind::Literal, flags_);
                n->ch = '{';
                items.push_back(std::move(n));
                i_ = here;
                return;
            }
            auto number = [](const std::u32string& digits) {
                uint64_t v = 0;
                for (uint32_t d : digits) {
                    v = v * 10 + (d - '0');
                    if (v >= kMaxRepeat) return kMaxRepeat;
                }
                return v;
            };
            if (!lo.empty()) {
                min = number(lo);
                if (min >= kMaxRepeat) throw ParseError{ParseError::Overflow, "the repetition number is too large", -1};
            }
            if (!hi.empty()) {
                max = number(hi);
                if (max >= kMaxRepeat) throw ParseError{ParseError::Overflow, "the repetition number is too large", -1};
                if (max < min) fail_here("min repeat greater than max repeat", static_cast<int64_t>(i_ - here));
            }
        }
        int64_t token_start = static_cast<int64_t>(here) - 1;
        if (items.empty() || items.back()->kind == NodeKind::At) fail("nothing to repeat", token_start);
        if (items.back()->kind == NodeKind::Repeat) fail("multiple repeat", token_start);
        auto rep = make(NodeKind::Repeat, flags_);
        rep->min = min;
        rep->max = max;
        if (match('?')) rep->repeat = RepeatKind::Lazy;
        else if (match('+')) rep->repeat = RepeatKind::Possessive;
        rep->kids.push_back(std::move(items.back()));
        items.back() = std::move(rep);
    }

    // ---- Escapes ----

    // \x, \u, \U, \N and octal escapes shared by both escape parsers. Returns true when the escape
    // at `start` (the backslash) was one of them, with the code point in *out.
    bool parse_code_escape(size_t start, uint32_t c, uint32_t* out) {
        auto fixed_hex = [&](size_t digits) {
            uint32_t v = 0;
            for (size_t k = 0; k < digits; k++) {
                if (at_end() || !is_hex_digit(peek())) fail("incomplete escape " + text(start, i_), static_cast<int64_t>(start));
                v = v * 16 + static_cast<uint32_t>(hex_value(src_[i_++]));
            }
            return v;
        };
        if (c == 'x') {
            *out = fixed_hex(2);
            return true;
        }
        if ((c == 'u' || c == 'U') && !is_bytes_) {
            uint64_t v = 0;
            size_t digits = c == 'u' ? 4 : 8;
            for (size_t k = 0; k < digits; k++) {
                if (at_end() || !is_hex_digit(peek())) fail("incomplete escape " + text(start, i_), static_cast<int64_t>(start));
                v = v * 16 + static_cast<uint32_t>(hex_value(src_[i_++]));
            }
            if (v > 0x10FFFF) fail("bad escape " + text(start, i_), static_cast<int64_t>(start));
            *out = static_cast<uint32_t>(v);
            return true;
        }
        if (c == 'N' && !is_bytes_) {
            if (!match('{')) fail_here("missing {");
            std::u32string name = get_until('}', "character name");
            // TODO(#8): no Unicode name database in pygen yet, so every \N{...} is undefined.
            fail("undefined character name " + repr_of(name), static_cast<int64_t>(start));
        }
        return false;
    }

    std::unique_ptr<Node> literal(uint32_t c) {
        auto n = make(NodeKind::Literal, flags_);
        n->ch = c;
        return n;
    }

    static uint32_t simple_escape(uint32_t c) {
        switch (c) {
            case 'a': return 7;
            case 'f': return 12;
            case 'n': return 10;
            case 'r': return 13;
            case 't': return 9;
            case 'v': return 11;
            case '\\': return '\\';
            default: return 0;
        }
    }

    // An escape outside a set; `start` is the backslash.
    std::unique_ptr<Node> parse_escape(size_t start) {
        if (at_end()) fail("bad escape (end of pattern)", static_cast<int64_t>(start));
        uint32_t c = src_[i_++];
        switch (c) {
            case 'A': { auto n = make(NodeKind::At, flags_); n->at = AtKind::Beginning; return n; }
            case 'Z': { auto n = make(NodeKind::At, flags_); n->at = AtKind::End; return n; }
            case 'b': { auto n = make(NodeKind::At, flags_); n->at = AtKind::Boundary; return n; }
            case 'B': { auto n = make(NodeKind::At, flags_); n->at = AtKind::NonBoundary; return n; }
            case 'd': return make_category(kCatDigit, flags_);
            case 'D': return make_category(kCatNotDigit, flags_);
            case 's': return make_category(kCatSpace, flags_);
            case 'S': return make_category(kCatNotSpace, flags_);
            case 'w': return make_category(kCatWord, flags_);
            case 'W': return make_category(kCatNotWord, flags_);
            default: break;
        }
        uint32_t code;
        if (parse_code_escape(start, c, &code)) return literal(code);
        if (uint32_t s = simple_escape(c)) return literal(s);
        if (c == '0') {
            uint32_t v = 0;
            for (int k = 0; k < 2 && !at_end() && is_oct_digit(peek()); k++) v = v * 8 + (src_[i_++] - '0');
            return literal(v);
        }
        if (is_ascii_digit(c)) {
            // Octal (three octal digits) or a group reference of one or two digits.
            if (!at_end() && is_ascii_digit(peek())) {
                if (is_oct_digit(c) && is_oct_digit(peek()) && i_ + 1 < src_.size() && is_oct_digit(src_[i_ + 1])) {
                    uint32_t v = (c - '0') * 64 + (src_[i_] - '0') * 8 + (src_[i_ + 1] - '0');
                    i_ += 2;
                    if (v > 0377) {
                        fail("octal escape value " + text(start, i_) + " outside of range 0-0o377", static_cast<int64_t>(start));
                    }
                    return literal(v);
                }
                i_++;
            }
            int group = 0;
            for (size_t k = start + 1; k < i_; k++) group = group * 10 + int(src_[k] - '0');
            int64_t offset = static_cast<int64_t>(i_ - start) - 1;
            if (group < groups()) {
                if (!group_closed(group)) fail_here("cannot refer to an open group", static_cast<int64_t>(i_ - start));
                check_lookbehind_group(group, static_cast<int64_t>(i_ - start));
                auto n = make(NodeKind::Backref, flags_);
                n->group = group;
                return n;
            }
            fail_here("invalid group reference " + std::to_string(group), offset);
        }
        if (c < 128 && is_ascii_letter(c)) fail("bad escape " + text(start, i_), static_cast<int64_t>(start));
        return literal(c);
    }

    // An escape inside a set: a literal code point (true) or a category in *cat (false).
    bool parse_class_escape(size_t start, uint32_t* out, uint32_t* cat) {
        if (at_end()) fail("bad escape (end of pattern)", static_cast<int64_t>(start));
        uint32_t c = src_[i_++];
        switch (c) {
            case 'd': *cat = kCatDigit; return false;
            case 'D': *cat = kCatNotDigit; return false;
            case 's': *cat = kCatSpace; return false;
            case 'S': *cat = kCatNotSpace; return false;
            case 'w': *cat = kCatWord; return false;
            case 'W': *cat = kCatNotWord; return false;
            case 'b': *out = 8; return true;
            default: break;
        }
        if (parse_code_escape(start, c, out)) return true;
        if (uint32_t s = simple_escape(c)) { *out = s; return true; }
        if (is_oct_digit(c)) {
            uint32_t v = c - '0';
            for (int k = 0; k < 2 && !at_end() && is_oct_digit(peek()); k++) v = v * 8 + (src_[i_++] - '0');
            if (v > 0377) fail("octal escape value " + text(start, i_) + " outside of range 0-0o377", static_cast<int64_t>(start));
            *out = v;
            return true;
        }
        if (is_ascii_digit(c) || (c < 128 && is_ascii_letter(c))) fail("bad escape " + text(start, i_), static_cast<int64_t>(start));
        *out = c;
        return true;
    }

    // ---- Sets ----

    std::unique_ptr<Node> parse_set(size_t here) {
        auto n = make(NodeKind::Set, flags_);
        CharSet& set = n->set;
        set.negate = match('^');
        bool empty = true;
        while (true) {
            if (at_end()) fail("unterminated character set", static_cast<int64_t>(here));
            size_t this_start = i_;
            uint32_t c = src_[i_++];
            if (c == ']' && !empty) break;
            empty = false;
            uint32_t lo = c, cat = 0;
            bool lo_is_char = true;
            if (c == '\\') lo_is_char = parse_class_escape(this_start, &lo, &cat);
            size_t this_end = i_;
            if (match('-')) {
                if (at_end()) fail("unterminated character set", static_cast<int64_t>(here));
                size_t that_start = i_;
                uint32_t d = src_[i_++];
                if (d == ']') {
                    if (lo_is_char) set.ranges.push_back({lo, lo});
                    else set.categories |= cat;
                    set.ranges.push_back({'-', '-'});
                    break;
                }
                uint32_t hi = d, cat2 = 0;
                bool hi_is_char = true;
                if (d == '\\') hi_is_char = parse_class_escape(that_start, &hi, &cat2);
                std::string msg = "bad character range " + text(this_start, this_end) + "-" + text(that_start, i_);
                if (!lo_is_char || !hi_is_char || hi < lo) fail(msg, static_cast<int64_t>(this_start));
                set.ranges.push_back({lo, hi});
            } else if (lo_is_char) {
                set.ranges.push_back({lo, lo});
            } else {
                set.categories |= cat;
            }
        }
        if (!set.negate && set.categories == 0 && set.ranges.size() == 1 && set.ranges[0].first == set.ranges[0].second) {
            return literal(set.ranges[0].first);
        }
        return n;
    }

    // ---- Groups and extensions ----

    // Parses after '(' (at `start`). Returns null for constructs that add nothing (comments,
    // global flags).
    std::unique_ptr<Node> parse_group(size_t start, bool& verbose, int nested, bool first) {
        bool capture = true, atomic = false;
        std::u32string name;
        bool named = false;
        uint32_t add_flags = 0, del_flags = 0;
        if (match('?')) {
            if (at_end()) fail_here("unexpected end of pattern");
            uint32_t c = src_[i_++];
            if (c == 'P') {
                if (match('<')) {
                    name = get_until('>', "group name");
                    check_group_name(name, 1);
                    named = true;
                } else if (match('=')) {
                    name = get_until(')', "group name");
                    check_group_name(name, 1);
                    int gid = find_name(name);
                    int64_t offset = static_cast<int64_t>(name.size()) + 1;
                    if (gid < 0) fail_here("unknown group name " + repr_of(name), offset);
                    if (!group_closed(gid)) fail_here("cannot refer to an open group", offset);
                    check_lookbehind_group(gid, 0);
                    auto n = make(NodeKind::Backref, flags_);
                    n->group = gid;
                    return n;
                } else {
                    if (at_end()) fail_here("unexpected end of pattern");
                    uint32_t d = src_[i_++];
                    fail_here("unknown extension ?P" + text(i_ - 1, i_), 2 + 1 - 1 + 1);
                    (void)d;
                }
            } else if (c == ':') {
                capture = false;
            } else if (c == '#') {
                while (true) {
                    if (at_end()) fail("missing ), unterminated comment", static_cast<int64_t>(start));
                    if (src_[i_++] == ')') break;
                }
                return nullptr;
            } else if (c == '=' || c == '!' || c == '<') {
                bool behind = false;
                if (c == '<') {
                    if (at_end()) fail_here("unexpected end of pattern");
                    c = src_[i_++];
                    if (c != '=' && c != '!') fail_here("unknown extension ?<" + text(i_ - 1, i_), 2 + 1);
                    behind = true;
                }
                int saved_lookbehind = lookbehind_groups_;
                if (behind && lookbehind_groups_ < 0) lookbehind_groups_ = groups();
                uint32_t saved_flags = flags_;
                auto body = parse_sub(verbose, nested + 1);
                flags_ = saved_flags;
                if (behind) lookbehind_groups_ = saved_lookbehind;
                if (!match(')')) fail("missing ), unterminated subpattern", static_cast<int64_t>(start));
                auto n = make(NodeKind::Look, flags_);
                n->behind = behind;
                n->negative = c == '!';
                n->kids.push_back(std::move(body));
                return n;
            } else if (c == '(') {
                return parse_conditional(start, verbose, nested);
            } else if (c == '>') {
                capture = false;
                atomic = true;
            } else if (flag_of(c) || c == '-') {
                if (!parse_flags(c, &add_flags, &del_flags)) {
                    if (!first) fail("global flags not at the start of the expression", static_cast<int64_t>(start));
                    verbose = flags_ & kVerbose;
                    return nullptr;
                }
                capture = false;
            } else {
                fail_here("unknown extension ?" + text(i_ - 1, i_), 2);
            }
        }
        int gid = 0;
        if (capture) gid = open_group(named ? &name : nullptr, name.size() + 1);
        uint32_t saved_flags = flags_;
        flags_ = (flags_ | add_flags) & ~del_flags;
        bool sub_verbose = flags_ & kVerbose;
        auto body = parse_sub(sub_verbose, nested + 1);
        flags_ = saved_flags;
        if (!match(')')) fail("missing ), unterminated subpattern", static_cast<int64_t>(start));
        if (capture) {
            group_widths_[gid] = node_width(*body, group_widths_);
            group_open_[gid] = false;
            auto n = make(NodeKind::Group, flags_);
            n->group = gid;
            n->kids.push_back(std::move(body));
            return n;
        }
        if (atomic) {
            auto n = make(NodeKind::Atomic, flags_);
            n->kids.push_back(std::move(body));
            return n;
        }
        // A non-capturing group: wrapped so that a following quantifier applies to all of it and a
        // preceding one does not see "multiple repeat".
        auto n = make(NodeKind::Concat, flags_);
        n->kids.push_back(std::move(body));
        return n;
    }

    std::unique_ptr<Node> parse_conditional(size_t start, bool& verbose, int nested) {
        std::u32string cond = get_until(')', "group name");
        int64_t offset = static_cast<int64_t>(cond.size()) + 1;
        int gid;
        if (is_identifier(cond)) {
            check_group_name(cond, 1);
            gid = find_name(cond);
            if (gid < 0) fail_here("unknown group name " + repr_of(cond), offset);
        } else {
            // int(): optional surrounding spaces, '+', '_' separators; digits may be any Nd.
            std::u32string digits;
            bool ok = !cond.empty();
            for (uint32_t c : cond) {
                int v = unicode_decimal_value(c);
                if (v < 0) { ok = false; break; }
                digits += static_cast<char32_t>('0' + v);
            }
            if (!ok) fail_here("bad character in group name " + repr_of(cond), offset);
            uint64_t v = 0;
            for (uint32_t d : digits) {
                v = v * 10 + (d - '0');
                if (v > static_cast<uint64_t>(kMaxGroups)) { v = kMaxGroups; break; }
            }
            if (v == 0) fail_here("bad group number", offset);
            if (v >= static_cast<uint64_t>(kMaxGroups)) fail_here("invalid group reference " + to_utf8(digits), offset);
            gid = static_cast<int>(v);
            bool seen = false;
            for (auto& [g, p] : grouprefpos_) if (g == gid) seen = true;
            if (!seen) grouprefpos_.push_back({gid, static_cast<int64_t>(i_) - offset});
        }
        check_lookbehind_group(gid, 0);
        auto yes = parse_seq(verbose, nested + 1, false);
        std::unique_ptr<Node> no;
        if (match('|')) {
            no = parse_seq(verbose, nested + 1, false);
            if (!at_end() && peek() == '|') fail_here("conditional backref with more than two branches");
        } else {
            no = make(NodeKind::Empty, flags_);
        }
        if (!match(')')) fail("missing ), unterminated subpattern", static_cast<int64_t>(start));
        auto n = make(NodeKind::Cond, flags_);
        n->group = gid;
        n->kids.push_back(std::move(yes));
        n->kids.push_back(std::move(no));
        return n;
    }

    // Inline flags after "(?"; `c` is the first flag character (or '-'). Returns false for global
    // flags "(?i)" (already applied), true for scoped flags "(?i-m:" with the sets filled.
    bool parse_flags(uint32_t c, uint32_t* add, uint32_t* del) {
        if (c != '-') {
            while (true) {
                uint32_t flag = flag_of(c);
                if (!is_bytes_ && c == 'L') fail_here("bad inline flags: cannot use 'L' flag with a str pattern");
                if (is_bytes_ && c == 'u') fail_here("bad inline flags: cannot use 'u' flag with a bytes pattern");
                *add |= flag;
                if ((flag & kTypeFlags) && (*add & kTypeFlags) != flag) {
                    fail_here("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                }
                if (at_end()) fail_here("missing -, : or )");
                c = src_[i_++];
                if (c == ')' || c == '-' || c == ':') break;
                if (!flag_of(c)) fail_here(unicode_is_alpha(c) ? "unknown flag" : "missing -, : or )", 1);
            }
        }
        if (c == ')') {
            global_flags_ |= *add;
            flags_ |= *add;
            return false;
        }
        if (*add & kGlobalFlags) fail_here("bad inline flags: cannot turn on global flag", 1);
        if (c == '-') {
            if (at_end()) fail_here("missing flag");
            c = src_[i_++];
            if (!flag_of(c)) fail_here(unicode_is_alpha(c) ? "unknown flag" : "missing flag", 1);
            while (true) {
                uint32_t flag = flag_of(c);
                if (flag & kTypeFlags) fail_here("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                *del |= flag;
                if (at_end()) fail_here("missing :");
                c = src_[i_++];
                if (c == ':') break;
                if (!flag_of(c)) fail_here(unicode_is_alpha(c) ? "unknown flag" : "missing :", 1);
            }
        }
        if (*del & kGlobalFlags) fail_here("bad inline flags: cannot turn off global flag", 1);
        if (*add & *del) fail_here("bad inline flags: flag turned on and off", 1);
        return true;
    }
};

}  // namespace

std::pair<uint64_t, uint64_t> node_width(const Node& n, const std::vector<std::pair<uint64_t, uint64_t>>& gw) {
    auto cap = [](uint64_t v) { return v > kMaxRepeat ? kMaxRepeat : v; };
    switch (n.kind) {
        case NodeKind::Literal: case NodeKind::Any: case NodeKind::Set: return {1, 1};
        case NodeKind::Empty: case NodeKind::At: case NodeKind::Look: return {0, 0};
        case NodeKind::Group: case NodeKind::Atomic: return node_width(*n.kids[0], gw);
        case NodeKind::Concat: {
            uint64_t lo = 0, hi = 0;
            for (auto& k : n.kids) {
                auto [a, b] = node_width(*k, gw);
                lo = cap(lo + a);
                hi = cap(hi + b);
            }
            return {lo, hi};
        }
        case NodeKind::Alternate: case NodeKind::Cond: {
            uint64_t lo = kMaxRepeat, hi = 0;
            for (auto& k : n.kids) {
                auto [a, b] = node_width(*k, gw);
                lo = std::min(lo, a);
                hi = std::max(hi, b);
            }
            return {lo, hi};
        }
        case NodeKind::Repeat: {
            auto [a, b] = node_width(*n.kids[0], gw);
            auto mul = [&](uint64_t x, uint64_t y) -> uint64_t {
                if (x == 0 || y == 0) return 0;
                if (x >= kMaxRepeat || y >= kMaxRepeat || x > kMaxRepeat / y) return kMaxRepeat;
                return x * y;
            };
            return {mul(a, n.min), mul(b, n.max)};
        }
        case NodeKind::Backref:
            if (n.group < static_cast<int>(gw.size())) return gw[n.group];
            return {0, kMaxRepeat};
    }
    return {0, 0};
}

bool parse(const std::u32string& pattern, bool is_bytes, uint32_t flags, int64_t max_nested, Parsed* out,
           ParseError* error) {
    Parser p(pattern, is_bytes, flags, max_nested);
    try {
        p.run(out);
    } catch (ParseError& e) {
        *error = std::move(e);
        return false;
    }
    return true;
}

}  // namespace pygen::re
