// The tokenizer (see lexer.h): indentation, brackets, operators, names, number and string
// delimiting, with CPython 3.11's error messages and the column conventions of its tokenizer
// errors (offset = characters up to the tokenizer's cursor). Literal decoding is the parser's.
// CPython counterpart: Parser/tokenizer.c (tok_get, tok_decimal_tail, verify_end_of_number).
#include "lexer/lexer.h"

#include <cstdio>
#include <cstring>

namespace pygen {

namespace {

constexpr int kMaxIndent = 100;   // CPython's MAXINDENT
constexpr int kMaxLevel = 200;    // CPython's MAXLEVEL (bracket nesting)
constexpr int kTabSize = 8;

struct KeywordEntry { std::string_view text; Kw kw; };
constexpr KeywordEntry kKeywords[] = {
    {"False", Kw::False}, {"None", Kw::None}, {"True", Kw::True}, {"and", Kw::And},
    {"as", Kw::As}, {"assert", Kw::Assert}, {"async", Kw::Async}, {"await", Kw::Await},
    {"break", Kw::Break}, {"class", Kw::Class}, {"continue", Kw::Continue}, {"def", Kw::Def},
    {"del", Kw::Del}, {"elif", Kw::Elif}, {"else", Kw::Else}, {"except", Kw::Except},
    {"finally", Kw::Finally}, {"for", Kw::For}, {"from", Kw::From}, {"global", Kw::Global},
    {"if", Kw::If}, {"import", Kw::Import}, {"in", Kw::In}, {"is", Kw::Is},
    {"lambda", Kw::Lambda}, {"nonlocal", Kw::Nonlocal}, {"not", Kw::Not}, {"or", Kw::Or},
    {"pass", Kw::Pass}, {"raise", Kw::Raise}, {"return", Kw::Return}, {"try", Kw::Try},
    {"while", Kw::While}, {"with", Kw::With}, {"yield", Kw::Yield},
};

Kw keyword_of(std::string_view s) {
    if (s.size() < 2 || s.size() > 8) return Kw::Ident;
    for (const auto& k : kKeywords) {   // string_views: length and first byte compared first
        if (k.text.size() == s.size() && k.text[0] == s[0] && s == k.text) return k.kw;
    }
    return Kw::Ident;
}

bool is_ascii_ident_start(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_ascii_ident_char(int c) { return is_ascii_ident_start(c) || (c >= '0' && c <= '9'); }
// CPython's is_potential_identifier_char: any non-ASCII byte counts.
bool is_potential_ident_char(int c) { return is_ascii_ident_char(c) || c >= 128; }
bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Decodes the (valid) UTF-8 sequence at s[i]; sets *len to its byte length.
uint32_t decode_utf8(std::string_view s, size_t i, int* len) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(k < s.size() ? s[k] : 0); };
    unsigned char c = b(i);
    if (c < 0x80) { *len = 1; return c; }
    if (c < 0xE0) { *len = 2; return ((c & 0x1F) << 6) | (b(i + 1) & 0x3F); }
    if (c < 0xF0) { *len = 3; return ((c & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F); }
    *len = 4;
    return ((c & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) | (b(i + 3) & 0x3F);
}

// Characters CPython reports as "invalid non-printable character" rather than "invalid character".
bool is_non_printable(uint32_t cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0xA0) || cp == 0xAD ||
           (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
           (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
           (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xFFF0 && cp <= 0xFFFF);
}

// Approximation of Unicode XID_Continue for non-ASCII code points: letters, marks and digits
// of all scripts are accepted; punctuation, symbol, currency, arrow, box-drawing and emoji
// blocks are rejected. TODO(#frontend): exact XID tables and NFKC normalisation.
bool is_non_ascii_ident_char(uint32_t cp) {
    if (is_non_printable(cp)) return false;
    if (cp < 0x100) {
        return cp == 0xAA || cp == 0xB5 || cp == 0xBA || cp == 0xB7 ||
               (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7);
    }
    if (cp == 0x037E || cp == 0x0387 || cp == 0x055D || cp == 0x0589 || cp == 0x060C ||
        cp == 0x061B || cp == 0x061F || cp == 0x06D4 || cp == 0x0964 || cp == 0x0965) {
        return false;
    }
    if (cp >= 0x2000 && cp <= 0x2BFF) {
        // General punctuation .. misc symbols; a few letter-like characters are identifiers.
        if (cp == 0x203F || cp == 0x2040 || cp == 0x2054) return true;   // connector punctuation
        if (cp == 0x2071 || cp == 0x207F || (cp >= 0x2090 && cp <= 0x209C)) return true;
        if (cp >= 0x20D0 && cp <= 0x20FF) return true;                    // combining marks
        if (cp == 0x2102 || cp == 0x2107 || (cp >= 0x210A && cp <= 0x2113) || cp == 0x2115 ||
            (cp >= 0x2119 && cp <= 0x211D) || cp == 0x2124 || cp == 0x2126 || cp == 0x2128 ||
            (cp >= 0x212A && cp <= 0x212D) || (cp >= 0x212F && cp <= 0x2139) ||
            (cp >= 0x2160 && cp <= 0x2188)) {
            return true;
        }
        if (cp >= 0x2C00) return true;
        return false;
    }
    if (cp >= 0x2E00 && cp <= 0x2E7F) return false;
    if ((cp >= 0x3001 && cp <= 0x3004) || (cp >= 0x3008 && cp <= 0x3020) || cp == 0x3030) return false;
    if ((cp >= 0xFE10 && cp <= 0xFE19) || (cp >= 0xFE30 && cp <= 0xFE32) ||
        (cp >= 0xFE35 && cp <= 0xFE4C) || (cp >= 0xFE50 && cp <= 0xFE6B)) {
        return false;
    }
    if ((cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
        (cp >= 0xFF3B && cp <= 0xFF40 && cp != 0xFF3F) || (cp >= 0xFF5B && cp <= 0xFF65)) {
        return false;
    }
    if (cp >= 0xFFF0 && cp <= 0xFFFF) return false;
    if (cp >= 0x1F000 && cp <= 0x1FBFF) return false;   // emoji and pictographs
    return true;
}

std::string utf8_encode(uint32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

}  // namespace

Lexer::Lexer(std::string_view source) {
    // \r\n and lone \r become \n; runs without \r are copied whole.
    buf_.reserve(source.size() + 1);
    size_t from = 0;
    for (;;) {
        size_t cr = source.find('\r', from);
        if (cr == std::string_view::npos) {
            buf_.append(source.substr(from));
            break;
        }
        buf_.append(source.substr(from, cr - from));
        buf_ += '\n';
        from = cr + 1;
        if (from < source.size() && source[from] == '\n') ++from;
    }
    if (!buf_.empty() && buf_.back() != '\n') buf_ += '\n';
    const char* data = buf_.data();
    const size_t size = buf_.size();
    for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', size - (p - data)))) != nullptr;) {
        ++p;
        if (static_cast<size_t>(p - data) < size) line_starts_.push_back(static_cast<size_t>(p - data));
        else break;
    }
}

std::string_view Lexer::line_text(int lineno) const {
    if (lineno < 1 || lineno > static_cast<int>(line_starts_.size())) return {};
    size_t start = line_starts_[lineno - 1];
    size_t end = buf_.find('\n', start);
    if (end == std::string::npos) end = buf_.size();
    return std::string_view(buf_).substr(start, end - start);
}

int Lexer::char_col(int lineno, int byte_col) const {
    if (lineno < 1 || lineno > static_cast<int>(line_starts_.size())) return byte_col;
    size_t start = line_starts_[lineno - 1];
    return chars_between(start, start + static_cast<size_t>(byte_col < 0 ? 0 : byte_col));
}

int Lexer::chars_between(size_t from, size_t to) const {
    int n = 0;
    for (size_t i = from; i < to && i < buf_.size(); ++i) {
        if ((static_cast<unsigned char>(buf_[i]) & 0xC0) != 0x80) ++n;
    }
    return n;
}

bool Lexer::fail(const char* type, std::string msg, int lineno, int offset, int end_offset,
                 bool text_has_newline) {
    failed_ = true;
    error_.type = type;
    error_.msg = std::move(msg);
    error_.lineno = lineno;
    error_.offset = offset;
    error_.end_lineno = lineno;
    error_.end_offset = end_offset;
    error_.text_has_newline = text_has_newline;
    return false;
}

bool Lexer::fail_here(std::string msg) {
    int col = cur_char_col();
    return fail("SyntaxError", std::move(msg), lineno_, col, col);
}

bool Lexer::fail_range(std::string msg, size_t start_pos, size_t end_pos) {
    return fail("SyntaxError", std::move(msg), lineno_, chars_between(line_start_, start_pos) + 1,
                chars_between(line_start_, end_pos) + 1);
}

void Lexer::finish(Token* t, TokenKind kind, size_t start) {
    t->kind = kind;
    t->start = static_cast<uint32_t>(start);
    t->end = static_cast<uint32_t>(pos_);
    t->end_lineno = lineno_;
    t->end_col = static_cast<int>(pos_ - line_start_);
    t->level = level();
}

// Reads the indentation of a new logical line and queues INDENT/DEDENT tokens.
// CPython: tokenizer.c, the atbol block of tok_get.
bool Lexer::at_line_start() {
    int col = 0;
    int alt_col = 0;
    for (;;) {
        int c = peekc();
        if (c == ' ') {
            ++col;
            ++alt_col;
        } else if (c == '\t') {
            col = (col / kTabSize + 1) * kTabSize;
            ++alt_col;
        } else if (c == '\f') {
            col = alt_col = 0;
        } else {
            break;
        }
        ++pos_;
    }
    int c = peekc();
    blank_line_ = (c == '#' || c == '\n');
    if (blank_line_ || level() > 0) return true;
    auto line_chars_with_newline = [&]() {
        size_t end = buf_.find('\n', line_start_);
        end = end == std::string::npos ? buf_.size() : end + 1;
        return chars_between(line_start_, end);
    };
    if (col == indents_.back()) {
        if (alt_col != alt_indents_.back()) {
            return fail("TabError", "inconsistent use of tabs and spaces in indentation", lineno_, 1, 0, true);
        }
    } else if (col > indents_.back()) {
        if (static_cast<int>(indents_.size()) >= kMaxIndent) {
            int n = line_chars_with_newline();
            return fail("IndentationError", "too many levels of indentation", lineno_, n + 1, -1, true);
        }
        if (alt_col <= alt_indents_.back()) {
            return fail("TabError", "inconsistent use of tabs and spaces in indentation", lineno_, 1, 0, true);
        }
        ++pending_;
        indents_.push_back(col);
        alt_indents_.push_back(alt_col);
    } else {
        while (indents_.size() > 1 && col < indents_.back()) {
            --pending_;
            indents_.pop_back();
            alt_indents_.pop_back();
        }
        if (col != indents_.back()) {
            int n = line_chars_with_newline();
            return fail("IndentationError", "unindent does not match any outer indentation level",
                        lineno_, n, -1, true);
        }
        if (alt_col != alt_indents_.back()) {
            return fail("TabError", "inconsistent use of tabs and spaces in indentation", lineno_, 1, 0, true);
        }
    }
    return true;
}

bool Lexer::next(Token* out) {
    if (failed_) return false;
    if (done_) {
        *out = last_;
        return true;
    }
    Token t;
    for (;;) {
        if (at_bol_) {
            at_bol_ = false;
            if (pos_ >= buf_.size()) {
                // End of input: close every open block.
                blank_line_ = false;
                while (indents_.size() > 1) {
                    indents_.pop_back();
                    alt_indents_.pop_back();
                    --pending_;
                }
            } else if (!at_line_start()) {
                return false;
            }
        }
        if (pending_ != 0) {
            t.kind = pending_ > 0 ? TokenKind::Indent : TokenKind::Dedent;
            pending_ += pending_ > 0 ? -1 : 1;
            t.start = t.end = static_cast<uint32_t>(pos_);
            if (pos_ >= buf_.size() && !buf_.empty()) {
                // CPython reports the last line, with the cursor after its newline.
                int last = static_cast<int>(line_starts_.size());
                t.lineno = t.end_lineno = last;
                t.err_col = chars_between(line_starts_[last - 1], buf_.size());
            } else {
                t.lineno = t.end_lineno = lineno_;
                t.err_col = cur_char_col();
            }
            t.col = t.end_col = -1;
            t.level = level();
            *out = t;
            return true;
        }
        // Skip blanks.
        while (peekc() == ' ' || peekc() == '\t' || peekc() == '\f') ++pos_;
        int c = peekc();
        if (c == '#') {
            const void* nl = std::memchr(buf_.data() + pos_, '\n', buf_.size() - pos_);
            pos_ = nl ? static_cast<size_t>(static_cast<const char*>(nl) - buf_.data()) : buf_.size();
            c = peekc();
        }
        size_t start = pos_;
        t = Token();
        t.lineno = lineno_;
        t.col = static_cast<int>(pos_ - line_start_);
        if (c == -1) {
            if (level() > 0) {
                t.kind = TokenKind::ErrorToken;
                t.start = t.end = static_cast<uint32_t>(pos_);
                t.end_lineno = t.lineno = static_cast<int>(line_starts_.size()) + 1;
                t.col = t.end_col = -1;
                t.level = level();
                last_ = t;
                done_ = true;
                *out = t;
                return true;
            }
            // Errors reported at the end marker point after the last line, as CPython's do.
            t.kind = TokenKind::EndMarker;
            t.start = t.end = static_cast<uint32_t>(pos_);
            t.lineno = t.end_lineno = static_cast<int>(line_starts_.size());
            t.col = t.end_col = -1;
            t.err_col = buf_.empty() ? 0 : chars_between(line_starts_.back(), buf_.size());
            last_ = t;
            done_ = true;
            *out = t;
            return true;
        }
        if (c == '\n') {
            bool emit = !blank_line_ && level() == 0;
            ++pos_;
            ++lineno_;
            line_start_ = pos_;
            at_bol_ = true;
            if (!emit) {
                blank_line_ = false;
                continue;
            }
            t.kind = TokenKind::Newline;
            t.start = static_cast<uint32_t>(start);
            t.end = static_cast<uint32_t>(start + 1);
            t.end_lineno = t.lineno;
            t.end_col = t.col;
            t.level = 0;
            *out = t;
            return true;
        }
        if (c == '\\') {
            if (peekc(1) != '\n') {
                int col = cur_char_col();
                return fail("SyntaxError", "unexpected character after line continuation character",
                            lineno_, col + 2, 0, true);
            }
            pos_ += 2;
            ++lineno_;
            line_start_ = pos_;
            if (pos_ >= buf_.size()) {
                // CPython: E_EOF after a continuation; the parser turns it into an error.
                t.kind = TokenKind::ErrorToken;
                t.start = t.end = static_cast<uint32_t>(pos_);
                t.lineno = t.end_lineno = lineno_ - 1;
                t.col = t.end_col = -1;
                t.err_col = chars_between(line_starts_[lineno_ - 2], pos_);
                t.level = level();
                last_ = t;
                done_ = true;
                *out = t;
                return true;
            }
            continue;
        }
        blank_line_ = false;
        // Names, keywords and string prefixes.
        if (is_ascii_ident_start(c) || c >= 128) {
            bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
            for (;;) {
                int d = peekc();
                if (!saw_b && !saw_u && !saw_f && (d == 'b' || d == 'B')) saw_b = true;
                else if (!saw_b && !saw_u && !saw_r && !saw_f && (d == 'u' || d == 'U')) saw_u = true;
                else if (!saw_r && !saw_u && (d == 'r' || d == 'R')) saw_r = true;
                else if (!saw_f && !saw_b && !saw_u && (d == 'f' || d == 'F')) saw_f = true;
                else break;
                ++pos_;
                if (peekc() == '"' || peekc() == '\'') return scan_string(out, start);
            }
            while (true) {
                int d = peekc();
                if (is_ascii_ident_char(d)) {
                    ++pos_;
                } else if (d >= 128) {
                    int len = 0;
                    uint32_t cp = decode_utf8(buf_, pos_, &len);
                    if (!is_non_ascii_ident_char(cp)) break;   // reported below if it starts a token
                    pos_ += len;
                } else {
                    break;
                }
            }
            if (pos_ == start) {
                int len = 0;
                uint32_t cp = decode_utf8(buf_, pos_, &len);
                int col = cur_char_col() + 1;
                char msg[96];
                if (is_non_printable(cp)) {
                    std::snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", cp);
                } else {
                    std::snprintf(msg, sizeof msg, "invalid character '%s' (U+%04X)", utf8_encode(cp).c_str(), cp);
                }
                return fail("SyntaxError", msg, lineno_, col, col);
            }
            finish(&t, TokenKind::Name, start);
            t.kw = keyword_of(std::string_view(buf_).substr(start, pos_ - start));
            *out = t;
            return true;
        }
        if (is_digit(c) || (c == '.' && is_digit(peekc(1)))) {
            if (!scan_number(&t)) return false;
            finish(&t, TokenKind::Number, start);
            *out = t;
            return true;
        }
        if (c == '"' || c == '\'') return scan_string(out, start);
        // Operators.
        int c1 = peekc(1);
        int c2 = peekc(2);
        Op op = Op::Invalid;
        int len = 1;
        auto two = [&](int second, Op yes, Op no) {
            if (c1 == second) { op = yes; len = 2; } else { op = no; }
        };
        switch (c) {
            case '(': op = Op::LPar; break;
            case ')': op = Op::RPar; break;
            case '[': op = Op::LSqb; break;
            case ']': op = Op::RSqb; break;
            case '{': op = Op::LBrace; break;
            case '}': op = Op::RBrace; break;
            case ',': op = Op::Comma; break;
            case ';': op = Op::Semi; break;
            case '~': op = Op::Tilde; break;
            case ':': two('=', Op::ColonEqual, Op::Colon); break;
            case '.':
                if (c1 == '.' && c2 == '.') { op = Op::Ellipsis; len = 3; } else { op = Op::Dot; }
                break;
            case '@': two('=', Op::AtEqual, Op::At); break;
            case '=': two('=', Op::EqEqual, Op::Equal); break;
            case '!': two('=', Op::NotEqual, Op::Invalid); break;
            case '+': two('=', Op::PlusEqual, Op::Plus); break;
            case '-':
                if (c1 == '>') { op = Op::RArrow; len = 2; } else { two('=', Op::MinEqual, Op::Minus); }
                break;
            case '%': two('=', Op::PercentEqual, Op::Percent); break;
            case '&': two('=', Op::AmperEqual, Op::Amper); break;
            case '|': two('=', Op::VBarEqual, Op::VBar); break;
            case '^': two('=', Op::CircumflexEqual, Op::Circumflex); break;
            case '*':
                if (c1 == '*') {
                    if (c2 == '=') { op = Op::DoubleStarEqual; len = 3; } else { op = Op::DoubleStar; len = 2; }
                } else {
                    two('=', Op::StarEqual, Op::Star);
                }
                break;
            case '/':
                if (c1 == '/') {
                    if (c2 == '=') { op = Op::DoubleSlashEqual; len = 3; } else { op = Op::DoubleSlash; len = 2; }
                } else {
                    two('=', Op::SlashEqual, Op::Slash);
                }
                break;
            case '<':
                if (c1 == '<') {
                    if (c2 == '=') { op = Op::LeftShiftEqual; len = 3; } else { op = Op::LeftShift; len = 2; }
                } else if (c1 == '>') {
                    op = Op::Invalid;   // '<>' is only valid under barry_as_FLUFL
                    len = 2;
                } else {
                    two('=', Op::LessEqual, Op::Less);
                }
                break;
            case '>':
                if (c1 == '>') {
                    if (c2 == '=') { op = Op::RightShiftEqual; len = 3; } else { op = Op::RightShift; len = 2; }
                } else {
                    two('=', Op::GreaterEqual, Op::Greater);
                }
                break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    char msg[64];
                    std::snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", c);
                    int col = cur_char_col() + 1;
                    return fail("SyntaxError", msg, lineno_, col, col);
                }
                op = Op::Invalid;   // '$', '?', '`': the parser reports "invalid syntax"
                break;
        }
        pos_ += len;
        if (op == Op::LPar || op == Op::LSqb || op == Op::LBrace) {
            if (level() >= kMaxLevel) return fail_here("too many nested parentheses");
            brackets_.push_back({static_cast<char>(c), lineno_, static_cast<int>(start - line_start_)});
        } else if (op == Op::RPar || op == Op::RSqb || op == Op::RBrace) {
            if (brackets_.empty()) {
                return fail_here(std::string("unmatched '") + static_cast<char>(c) + "'");
            }
            OpenBracket open = brackets_.back();
            char expected = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
            if (c != expected) {
                std::string msg = std::string("closing parenthesis '") + static_cast<char>(c) +
                                  "' does not match opening parenthesis '" + open.ch + "'";
                if (open.lineno != lineno_) msg += " on line " + std::to_string(open.lineno);
                return fail_here(msg);
            }
            brackets_.pop_back();
        }
        finish(&t, TokenKind::Op, start);
        t.op = op;
        *out = t;
        return true;
    }
}

// ---- Numbers ----

// After the first digit: reads digits with single underscores between them.
// CPython: tok_decimal_tail.
bool Lexer::decimal_tail() {
    for (;;) {
        while (is_digit(peekc())) ++pos_;
        if (peekc() != '_') return true;
        ++pos_;
        if (!is_digit(peekc())) return fail_here("invalid decimal literal");
    }
}

// CPython: verify_end_of_number. A literal glued to a name is an error, except before the
// keywords that may legally follow a number (CPython only warns there).
bool Lexer::verify_end_of_number(const char* kind) {
    int c = peekc();
    auto next_is = [&](const char* word) {
        size_t n = std::strlen(word);
        return buf_.compare(pos_ + 1, n, word) == 0;
    };
    bool keyword = (c == 'a' && next_is("nd")) || (c == 'e' && next_is("lse")) ||
                   (c == 'f' && next_is("or")) || (c == 'o' && next_is("r")) ||
                   (c == 'n' && next_is("ot")) ||
                   (c == 'i' && (peekc(1) == 'f' || peekc(1) == 'n' || peekc(1) == 's'));
    if (keyword) return true;
    if (is_potential_ident_char(c)) return fail_here(std::string("invalid ") + kind + " literal");
    return true;
}

// Delimits a number literal starting at pos_. CPython: the number branch of tok_get.
bool Lexer::scan_number(Token* t) {
    size_t start = pos_;
    auto radix = [&](auto is_radix_digit, const char* kind, bool report_digit) {
        ++pos_;   // the x/o/b
        do {
            if (peekc() == '_') ++pos_;
            if (!is_radix_digit(peekc())) {
                if (report_digit && is_digit(peekc())) {
                    char msg[64];
                    std::snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", peekc(), kind);
                    ++pos_;
                    return fail_here(msg);
                }
                return fail_here(std::string("invalid ") + kind + " literal");
            }
            while (is_radix_digit(peekc())) ++pos_;
        } while (peekc() == '_');
        if (report_digit && is_digit(peekc())) {
            char msg[64];
            std::snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", peekc(), kind);
            ++pos_;
            return fail_here(msg);
        }
        return verify_end_of_number(kind);
    };
    auto exponent_and_imag = [&]() -> bool {
        int c = peekc();
        if (c == 'e' || c == 'E') {
            size_t e_pos = pos_;
            ++pos_;
            c = peekc();
            if (c == '+' || c == '-') {
                ++pos_;
                if (!is_digit(peekc())) return fail_here("invalid decimal literal");
            } else if (!is_digit(c)) {
                pos_ = e_pos;
                return verify_end_of_number("decimal");
            }
            ++pos_;
            if (!decimal_tail()) return false;
        }
        c = peekc();
        if (c == 'j' || c == 'J') {
            ++pos_;
            return verify_end_of_number("imaginary");
        }
        return verify_end_of_number("decimal");
    };
    auto fraction = [&]() -> bool {
        // at '.'
        ++pos_;
        if (is_digit(peekc())) {
            ++pos_;
            if (!decimal_tail()) return false;
        }
        return exponent_and_imag();
    };
    int c = peekc();
    if (c == '.') return fraction();
    if (c == '0') {
        ++pos_;
        c = peekc();
        if (c == 'x' || c == 'X') return radix(is_xdigit, "hexadecimal", false);
        if (c == 'o' || c == 'O') return radix([](int d) { return d >= '0' && d <= '7'; }, "octal", true);
        if (c == 'b' || c == 'B') return radix([](int d) { return d == '0' || d == '1'; }, "binary", true);
        bool nonzero = false;
        for (;;) {
            if (peekc() == '_') {
                ++pos_;
                if (!is_digit(peekc())) return fail_here("invalid decimal literal");
            }
            if (peekc() != '0') break;
            ++pos_;
        }
        size_t zeros_end = pos_;
        if (is_digit(peekc())) {
            nonzero = true;
            ++pos_;
            if (!decimal_tail()) return false;
        }
        c = peekc();
        if (c == '.') return fraction();
        if (c == 'e' || c == 'E' || c == 'j' || c == 'J') return exponent_and_imag();
        if (nonzero) {
            return fail("SyntaxError",
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        lineno_, chars_between(line_start_, start) + 1, chars_between(line_start_, zeros_end) + 1);
        }
        return verify_end_of_number("decimal");
    }
    ++pos_;
    if (!decimal_tail()) return false;
    if (peekc() == '.') return fraction();
    return exponent_and_imag();
}

// ---- Strings ----

// Delimits a string literal whose prefix starts at prefix_start and whose quote is at pos_.
// The token covers prefix, quotes and body; escapes are left for the parser.
bool Lexer::scan_string(Token* out, size_t prefix_start) {
    Token t;
    t.lineno = lineno_;
    t.col = static_cast<int>(prefix_start - line_start_);
    size_t start_line_start = line_start_;
    int start_lineno = lineno_;
    char quote = buf_[pos_];
    bool triple = peekc(1) == quote && peekc(2) == quote;
    pos_ += triple ? 3 : 1;
    int quotes_seen = 0;
    for (;;) {
        int c = peekc();
        if (c == -1) {
            // Report at the start of the literal, as CPython does.
            int detected = lineno_ - (pos_ > 0 && buf_[pos_ - 1] == '\n' && lineno_ > start_lineno ? 1 : 0);
            if (!triple) detected = start_lineno;
            std::string msg = std::string(triple ? "unterminated triple-quoted string literal"
                                                 : "unterminated string literal") +
                              " (detected at line " + std::to_string(detected) + ")";
            int col = chars_between(start_line_start, prefix_start) + 1;
            return fail("SyntaxError", msg, start_lineno, col, col);
        }
        ++pos_;
        if (c == quote) {
            if (!triple) break;
            if (++quotes_seen == 3) break;
            continue;
        }
        quotes_seen = 0;
        if (c == '\\') {
            int d = peekc();
            if (d == -1) continue;
            ++pos_;
            if (d == '\n') {
                ++lineno_;
                line_start_ = pos_;
            }
            continue;
        }
        if (c == '\n') {
            if (!triple) {
                std::string msg = "unterminated string literal (detected at line " + std::to_string(start_lineno) + ")";
                int col = chars_between(start_line_start, prefix_start) + 1;
                return fail("SyntaxError", msg, start_lineno, col, col);
            }
            ++lineno_;
            line_start_ = pos_;
        }
    }
    t.kind = TokenKind::String;
    t.start = static_cast<uint32_t>(prefix_start);
    t.end = static_cast<uint32_t>(pos_);
    t.end_lineno = lineno_;
    t.end_col = static_cast<int>(pos_ - line_start_);
    t.level = level();
    blank_line_ = false;
    *out = t;
    return true;
}

}  // namespace pygen
