// The recursive-descent parser shared by parser.cpp (driver, tokens, errors), parser_stmt.cpp,
// parser_expr.cpp, string_literal.cpp (string/bytes/number literals) and fstring.cpp. Private
// to src/parser: the compiler sees only parser.h and ast.h.
// CPython counterpart: Parser/parser.c + Parser/pegen.c + Parser/action_helpers.c; the grammar
// rules are followed in order, the invalid_* rules are checked where this parser fails.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "lexer/lexer.h"
#include "parser/ast.h"
#include "parser/parser.h"

namespace pygen {

// Nesting budget of the parser, in the levels of CPython's PEG parser, which gives MemoryError
// beyond 6000 of them: each recursion charges what the same construct costs there (a unary
// operator 1, a power or a lambda 2, a statement 8), so the same programs are refused. Bracket
// nesting is capped at 200 by the lexer before this matters.
constexpr int kMaxParseDepth = 5976;

class Parser {
public:
    Parser(std::string_view source, std::string_view filename, ast::AstModule* mod);
    // An f-string replacement field: source is "(expr)", whose '(' sits at line
    // 1 + line_shift, column col_shift of the real source.
    Parser(std::string_view source, std::string_view filename, ast::AstModule* mod, int line_shift,
           int col_shift);

    // Entry points; each returns false/null on error (then call fill_error).
    bool parse_file();
    ast::Expr* parse_eval();
    void fill_error(SyntaxErrorInfo* out);
    void set_warn_hook(ParseWarnHook hook) { warn_hook_ = hook; }

private:
    friend struct DepthGuard;
    using Expr = ast::Expr;
    using Stmt = ast::Stmt;
    using StmtList = std::vector<ast::Stmt*>;

    // ---- tokens (parser.cpp) ----
    // Tokens are lexed on demand; the inline fast path returns one already lexed.
    const Token& tok_at(size_t index) { return index < toks_.size() ? toks_[index] : lex_up_to(index); }
    const Token& lex_up_to(size_t index);
    const Token& peek() { return tok_at(pos_); }
    const Token& peek2() { return tok_at(pos_ + 1); }
    const Token& prev() const { return toks_[pos_ - 1]; }
    void advance() { tok_at(pos_); ++pos_; }
    bool at(Op op) { const Token& t = peek(); return t.kind == TokenKind::Op && t.op == op; }
    bool at_kw(Kw kw) { const Token& t = peek(); return t.kind == TokenKind::Name && t.kw == kw; }
    bool at_name() { const Token& t = peek(); return t.kind == TokenKind::Name && t.kw == Kw::Ident; }
    bool at_kind(TokenKind k) { return peek().kind == k; }
    bool accept(Op op) { if (at(op)) { advance(); return true; } return false; }
    bool accept_kw(Kw kw) { if (at_kw(kw)) { advance(); return true; } return false; }
    std::string_view text(const Token& t) const {
        return std::string_view(lexer_.buffer()).substr(t.start, t.end - t.start);
    }
    bool starts_expression(const Token& t) const;

    // ---- locations ----
    int real_line(int lineno) const { return lineno + line_shift_; }
    int real_col(int lineno, int col) const { return lineno == 1 ? col + col_shift_ : col; }
    void set_start(ast::Location* n, const Token& t) {
        n->lineno = real_line(t.lineno);
        n->col_offset = real_col(t.lineno, t.col);
    }
    void set_end(ast::Location* n, const Token& t) {
        n->end_lineno = real_line(t.end_lineno);
        n->end_col_offset = real_col(t.end_lineno, t.end_col);
    }
    void finish(ast::Location* n) { set_end(n, prev()); }
    // End of a compound statement: its last token that is not NEWLINE/INDENT/DEDENT (so a
    // trailing ';' counts, as in CPython).
    void finish_compound(ast::Location* n) {
        size_t i = pos_;
        while (i > 1 && (toks_[i - 1].kind == TokenKind::Newline || toks_[i - 1].kind == TokenKind::Indent ||
                         toks_[i - 1].kind == TokenKind::Dedent)) {
            --i;
        }
        set_end(n, toks_[i - 1]);
    }
    static void copy_start(ast::Location* n, const ast::Location* from) {
        n->lineno = from->lineno;
        n->col_offset = from->col_offset;
    }
    static void copy_end(ast::Location* n, const ast::Location* from) {
        n->end_lineno = from->end_lineno;
        n->end_col_offset = from->end_col_offset;
    }
    template <class T> T* make(const Token& start) {
        T* n = mod_->make<T>();
        set_start(n, start);
        return n;
    }
    template <class T> T* make_at(const ast::Location* start) {
        T* n = mod_->make<T>();
        copy_start(n, start);
        return n;
    }

