// The backtracking matcher. All choice points and undo records live on one heap-allocated stack
// (never the C++ stack), so subject length and pattern nesting are limited by memory alone.
// Capture marks, loop counters and lastindex are changed only together with an undo record, so
// backtracking past any point restores exactly the state that point saw; atomic groups and
// lookarounds "cut" by dropping the choice points above their marker while keeping the undo records.
// CPython counterpart: Modules/_sre/sre_lib.h (SRE(match), SRE(search)).

#include <new>

#include "modules/re/re_internal.h"

namespace pygen::re {

namespace {

enum class Bt : uint8_t {
    Choice,          // resume at pc with pos
    RestoreMark,     // marks[a] = b
    RestoreLast,     // lastindex = a
    RestoreCounter,  // count[a] = b, loop_start[a] = pos
    RepeatGreedy,    // RepeatOne at pc gave back characters down to a; try one fewer (pos)
    RepeatLazy,      // RepeatOne at pc took pos characters' worth; try one more, up to a
    LoopLazy,        // lazy Loop at pc declined an iteration at pos; take it now
    LookMarker,      // LookStart at pc, entered at pos
    AtomicMarker,
};

struct Entry {
    Bt kind;
    int64_t pc;
    int64_t pos;
    int64_t a;
    int64_t b;
};

bool is_undo(Bt k) { return k == Bt::RestoreMark || k == Bt::RestoreLast || k == Bt::RestoreCounter; }

// Unit: uint8_t for bytes and ASCII str (matched in place), uint32_t for other str's code points.
template <class Unit>
class Matcher {
public:
    Matcher(const Program& p, const Unit* s, int64_t end, std::vector<int64_t>& marks, int64_t& lastindex)
        : p_(p), s_(s), end_(end), marks_(marks), lastindex_(lastindex),
          count_(static_cast<size_t>(p.counters), 0), loop_start_(static_cast<size_t>(p.counters), -1) {}

