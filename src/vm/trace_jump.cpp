// Setting f_lineno from a trace function (a debugger's "jump"): which instruction of the target
// line to resume at, and whether the value stack there can be reached from the current one.
// Each instruction's stack is worked out by a pass over the code that follows every branch and
// exception handler, recording what kind of value each slot holds; a jump may only drop values
// off the top (never conjure an iterator, an exception or a saved location).
// CPython counterpart: Objects/frameobject.c (mark_stacks, compatible_stack,
// explain_incompatible_stack, frame_setlineno), behaviour only.

#include <optional>
#include <vector>

#include "bytecode/opcodes.h"
#include "objects/code.h"
#include "objects/errors.h"
#include "vm/frame.h"
#include "vm/thread_state.h"
#include "vm/trace.h"

namespace pygen {

namespace {

enum Kind : uint8_t { kObject = 1, kIterator, kExcept, kLasti, kNull };

using Stack = std::vector<uint8_t>;   // bottom first

// Stack kinds at the start of each instruction; nullopt where no path reaches it. With
// every_handler, each exception handler is also entered as if its range could raise (only to tell
// unreachable handler code, which CPython's compiler keeps, from code after an endless loop,
// which it drops).
std::vector<std::optional<Stack>> mark_stacks(CodeObject* co, bool every_handler = false) {
    const size_t n = co->instrs.size();
    std::vector<std::optional<Stack>> at(n);
    std::vector<size_t> work;
    auto reach = [&](size_t i, const Stack& s) {
        if (i >= n || at[i]) return;   // the first stack found for an instruction is kept
        at[i] = s;
        work.push_back(i);
    };
    auto drop = [](Stack s, int count) {
        while (count-- > 0 && !s.empty()) s.pop_back();
        return s;
    };
    auto push = [](Stack s, uint8_t kind, int count = 1) {
        while (count-- > 0) s.push_back(kind);
        return s;
    };
    reach(0, Stack{});
    if (every_handler) {
        for (const ExceptionTableEntry& e : co->exception_table) reach(e.target, Stack(e.depth + 1u + e.push_lasti, kObject));
        // A handler whose try body cannot raise has no table entry here: its PUSH_EXC_INFO marks it.
        for (size_t i = 0; i < n; i++) {
            if (base_opcode(instr_op(co->instrs[i])) == PUSH_EXC_INFO) reach(i, Stack{kObject});
        }
    }
    while (!work.empty()) {
        size_t i = work.back();
        work.pop_back();
        const Stack& here = *at[i];
        // An exception inside a protected range lands in its handler with the stack cut to the
        // entry's depth, the saved location if it keeps one, and the exception.
        for (const ExceptionTableEntry& e : co->exception_table) {
            if (i < e.start || i >= e.end) continue;
            Stack s(here.begin(), here.begin() + std::min<size_t>(e.depth, here.size()));
            if (e.push_lasti) s.push_back(kLasti);
            s.push_back(kExcept);
            reach(e.target, s);
            break;   // innermost entries come first: only that one catches
        }
        Instr in = co->instrs[i];
        int op = base_opcode(instr_op(in));
        int arg = static_cast<int>(instr_arg(in));
        switch (op) {
        case JUMP:
            reach(arg, here);
            break;
        case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE:
            reach(arg, drop(here, 1));
            reach(i + 1, drop(here, 1));
            break;
        case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP:
            reach(arg, here);
            reach(i + 1, drop(here, 1));
            break;
        case FOR_ITER:
            reach(arg, drop(here, 1));              // exhausted: the iterator is gone
            reach(i + 1, push(here, kObject));      // the next item above the iterator
            break;
        case SEND:
            reach(arg, push(drop(here, 2), kObject));
            reach(i + 1, push(drop(here, 1), kObject));
            break;
        case GET_ITER: case GET_AITER:
            reach(i + 1, push(drop(here, 1), kIterator));
            break;
        case PUSH_NULL:
            reach(i + 1, push(here, kNull));
            break;
        case LOAD_METHOD:
            // (method, self) or (null, attribute): the lower slot may be a null.
            reach(i + 1, push(push(drop(here, 1), kNull), kObject));
            break;
        case PUSH_EXC_INFO:
            // The handled exception stays, with the one it replaces below it.
            reach(i + 1, push(here, kExcept));
            break;
        case COPY:
            if (arg >= 1 && static_cast<size_t>(arg) <= here.size()) reach(i + 1, push(here, here[here.size() - arg]));
            break;
        case SWAP:
            if (arg >= 1 && static_cast<size_t>(arg) <= here.size()) {
                Stack s = here;
                std::swap(s.back(), s[s.size() - arg]);
                reach(i + 1, s);
            }
            break;
        case RETURN_VALUE: case RAISE_VARARGS: case RERAISE:
            break;   // nothing follows in this frame
        default: {
            int effect = stack_effect(op, arg, false);
            Stack s = effect < 0 ? drop(here, -effect) : here;
            // Net-zero instructions that replace the top (LOAD_ATTR, UNARY_*...) leave an object;
            // those that touch no value leave the stack as it was.
            bool touches_no_value = op == NOP || op == EXTENDED_ARG || op == KW_NAMES || op == DELETE_FAST ||
                                    op == DELETE_NAME || op == DELETE_GLOBAL || op == DELETE_DEREF ||
                                    op == SETUP_ANNOTATIONS || op == RETURN_GENERATOR;
            if (effect == 0 && !s.empty() && !touches_no_value) s.back() = kObject;
            reach(i + 1, effect > 0 ? push(s, kObject, effect) : s);
            break;
        }
        }
    }
    return at;
}

bool compatible_kind(uint8_t from, uint8_t to) {
    if (to == kObject) return from != kNull;
    if (to == kNull) return true;
    return from == to;
}

// The target's stack must be what is left of the current one after popping values off the top.
bool compatible(const Stack& from, const Stack& to) {
    if (to.size() > from.size()) return false;
    for (size_t k = 0; k < to.size(); k++) {
        if (!compatible_kind(from[k], to[k])) return false;
    }
    return true;
}

const char* explain(const Stack& to) {
    switch (to.empty() ? 0 : to.back()) {
    case kExcept: return "can't jump into an 'except' block as there's no exception";
    case kLasti: return "can't jump into a re-raising block as there's no location";
    case kIterator: return "can't jump into the body of a for loop";
    default: return "incompatible stacks";
    }
}

}  // namespace

int trace_jump_to_line(Frame* f, int64_t line) {
    CodeObject* co = f->code;
    const int n = static_cast<int>(co->instrs.size());
    std::vector<std::optional<Stack>> stacks = mark_stacks(co);
    std::vector<std::optional<Stack>> kept = mark_stacks(co, true);
    // The first line at or after the requested one that has code. Code no path reaches (not
    // even through a handler) does not count: CPython's compiler leaves none, as after a
    // `while True:` without a break.
    int64_t target = -1;
    for (int i = 0; i < n; i++) {
        int l = code_line_of(co, i);
        if (kept[i] && l >= line && (target < 0 || l < target)) target = l;
    }
    if (target < 0) {
        err_format(ValueError, "line %d comes after the current code block", static_cast<int>(line));
        return -1;
    }
    const std::optional<Stack>& start = stacks[f->lasti];
    int best = -1;
    const char* why = nullptr;
    for (int i = 0; i < n; i++) {
        // Only where a run of the line's instructions starts (a line may have several runs, a
        // loop's test at the top and its copy at the bottom).
        if (code_line_of(co, i) != target || (i > 0 && code_line_of(co, i - 1) == target)) continue;
        const std::optional<Stack>& to = stacks[i];
        if (start && to && compatible(*start, *to)) {
            // Of the instructions on the line, the one keeping the most values wins.
            if (best < 0 || stacks[best]->size() < to->size()) best = i;
        } else if (!why) {
            if (!start) why = "can't jump from unreachable code";
            else if (!to) why = "can't jump into an exception handler, or code may be unreachable";
            else why = explain(*to);
        }
    }
    if (best < 0) {
        err_set_string(ValueError, why ? why : "cannot find bytecode for specified line");
        return -1;
    }
    if (start->size() != f->stack_depth) {
        // The analysis and the frame disagree: refuse rather than drop the wrong values.
        err_set_string(ValueError, "incompatible stacks");
        return -1;
    }
    // Drop what the target does not keep, then resume at its first instruction. Leaving an
    // except or finally block restores the exception it saved, as POP_EXCEPT would.
    size_t keep = stacks[best]->size();
    Object** base = f->stack_base();
    while (f->stack_depth > keep) {
        Object* value = base[--f->stack_depth];
        if ((*start)[f->stack_depth] == kExcept) {
            ExcStackItem* info = ts()->exc_info;
            Object* old = info->exc_value;
            info->exc_value = value;
            xdecref(old);
        } else {
            xdecref(value);
        }
    }
    f->lasti = best;
    f->trace_flags &= static_cast<uint8_t>(~kFrameLineOverride);
    return 0;
}

}  // namespace pygen