    // ---- errors (parser.cpp) ----
    bool failed() const { return err_.set || lex_failed_; }
    // All return null/false so callers can `return error_...(...)`.
    std::nullptr_t fail_generic();                                   // "invalid syntax" at the furthest token
    std::nullptr_t error_at_token(const Token& t, std::string msg, const char* type = "SyntaxError");
    std::nullptr_t error_last_token(std::string msg, const char* type = "SyntaxError");
    std::nullptr_t error_at_node(const ast::Location* n, std::string msg);
    std::nullptr_t error_range(const ast::Location* a, const ast::Location* b, std::string msg);
    std::nullptr_t error_raw(const char* type, std::string msg, int lineno, int col, int end_lineno,
                             int end_col);     // cols: 0-based bytes in lexer coordinates
    std::nullptr_t error_too_deep();
    void error_ready(const SyntaxErrorInfo& info);   // from an f-string sub-parser
    void unshift(const ast::Location* n, int* lineno, int* col, int* end_lineno, int* end_col) const;

    struct ErrorState {
        bool set = false;
        bool generic = false;          // plain "invalid syntax" (may be overridden by the lexer)
        bool ready = false;            // info already in CPython form (f-string sub-parser)
        SyntaxErrorInfo info;          // offsets 1-based characters once converted
    };
    struct Mark { size_t pos; ErrorState err; };
    Mark mark() const { return {pos_, err_}; }
    // A warning turned into an error (sticky_) survives backtracking: CPython raises it at once.
    void reset(const Mark& m) {
        pos_ = m.pos;
        if (!sticky_) err_ = m.err;
    }

    // ---- statements (parser_stmt.cpp) ----
    bool parse_statement(StmtList& out);
    bool parse_simple_stmts(StmtList& out);
    bool parse_match_or_simple(StmtList& out);
    Stmt* parse_simple_stmt();
    Stmt* parse_compound_stmt();
    bool parse_block(StmtList& out, const char* what, int lineno);
    bool expect_colon(bool forced);
    Stmt* parse_expr_stmt();
    Stmt* parse_if(bool is_elif);
    Stmt* parse_while();
    Stmt* parse_for(const Token* async_tok);
    Stmt* parse_with(const Token* async_tok);
    Stmt* parse_try();
    Stmt* parse_funcdef(const Token* async_tok, std::vector<Expr*>* decorators, const Token* first);
    Stmt* parse_classdef(std::vector<Expr*>* decorators, const Token* first);
    Stmt* parse_decorated();
    Stmt* parse_import();
    Stmt* parse_from_import();
    Stmt* parse_del();
    bool parse_dotted_name(std::string* out);
    bool parse_parameters(ast::Arguments* args, Op closer, bool is_lambda);
    ast::Arg* parse_param(bool allow_annotation, bool star_annotation);
    bool assignment_error(const std::vector<Expr*>& targets, const std::vector<bool>& bare_yield,
                          size_t first_rhs_pos);
    Stmt* legacy_print_error(Expr* e);

    // ---- match statement (parser_match.cpp) ----
    bool at_soft_kw(const char* word);
    Expr* parse_subject();
    Stmt* parse_match_stmt(bool* committed, bool* missing_colon);
    ast::MatchCase* parse_case_block();
    ast::Pattern* parse_patterns();
    ast::Pattern* parse_pattern();
    ast::Pattern* parse_or_pattern();
    ast::Pattern* parse_closed_pattern();
    ast::Pattern* parse_maybe_star_pattern();
    ast::Pattern* parse_mapping_pattern();
    ast::Pattern* parse_class_pattern(Expr* cls);
    bool parse_capture_target(std::string* name);
    Expr* parse_signed_number();
    Expr* parse_number_literal();
    Expr* parse_literal_expr();
    Expr* parse_name_or_attr();

