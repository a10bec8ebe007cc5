// Lowers the parse tree to the instruction program the matcher runs, and holds the character
// tests (\w, \d, \s, case folding) in their Unicode and ASCII variants. Single-character repeats
// (\d+, .*, [a-z]{2,5}) become one RepeatOne instruction, which backtracks without a choice point
// per character; other repeats become counted loops.
// CPython counterparts: Lib/re/_compiler.py, Modules/_sre/sre.c (character categories).

#include "modules/re/re_internal.h"
#include "objects/str.h"

namespace pygen::re {

// ---- Characters ----

bool is_word(uint32_t c, CharMode mode) {
    if (c < 128) return c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    if (mode == CharMode::Ascii) return false;
    return unicode_is_alpha(c) || unicode_is_numeric(c) || unicode_is_decimal(c) || unicode_is_digit(c);
}

bool is_digit(uint32_t c, CharMode mode) {
    if (c < 128) return c >= '0' && c <= '9';
    return mode == CharMode::Unicode && unicode_is_decimal(c);
}

bool is_space(uint32_t c, CharMode mode) {
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (mode == CharMode::Unicode && c >= 28 && c <= 31);
    return mode == CharMode::Unicode && unicode_is_space(c);
}

uint32_t fold_lower(uint32_t c, CharMode mode) {
    if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return mode == CharMode::Unicode ? unicode_to_lower(c) : c;
}

uint32_t fold_upper(uint32_t c, CharMode mode) {
    if (c < 128) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    return mode == CharMode::Unicode ? unicode_to_upper(c) : c;
}

namespace {

bool set_contains(const CharSet& set, uint32_t c, CharMode mode) {
    for (auto& [lo, hi] : set.ranges) {
        if (c >= lo && c <= hi) return true;
    }
    uint32_t cats = set.categories;
    if (cats) {
        if ((cats & kCatDigit) && is_digit(c, mode)) return true;
        if ((cats & kCatNotDigit) && !is_digit(c, mode)) return true;
        if ((cats & kCatSpace) && is_space(c, mode)) return true;
        if ((cats & kCatNotSpace) && !is_space(c, mode)) return true;
        if ((cats & kCatWord) && is_word(c, mode)) return true;
        if ((cats & kCatNotWord) && !is_word(c, mode)) return true;
    }
    return false;
}

}  // namespace

bool char_test(const Program& p, const Inst& in, uint32_t c) {
    switch (in.op) {
        case Op::Char: return c == static_cast<uint32_t>(in.a);
        case Op::CharIgnore: {
            auto a = static_cast<uint32_t>(in.a);
            return c == a || fold_lower(c, in.mode) == fold_lower(a, in.mode) || fold_upper(c, in.mode) == fold_upper(a, in.mode);
        }
        case Op::Any: return c != '\n';
        case Op::AnyAll: return true;
        case Op::Set: {
            const CharSet& set = p.sets[static_cast<size_t>(in.a)];
            bool found = set_contains(set, c, in.mode);
            if (!found && in.ignore) {
                found = set_contains(set, fold_lower(c, in.mode), in.mode) || set_contains(set, fold_upper(c, in.mode), in.mode);
            }
            return found != set.negate;
        }
        default: return false;
    }
}

// ---- Compiler ----

namespace {

class Compiler {
public:
    Compiler(Program& p, const std::vector<std::pair<uint64_t, uint64_t>>& widths, bool is_bytes)
        : p_(p), widths_(widths), is_bytes_(is_bytes) {}

