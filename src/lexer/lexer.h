// The tokenizer: UTF-8 source text -> Token stream with NEWLINE/INDENT/DEDENT, bracket tracking
// and CPython 3.11's tokenizer error messages and locations. It tokenizes on demand (the parser
// pulls tokens) so errors appear in the same order as CPython's. String and number literals are
// only delimited here; their values are decoded by the parser. Knows nothing of the AST.
// CPython counterpart: Parser/tokenizer.c.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lexer/token.h"

namespace pygen {

// A tokenizer error, already converted to CPython's reporting convention.
struct LexError {
    std::string type = "SyntaxError";   // or "IndentationError", "TabError"
    std::string msg;
    int lineno = 0;
    int offset = 0;                     // 1-based character column
    int end_lineno = 0;
    int end_offset = 0;
    bool text_has_newline = false;      // CPython's tokenizer errors show the line without '\n'
};

class Lexer {
public:
    // The source must be valid UTF-8 without NUL bytes (parse_module checks that first).
    // Newlines are normalised (\r\n and \r become \n) and a final newline is added, as CPython
    // does for string input; all token offsets refer to buffer().
    explicit Lexer(std::string_view source);

    // Produces the next token into *out. Returns false on a tokenizer error (see error()).
    // After EndMarker or an error, keeps returning the same outcome.
    bool next(Token* out);

    const LexError& error() const { return error_; }
    const std::string& buffer() const { return buf_; }

    // Bracket state, for "'(' was never closed".
    int level() const { return static_cast<int>(brackets_.size()); }
    struct OpenBracket { char ch; int lineno; int col; };   // col: 0-based bytes
    const OpenBracket& innermost_bracket() const { return brackets_.back(); }

    // Text of line `lineno` (1-based) without its newline; empty when out of range.
    std::string_view line_text(int lineno) const;
    // Number of characters (not bytes) in the first `byte_col` bytes of line `lineno`.
    int char_col(int lineno, int byte_col) const;

private:
    bool fail(const char* type, std::string msg, int lineno, int offset, int end_offset,
              bool text_has_newline = false);
    bool fail_here(std::string msg);                 // at cur (CPython's syntaxerror())
    bool fail_range(std::string msg, size_t start_pos, size_t end_pos);
    bool at_line_start();                            // indentation; may queue INDENT/DEDENTs
    bool scan_number(Token* t);
    bool scan_string(Token* t, size_t prefix_start);
    bool verify_end_of_number(const char* kind);
    bool decimal_tail();
    int chars_between(size_t from, size_t to) const;
    int cur_char_col() const { return chars_between(line_start_, pos_); }
    void finish(Token* t, TokenKind kind, size_t start);
    int peekc(size_t ahead = 0) const {
        return pos_ + ahead < buf_.size() ? static_cast<unsigned char>(buf_[pos_ + ahead]) : -1;
    }

    std::string buf_;
    size_t pos_ = 0;
    size_t line_start_ = 0;       // byte offset of the current line
    int lineno_ = 1;
    bool at_bol_ = true;
    bool blank_line_ = false;     // current line holds only whitespace/comments
    bool done_ = false;
    bool failed_ = false;
    int pending_ = 0;             // >0: INDENTs to emit, <0: DEDENTs to emit
    std::vector<int> indents_{0};
    std::vector<int> alt_indents_{0};   // same, counting a tab as one column (TabError check)
    std::vector<OpenBracket> brackets_;
    std::vector<size_t> line_starts_{0};
    LexError error_;
    Token last_;                  // replayed after EndMarker / ErrorToken
};

}  // namespace pygen
