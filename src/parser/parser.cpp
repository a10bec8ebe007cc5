// Parser driver: entry points (parse_module, parse_expression), the lazily filled token buffer,
// and syntax-error bookkeeping with CPython 3.11's precedence rules (tokenizer errors anywhere
// in the file beat parser errors; unclosed brackets beat later generic errors).
// CPython counterpart: Parser/pegen.c (_PyPegen_run_parser), Parser/pegen_errors.c.
#include <cstdio>
#include <cstring>

#include "parser/parser_internal.h"

namespace pygen {

Parser::Parser(std::string_view source, std::string_view filename, ast::AstModule* mod)
    : lexer_(source), filename_(filename), mod_(mod) {
    toks_.reserve(256);
}

Parser::Parser(std::string_view source, std::string_view filename, ast::AstModule* mod,
               int line_shift, int col_shift)
    : lexer_(source), filename_(filename), mod_(mod), is_fstring_(true), line_shift_(line_shift),
      col_shift_(col_shift) {}

const Token& Parser::lex_up_to(size_t index) {
    while (toks_.size() <= index) {
        Token t;
        if (lex_failed_ || !lexer_.next(&t)) {
            lex_failed_ = true;
            t = toks_.empty() ? Token() : toks_.back();
            t.kind = TokenKind::ErrorToken;
        }
        toks_.push_back(t);
    }
    return toks_[index];
}

bool Parser::starts_expression(const Token& t) const {
    switch (t.kind) {
        case TokenKind::Name:
            return t.kw == Kw::Ident || t.kw == Kw::True || t.kw == Kw::False || t.kw == Kw::None ||
                   t.kw == Kw::Lambda || t.kw == Kw::Not || t.kw == Kw::Await;
        case TokenKind::Number:
        case TokenKind::String:
            return true;
        case TokenKind::Op:
            return t.op == Op::LPar || t.op == Op::LSqb || t.op == Op::LBrace || t.op == Op::Minus ||
                   t.op == Op::Plus || t.op == Op::Tilde || t.op == Op::Ellipsis;
        default:
            return false;
    }
}

// ---- Errors ----

std::nullptr_t Parser::error_raw(const char* type, std::string msg, int lineno, int col, int end_lineno,
                                 int end_col) {
    if (err_.set || lex_failed_) return nullptr;
    err_ = ErrorState();
    err_.set = true;
    SyntaxErrorInfo& e = err_.info;
    e.type = type;
    e.msg = std::move(msg);
    e.lineno = lineno;
    e.offset = lexer_.char_col(lineno, col) + 1;
    e.end_lineno = end_lineno;
    e.end_offset = end_col < 0 ? end_col + 1 : lexer_.char_col(end_lineno, end_col) + 1;
    e.text = std::string(lexer_.line_text(lineno)) + "\n";
    return nullptr;
}

std::nullptr_t Parser::error_at_token(const Token& t, std::string msg, const char* type) {
    if (err_.set || lex_failed_) return nullptr;
    if (t.col < 0) {
        // INDENT/DEDENT/end of input: CPython reports the tokenizer's cursor instead.
        error_raw(type, std::move(msg), t.lineno, 0, t.lineno, -2);
        err_.info.offset = t.err_col;
        return nullptr;
    }
    return error_raw(type, std::move(msg), t.lineno, t.col, t.end_lineno, t.end_col);
}

std::nullptr_t Parser::error_last_token(std::string msg, const char* type) {
    tok_at(pos_);   // CPython's last token is at least the one being looked at
    return error_at_token(toks_.back(), std::move(msg), type);
}

std::nullptr_t Parser::fail_generic() {
    if (err_.set || lex_failed_) return nullptr;
    tok_at(pos_);
    error_at_token(toks_.back(), "invalid syntax");
    err_.generic = true;
    return nullptr;
}

void Parser::unshift(const ast::Location* n, int* lineno, int* col, int* end_lineno, int* end_col) const {
    *lineno = n->lineno - line_shift_;
    *col = *lineno == 1 ? n->col_offset - col_shift_ : n->col_offset;
    *end_lineno = n->end_lineno - line_shift_;
    *end_col = *end_lineno == 1 ? n->end_col_offset - col_shift_ : n->end_col_offset;
}

std::nullptr_t Parser::error_at_node(const ast::Location* n, std::string msg) {
    return error_range(n, n, std::move(msg));
}

std::nullptr_t Parser::error_range(const ast::Location* a, const ast::Location* b, std::string msg) {
    int l1, c1, l2, c2, l3, c3, l4, c4;
    unshift(a, &l1, &c1, &l2, &c2);
    unshift(b, &l3, &c3, &l4, &c4);
    return error_raw("SyntaxError", std::move(msg), l1, c1, l4, c4);
}

std::nullptr_t Parser::error_too_deep() {
    if (err_.set || lex_failed_) return nullptr;
    const Token& t = peek();
    error_raw("MemoryError", "", t.lineno, t.col < 0 ? 0 : t.col, t.lineno, t.col < 0 ? 0 : t.col);
    return nullptr;
}

void Parser::error_ready(const SyntaxErrorInfo& info) {
    if (err_.set || lex_failed_) return;
    err_ = ErrorState();
    err_.set = true;
    err_.ready = true;
    err_.info = info;
}

bool Parser::warn_at(const Token& t, size_t at, const char* category, std::string msg) {
    if (warn_hook_ == nullptr || failed()) return !failed();
    if (!warned_->insert({real_line(t.lineno), real_col(t.lineno, t.col), at}).second) return true;
    int r = warn_hook_(category, msg, filename_, real_line(t.lineno));
    if (r == 0) return true;
    err_ = ErrorState();
    if (r > 0) {
        error_at_token(t, std::move(msg));
        // CPython's text for a literal spanning lines is its first line, without the newline, and
        // the end offset is clamped to that text (pegen's byte_offset_to_character_offset).
        if (t.end_lineno != t.lineno && !err_.info.text.empty()) {
            err_.info.text.pop_back();
            int chars = 0;
            for (unsigned char c : err_.info.text) chars += (c & 0xC0) != 0x80;
            if (err_.info.end_offset > chars + 1) err_.info.end_offset = chars + 1;
        }
    } else {
        err_.set = true;
        err_.info.type = "pending";
    }
    sticky_ = true;
    return false;
}

void Parser::fill_error(SyntaxErrorInfo* out) {
    SyntaxErrorInfo info;
    bool have = false;
    auto from_lexer = [&]() {
        const LexError& le = lexer_.error();
        info = SyntaxErrorInfo();
        info.type = le.type;
        info.msg = le.msg;
        info.lineno = real_line(le.lineno);
        info.offset = le.offset;
        info.end_lineno = real_line(le.end_lineno);
        info.end_offset = le.end_offset;
        info.text = std::string(lexer_.line_text(le.lineno));
        if (le.text_has_newline) info.text += "\n";
    };
    auto unclosed = [&]() {
        const Lexer::OpenBracket& b = lexer_.innermost_bracket();
        info = SyntaxErrorInfo();
        info.msg = std::string("'") + b.ch + "' was never closed";
        info.lineno = info.end_lineno = real_line(b.lineno);
        info.offset = lexer_.char_col(b.lineno, b.col) + 1;
        info.end_offset = 0;
        info.text = std::string(lexer_.line_text(b.lineno)) + "\n";
    };
    if (lex_failed_) {
        from_lexer();
        have = true;
    } else if (err_.set) {
        info = err_.info;
        if (!err_.ready) {
            info.lineno = real_line(info.lineno);
            info.end_lineno = real_line(info.end_lineno);
        }
        have = true;
        bool check_rest = info.type != "pending";
        if (err_.generic && !toks_.empty()) {
            const Token& last = toks_.back();
            if (last.kind == TokenKind::ErrorToken) {
                if (lexer_.level() > 0) {
                    unclosed();
                } else {
                    info.msg = "unexpected EOF while parsing";
                    info.offset = last.err_col;
                    info.end_offset = -1;
                }
                check_rest = false;
            } else if (last.kind == TokenKind::Indent || last.kind == TokenKind::Dedent) {
                info.type = "IndentationError";
                info.msg = last.kind == TokenKind::Indent ? "unexpected indent" : "unexpected unindent";
                check_rest = false;
            }
        }
        if (check_rest) {
            // CPython tokenizes the rest of the file: a tokenizer error that raises (not the
            // indentation/continuation ones, which CPython reports later) wins, and so does a
            // bracket opened before the last token the parser looked at.
            int err_line = toks_.empty() ? 0 : toks_.back().lineno;
            Token t;
            for (;;) {
                if (!lexer_.next(&t)) {
                    if (!lexer_.error().text_has_newline) from_lexer();
                    break;
                }
                if (t.kind == TokenKind::EndMarker) break;
                if (t.kind == TokenKind::Op && t.op == Op::Invalid) break;
                if (t.kind == TokenKind::ErrorToken) {
                    if (lexer_.level() > 0 && err_line > lexer_.innermost_bracket().lineno) unclosed();
                    break;
                }
            }
        }
    }
    if (!have) {
        info.msg = "invalid syntax";
    }
    info.filename = filename_;
    *out = std::move(info);
}

// ---- Entry points ----

bool Parser::parse_file() {
    while (!failed()) {
        // Tokens of finished top-level statements are never looked at again (backtracking
        // stays inside a statement); dropping them keeps the buffer small.
        if (pos_ > 1 && pos_ <= toks_.size()) {
            toks_.erase(toks_.begin(), toks_.begin() + static_cast<std::ptrdiff_t>(pos_ - 1));
            pos_ = 1;
        }
        const Token& t = peek();
        if (t.kind == TokenKind::EndMarker) return true;
        if (!parse_statement(mod_->body)) break;
    }
    if (!failed()) fail_generic();
    return false;
}

ast::Expr* Parser::parse_eval() {
    Expr* e = parse_star_expressions();
    if (!e) {
        if (!failed()) fail_generic();
        return nullptr;
    }
    while (at_kind(TokenKind::Newline)) advance();
    if (!at_kind(TokenKind::EndMarker)) return fail_generic();
    return e;
}

namespace {

// Checks the source for what CPython rejects before tokenizing: NUL bytes and invalid UTF-8.
bool check_source(std::string_view src, std::string_view filename, SyntaxErrorInfo* error) {
    int lineno = 1;
    size_t line_start = 0;
    // The line of a bad byte is found only when there is one.
    auto locate = [&](size_t at) {
        lineno = 1;
        line_start = 0;
        for (size_t k = 0; k < at; ++k) {
            if (src[k] == '\n') {
                ++lineno;
                line_start = k + 1;
            }
        }
    };
    auto fill = [&](std::string msg, size_t at) {
        error->type = "SyntaxError";
        error->msg = std::move(msg);
        error->filename = std::string(filename);
        error->lineno = error->end_lineno = lineno;
        size_t end = src.find('\n', line_start);
        std::string_view line = src.substr(line_start, end == std::string_view::npos ? std::string_view::npos
                                                                                      : end - line_start);
        int chars = 0;
        for (size_t k = line_start; k < at; ++k) {
            if ((static_cast<unsigned char>(src[k]) & 0xC0) != 0x80) ++chars;
        }
        error->offset = error->end_offset = chars + 1;
        error->text = std::string(line) + "\n";
        return false;
    };
    size_t i = 0;
    // A UTF-8 byte order mark is allowed and ignored.
    while (i < src.size()) {
        // Eight ASCII bytes at a time while none is NUL or has its high bit set (the test may
        // flag a clean word; the byte loop below then takes it).
        while (i + 8 <= src.size()) {
            uint64_t w;
            std::memcpy(&w, src.data() + i, 8);
            if (((w - 0x0101010101010101ULL) | w) & 0x8080808080808080ULL) break;
            i += 8;
        }
        if (i >= src.size()) break;
        unsigned char c = static_cast<unsigned char>(src[i]);
        if (c == 0) {
            locate(i);
            return fill("source code cannot contain null bytes", i);
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uint32_t min = 0;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; min = 0x10000; }
        auto decode_error = [&](const char* why) {
            locate(i);
            char msg[160];
            std::snprintf(msg, sizeof msg, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                          c, i - line_start, why);
            return fill(msg, i);
        };
        if (len == 0) return decode_error("invalid start byte");
        uint32_t cp = c & (0x7F >> len);
        int k = 1;
        for (; k < len; ++k) {
            if (i + k >= src.size() || (static_cast<unsigned char>(src[i + k]) & 0xC0) != 0x80) break;
            cp = (cp << 6) | (static_cast<unsigned char>(src[i + k]) & 0x3F);
        }
        if (k < len) {
            bool at_end = i + k >= src.size() || src[i + k] == '\n';
            return decode_error(at_end ? "unexpected end of data" : "invalid continuation byte");
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return decode_error("invalid continuation byte");
        i += len;
    }
    return true;
}

std::string_view strip_bom(std::string_view s) {
    if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") return s.substr(3);
    return s;
}

}  // namespace

std::unique_ptr<ast::AstModule> parse_module(std::string_view source, std::string_view filename,
                                             SyntaxErrorInfo* error, int max_ast_depth, ParseWarnHook warn) {
    source = strip_bom(source);
    if (!check_source(source, filename, error)) return nullptr;
    auto mod = std::make_unique<ast::AstModule>();
    Parser parser(source, filename, mod.get());
    parser.set_warn_hook(warn);
    if (!parser.parse_file()) {
        parser.fill_error(error);
        return nullptr;
    }
    if (!ast_depth_ok(mod->body, max_ast_depth)) {
        *error = SyntaxErrorInfo();
        error->type = "RecursionError";
        error->msg = "maximum recursion depth exceeded during compilation";
        error->filename = std::string(filename);
        return nullptr;
    }
    return mod;
}

std::unique_ptr<ast::AstModule> parse_expression(std::string_view source, std::string_view filename,
                                                 ast::Expr** result, SyntaxErrorInfo* error, int max_ast_depth,
                                                 ParseWarnHook warn) {
    source = strip_bom(source);
    *result = nullptr;
    if (!check_source(source, filename, error)) return nullptr;
    auto mod = std::make_unique<ast::AstModule>();
    Parser parser(source, filename, mod.get());
    parser.set_warn_hook(warn);
    ast::Expr* e = parser.parse_eval();
    if (!e) {
        parser.fill_error(error);
        return nullptr;
    }
    if (!ast_depth_ok(e, max_ast_depth)) {
        *error = SyntaxErrorInfo();
        error->type = "RecursionError";
        error->msg = "maximum recursion depth exceeded during compilation";
        error->filename = std::string(filename);
        return nullptr;
    }
    *result = e;
    return mod;
}

}  // namespace pygen
