// f-strings, the 3.11 way: the lexer hands over the whole literal; here its body is split into
// literal text and replacement fields ({expr=!conv:spec}), and each expression is parsed by a
// sub-parser on "(expr)" whose nodes are shifted to their real source position.
// CPython counterpart: Parser/string_parser.c (fstring_find_literal, fstring_find_expr,
// fstring_compile_expr, fstring_find_expr_location).
#include "parser/parser_internal.h"

namespace pygen {

using namespace ast;

namespace {

constexpr int kMaxFStringNesting = 200;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

bool Parser::parse_fstring(const Token& t, std::string_view body, bool raw, std::vector<Piece>& out,
                           const Token& first, const Token& last) {
    size_t i = 0;
    if (!fstring_parse_level(t, body, i, raw, 0, out, first, last)) return false;
    return true;
}

// Parses literal text and fields until the end of `body` (level 0) or an unmatched '}'
// (inside a format spec, level 1).
bool Parser::fstring_parse_level(const Token& t, std::string_view body, size_t& i, bool raw, int level,
                                 std::vector<Piece>& out, const Token& first, const Token& last) {
    size_t n = body.size();
    for (;;) {
        // Literal part. CPython: fstring_find_literal.
        size_t lit_start = i;
        bool doubled = false;
        while (i < n) {
            char ch = body[i++];
            if (!raw && ch == '\\' && i < n) {
                ch = body[i++];
                if (ch == 'N') {
                    if (i < n && body[i++] == '{') {
                        while (i < n && body[i++] != '}') {
                        }
                    }
                    continue;
                }
                // "\{" keeps its backslash and starts a field, with CPython's warning first.
                if (ch == '{' && !warn_at(t, static_cast<size_t>(body.data() + i - 2 - lexer_.buffer().data()),
                                          "DeprecationWarning", "invalid escape sequence '\\{'")) {
                    return false;
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (i < n && body[i] == ch) {
                        doubled = true;
                        break;
                    }
                    if (ch == '}') {
                        error_last_token("f-string: single '}' is not allowed");
                        return false;
                    }
                }
                --i;
                break;
            }
        }
        std::string_view lit = body.substr(lit_start, i - lit_start);
        std::string decoded;
        if (raw) decoded = std::string(lit);
        else if (!decode_escapes(t, lit, false, &decoded)) return false;
        if (!decoded.empty()) out.push_back({false, std::move(decoded), nullptr});
        if (doubled) {
            ++i;   // skip the second brace; the first one is part of the literal
            continue;
        }
        if (i >= n || body[i] == '}') break;
        if (!fstring_expr(t, body, i, raw, level, out, first, last)) return false;
    }
    if (level == 0 && i < n) {
        error_last_token("f-string: unexpected end of string");
        return false;
    }
    if (level != 0 && (i >= n || body[i] != '}')) {
        error_last_token("f-string: expecting '}'");
        return false;
    }
    return true;
}

// Parses one replacement field starting at body[i] == '{'. CPython: fstring_find_expr.
bool Parser::fstring_expr(const Token& t, std::string_view body, size_t& i, bool raw, int level,
                          std::vector<Piece>& out, const Token& first, const Token& last) {
    size_t n = body.size();
    if (level >= 2) {
        error_last_token("f-string: expressions nested too deeply");
        return false;
    }
    size_t brace = i;
    ++i;
    size_t expr_start = i;
    char quote = 0;
    int string_type = 0;   // 1 or 3 quotes
    std::vector<char> parens;
    for (; i < n; ++i) {
        char ch = body[i];
        if (ch == '\\') {
            error_last_token("f-string expression part cannot include a backslash");
            return false;
        }
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (i + 2 < n && body[i + 1] == ch && body[i + 2] == ch) {
                        i += 2;
                        string_type = 0;
                        quote = 0;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (i + 2 < n && body[i + 1] == ch && body[i + 2] == ch) {
                string_type = 3;
                i += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
            continue;
        }
        if (ch == '[' || ch == '{' || ch == '(') {
            if (static_cast<int>(parens.size()) >= kMaxFStringNesting) {
                error_last_token("f-string: too many nested parenthesis");
                return false;
            }
            parens.push_back(ch);
            continue;
        }
        if (ch == '#') {
            error_last_token("f-string expression part cannot include '#'");
            return false;
        }
        if (parens.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (i + 1 < n) {
                char next = body[i + 1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') ||
                    (ch == '>' && next == '=')) {
                    ++i;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') continue;
            break;
        }
        if (ch == ']' || ch == '}' || ch == ')') {
            if (parens.empty()) {
                error_last_token(std::string("f-string: unmatched '") + ch + "'");
                return false;
            }
            char open = parens.back();
            parens.pop_back();
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                error_last_token(std::string("f-string: closing parenthesis '") + ch +
                                 "' does not match opening parenthesis '" + open + "'");
                return false;
            }
        }
    }
    size_t expr_end = i;
    if (quote) {
        error_last_token("f-string: unterminated string");
        return false;
    }
    if (!parens.empty()) {
        error_last_token(std::string("f-string: unmatched '") + parens.back() + "'");
        return false;
    }
    if (i >= n) {
        error_last_token("f-string: expecting '}'");
        return false;
    }
    Expr* value = fstring_compile(t, body, brace, expr_end);
    if (!value) return false;
    std::string expr_text;
    bool has_text = false;
    if (body[i] == '=') {
        ++i;
        while (i < n && is_space(body[i])) ++i;
        if (i >= n) {
            error_last_token("f-string: expecting '}'");
            return false;
        }
        expr_text = std::string(body.substr(expr_start, i - expr_start));
        has_text = true;
    }
    int conversion = -1;
    if (body[i] == '!') {
        ++i;
        if (i >= n) {
            error_last_token("f-string: expecting '}'");
            return false;
        }
        char conv = body[i++];
        if (conv != 's' && conv != 'r' && conv != 'a') {
            error_last_token("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return false;
        }
        conversion = conv;
    }
    Expr* spec = nullptr;
    if (i >= n) {
        error_last_token("f-string: expecting '}'");
        return false;
    }
    if (body[i] == ':') {
        ++i;
        if (i >= n) {
            error_last_token("f-string: expecting '}'");
            return false;
        }
        std::vector<Piece> spec_pieces;
        if (!fstring_parse_level(t, body, i, raw, level + 1, spec_pieces, first, last)) return false;
        spec = build_joined(spec_pieces, first, last, t, t);
    }
    if (i >= n || body[i] != '}') {
        error_last_token("f-string: expecting '}'");
        return false;
    }
    ++i;
    if (has_text && !spec && conversion == -1) conversion = 'r';
    if (has_text) out.push_back({false, std::move(expr_text), nullptr});
    FormattedValue* fv = make<FormattedValue>(first);
    set_end(fv, last);
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = spec;
    out.push_back({true, {}, fv});
    return true;
}

// Parses body[brace+1 .. expr_end) as "(expr)" with a sub-parser. CPython: fstring_compile_expr
// with fstring_find_expr_location for the position shift.
Expr* Parser::fstring_compile(const Token& t, std::string_view body, size_t brace, size_t expr_end) {
    std::string_view expr = body.substr(brace + 1, expr_end - brace - 1);
    bool all_space = true;
    for (char c : expr) {
        if (!is_space(c)) {
            all_space = false;
            break;
        }
    }
    if (all_space) {
        // Before a conversion, format spec or '=' the message names it (CPython 3.11.4+).
        char next = expr_end < body.size() ? body[expr_end] : '\0';
        if (next == '!' || next == ':' || next == '=')
            return error_last_token(std::string("f-string: expression required before '") + next + "'");
        return error_last_token("f-string: empty expression not allowed");
    }
    // Where the '{' is, relative to the token start.
    std::string_view token_text = text(t);
    size_t brace_in_token = static_cast<size_t>(body.data() - token_text.data()) + brace;
    int lines = 0;
    size_t last_newline = std::string_view::npos;
    for (size_t k = 0; k < brace_in_token; ++k) {
        if (token_text[k] == '\n') {
            ++lines;
            last_newline = k;
        }
    }
    bool newline_after_brace = true;
    for (size_t k = brace_in_token + 1; k < token_text.size() && token_text[k] != '}' && token_text[k] != '\n'; ++k) {
        char c = token_text[k];
        if (c != ' ' && c != '\t' && c != '\f') {
            newline_after_brace = false;
            break;
        }
    }
    int cols = 0;
    if (!newline_after_brace) {
        cols = last_newline == std::string_view::npos ? static_cast<int>(brace_in_token)
                                                      : static_cast<int>(brace_in_token - last_newline - 1);
    }
    int start_line = real_line(t.lineno) + lines;
    int start_col = lines == 0 ? real_col(t.lineno, t.col) + cols : cols;
    std::string src;
    src.reserve(expr.size() + 2);
    src += '(';
    src += expr;
    src += ')';
    Parser sub(src, filename_, mod_, start_line - 1, start_col);
    sub.depth_ = depth_;
    sub.warn_hook_ = warn_hook_;
    sub.warned_ = warned_;
    Expr* e = sub.parse_fstring_input();
    if (!e) {
        SyntaxErrorInfo info;
        sub.fill_error(&info);
        if (!sub.lex_failed_ && info.msg.rfind("f-string", 0) != 0) info.msg = "f-string: " + info.msg;
        error_ready(info);
        return nullptr;
    }
    return e;
}

Expr* Parser::parse_fstring_input() {
    Expr* e = parse_star_expressions();
    if (!e) {
        if (!failed()) fail_generic();
        return nullptr;
    }
    while (at_kind(TokenKind::Newline)) advance();
    if (!at_kind(TokenKind::EndMarker)) return fail_generic();
    return e;
}

// Joins literal and field pieces into a JoinedStr spanning first..last (CPython 3.11 gives
// every piece the location of the whole literal run).
Expr* Parser::build_joined(std::vector<Piece>& pieces, const Token& first, const Token& last,
                           const Token& tail_first, const Token& tail_last) {
    JoinedStr* j = make<JoinedStr>(tail_first);
    set_end(j, tail_last);
    std::string pending;
    bool have_pending = false;
    bool tail = false;
    auto flush = [&]() {
        if (have_pending && !pending.empty()) {
            Constant* c = make<Constant>(tail ? tail_first : first);
            set_end(c, tail ? tail_last : last);
            c->value_kind = ConstantKind::Str;
            c->text = std::move(pending);
            j->values.push_back(c);
        }
        pending.clear();
        have_pending = false;
    };
    for (Piece& p : pieces) {
        if (p.is_expr) {
            flush();
            j->values.push_back(p.expr);
        } else {
            pending += p.text;
            have_pending = true;
        }
    }
    tail = true;
    flush();
    return j;
}

}  // namespace pygen