    // One attempt anchored at `start`. True when the program reached Match.
    bool attempt(int64_t start, bool fullmatch, bool must_advance) {
        stack_.clear();
        std::fill(marks_.begin(), marks_.end(), -1);
        lastindex_ = -1;
        int64_t pc = 0, pos = start;
        while (true) {
            const Inst& in = p_.code[static_cast<size_t>(pc)];
            bool ok = true;
            switch (in.op) {
                case Op::Char: case Op::CharIgnore: case Op::Any: case Op::AnyAll: case Op::Set:
                    if (pos < end_ && char_test(p_, in, s_[pos])) {
                        pos++;
                        pc++;
                    } else {
                        ok = false;
                    }
                    break;
                case Op::At:
                    if (at(static_cast<AtKind>(in.a), in.mode, pos)) pc++;
                    else ok = false;
                    break;
                case Op::Save: {
                    size_t i = static_cast<size_t>(in.a);
                    push(Bt::RestoreMark, 0, 0, in.a, marks_[i]);
                    marks_[i] = pos;
                    if (i & 1) {
                        push(Bt::RestoreLast, 0, 0, lastindex_, 0);
                        lastindex_ = in.a / 2;
                    }
                    pc++;
                    break;
                }
                case Op::Split:
                    push(Bt::Choice, in.b, pos, 0, 0);
                    pc = in.a;
                    break;
                case Op::Jmp:
                    pc = in.a;
                    break;
                case Op::RepeatOne: {
                    const Inst& body = p_.code[static_cast<size_t>(pc + 1)];
                    int64_t room = end_ - pos;
                    int64_t min = in.a;
                    int64_t max = in.b < room ? in.b : room;
                    if (min > room) { ok = false; break; }
                    if (in.kind == RepeatKind::Lazy) {
                        int64_t n = 0;
                        while (n < min && char_test(p_, body, s_[pos + n])) n++;
                        if (n < min) { ok = false; break; }
                        if (n < max) push(Bt::RepeatLazy, pc, pos + n, pos + max, 0);
                        pos += n;
                    } else {
                        int64_t n = 0;
                        while (n < max && char_test(p_, body, s_[pos + n])) n++;
                        if (n < min) { ok = false; break; }
                        if (in.kind == RepeatKind::Greedy && n > min) push(Bt::RepeatGreedy, pc, pos + n, pos + min, 0);
                        pos += n;
                    }
                    pc += 2;
                    break;
                }
                case Op::LoopInit: {
                    size_t slot = static_cast<size_t>(in.a);
                    push(Bt::RestoreCounter, 0, loop_start_[slot], in.a, count_[slot]);
                    count_[slot] = 0;
                    loop_start_[slot] = -1;
                    pc++;
                    break;
                }
                case Op::Loop: {
                    size_t slot = static_cast<size_t>(in.a);
                    int64_t n = count_[slot];
                    bool empty_iteration = n > 0 && pos == loop_start_[slot];
                    if (n < in.b) {
                        iterate(pc, pos);
                        pc++;
                    } else if (n < in.c && !empty_iteration) {
                        if (in.kind == RepeatKind::Lazy) {
                            push(Bt::LoopLazy, pc, pos, 0, 0);
                            pc = in.d;
                        } else {
                            push(Bt::Choice, in.d, pos, 0, 0);
                            iterate(pc, pos);
                            pc++;
                        }
                    } else {
                        pc = in.d;
                    }
                    break;
                }
                case Op::Backref: {
                    int64_t b = marks_[static_cast<size_t>(2 * in.a)], e = marks_[static_cast<size_t>(2 * in.a + 1)];
                    if (b < 0 || e < 0 || e < b || e - b > end_ - pos) { ok = false; break; }
                    for (int64_t k = 0; k < e - b && ok; k++) {
                        uint32_t x = s_[b + k], y = s_[pos + k];
                        if (x == y) continue;
                        ok = in.ignore && (fold_lower(x, in.mode) == fold_lower(y, in.mode) ||
                                           fold_upper(x, in.mode) == fold_upper(y, in.mode));
                    }
                    if (ok) {
                        pos += e - b;
                        pc++;
                    }
                    break;
                }
                case Op::GroupExists: {
                    size_t g = static_cast<size_t>(2 * in.a);
                    bool matched = g + 1 < marks_.size() && marks_[g] >= 0 && marks_[g + 1] >= 0;
                    pc = matched ? pc + 1 : in.b;
                    break;
                }
                case Op::LookStart:
                    if (in.behind && pos < in.b) {
                        // Not enough text behind: the assertion body cannot match.
                        if (in.negative) pc = in.a;
                        else ok = false;
                        break;
                    }
                    push(Bt::LookMarker, pc, pos, 0, 0);
                    if (in.behind) pos -= in.b;
                    pc++;
                    break;
                case Op::LookEnd: {
                    if (in.negative) {
                        unwind_to_marker();
                        ok = false;
                        break;
                    }
                    Entry marker = cut();
                    pos = marker.pos;
                    pc = p_.code[static_cast<size_t>(marker.pc)].a;
                    break;
                }
                case Op::AtomicStart:
                    push(Bt::AtomicMarker, pc, pos, 0, 0);
                    pc++;
                    break;
                case Op::AtomicEnd:
                    cut();
                    pc++;
                    break;
                case Op::Match:
                    if ((fullmatch && pos != end_) || (must_advance && pos == start)) {
                        ok = false;
                        break;
                    }
                    marks_[0] = start;
                    marks_[1] = pos;
                    return true;
            }
            if (ok) continue;
            if (!backtrack(&pc, &pos)) return false;
        }
    }

private:
    const Program& p_;
    const Unit* s_;
    int64_t end_;
    std::vector<int64_t>& marks_;
    int64_t& lastindex_;
    std::vector<int64_t> count_, loop_start_;
    std::vector<Entry> stack_;

    void push(Bt kind, int64_t pc, int64_t pos, int64_t a, int64_t b) { stack_.push_back(Entry{kind, pc, pos, a, b}); }

    void iterate(int64_t loop_pc, int64_t pos) {
        size_t slot = static_cast<size_t>(p_.code[static_cast<size_t>(loop_pc)].a);
        push(Bt::RestoreCounter, 0, loop_start_[slot], static_cast<int64_t>(slot), count_[slot]);
        count_[slot]++;
        loop_start_[slot] = pos;
    }

    void undo(const Entry& e) {
        switch (e.kind) {
            case Bt::RestoreMark: marks_[static_cast<size_t>(e.a)] = e.b; break;
            case Bt::RestoreLast: lastindex_ = e.a; break;
            case Bt::RestoreCounter:
                count_[static_cast<size_t>(e.a)] = e.b;
                loop_start_[static_cast<size_t>(e.a)] = e.pos;
                break;
            default: break;
        }
    }

    size_t marker_index() const {
        size_t i = stack_.size();
        while (i > 0) {
            --i;
            if (stack_[i].kind == Bt::LookMarker || stack_[i].kind == Bt::AtomicMarker) return i;
        }
        return 0;   // unreachable: every LookEnd/AtomicEnd has its marker below
    }

    // Drops the choice points above the innermost marker and the marker itself, keeping the undo
    // records so that later backtracking still restores captures made inside. Returns the marker.
    Entry cut() {
        size_t m = marker_index();
        Entry marker = stack_[m];
        size_t out = m;
        for (size_t i = m + 1; i < stack_.size(); i++) {
            if (is_undo(stack_[i].kind)) stack_[out++] = stack_[i];
        }
        stack_.resize(out);
        return marker;
    }

