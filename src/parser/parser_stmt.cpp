// Statements: blocks, simple and compound statements, function parameters, imports, and the
// assignment-target errors of CPython's invalid_assignment / invalid_named_expression rules.
// Expressions are parser_expr.cpp's. CPython counterpart: the statement rules of
// Grammar/python.gram (3.11) and their invalid_* companions.
#include "parser/parser_internal.h"

namespace pygen {

using namespace ast;

namespace {

bool is_augassign(const Token& t, OperatorKind* op) {
    if (t.kind != TokenKind::Op) return false;
    switch (t.op) {
        case Op::PlusEqual: *op = OperatorKind::Add; return true;
        case Op::MinEqual: *op = OperatorKind::Sub; return true;
        case Op::StarEqual: *op = OperatorKind::Mult; return true;
        case Op::AtEqual: *op = OperatorKind::MatMult; return true;
        case Op::SlashEqual: *op = OperatorKind::Div; return true;
        case Op::PercentEqual: *op = OperatorKind::Mod; return true;
        case Op::AmperEqual: *op = OperatorKind::BitAnd; return true;
        case Op::VBarEqual: *op = OperatorKind::BitOr; return true;
        case Op::CircumflexEqual: *op = OperatorKind::BitXor; return true;
        case Op::LeftShiftEqual: *op = OperatorKind::LShift; return true;
        case Op::RightShiftEqual: *op = OperatorKind::RShift; return true;
        case Op::DoubleStarEqual: *op = OperatorKind::Pow; return true;
        case Op::DoubleSlashEqual: *op = OperatorKind::FloorDiv; return true;
        default: return false;
    }
}

// Expressions the grammar's bitwise_or rule can produce without parentheses.
bool is_bitwise_or_level(const Expr* e) {
    switch (e->kind) {
        case ExprKind::BoolOp: case ExprKind::NamedExpr: case ExprKind::Lambda: case ExprKind::IfExp:
        case ExprKind::Compare: case ExprKind::Starred:
            return false;
        case ExprKind::UnaryOp:
            return static_cast<const UnaryOp*>(e)->op != UnaryOpKind::Not;
        default:
            return true;
    }
}

}  // namespace

// ---- Statement sequences and blocks ----

bool Parser::parse_statement(StmtList& out) {
    DepthGuard guard(this, 8);   // statement rules take about 8 levels of CPython's parser
    if (!guard.ok) {
        error_too_deep();
        return false;
    }
    const Token t = peek();
    if (t.kind == TokenKind::Name) {
        switch (t.kw) {
            case Kw::Def: case Kw::If: case Kw::Class: case Kw::With: case Kw::For: case Kw::Try:
            case Kw::While: case Kw::Async: {
                Stmt* s = parse_compound_stmt();
                if (!s) return false;
                out.push_back(s);
                return true;
            }
            case Kw::Ident:
                if (text(t) == "match") return parse_match_or_simple(out);
                break;
            default:
                break;
        }
    } else if (t.kind == TokenKind::Op && t.op == Op::At) {
        Stmt* s = parse_decorated();
        if (!s) return false;
        out.push_back(s);
        return true;
    }
    return parse_simple_stmts(out);
}

// `match` is a soft keyword: a statement starting with it is a match statement only when
// `match subject:` NEWLINE follows; otherwise it is an ordinary statement using the name.
bool Parser::parse_match_or_simple(StmtList& out) {
    bool committed = false, missing_colon = false;
    Stmt* s = parse_match_stmt(&committed, &missing_colon);
    if (s) {
        out.push_back(s);
        return true;
    }
    if (committed) return false;
    Mark m = mark();
    if (parse_simple_stmts(out)) return true;
    if (missing_colon) {
        // invalid_match_stmt: "match" subject_expr NEWLINE
        reset(m);
        advance();
        if (parse_subject() && at_kind(TokenKind::Newline)) {
            err_ = ErrorState{};
            error_at_token(peek(), "expected ':'");
        }
    }
    return false;
}

bool Parser::parse_simple_stmts(StmtList& out) {
    for (;;) {
        Stmt* s = parse_simple_stmt();
        if (!s) {
            if (!failed()) fail_generic();
            return false;
        }
        out.push_back(s);
        if (accept(Op::Semi)) {
            if (at_kind(TokenKind::Newline)) break;
            continue;
        }
        break;
    }
    if (!at_kind(TokenKind::Newline)) {
        fail_generic();
        return false;
    }
    advance();
    return true;
}

bool Parser::parse_block(StmtList& out, const char* what, int lineno) {
    if (!at_kind(TokenKind::Newline)) return parse_simple_stmts(out);
    advance();
    if (!at_kind(TokenKind::Indent)) {
        error_last_token(std::string("expected an indented block after ") + what + " on line " +
                             std::to_string(real_line(lineno)),
                         "IndentationError");
        return false;
    }
    advance();
    while (!at_kind(TokenKind::Dedent)) {
        if (!parse_statement(out)) return false;
    }
    advance();
    return true;
}

// `forced` mirrors the grammar's &&':' (the error is raised whatever follows); otherwise
// "expected ':'" is only given when the line ends there.
bool Parser::expect_colon(bool forced) {
    if (accept(Op::Colon)) return true;
    if (forced) {
        error_at_token(peek(), "expected ':'");
    } else if (at_kind(TokenKind::Newline)) {
        error_last_token("expected ':'");
    } else {
        fail_generic();
    }
    return false;
}

Stmt* Parser::parse_compound_stmt() {
    const Token t = peek();
    switch (t.kw) {
        case Kw::Def: return parse_funcdef(nullptr, nullptr, nullptr);
        case Kw::If: return parse_if(false);
        case Kw::Class: return parse_classdef(nullptr, nullptr);
        case Kw::With: return parse_with(nullptr);
        case Kw::For: return parse_for(nullptr);
        case Kw::Try: return parse_try();
        case Kw::While: return parse_while();
        case Kw::Async: {
            const Token next = peek2();
            if (next.kind == TokenKind::Name) {
                advance();
                if (next.kw == Kw::Def) return parse_funcdef(&t, nullptr, &t);
                if (next.kw == Kw::For) return parse_for(&t);
                if (next.kw == Kw::With) return parse_with(&t);
            }
            return fail_generic();
        }
        default:
            return fail_generic();
    }
}

// ---- Compound statements ----

Stmt* Parser::parse_if(bool) {
    // elif chains are built iteratively so a long chain cannot exhaust the stack.
    std::vector<If*> chain;
    for (;;) {
        const Token kw = peek();
        advance();
        Expr* test = parse_named_expression();
        if (!test || !expect_colon(false)) return nullptr;
        If* node = make<If>(kw);
        node->test = test;
        if (!parse_block(node->body, kw.kw == Kw::If ? "'if' statement" : "'elif' statement", kw.lineno)) {
            return nullptr;
        }
        if (!chain.empty()) chain.back()->orelse.push_back(node);
        chain.push_back(node);
        if (at_kw(Kw::Elif)) continue;
        if (at_kw(Kw::Else)) {
            const Token else_tok = peek();
            advance();
            if (!expect_colon(true)) return nullptr;
            if (!parse_block(node->orelse, "'else' statement", else_tok.lineno)) return nullptr;
        }
        break;
    }
    for (If* node : chain) finish_compound(node);
    return chain.front();
}

Stmt* Parser::parse_while() {
    const Token kw = peek();
    advance();
    Expr* test = parse_named_expression();
    if (!test || !expect_colon(false)) return nullptr;
    While* node = make<While>(kw);
    node->test = test;
    if (!parse_block(node->body, "'while' statement", kw.lineno)) return nullptr;
    if (at_kw(Kw::Else)) {
        const Token else_tok = peek();
        advance();
        if (!expect_colon(true) || !parse_block(node->orelse, "'else' statement", else_tok.lineno)) return nullptr;
    }
    finish_compound(node);
    return node;
}

Stmt* Parser::parse_for(const Token* async_tok) {
    const Token kw = peek();
    advance();
    Expr* target = parse_star_targets();
    if (!target) return nullptr;
    if (!accept_kw(Kw::In)) return fail_generic();
    if (!store_target(target)) return nullptr;
    Expr* iter = parse_star_expressions();
    if (!iter || !expect_colon(false)) return nullptr;
    For* node = mod_->make<For>(async_tok ? StmtKind::AsyncFor : StmtKind::For);
    set_start(node, async_tok ? *async_tok : kw);
    node->target = target;
    node->iter = iter;
    if (!parse_block(node->body, "'for' statement", kw.lineno)) return nullptr;
    if (at_kw(Kw::Else)) {
        const Token else_tok = peek();
        advance();
        if (!expect_colon(true) || !parse_block(node->orelse, "'else' statement", else_tok.lineno)) return nullptr;
    }
    finish_compound(node);
    return node;
}

Stmt* Parser::parse_with(const Token* async_tok) {
    const Token kw = peek();
    advance();
    With* node = mod_->make<With>(async_tok ? StmtKind::AsyncWith : StmtKind::With);
    set_start(node, async_tok ? *async_tok : kw);
    auto parse_item = [&]() -> WithItem* {
        Expr* e = parse_expression();
        if (!e) return nullptr;
        WithItem* item = mod_->make<WithItem>();
        item->context_expr = e;
        if (accept_kw(Kw::As)) {
            Expr* target = parse_star_target();
            if (!target) return nullptr;
            if (!at(Op::Comma) && !at(Op::RPar) && !at(Op::Colon)) {
                fail_generic();
                return nullptr;
            }
            if (!store_target(target)) return nullptr;
            item->optional_vars = target;
        }
        return item;
    };
    bool done = false;
    if (at(Op::LPar)) {
        // Parenthesised items, e.g. `with (a as b, c as d):`; otherwise the parenthesis is
        // part of the first context expression.
        Mark m = mark();
        advance();
        std::vector<WithItem*> items;
        bool ok = true;
        for (;;) {
            WithItem* item = parse_item();
            if (!item) { ok = false; break; }
            items.push_back(item);
            if (!accept(Op::Comma)) break;
            if (at(Op::RPar)) break;
        }
        if (ok && accept(Op::RPar) && at(Op::Colon) && !lex_failed_) {
            node->items = std::move(items);
            done = true;
        } else {
            reset(m);
        }
    }
    if (!done) {
        for (;;) {
            WithItem* item = parse_item();
            if (!item) return nullptr;
            node->items.push_back(item);
            if (!accept(Op::Comma)) break;
        }
    }
    if (!expect_colon(false)) return nullptr;
    if (!parse_block(node->body, "'with' statement", kw.lineno)) return nullptr;
    finish_compound(node);
    return node;
}

Stmt* Parser::parse_try() {
    const Token kw = peek();
    advance();
    if (!expect_colon(true)) return nullptr;
    Try* node = make<Try>(kw);
    if (!parse_block(node->body, "'try' statement", kw.lineno)) return nullptr;
    while (at_kw(Kw::Except)) {
        const Token ex = peek();
        advance();
        bool star = at(Op::Star);
        if (!node->handlers.empty() && star != node->is_star) {
            // CPython: invalid_try_stmt (the range is `except*` when the star is the odd one out).
            const Token& last = star ? peek() : ex;
            return error_raw("SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", ex.lineno,
                             ex.col, last.end_lineno, last.end_col);
        }
        node->is_star = star;
        if (star) {
            advance();
            if (at(Op::Colon) || at_kind(TokenKind::Newline)) return error_last_token("expected one or more exception types");
        }
        ExceptHandler* h = mod_->make<ExceptHandler>();
        set_start(h, ex);
        if (!at(Op::Colon) && !at_kind(TokenKind::Newline)) {
            h->type = parse_expression();
            if (!h->type) return nullptr;
            if (at(Op::Comma)) {
                Mark m = mark();
                advance();
                Expr* rest = parse_expression();
                reset(m);
                if (rest) {
                    int l1, c1, l2, c2;
                    unshift(h->type, &l1, &c1, &l2, &c2);
                    // An ErrorToken (end of input inside brackets) repeats forever: stop there too.
                    while (!at(Op::Colon) && !at_kind(TokenKind::Newline) && !at_kind(TokenKind::EndMarker) &&
                           !at_kind(TokenKind::ErrorToken) && !failed()) {
                        advance();
                    }
                    const Token end = peek();
                    return error_raw("SyntaxError", "multiple exception types must be parenthesized", l1, c1,
                                     end.end_lineno, end.end_col - 1);
                }
                return fail_generic();
            }
            if (accept_kw(Kw::As)) {
                if (!at_name()) return fail_generic();
                h->name = std::string(text(peek()));
                advance();
            }
        }
        if (!expect_colon(false)) return nullptr;
        if (!parse_block(h->body, star ? "'except*' statement" : "'except' statement", ex.lineno)) return nullptr;
        finish_compound(h);
        node->handlers.push_back(h);
    }
    if (node->handlers.empty() && !at_kw(Kw::Finally)) {
        return error_last_token("expected 'except' or 'finally' block");
    }
    if (!node->handlers.empty() && at_kw(Kw::Else)) {
        const Token else_tok = peek();
        advance();
        if (!expect_colon(true) || !parse_block(node->orelse, "'else' statement", else_tok.lineno)) return nullptr;
    }
    if (at_kw(Kw::Finally)) {
        const Token fin = peek();
        advance();
        if (!expect_colon(true) || !parse_block(node->finalbody, "'finally' statement", fin.lineno)) return nullptr;
    }
    finish_compound(node);
    return node;
}

Stmt* Parser::parse_decorated() {
    std::vector<Expr*> decorators;
    while (accept(Op::At)) {
        Expr* d = parse_named_expression();
        if (!d) return nullptr;
        if (!at_kind(TokenKind::Newline)) return fail_generic();
        advance();
        decorators.push_back(d);
    }
    const Token t = peek();
    if (at_kw(Kw::Def)) return parse_funcdef(nullptr, &decorators, &t);
    if (at_kw(Kw::Class)) return parse_classdef(&decorators, &t);
    if (at_kw(Kw::Async) && peek2().kind == TokenKind::Name && peek2().kw == Kw::Def) {
        advance();
        return parse_funcdef(&t, &decorators, &t);
    }
    return fail_generic();
}

Stmt* Parser::parse_funcdef(const Token* async_tok, std::vector<Expr*>* decorators, const Token* first) {
    const Token def_tok = peek();
    advance();
    if (!at_name()) return fail_generic();
    FunctionDef* node = mod_->make<FunctionDef>(async_tok ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef);
    set_start(node, first ? *first : def_tok);
    node->name = std::string(text(peek()));
    advance();
    if (!accept(Op::LPar)) return error_last_token("expected '('");
    node->args = mod_->make<Arguments>();
    if (!parse_parameters(node->args, Op::RPar, false)) return nullptr;
    if (!accept(Op::RPar)) return fail_generic();
    if (at(Op::RArrow) && !starts_expression(peek2())) return error_at_token(peek(), "expected ':'");
    if (accept(Op::RArrow)) {
        node->returns = parse_expression();
        if (!node->returns) return nullptr;
    }
    if (!expect_colon(true)) return nullptr;
    if (decorators) node->decorator_list = std::move(*decorators);
    if (!parse_block(node->body, "function definition", def_tok.lineno)) return nullptr;
    finish_compound(node);
    return node;
}

Stmt* Parser::parse_classdef(std::vector<Expr*>* decorators, const Token* first) {
    const Token kw = peek();
    advance();
    if (!at_name()) return fail_generic();
    ClassDef* node = make<ClassDef>(first ? *first : kw);
    node->name = std::string(text(peek()));
    advance();
    if (at(Op::LPar)) {
        const Token lpar = peek();
        advance();
        if (!parse_call_args(node->bases, node->keywords, lpar, false)) return nullptr;
    }
    if (!expect_colon(false)) return nullptr;
    if (decorators) node->decorator_list = std::move(*decorators);
    if (!parse_block(node->body, "class definition", kw.lineno)) return nullptr;
    finish_compound(node);
    return node;
}

// ---- Parameters (def and lambda) ----

Arg* Parser::parse_param(bool allow_annotation, bool star_annotation) {
    if (!at_name()) return fail_generic();
    Arg* a = make<Arg>(peek());
    a->arg = std::string(text(peek()));
    advance();
    if (allow_annotation && accept(Op::Colon)) {
        a->annotation = star_annotation ? parse_star_expression() : parse_expression();
        if (!a->annotation) return nullptr;
    }
    finish(a);
    return a;
}

// Parses parameters up to (not including) `closer`. CPython: parameters / lambda_parameters and
// invalid_parameters / invalid_lambda_parameters.
bool Parser::parse_parameters(Arguments* args, Op closer, bool is_lambda) {
    bool seen_slash = false;
    bool seen_star = false;     // bare '*' or *args
    bool seen_default = false;
    bool allow_ann = !is_lambda;
    // *args: *Ts (PEP 646) is outside CPython's invalid_parameters/invalid_star_etc patterns, which
    // match only a plain `*name[: expression]`: what follows such a vararg fails as "invalid syntax".
    bool star_annotated = false;
    auto star_error = [&](const Token& at_tok, const char* msg) {
        error_at_token(at_tok, star_annotated ? "invalid syntax" : msg);
    };
    while (!at(closer)) {
        const Token t = peek();
        if (t.kind == TokenKind::Op && t.op == Op::Slash) {
            if (seen_star) { star_error(t, "/ must be ahead of *"); return false; }
            if (seen_slash) { error_at_token(t, "/ may appear only once"); return false; }
            if (args->args.empty()) { fail_generic(); return false; }
            advance();
            seen_slash = true;
            args->posonlyargs = std::move(args->args);
            args->args.clear();
        } else if (t.kind == TokenKind::Op && t.op == Op::Star) {
            if (seen_star) { star_error(t, "* argument may appear only once"); return false; }
            advance();
            seen_star = true;
            if (at(Op::Comma) || at(closer)) {
                // Bare '*': keyword-only parameters must follow.
                bool named_follow = at(Op::Comma) && peek2().kind == TokenKind::Name;
                if (!named_follow) {
                    if (is_lambda) error_last_token("named arguments must follow bare *");
                    else error_at_token(t, "named arguments must follow bare *");
                    return false;
                }
            } else {
                args->vararg = parse_param(allow_ann, true);
                if (!args->vararg) return false;
                star_annotated = args->vararg->annotation && args->vararg->annotation->kind == ExprKind::Starred;
                if (at(Op::Equal)) {
                    if (star_annotated) error_at_token(peek(), "invalid syntax");
                    else error_last_token("var-positional argument cannot have default value");
                    return false;
                }
            }
        } else if (t.kind == TokenKind::Op && t.op == Op::DoubleStar) {
            advance();
            args->kwarg = parse_param(allow_ann, false);
            if (!args->kwarg) return false;
            if (at(Op::Equal)) { error_last_token("var-keyword argument cannot have default value"); return false; }
            if (accept(Op::Comma) && !at(closer)) {
                const Token bad = peek();
                if (bad.kind == TokenKind::Name || (bad.kind == TokenKind::Op && (bad.op == Op::Star || bad.op == Op::DoubleStar || bad.op == Op::Slash))) {
                    error_at_token(bad, "arguments cannot follow var-keyword argument");
                } else {
                    fail_generic();
                }
                return false;
            }
            break;
        } else {
            Arg* a = parse_param(allow_ann, false);
            if (!a) return false;
            Expr* def = nullptr;
            if (accept(Op::Equal)) {
                def = parse_expression();
                if (!def) return false;
            }
            if (seen_star) {
                args->kwonlyargs.push_back(a);
                args->kw_defaults.push_back(def);
            } else {
                if (def) {
                    seen_default = true;
                    args->defaults.push_back(def);
                } else if (seen_default) {
                    error_at_node(a, "non-default argument follows default argument");
                    return false;
                }
                args->args.push_back(a);
            }
        }
        if (!accept(Op::Comma)) break;
    }
    if (!at(closer)) {
        fail_generic();
        return false;
    }
    return true;
}

// ---- Simple statements ----

Stmt* Parser::parse_simple_stmt() {
    const Token t = peek();
    auto at_end = [&]() { return at_kind(TokenKind::Newline) || at(Op::Semi); };
    if (t.kind == TokenKind::Name) {
        switch (t.kw) {
            case Kw::Pass: { advance(); Pass* s = make<Pass>(t); finish(s); return s; }
            case Kw::Break: { advance(); Break* s = make<Break>(t); finish(s); return s; }
            case Kw::Continue: { advance(); Continue* s = make<Continue>(t); finish(s); return s; }
            case Kw::Return: {
                advance();
                Return* s = make<Return>(t);
                if (!at_end()) {
                    s->value = parse_star_expressions();
                    if (!s->value) return nullptr;
                }
                finish(s);
                return s;
            }
            case Kw::Raise: {
                advance();
                Raise* s = make<Raise>(t);
                if (!at_end()) {
                    s->exc = parse_expression();
                    if (!s->exc) return nullptr;
                    if (accept_kw(Kw::From)) {
                        s->cause = parse_expression();
                        if (!s->cause) return nullptr;
                    }
                }
                finish(s);
                return s;
            }
            case Kw::Global:
            case Kw::Nonlocal: {
                advance();
                std::vector<std::string> names;
                for (;;) {
                    if (!at_name()) return fail_generic();
                    names.emplace_back(text(peek()));
                    advance();
                    if (!accept(Op::Comma)) break;
                }
                if (t.kw == Kw::Global) {
                    Global* s = make<Global>(t);
                    s->names = std::move(names);
                    finish(s);
                    return s;
                }
                Nonlocal* s = make<Nonlocal>(t);
                s->names = std::move(names);
                finish(s);
                return s;
            }
            case Kw::Del: return parse_del();
            case Kw::Assert: {
                advance();
                Assert* s = make<Assert>(t);
                s->test = parse_expression();
                if (!s->test) return nullptr;
                if (accept(Op::Comma)) {
                    s->msg = parse_expression();
                    if (!s->msg) return nullptr;
                }
                finish(s);
                return s;
            }
            case Kw::Import: return parse_import();
            case Kw::From: return parse_from_import();
            default:
                break;
        }
    }
    return parse_expr_stmt();
}

Stmt* Parser::parse_del() {
    const Token t = peek();
    advance();
    Delete* s = make<Delete>(t);
    for (;;) {
        Expr* e = parse_star_expression();
        if (!e) return nullptr;
        s->targets.push_back(e);
        if (!accept(Op::Comma)) break;
        if (at_kind(TokenKind::Newline) || at(Op::Semi)) break;
    }
    if (!at_kind(TokenKind::Newline) && !at(Op::Semi)) return fail_generic();
    for (Expr* e : s->targets) {
        if (!store_target(e, ExprContext::Del)) return nullptr;
    }
    finish(s);
    return s;
}

bool Parser::parse_dotted_name(std::string* out) {
    if (!at_name()) {
        fail_generic();
        return false;
    }
    *out = std::string(text(peek()));
    advance();
    while (at(Op::Dot)) {
        advance();
        if (!at_name()) {
            fail_generic();
            return false;
        }
        *out += '.';
        *out += text(peek());
        advance();
    }
    return true;
}

Stmt* Parser::parse_import() {
    const Token t = peek();
    advance();
    Import* s = make<Import>(t);
    for (;;) {
        Alias* a = make<Alias>(peek());
        if (!parse_dotted_name(&a->name)) return nullptr;
        if (accept_kw(Kw::As)) {
            if (!at_name()) return fail_generic();
            a->asname = std::string(text(peek()));
            advance();
        }
        finish(a);
        s->names.push_back(a);
        if (!accept(Op::Comma)) break;
    }
    finish(s);
    return s;
}

Stmt* Parser::parse_from_import() {
    const Token t = peek();
    advance();
    ImportFrom* s = make<ImportFrom>(t);
    for (;;) {
        if (accept(Op::Dot)) s->level += 1;
        else if (accept(Op::Ellipsis)) s->level += 3;
        else break;
    }
    if (s->level == 0 || !at_kw(Kw::Import)) {
        if (!parse_dotted_name(&s->module)) return nullptr;
    }
    if (!accept_kw(Kw::Import)) return fail_generic();
    if (at(Op::Star)) {
        Alias* a = make<Alias>(peek());
        a->name = "*";
        advance();
        finish(a);
        s->names.push_back(a);
        finish(s);
        return s;
    }
    bool parens = accept(Op::LPar);
    for (;;) {
        if (!at_name()) return fail_generic();
        Alias* a = make<Alias>(peek());
        a->name = std::string(text(peek()));
        advance();
        if (accept_kw(Kw::As)) {
            if (!at_name()) return fail_generic();
            a->asname = std::string(text(peek()));
            advance();
        }
        finish(a);
        s->names.push_back(a);
        if (!accept(Op::Comma)) break;
        if (parens && at(Op::RPar)) break;
        if (!parens && (at_kind(TokenKind::Newline) || at(Op::Semi))) {
            return error_last_token("trailing comma not allowed without surrounding parentheses");
        }
    }
    if (parens && !accept(Op::RPar)) return fail_generic();
    finish(s);
    return s;
}

// ---- Expression statements and assignments ----

Stmt* Parser::legacy_print_error(Expr* e) {
    if (e->kind != ExprKind::Name) return nullptr;
    const std::string& id = static_cast<Name*>(e)->id;
    if (id != "print" && id != "exec") return nullptr;
    if (!starts_expression(peek()) || at(Op::LPar)) return nullptr;
    Mark m = mark();
    Expr* rest = parse_star_expressions();
    reset(m);
    if (!rest) return nullptr;
    return error_range(e, rest, "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
}

Stmt* Parser::parse_expr_stmt() {
    const Token first = peek();
    bool first_is_yield = at_kw(Kw::Yield);
    Expr* e = first_is_yield ? parse_yield_expr() : parse_star_expressions();
    if (!e) return nullptr;
    OperatorKind aug;
    if (at(Op::Colon)) {
        bool simple = true;
        if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript) {
            // The invalid-target errors need `':' expression` (as CPython's invalid_* rules);
            // otherwise it is plain invalid syntax at the ':' (e.g. `match *x:` NEWLINE).
            const Token colon = peek();
            Mark m = mark();
            advance();
            bool has_annotation = parse_expression() != nullptr;
            reset(m);
            if (!has_annotation) {
                error_at_token(colon, "invalid syntax");
                err_.generic = true;
                return nullptr;
            }
        }
        switch (e->kind) {
            case ExprKind::Name:
                simple = !(first.kind == TokenKind::Op && first.op == Op::LPar);
                break;
            case ExprKind::Attribute:
            case ExprKind::Subscript:
                simple = false;
                break;
            case ExprKind::Tuple:
                return error_at_node(e, "only single target (not tuple) can be annotated");
            case ExprKind::List:
                return error_at_node(e, "only single target (not list) can be annotated");
            default:
                return error_at_node(e, "illegal target for annotation");
        }
        advance();
        AnnAssign* s = make<AnnAssign>(first);
        s->target = e;
        s->simple = simple;
        set_context(e, ExprContext::Store);
        s->annotation = parse_expression();
        if (!s->annotation) return nullptr;
        if (accept(Op::Equal)) {
            s->value = at_kw(Kw::Yield) ? parse_yield_expr() : parse_star_expressions();
            if (!s->value) return nullptr;
        }
        finish(s);
        return s;
    }
    if (is_augassign(peek(), &aug)) {
        if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript) {
            return error_at_node(e, std::string("'") + expr_name(e) + "' is an illegal expression for augmented assignment");
        }
        advance();
        AugAssign* s = make<AugAssign>(first);
        set_context(e, ExprContext::Store);
        s->target = e;
        s->op = aug;
        s->value = at_kw(Kw::Yield) ? parse_yield_expr() : parse_star_expressions();
        if (!s->value) return nullptr;
        finish(s);
        return s;
    }
    if (at(Op::Equal)) {
        std::vector<Expr*> items{e};
        std::vector<bool> bare_yield{first_is_yield};
        size_t first_rhs_pos = 0;
        while (accept(Op::Equal)) {
            if (first_rhs_pos == 0) first_rhs_pos = pos_;
            bool y = at_kw(Kw::Yield);
            Expr* v = y ? parse_yield_expr() : parse_star_expressions();
            if (!v) return nullptr;
            items.push_back(v);
            bare_yield.push_back(y);
        }
        Expr* value = items.back();
        items.pop_back();
        bare_yield.pop_back();
        if (!at_kind(TokenKind::Newline) && !at(Op::Semi)) return fail_generic();
        for (size_t i = 0; i < items.size(); ++i) {
            if (bare_yield[i] || set_context(items[i], ExprContext::Store) != nullptr) {
                assignment_error(items, bare_yield, first_rhs_pos);
                return nullptr;
            }
        }
        Assign* s = make<Assign>(first);
        s->targets = std::move(items);
        s->value = value;
        finish(s);
        return s;
    }
    if (!at_kind(TokenKind::Newline) && !at(Op::Semi)) {
        legacy_print_error(e);
        if (failed()) return nullptr;
    }
    ExprStmt* s = make<ExprStmt>(first);
    s->value = e;
    finish(s);
    return s;
}

