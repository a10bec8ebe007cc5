// The regular-expression engine behind the `re` module: a parser for CPython's sre syntax that
// builds a node tree, a compiler from that tree to a small instruction program, and a backtracking
// matcher whose choice points live on an explicit heap stack (long subjects cannot overflow the C++
// stack; catastrophic patterns are bounded by memory only). Subjects are arrays of code points, or of
// bytes for bytes and ASCII str (read in place), so str and bytes patterns share one matcher. The Python API (Pattern, Match, sub, split...) is lib/re.py.
// CPython counterparts: Lib/re/_parser.py, Lib/re/_compiler.py, Modules/_sre/sre_lib.h.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace pygen::re {

// Flag bits, with CPython's values (re.I == 2, ...).
enum Flag : uint32_t {
    kTemplate = 1, kIgnoreCase = 2, kLocale = 4, kMultiline = 8, kDotAll = 16,
    kUnicode = 32, kVerbose = 64, kDebug = 128, kAscii = 256,
};
constexpr uint64_t kMaxRepeat = 4294967295u;   // _sre.MAXREPEAT on 64-bit builds
constexpr int kMaxGroups = 1073741823;         // far above anything memory allows

// A parse failure: CPython's message, and the pattern position it points at (-1: none).
// `kind` says which Python exception carries it: re.error, ValueError or OverflowError.
struct ParseError {
    enum Kind { Re, Value, Overflow, Recursion } kind = Re;
    std::string message;
    int64_t pos = -1;
};

struct Program;   // compiled pattern (re_compile.cpp); opaque outside the engine

// What compiling a pattern produces for the Python side.
struct Compiled {
    std::shared_ptr<Program> program;
    uint32_t flags = 0;                                   // after inline global flags and fix-up
    int groups = 0;                                       // capturing groups, not counting group 0
    std::vector<std::pair<std::u32string, int>> names;    // (?P<name>...) in pattern order
};

// Compiles `pattern` (code points; for bytes patterns each byte is one unit). Returns false and
// fills *error on a syntax error.
// max_nested bounds the parser's nesting level (CPython's `nested`: one per sub-pattern and one per
// sequence inside it); deeper patterns fail with a Recursion error, as CPython's recursive parser
// runs into the recursion limit at the same depth.
bool compile(const std::u32string& pattern, bool is_bytes, uint32_t flags, int64_t max_nested, Compiled* out,
             ParseError* error);

enum class MatchMode { Match, FullMatch, Search };

// One match attempt over subject[0, end): start at `pos` (Match/FullMatch) or at every position
// from `pos` on (Search). `must_advance` rejects an empty match at `pos` (the scanner's rule after
// an empty match). On success marks holds 2*(groups+1) positions (-1 for unset) and lastindex the
// group that closed last (-1 for none). Returns 1 matched, 0 no match, -1 out of memory.
// Unit is uint8_t (bytes, ASCII str: matched in place, no copy) or uint32_t (code points).
template <class Unit>
int run(const Program& program, const Unit* subject, int64_t end, int64_t pos, MatchMode mode,
        bool must_advance, std::vector<int64_t>* marks, int64_t* lastindex);

}  // namespace pygen::re