    // A negative lookaround's body matched: undo everything it did and drop its marker.
    void unwind_to_marker() {
        size_t m = marker_index();
        while (stack_.size() > m + 1) {
            undo(stack_.back());
            stack_.pop_back();
        }
        stack_.pop_back();
    }

    // Pops to the next choice point; false when none is left (the attempt failed).
    bool backtrack(int64_t* pc, int64_t* pos) {
        while (!stack_.empty()) {
            Entry e = stack_.back();
            stack_.pop_back();
            switch (e.kind) {
                case Bt::Choice:
                    *pc = e.pc;
                    *pos = e.pos;
                    return true;
                case Bt::RestoreMark: case Bt::RestoreLast: case Bt::RestoreCounter:
                    undo(e);
                    break;
                case Bt::RepeatGreedy: {
                    int64_t p = e.pos - 1;
                    // When a literal follows, skip positions where it cannot match.
                    const Inst& next = p_.code[static_cast<size_t>(e.pc + 2)];
                    if (next.op == Op::Char) {
                        while (p > e.a && (p >= end_ || uint32_t{s_[p]} != static_cast<uint32_t>(next.a))) p--;
                    }
                    if (p > e.a) push(Bt::RepeatGreedy, e.pc, p, e.a, 0);
                    *pc = e.pc + 2;
                    *pos = p;
                    return true;
                }
                case Bt::RepeatLazy: {
                    const Inst& body = p_.code[static_cast<size_t>(e.pc + 1)];
                    if (e.pos >= e.a || !char_test(p_, body, s_[e.pos])) break;
                    int64_t p = e.pos + 1;
                    if (p < e.a) push(Bt::RepeatLazy, e.pc, p, e.a, 0);
                    *pc = e.pc + 2;
                    *pos = p;
                    return true;
                }
                case Bt::LoopLazy:
                    iterate(e.pc, e.pos);
                    *pc = e.pc + 1;
                    *pos = e.pos;
                    return true;
                case Bt::LookMarker: {
                    const Inst& look = p_.code[static_cast<size_t>(e.pc)];
                    if (look.negative) {
                        // The body failed: the negative assertion holds.
                        *pc = look.a;
                        *pos = e.pos;
                        return true;
                    }
                    break;
                }
                case Bt::AtomicMarker:
                    break;
            }
        }
        return false;
    }

    bool at(AtKind kind, CharMode mode, int64_t pos) const {
        switch (kind) {
            case AtKind::Beginning: return pos == 0;
            case AtKind::BeginningLine: return pos == 0 || s_[pos - 1] == '\n';
            case AtKind::End: return pos == end_;
            case AtKind::EndOrNewline: return pos == end_ || (pos + 1 == end_ && s_[pos] == '\n');
            case AtKind::EndLine: return pos == end_ || s_[pos] == '\n';
            case AtKind::Boundary: case AtKind::NonBoundary: {
                if (end_ == 0) return false;
                bool before = pos > 0 && is_word(s_[pos - 1], mode);
                bool after = pos < end_ && is_word(s_[pos], mode);
                return (before != after) == (kind == AtKind::Boundary);
            }
        }
        return false;
    }
};

}  // namespace

template <class Unit>
int run(const Program& program, const Unit* subject, int64_t end, int64_t pos, MatchMode mode,
        bool must_advance, std::vector<int64_t>* marks, int64_t* lastindex) {
    marks->assign(static_cast<size_t>(2 * (program.groups + 1)), -1);
    try {
        Matcher<Unit> m(program, subject, end, *marks, *lastindex);
        if (mode != MatchMode::Search) return m.attempt(pos, mode == MatchMode::FullMatch, must_advance) ? 1 : 0;
        for (int64_t start = pos; start <= end; start++) {
            if (program.anchored && start > 0) break;
            if (program.first_char >= 0) {
                auto want = static_cast<uint32_t>(program.first_char);
                while (start < end && uint32_t{subject[start]} != want) start++;
                if (start >= end) break;
            }
            if (m.attempt(start, false, must_advance && start == pos)) return 1;
        }
        return 0;
    } catch (const std::bad_alloc&) {
        return -1;
    }
}

template int run<uint8_t>(const Program&, const uint8_t*, int64_t, int64_t, MatchMode, bool,
                          std::vector<int64_t>*, int64_t*);
template int run<uint32_t>(const Program&, const uint32_t*, int64_t, int64_t, MatchMode, bool,
                           std::vector<int64_t>*, int64_t*);

}  // namespace pygen::re