// Reports the error for an assignment with an invalid target, choosing the message the way
// CPython 3.11's second pass does (invalid_named_expression, then invalid_assignment).
bool Parser::assignment_error(const std::vector<Expr*>& targets, const std::vector<bool>& bare_yield,
                              size_t first_rhs_pos) {
    Expr* lhs = targets[0];
    Expr* last = lhs;
    if (lhs->kind == ExprKind::Tuple) {
        auto* t = static_cast<Tuple*>(lhs);
        // An unparenthesised tuple does not start with '(' (a parenthesised first element
        // makes this guess wrong, which only changes the wording of the message).
        int l, c, el, ec;
        unshift(lhs, &l, &c, &el, &ec);
        std::string_view line = lexer_.line_text(l);
        bool parenthesised = c >= 0 && static_cast<size_t>(c) < line.size() && line[c] == '(' &&
                             !t->elts.empty() && t->elts[0]->col_offset != lhs->col_offset;
        if (!parenthesised && !t->elts.empty()) last = t->elts.back();
    }
    if (!bare_yield[0]) {
        Mark m = mark();
        pos_ = first_rhs_pos;
        Expr* rhs = parse_bitwise_or();
        bool rhs_ok = rhs && !at(Op::Equal) && !at(Op::ColonEqual);
        reset(m);
        if (rhs_ok) {
            if (last->kind == ExprKind::Name) {
                error_range(last, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return false;
            }
            bool excluded = last->kind == ExprKind::List || last->kind == ExprKind::Tuple ||
                            last->kind == ExprKind::GeneratorExp;
            if (last->kind == ExprKind::Constant) {
                ConstantKind k = static_cast<Constant*>(last)->value_kind;
                excluded = k == ConstantKind::True || k == ConstantKind::False || k == ConstantKind::None;
            }
            if (!excluded && is_bitwise_or_level(last) && last->kind != ExprKind::Attribute &&
                last->kind != ExprKind::Subscript && last->kind != ExprKind::Name) {
                error_at_node(last, std::string("cannot assign to ") + expr_name(last) +
                                        " here. Maybe you meant '==' instead of '='?");
                return false;
            }
        }
    }
    for (size_t i = 0; i < targets.size(); ++i) {
        if (bare_yield[i]) {
            error_at_node(targets[i], "assignment to yield expression not possible");
            return false;
        }
        Expr* bad = set_context(targets[i], ExprContext::Store);
        if (bad) {
            target_error(bad, ExprContext::Store);
            return false;
        }
    }
    fail_generic();
    return false;
}

}  // namespace pygen