    void node(const Node& n) {
        switch (n.kind) {
            case NodeKind::Empty: return;
            case NodeKind::Literal: case NodeKind::Any: case NodeKind::Set: single(n); return;
            case NodeKind::At: {
                Inst& in = emit(Op::At);
                in.a = static_cast<int64_t>(n.at);
                in.mode = mode_of(n);
                return;
            }
            case NodeKind::Group:
                emit(Op::Save).a = 2 * n.group;
                node(*n.kids[0]);
                emit(Op::Save).a = 2 * n.group + 1;
                return;
            case NodeKind::Concat:
                for (auto& k : n.kids) node(*k);
                return;
            case NodeKind::Alternate: {
                std::vector<size_t> jumps;
                for (size_t k = 0; k + 1 < n.kids.size(); k++) {
                    size_t split = here();
                    emit(Op::Split).a = static_cast<int64_t>(split + 1);
                    node(*n.kids[k]);
                    jumps.push_back(here());
                    emit(Op::Jmp);
                    p_.code[split].b = static_cast<int64_t>(here());
                }
                node(*n.kids.back());
                for (size_t j : jumps) p_.code[j].a = static_cast<int64_t>(here());
                return;
            }
            case NodeKind::Repeat: repeat(n); return;
            case NodeKind::Backref: {
                Inst& in = emit(Op::Backref);
                in.a = n.group;
                in.ignore = n.flags & kIgnoreCase;
                in.mode = mode_of(n);
                return;
            }
            case NodeKind::Look: {
                uint64_t width = 0;
                if (n.behind) {
                    auto [lo, hi] = node_width(*n.kids[0], widths_);
                    if (lo != hi) throw ParseError{ParseError::Re, "look-behind requires fixed-width pattern", -1};
                    width = lo;
                }
                size_t start = here();
                Inst& in = emit(Op::LookStart);
                in.behind = n.behind;
                in.negative = n.negative;
                in.b = static_cast<int64_t>(width);
                node(*n.kids[0]);
                emit(Op::LookEnd).negative = n.negative;
                p_.code[start].a = static_cast<int64_t>(here());
                return;
            }
            case NodeKind::Atomic:
                emit(Op::AtomicStart);
                node(*n.kids[0]);
                emit(Op::AtomicEnd);
                return;
            case NodeKind::Cond: {
                size_t test = here();
                emit(Op::GroupExists).a = n.group;
                node(*n.kids[0]);
                size_t jump = here();
                emit(Op::Jmp);
                p_.code[test].b = static_cast<int64_t>(here());
                node(*n.kids[1]);
                p_.code[jump].a = static_cast<int64_t>(here());
                return;
            }
        }
    }

private:
    Program& p_;
    const std::vector<std::pair<uint64_t, uint64_t>>& widths_;
    bool is_bytes_;   // bytes patterns always use the ASCII classes

    size_t here() const { return p_.code.size(); }
    Inst& emit(Op op) {
        p_.code.push_back(Inst{op});
        return p_.code.back();
    }
    CharMode mode_of(const Node& n) const { return (is_bytes_ || (n.flags & kAscii)) ? CharMode::Ascii : CharMode::Unicode; }
    static bool is_single(const Node& n) {
        return n.kind == NodeKind::Literal || n.kind == NodeKind::Any || n.kind == NodeKind::Set;
    }

    void single(const Node& n) {
        bool ignore = n.flags & kIgnoreCase;
        CharMode mode = mode_of(n);
        if (n.kind == NodeKind::Literal) {
            // A case-insensitive literal without case variants is an exact one.
            bool cased = fold_lower(n.ch, mode) != n.ch || fold_upper(n.ch, mode) != n.ch;
            Inst& in = emit(ignore && cased ? Op::CharIgnore : Op::Char);
            in.a = n.ch;
            in.mode = mode;
        } else if (n.kind == NodeKind::Any) {
            emit((n.flags & kDotAll) ? Op::AnyAll : Op::Any);
        } else {
            p_.sets.push_back(n.set);
            Inst& in = emit(Op::Set);
            in.a = static_cast<int64_t>(p_.sets.size() - 1);
            in.ignore = ignore;
            in.mode = mode;
        }
    }