    // ---- expressions (parser_expr.cpp) ----
    Expr* parse_star_expressions();
    Expr* parse_star_expression();
    Expr* parse_star_named_expression();
    Expr* parse_named_expression(bool check_assign = true);
    Expr* parse_expression();
    Expr* parse_disjunction();
    Expr* parse_conjunction();
    Expr* parse_inversion();
    Expr* parse_comparison();
    Expr* parse_bitwise_or();
    Expr* parse_bitwise_xor();
    Expr* parse_bitwise_and();
    Expr* parse_shift();
    Expr* parse_sum();
    Expr* parse_term();
    Expr* parse_factor();
    Expr* parse_power();
    Expr* parse_await_primary();
    Expr* parse_primary();
    Expr* parse_atom();
    Expr* parse_yield_expr();
    Expr* parse_lambda();
    Expr* parse_slices();
    Expr* parse_slice();
    bool at_comprehension_for();
    Expr* parse_paren_atom();
    Expr* parse_list_atom();
    Expr* parse_brace_atom();
    Expr* parse_star_targets();
    Expr* parse_star_target();
    Expr* parse_binop_chain(int level);
    bool parse_call_args(std::vector<Expr*>& args, std::vector<ast::Keyword*>& keywords,
                         const Token& lpar, bool allow_genexp = true);
    bool parse_comprehension(std::vector<ast::Comprehension*>& out);
    std::nullptr_t element_error(Expr* last);   // comma hint or generic
    bool check_comma_hint(Expr* a);
    Expr* set_context(Expr* e, ast::ExprContext ctx);   // returns the first invalid target
    std::nullptr_t target_error(Expr* invalid, ast::ExprContext ctx);
    bool store_target(Expr* e, ast::ExprContext ctx = ast::ExprContext::Store);
    static const char* expr_name(const Expr* e);

    // ---- literals (string_literal.cpp, fstring.cpp) ----
    Expr* parse_number(const Token& t);
    Expr* parse_strings();
    struct Piece { bool is_expr; std::string text; Expr* expr; };
    // t: the literal's token, where an invalid escape's DeprecationWarning points.
    bool decode_escapes(const Token& t, std::string_view body, bool is_bytes, std::string* out);
    // Issues a compile-time warning at token t through warn_hook_ (once per escape at `at`, the
    // escape's byte offset in the source, however often backtracking reparses the literal).
    // False when the parse must stop: the warning became a SyntaxError or another exception.
    bool warn_at(const Token& t, size_t at, const char* category, std::string msg);
    bool parse_fstring(const Token& t, std::string_view body, bool raw, std::vector<Piece>& out,
                       const Token& first, const Token& last);
    bool fstring_parse_level(const Token& t, std::string_view body, size_t& i, bool raw, int level,
                             std::vector<Piece>& out, const Token& first, const Token& last);
    bool fstring_expr(const Token& t, std::string_view body, size_t& i, bool raw, int level,
                      std::vector<Piece>& out, const Token& first, const Token& last);
    Expr* fstring_compile(const Token& t, std::string_view body, size_t expr_start, size_t expr_end);
    // Literal pieces before a field get first..last; the trailing literal and the JoinedStr
    // itself get tail_first..tail_last (CPython's FstringParser quirk for format specs).
    Expr* build_joined(std::vector<Piece>& pieces, const Token& first, const Token& last,
                       const Token& tail_first, const Token& tail_last);
    Expr* parse_fstring_input();   // in a sub-parser: star_expressions of "(expr)"

    Lexer lexer_;
    std::string filename_;
    ast::AstModule* mod_;
    std::vector<Token> toks_;
    size_t pos_ = 0;
    bool lex_failed_ = false;
    ErrorState err_;
    int depth_ = 0;
    ParseWarnHook warn_hook_ = nullptr;
    std::set<std::tuple<int, int, size_t>> warned_own_;
    std::set<std::tuple<int, int, size_t>>* warned_ = &warned_own_;   // shared with f-string sub-parsers
    bool sticky_ = false;
    // f-string sub-parsers: where "(expr)" sits in the real source.
    bool is_fstring_ = false;
    int line_shift_ = 0;
    int col_shift_ = 0;
};

struct DepthGuard {
    explicit DepthGuard(Parser* p, int levels = 1) : parser(p), levels(levels) {
        p->depth_ += levels;
        ok = p->depth_ <= kMaxParseDepth;
    }
    ~DepthGuard() { parser->depth_ -= levels; }
    Parser* parser;
    int levels;
    bool ok;
};

// Checks the depth of the finished tree against max_depth nodes; false if too deep.
bool ast_depth_ok(const std::vector<ast::Stmt*>& body, int max_depth);
bool ast_depth_ok(const ast::Expr* e, int max_depth);

}  // namespace pygen
