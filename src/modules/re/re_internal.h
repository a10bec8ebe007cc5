// Shared inside the regex engine only: the parse tree (re_parse.cpp builds it, re_compile.cpp
// lowers it), the instruction program the matcher (re_match.cpp) runs, and the character tests
// both need. Nothing here is visible to Python.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "modules/re/re_engine.h"

namespace pygen::re {

// ---- Characters ----

// Which definition of \w, \d, \s and case folding applies (CPython's unicode / ASCII / locale
// variants; LOCALE is treated as ASCII, the C locale's classes).
enum class CharMode : uint8_t { Unicode, Ascii };

bool is_word(uint32_t c, CharMode mode);
bool is_digit(uint32_t c, CharMode mode);
bool is_space(uint32_t c, CharMode mode);
uint32_t fold_lower(uint32_t c, CharMode mode);
uint32_t fold_upper(uint32_t c, CharMode mode);

enum Category : uint32_t {
    kCatDigit = 1, kCatNotDigit = 2, kCatSpace = 4, kCatNotSpace = 8, kCatWord = 16, kCatNotWord = 32,
};

// A bracketed class ([a-z\d]) or a category escape (\d is a class with one category).
struct CharSet {
    bool negate = false;
    std::vector<std::pair<uint32_t, uint32_t>> ranges;   // inclusive bounds
    uint32_t categories = 0;                             // Category bits
};

// ---- Parse tree ----

enum class NodeKind : uint8_t {
    Empty, Literal, Any, Set, At, Group, Concat, Alternate, Repeat, Backref, Look, Atomic, Cond,
};
enum class AtKind : uint8_t {
    Beginning, BeginningLine, End, EndOrNewline, EndLine, Boundary, NonBoundary,
};
enum class RepeatKind : uint8_t { Greedy, Lazy, Possessive };

struct Node {
    NodeKind kind = NodeKind::Empty;
    uint32_t flags = 0;         // the flags in force where the node was parsed (scoped flags applied)
    uint32_t ch = 0;            // Literal
    AtKind at = AtKind::Beginning;
    int group = 0;              // Group, Backref, Cond
    uint64_t min = 0, max = 0;  // Repeat
    RepeatKind repeat = RepeatKind::Greedy;
    bool behind = false, negative = false;   // Look
    CharSet set;                // Set
    std::vector<std::unique_ptr<Node>> kids;   // Concat/Alternate: items; one child for Group,
                                               // Repeat, Look, Atomic; Cond: yes, no
};

struct Parsed {
    std::unique_ptr<Node> root;
    uint32_t flags = 0;
    int groups = 0;
    std::vector<std::pair<std::u32string, int>> names;
};

bool parse(const std::u32string& pattern, bool is_bytes, uint32_t flags, int64_t max_nested, Parsed* out,
           ParseError* error);

// (min, max) characters a node can match; max is capped at kMaxRepeat. Used for look-behind.
std::pair<uint64_t, uint64_t> node_width(const Node& n, const std::vector<std::pair<uint64_t, uint64_t>>& group_widths);

// ---- Program ----

enum class Op : uint8_t {
    Char,          // a: code point
    CharIgnore,    // a: code point; matches case-insensitively
    Any,           // any but '\n'
    AnyAll,        // any character (DOTALL)
    Set,           // a: index into Program::sets; ignore-case when `ignore`
    At,            // a: AtKind
    Save,          // a: mark index (2*group or 2*group+1)
    Split,         // try a first, then b
    Jmp,           // a: target
    RepeatOne,     // single-character body at pc+1; min a, max b, kind c; continue at pc+2
    LoopInit,      // a: counter slot; resets it (restored on backtrack)
    Loop,          // a: slot, b: min, c: max, d: exit pc, kind in `kind`; body follows
    Backref,       // a: group; case-insensitive when `ignore`
    GroupExists,   // a: group; jump to b when it did not match
    LookStart,     // behind/negative in flags; a: pc after the matching LookEnd; b: width behind
    LookEnd,
    AtomicStart,
    AtomicEnd,
    Match,
};

struct Inst {
    Op op;
    bool ignore = false;
    bool negative = false;
    bool behind = false;
    CharMode mode = CharMode::Unicode;
    RepeatKind kind = RepeatKind::Greedy;
    int64_t a = 0, b = 0, c = 0, d = 0;
};

struct Program {
    std::vector<Inst> code;
    std::vector<CharSet> sets;
    int groups = 0;             // capturing groups (marks hold 2*(groups+1))
    int counters = 0;           // Loop slots
    // Search accelerator: when the pattern must start with this exact code point (-1: unknown).
    int64_t first_char = -1;
    bool anchored = false;      // starts with \A or ^ (not MULTILINE): search tries pos only... when pos == 0
};

bool char_test(const Program& p, const Inst& in, uint32_t c);

}  // namespace pygen::re