    void repeat(const Node& n) {
        const Node& body = *n.kids[0];
        if (n.max == 0) return;
        if (is_single(body)) {
            Inst& in = emit(Op::RepeatOne);
            in.a = static_cast<int64_t>(n.min);
            in.b = static_cast<int64_t>(n.max);
            in.kind = n.repeat;
            single(body);
            return;
        }
        if (n.repeat == RepeatKind::Possessive) {
            emit(Op::AtomicStart);
            loop(n, body, RepeatKind::Greedy);
            emit(Op::AtomicEnd);
            return;
        }
        loop(n, body, n.repeat);
    }

    void loop(const Node& n, const Node& body, RepeatKind kind) {
        if (n.min == 0 && n.max == 1) {
            // x? and x??: a plain choice, no counter needed.
            size_t split = here();
            emit(Op::Split);
            if (kind == RepeatKind::Greedy) {
                p_.code[split].a = static_cast<int64_t>(split + 1);
                node(body);
                p_.code[split].b = static_cast<int64_t>(here());
            } else {
                p_.code[split].b = static_cast<int64_t>(split + 1);
                node(body);
                p_.code[split].a = static_cast<int64_t>(here());
            }
            return;
        }
        int slot = p_.counters++;
        emit(Op::LoopInit).a = slot;
        size_t head = here();
        Inst& in = emit(Op::Loop);
        in.a = slot;
        in.b = static_cast<int64_t>(n.min);
        in.c = static_cast<int64_t>(n.max);
        in.kind = kind;
        node(body);
        emit(Op::Jmp).a = static_cast<int64_t>(head);
        p_.code[head].d = static_cast<int64_t>(here());
    }
};

// The code point every match must start with, for the search loop (-1 when not known).
int64_t first_char_of(const Node& n) {
    switch (n.kind) {
        case NodeKind::Literal: return (n.flags & kIgnoreCase) ? -1 : static_cast<int64_t>(n.ch);
        case NodeKind::Group: return first_char_of(*n.kids[0]);
        case NodeKind::Concat: return n.kids.empty() ? -1 : first_char_of(*n.kids[0]);
        case NodeKind::Repeat: return n.min > 0 ? first_char_of(*n.kids[0]) : -1;
        default: return -1;
    }
}

bool anchored_at_start(const Node& n) {
    switch (n.kind) {
        case NodeKind::At: return n.at == AtKind::Beginning;
        case NodeKind::Group: return anchored_at_start(*n.kids[0]);
        case NodeKind::Concat: return !n.kids.empty() && anchored_at_start(*n.kids[0]);
        default: return false;
    }
}

}  // namespace

bool compile(const std::u32string& pattern, bool is_bytes, uint32_t flags, int64_t max_nested, Compiled* out,
             ParseError* error) {
    Parsed parsed;
    if (!parse(pattern, is_bytes, flags, max_nested, &parsed, error)) return false;
    // Widths of groups for look-behinds containing back references: recomputed from the tree.
    std::vector<std::pair<uint64_t, uint64_t>> widths(static_cast<size_t>(parsed.groups) + 1, {0, kMaxRepeat});
    struct Collect {
        std::vector<std::pair<uint64_t, uint64_t>>& w;
        void visit(const Node& n) {
            for (auto& k : n.kids) visit(*k);
            if (n.kind == NodeKind::Group) w[static_cast<size_t>(n.group)] = node_width(*n.kids[0], w);
        }
    } collect{widths};
    collect.visit(*parsed.root);
    auto program = std::make_shared<Program>();
    program->groups = parsed.groups;
    try {
        Compiler c(*program, widths, is_bytes);
        c.node(*parsed.root);
    } catch (ParseError& e) {
        *error = std::move(e);
        return false;
    }
    program->code.push_back(Inst{Op::Match});
    program->first_char = first_char_of(*parsed.root);
    program->anchored = anchored_at_start(*parsed.root);
    out->program = std::move(program);
    out->flags = parsed.flags;
    out->groups = parsed.groups;
    out->names = std::move(parsed.names);
    return true;
}

}  // namespace pygen::re
