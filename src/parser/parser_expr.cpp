// Expressions, from star_expressions down to atoms, with Python 3.11's precedence; displays,
// comprehensions, calls, subscripts/slices, targets (ctx) and the expression-level error hints
// ("Perhaps you forgot a comma?", "expected 'else' after 'if' expression", ...).
// Literals are string_literal.cpp's and fstring.cpp's. CPython counterpart: the expression rules
// of Grammar/python.gram (3.11), Parser/action_helpers.c (_PyPegen_get_expr_name, set_expr_context).
#include "parser/parser_internal.h"

namespace pygen {

using namespace ast;

namespace {

bool starts_star_expression(const Token& t) {
    return t.kind == TokenKind::Op && t.op == Op::Star;
}

}  // namespace

// ---- Targets ----

const char* Parser::expr_name(const Expr* e) {
    switch (e->kind) {
        case ExprKind::Attribute: return "attribute";
        case ExprKind::Subscript: return "subscript";
        case ExprKind::Starred: return "starred";
        case ExprKind::Name: return "name";
        case ExprKind::List: return "list";
        case ExprKind::Tuple: return "tuple";
        case ExprKind::Lambda: return "lambda";
        case ExprKind::Call: return "function call";
        case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
        case ExprKind::GeneratorExp: return "generator expression";
        case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
        case ExprKind::Await: return "await expression";
        case ExprKind::ListComp: return "list comprehension";
        case ExprKind::SetComp: return "set comprehension";
        case ExprKind::DictComp: return "dict comprehension";
        case ExprKind::Dict: return "dict literal";
        case ExprKind::Set: return "set display";
        case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
        case ExprKind::Constant: {
            switch (static_cast<const Constant*>(e)->value_kind) {
                case ConstantKind::None: return "None";
                case ConstantKind::True: return "True";
                case ConstantKind::False: return "False";
                case ConstantKind::Ellipsis: return "ellipsis";
                default: return "literal";
            }
        }
        case ExprKind::Compare: return "comparison";
        case ExprKind::IfExp: return "conditional expression";
        case ExprKind::NamedExpr: return "named expression";
        case ExprKind::Slice: return "slice";
    }
    return "expression";
}

// Sets ctx on a target tree. Returns the first node that cannot be a target, or null.
// CPython: _PyPegen_get_invalid_target + _PyPegen_set_expr_context.
Expr* Parser::set_context(Expr* e, ExprContext ctx) {
    // Iterative over nested tuples/lists via an explicit stack: targets can be deep.
    std::vector<Expr*> stack{e};
    while (!stack.empty()) {
        Expr* x = stack.back();
        stack.pop_back();
        switch (x->kind) {
            case ExprKind::Name: static_cast<Name*>(x)->ctx = ctx; break;
            case ExprKind::Attribute: static_cast<Attribute*>(x)->ctx = ctx; break;
            case ExprKind::Subscript: static_cast<Subscript*>(x)->ctx = ctx; break;
            case ExprKind::Starred:
                if (ctx == ExprContext::Del) return x;
                static_cast<Starred*>(x)->ctx = ctx;
                stack.push_back(static_cast<Starred*>(x)->value);
                break;
            case ExprKind::Tuple: {
                auto* t = static_cast<Tuple*>(x);
                t->ctx = ctx;
                for (size_t i = t->elts.size(); i-- > 0;) stack.push_back(t->elts[i]);
                break;
            }
            case ExprKind::List: {
                auto* l = static_cast<List*>(x);
                l->ctx = ctx;
                for (size_t i = l->elts.size(); i-- > 0;) stack.push_back(l->elts[i]);
                break;
            }
            default:
                return x;
        }
    }
    return nullptr;
}

std::nullptr_t Parser::target_error(Expr* invalid, ExprContext ctx) {
    const char* verb = ctx == ExprContext::Del ? "cannot delete " : "cannot assign to ";
    return error_at_node(invalid, std::string(verb) + expr_name(invalid));
}

bool Parser::store_target(Expr* e, ExprContext ctx) {
    Expr* bad = set_context(e, ctx);
    if (!bad) return true;
    target_error(bad, ctx);
    return false;
}

Expr* Parser::parse_star_target() {
    if (at(Op::Star)) {
        const Token s = peek();
        advance();
        if (at(Op::Star)) return fail_generic();
        Expr* v = parse_star_target();
        if (!v) return nullptr;
        Starred* n = make<Starred>(s);
        n->value = v;
        finish(n);
        return n;
    }
    return parse_bitwise_or();
}

// star_targets as in for-loops and comprehensions: stops before `in`.
Expr* Parser::parse_star_targets() {
    const Token first = peek();
    Expr* e = parse_star_target();
    if (!e) return nullptr;
    if (!at(Op::Comma)) return e;
    Tuple* t = make<Tuple>(first);
    t->elts.push_back(e);
    while (accept(Op::Comma)) {
        if (!starts_expression(peek()) && !at(Op::Star)) break;
        e = parse_star_target();
        if (!e) return nullptr;
        t->elts.push_back(e);
    }
    finish(t);
    return t;
}

// ---- Error hints ----

// CPython's invalid_expression: two expressions in a row inside brackets.
bool Parser::check_comma_hint(Expr* a) {
    const Token next = peek();
    if (!a || !starts_expression(next) || next.level == 0 || failed()) return false;
    if (a->kind == ExprKind::Name) {
        const std::string& id = static_cast<Name*>(a)->id;
        if (id == "print" || id == "exec") return false;
        if (next.kind == TokenKind::String) return false;
    }
    Mark m = mark();
    Expr* b = parse_expression();
    reset(m);
    if (!b) return false;
    error_range(a, b, "invalid syntax. Perhaps you forgot a comma?");
    return true;
}

std::nullptr_t Parser::element_error(Expr* last) {
    if (failed()) return nullptr;
    if (check_comma_hint(last)) return nullptr;
    return fail_generic();
}

// ---- Expression lists ----

Expr* Parser::parse_star_expressions() {
    const Token first = peek();
    Expr* e = parse_star_expression();
    if (!e) return nullptr;
    if (!at(Op::Comma)) return e;
    Tuple* t = make<Tuple>(first);
    t->elts.push_back(e);
    while (accept(Op::Comma)) {
        if (!starts_expression(peek()) && !starts_star_expression(peek())) break;
        e = parse_star_expression();
        if (!e) return nullptr;
        t->elts.push_back(e);
    }
    finish(t);
    return t;
}

Expr* Parser::parse_star_expression() {
    if (at(Op::Star)) {
        const Token s = peek();
        advance();
        Expr* v = parse_bitwise_or();
        if (!v) return nullptr;
        Starred* n = make<Starred>(s);
        n->value = v;
        finish(n);
        return n;
    }
    return parse_expression();
}

Expr* Parser::parse_star_named_expression() {
    if (at(Op::Star)) return parse_star_expression();
    return parse_named_expression();
}

Expr* Parser::parse_named_expression(bool check_assign) {
    if (at_name() && peek2().kind == TokenKind::Op && peek2().op == Op::ColonEqual) {
        const Token name = peek();
        advance();
        advance();
        Name* target = make<Name>(name);
        target->id = std::string(text(name));
        target->ctx = ExprContext::Store;
        set_end(target, name);
        Expr* value = parse_expression();
        if (!value) return nullptr;
        NamedExpr* n = make<NamedExpr>(name);
        n->target = target;
        n->value = value;
        finish(n);
        return n;
    }
    Expr* e = parse_expression();
    if (!e) return nullptr;
    if (at(Op::ColonEqual)) {
        return error_at_node(e, std::string("cannot use assignment expressions with ") + expr_name(e));
    }
    if (check_assign && at(Op::Equal)) {
        // CPython's invalid_named_expression: `x = y` where an expression is expected.
        Mark m = mark();
        advance();
        Expr* rhs = parse_bitwise_or();
        bool rhs_ok = rhs && !at(Op::Equal) && !at(Op::ColonEqual);
        reset(m);
        if (rhs_ok) {
            if (e->kind == ExprKind::Name) {
                return error_range(e, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            bool excluded = e->kind == ExprKind::List || e->kind == ExprKind::Tuple || e->kind == ExprKind::GeneratorExp;
            if (e->kind == ExprKind::Constant) {
                ConstantKind k = static_cast<Constant*>(e)->value_kind;
                excluded = k == ConstantKind::True || k == ConstantKind::False || k == ConstantKind::None;
            }
            bool bitwise = e->kind != ExprKind::BoolOp && e->kind != ExprKind::Compare && e->kind != ExprKind::IfExp &&
                           e->kind != ExprKind::Lambda && e->kind != ExprKind::NamedExpr && e->kind != ExprKind::Starred &&
                           !(e->kind == ExprKind::UnaryOp && static_cast<UnaryOp*>(e)->op == UnaryOpKind::Not);
            if (!excluded && bitwise) {
                return error_at_node(e, std::string("cannot assign to ") + expr_name(e) +
                                            " here. Maybe you meant '==' instead of '='?");
            }
        }
    }
    return e;
}

Expr* Parser::parse_expression() {
    DepthGuard guard(this);
    if (!guard.ok) return error_too_deep();
    if (at_kw(Kw::Lambda)) return parse_lambda();
    const Token start = peek();
    Expr* body = parse_disjunction();
    if (!body) return nullptr;
    if (!at_kw(Kw::If)) return body;
    advance();
    Expr* test = parse_disjunction();
    if (!test) return nullptr;
    if (!accept_kw(Kw::Else)) {
        if (at(Op::Colon)) return fail_generic();
        return error_range(body, test, "expected 'else' after 'if' expression");
    }
    Expr* orelse = parse_expression();
    if (!orelse) return nullptr;
    IfExp* n = make<IfExp>(start);
    n->body = body;
    n->test = test;
    n->orelse = orelse;
    finish(n);
    return n;
}

Expr* Parser::parse_lambda() {
    const Token kw = peek();
    advance();
    Arguments* args = mod_->make<Arguments>();
    if (!parse_parameters(args, Op::Colon, true)) return nullptr;
    advance();   // ':'
    DepthGuard guard(this);   // the lambda rule's own level, on top of the body's expression
    if (!guard.ok) return error_too_deep();
    Expr* body = parse_expression();
    if (!body) return nullptr;
    Lambda* n = make<Lambda>(kw);
    n->args = args;
    n->body = body;
    finish(n);
    return n;
}

Expr* Parser::parse_yield_expr() {
    const Token kw = peek();
    advance();
    if (accept_kw(Kw::From)) {
        Expr* v = parse_expression();
        if (!v) return nullptr;
        YieldFrom* n = make<YieldFrom>(kw);
        n->value = v;
        finish(n);
        return n;
    }
    Yield* n = make<Yield>(kw);
    if (starts_expression(peek()) || at(Op::Star)) {
        n->value = parse_star_expressions();
        if (!n->value) return nullptr;
    }
    finish(n);
    return n;
}

// ---- Boolean and comparison operators ----

Expr* Parser::parse_disjunction() {
    const Token start = peek();
    Expr* first = parse_conjunction();
    if (!first || !at_kw(Kw::Or)) return first;
    BoolOp* n = make<BoolOp>(start);
    n->op = BoolOpKind::Or;
    n->values.push_back(first);
    while (accept_kw(Kw::Or)) {
        Expr* e = parse_conjunction();
        if (!e) return nullptr;
        n->values.push_back(e);
    }
    finish(n);
    return n;
}

Expr* Parser::parse_conjunction() {
    const Token start = peek();
    Expr* first = parse_inversion();
    if (!first || !at_kw(Kw::And)) return first;
    BoolOp* n = make<BoolOp>(start);
    n->op = BoolOpKind::And;
    n->values.push_back(first);
    while (accept_kw(Kw::And)) {
        Expr* e = parse_inversion();
        if (!e) return nullptr;
        n->values.push_back(e);
    }
    finish(n);
    return n;
}

Expr* Parser::parse_inversion() {
    // Iterative: `not not not ... x` must not recurse.
    std::vector<Token> nots;
    while (at_kw(Kw::Not)) {
        nots.push_back(peek());
        advance();
    }
    // Built without recursion, but charged as CPython's parser recurses: a level per operator.
    DepthGuard guard(this, static_cast<int>(nots.size()));
    if (!guard.ok) return error_too_deep();
    Expr* e = parse_comparison();
    if (!e) return nullptr;
    for (size_t i = nots.size(); i-- > 0;) {
        UnaryOp* n = make<UnaryOp>(nots[i]);
        n->op = UnaryOpKind::Not;
        n->operand = e;
        finish(n);
        e = n;
    }
    return e;
}

Expr* Parser::parse_comparison() {
    const Token start = peek();
    Expr* left = parse_bitwise_or();
    if (!left) return nullptr;
    Compare* n = nullptr;
    for (;;) {
        const Token t = peek();
        CmpOpKind op;
        int width = 1;
        if (t.kind == TokenKind::Op) {
            switch (t.op) {
                case Op::EqEqual: op = CmpOpKind::Eq; break;
                case Op::NotEqual: op = CmpOpKind::NotEq; break;
                case Op::Less: op = CmpOpKind::Lt; break;
                case Op::LessEqual: op = CmpOpKind::LtE; break;
                case Op::Greater: op = CmpOpKind::Gt; break;
                case Op::GreaterEqual: op = CmpOpKind::GtE; break;
                default: goto done;
            }
        } else if (t.kind == TokenKind::Name && t.kw == Kw::In) {
            op = CmpOpKind::In;
        } else if (t.kind == TokenKind::Name && t.kw == Kw::Is) {
            op = CmpOpKind::Is;
            const Token t2 = peek2();
            if (t2.kind == TokenKind::Name && t2.kw == Kw::Not) {
                op = CmpOpKind::IsNot;
                width = 2;
            }
        } else if (t.kind == TokenKind::Name && t.kw == Kw::Not) {
            const Token t2 = peek2();
            if (!(t2.kind == TokenKind::Name && t2.kw == Kw::In)) goto done;
            op = CmpOpKind::NotIn;
            width = 2;
        } else {
            goto done;
        }
        for (int i = 0; i < width; ++i) advance();
        {
            Expr* right = parse_bitwise_or();
            if (!right) return nullptr;
            if (!n) {
                n = make<Compare>(start);
                n->left = left;
            }
            n->ops.push_back(op);
            n->comparators.push_back(right);
        }
    }
done:
    if (!n) return left;
    finish(n);
    return n;
}

// ---- Binary operators ----

namespace {

// Precedence levels below comparison: 0 '|', 1 '^', 2 '&', 3 shifts, 4 '+ -', 5 '* / // % @'.
bool binop_at_level(const Token& t, int level, OperatorKind* op) {
    if (t.kind != TokenKind::Op) return false;
    switch (level) {
        case 0: if (t.op == Op::VBar) { *op = OperatorKind::BitOr; return true; } return false;
        case 1: if (t.op == Op::Circumflex) { *op = OperatorKind::BitXor; return true; } return false;
        case 2: if (t.op == Op::Amper) { *op = OperatorKind::BitAnd; return true; } return false;
        case 3:
            if (t.op == Op::LeftShift) { *op = OperatorKind::LShift; return true; }
            if (t.op == Op::RightShift) { *op = OperatorKind::RShift; return true; }
            return false;
        case 4:
            if (t.op == Op::Plus) { *op = OperatorKind::Add; return true; }
            if (t.op == Op::Minus) { *op = OperatorKind::Sub; return true; }
            return false;
        default:
            switch (t.op) {
                case Op::Star: *op = OperatorKind::Mult; return true;
                case Op::Slash: *op = OperatorKind::Div; return true;
                case Op::DoubleSlash: *op = OperatorKind::FloorDiv; return true;
                case Op::Percent: *op = OperatorKind::Mod; return true;
                case Op::At: *op = OperatorKind::MatMult; return true;
                default: return false;
            }
    }
}

}  // namespace

Expr* Parser::parse_binop_chain(int level) {
    const Token start = peek();
    Expr* left = level == 5 ? parse_factor() : parse_binop_chain(level + 1);
    if (!left) return nullptr;
    OperatorKind op;
    while (binop_at_level(peek(), level, &op)) {
        advance();
        Expr* right = level == 5 ? parse_factor() : parse_binop_chain(level + 1);
        if (!right) return nullptr;
        BinOp* n = make<BinOp>(start);
        n->left = left;
        n->op = op;
        n->right = right;
        finish(n);
        left = n;
    }
    return left;
}

Expr* Parser::parse_bitwise_or() { return parse_binop_chain(0); }
Expr* Parser::parse_bitwise_xor() { return parse_binop_chain(1); }
Expr* Parser::parse_bitwise_and() { return parse_binop_chain(2); }
Expr* Parser::parse_shift() { return parse_binop_chain(3); }
Expr* Parser::parse_sum() { return parse_binop_chain(4); }
Expr* Parser::parse_term() { return parse_binop_chain(5); }

Expr* Parser::parse_factor() {
    // Iterative over prefix operators so `- - - ... x` cannot exhaust the stack.
    std::vector<Token> ops;
    while (at(Op::Plus) || at(Op::Minus) || at(Op::Tilde)) {
        ops.push_back(peek());
        advance();
    }
    DepthGuard guard(this, static_cast<int>(ops.size()));   // as for `not` above
    if (!guard.ok) return error_too_deep();
    Expr* e = parse_power();
    if (!e) return nullptr;
    for (size_t i = ops.size(); i-- > 0;) {
        UnaryOp* n = make<UnaryOp>(ops[i]);
        n->op = ops[i].op == Op::Plus ? UnaryOpKind::UAdd : ops[i].op == Op::Minus ? UnaryOpKind::USub
                                                                                   : UnaryOpKind::Invert;
        n->operand = e;
        finish(n);
        e = n;
    }
    return e;
}

Expr* Parser::parse_power() {
    const Token start = peek();
    Expr* base = parse_await_primary();
    if (!base || !at(Op::DoubleStar)) return base;
    advance();
    DepthGuard guard(this, 2);   // power and factor: two levels of CPython's parser
    if (!guard.ok) return error_too_deep();
    Expr* exp = parse_factor();
    if (!exp) return nullptr;
    BinOp* n = make<BinOp>(start);
    n->left = base;
    n->op = OperatorKind::Pow;
    n->right = exp;
    finish(n);
    return n;
}

Expr* Parser::parse_await_primary() {
    if (!at_kw(Kw::Await)) return parse_primary();
    const Token kw = peek();
    advance();
    Expr* v = parse_primary();
    if (!v) return nullptr;
    Await* n = make<Await>(kw);
    n->value = v;
    finish(n);
    return n;
}

// ---- Primaries ----

Expr* Parser::parse_primary() {
    const Token start = peek();
    Expr* e = parse_atom();
    if (!e) return nullptr;
    for (;;) {
        if (at(Op::Dot)) {
            advance();
            if (!at_name()) return fail_generic();
            const Token name = peek();
            advance();
            Attribute* n = make<Attribute>(start);
            n->value = e;
            n->attr = std::string(text(name));
            set_end(n, name);
            e = n;
        } else if (at(Op::LPar)) {
            const Token lpar = peek();
            advance();
            Call* n = make<Call>(start);
            n->func = e;
            if (!parse_call_args(n->args, n->keywords, lpar)) return nullptr;
            finish(n);
            e = n;
        } else if (at(Op::LSqb)) {
            advance();
            Expr* slice = parse_slices();
            if (!slice) return nullptr;
            if (!accept(Op::RSqb)) return element_error(slice);
            Subscript* n = make<Subscript>(start);
            n->value = e;
            n->slice = slice;
            finish(n);
            e = n;
        } else {
            return e;
        }
    }
}

// CPython 3.11's slices: `slice !','` | ','.(slice | starred_expression)+ [','] (PEP 646: a starred
// item makes a tuple even alone, x[*a] is a 1-tuple); plus invalid_comprehension's hints.
Expr* Parser::parse_slices() {
    const Token first = peek();
    Expr* e = parse_slice();
    if (!e) return nullptr;
    if (e->kind == ExprKind::Starred && at_comprehension_for()) {
        return error_at_node(e, "iterable unpacking cannot be used in comprehension");
    }
    if (!at(Op::Comma) && e->kind != ExprKind::Starred) return e;
    Tuple* t = make<Tuple>(first);
    t->elts.push_back(e);
    while (accept(Op::Comma)) {
        if (at(Op::RSqb)) break;
        if (at_comprehension_for()) break;
        e = parse_slice();
        if (!e) return nullptr;
        t->elts.push_back(e);
    }
    if (t->elts.size() >= 2 && at_comprehension_for()) {
        bool plain = true;   // star_named_expressions only (no slices)
        for (Expr* x : t->elts) plain &= x->kind != ExprKind::Slice;
        if (plain) {
            error_range(t->elts.front(), t->elts.back(), "did you forget parentheses around the comprehension target?");
            return nullptr;
        }
    }
    finish(t);
    return t;
}

bool Parser::at_comprehension_for() {
    return at_kw(Kw::For) || (at_kw(Kw::Async) && peek2().kind == TokenKind::Name && peek2().kw == Kw::For);
}

Expr* Parser::parse_slice() {
    if (at(Op::Star)) {   // starred_expression: '*' expression
        const Token s = peek();
        advance();
        Expr* v = parse_expression();
        if (!v) return nullptr;
        Starred* n = make<Starred>(s);
        n->value = v;
        finish(n);
        return n;
    }
    const Token start = peek();
    Expr* lower = nullptr;
    if (!at(Op::Colon)) {
        lower = parse_named_expression();
        if (!lower || !at(Op::Colon)) return lower;
        if (lower->kind == ExprKind::NamedExpr) return fail_generic();
    }
    Slice* s = make<Slice>(start);
    s->lower = lower;
    advance();   // ':'
    auto ends_part = [&]() { return at(Op::Colon) || at(Op::Comma) || at(Op::RSqb); };
    if (!ends_part()) {
        s->upper = parse_expression();
        if (!s->upper) return nullptr;
    }
    if (accept(Op::Colon)) {
        if (!at(Op::Comma) && !at(Op::RSqb)) {
            s->step = parse_expression();
            if (!s->step) return nullptr;
        }
    }
    finish(s);
    return s;
}

// Arguments of a call (or class bases) after '('; consumes the ')'.
bool Parser::parse_call_args(std::vector<Expr*>& args, std::vector<Keyword*>& keywords, const Token& lpar_ref,
                             bool allow_genexp) {
    const Token lpar = lpar_ref;
    bool seen_keyword = false;
    bool seen_double_star = false;
    Expr* last = nullptr;
    while (!at(Op::RPar)) {
        const Token t = peek();
        if (t.kind == TokenKind::Op && t.op == Op::Star) {
            advance();
            Expr* v = parse_expression();
            if (!v) return false;
            if (seen_double_star) {
                error_at_token(t, "iterable argument unpacking follows keyword argument unpacking");
                return false;
            }
            Starred* s = make<Starred>(t);
            s->value = v;
            finish(s);
            args.push_back(s);
            last = s;
        } else if (t.kind == TokenKind::Op && t.op == Op::DoubleStar) {
            advance();
            Expr* v = parse_expression();
            if (!v) return false;
            Keyword* k = make<Keyword>(t);
            k->value = v;
            finish(k);
            keywords.push_back(k);
            seen_double_star = true;
            last = v;
        } else if (t.kind == TokenKind::Name && peek2().kind == TokenKind::Op && peek2().op == Op::Equal) {
            if (t.kw == Kw::True || t.kw == Kw::False || t.kw == Kw::None) {
                const Token eq = peek2();
                error_raw("SyntaxError", std::string("cannot assign to ") + std::string(text(t)), t.lineno, t.col,
                          eq.end_lineno, eq.end_col);
                return false;
            }
            if (t.kw != Kw::Ident) {
                fail_generic();
                return false;
            }
            advance();
            const Token eq = peek();
            advance();
            Expr* v = parse_expression();
            if (!v) return false;
            bool comp_follows = false;
            if (at_kw(Kw::For) || (at_kw(Kw::Async) && peek2().kind == TokenKind::Name && peek2().kw == Kw::For)) {
                // Generic error first, at the 'for' (CPython's first pass stops there), then the
                // specific one when the clauses parse.
                Mark before = mark();
                fail_generic();
                Mark generic = mark();
                reset(before);
                std::vector<Comprehension*> clauses;
                comp_follows = parse_comprehension(clauses) && !failed();
                reset(comp_follows ? before : generic);
                if (!comp_follows) return false;
            }
            if (comp_follows) {
                // CPython's invalid_kwarg: NAME '=' expression for_if_clauses.
                ast::Location name_loc, eq_loc;
                set_start(&name_loc, t);
                set_end(&name_loc, t);
                set_start(&eq_loc, eq);
                set_end(&eq_loc, eq);
                error_range(&name_loc, &eq_loc, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return false;
            }
            Keyword* k = make<Keyword>(t);
            k->arg = std::string(text(t));
            k->value = v;
            finish(k);
            keywords.push_back(k);
            seen_keyword = true;
            last = v;
        } else {
            Expr* e = parse_named_expression(false);
            if (!e) return false;
            bool comp = at_kw(Kw::For) || (at_kw(Kw::Async) && peek2().kind == TokenKind::Name && peek2().kw == Kw::For);
            if (comp && !allow_genexp) {
                fail_generic();
                return false;
            }
            if (comp) {
                GeneratorExp* g = make<GeneratorExp>(t);
                g->elt = e;
                if (!parse_comprehension(g->generators)) return false;
                finish(g);
                if (!(args.empty() && keywords.empty() && at(Op::RPar))) {
                    // CPython's first pass reads the token after a ',' (arguments: args [','] &')'):
                    // a tokenizer error there (end of input after a continuation) wins.
                    if (at(Op::Comma) && peek2().kind == TokenKind::ErrorToken) {
                        fail_generic();
                        return false;
                    }
                    error_at_node(g, "Generator expression must be parenthesized");
                    return false;
                }
                if (e->kind == ExprKind::Starred) {
                    error_at_node(e, "iterable unpacking cannot be used in comprehension");
                    return false;
                }
                set_start(g, lpar);
                set_end(g, peek());   // the closing ')'
                e = g;
            } else if (at(Op::Equal)) {
                const Token eq = peek();
                Location eq_loc;
                set_start(&eq_loc, eq);
                set_end(&eq_loc, eq);
                error_range(e, &eq_loc, "expression cannot contain assignment, perhaps you meant \"==\"?");
                return false;
            }
            if (seen_double_star) {
                error_last_token("positional argument follows keyword argument unpacking");
                return false;
            }
            if (seen_keyword) {
                error_last_token("positional argument follows keyword argument");
                return false;
            }
            args.push_back(e);
            last = e;
        }
        if (!accept(Op::Comma)) break;
    }
    if (!accept(Op::RPar)) {
        element_error(last);
        return false;
    }
    return true;
}

bool Parser::parse_comprehension(std::vector<Comprehension*>& out) {
    while (at_kw(Kw::For) || (at_kw(Kw::Async) && peek2().kind == TokenKind::Name && peek2().kw == Kw::For)) {
        Comprehension* c = mod_->make<Comprehension>();
        if (accept_kw(Kw::Async)) c->is_async = true;
        advance();   // 'for'
        c->target = parse_star_targets();
        if (!c->target) return false;
        if (!accept_kw(Kw::In)) {
            fail_generic();
            return false;
        }
        if (!store_target(c->target)) return false;
        c->iter = parse_disjunction();
        if (!c->iter) return false;
        while (accept_kw(Kw::If)) {
            Expr* cond = parse_disjunction();
            if (!cond) return false;
            c->ifs.push_back(cond);
        }
        out.push_back(c);
    }
    return true;
}

// ---- Atoms ----

Expr* Parser::parse_atom() {
    const Token t = peek();
    switch (t.kind) {
        case TokenKind::Name: {
            switch (t.kw) {
                case Kw::Ident: {
                    advance();
                    Name* n = make<Name>(t);
                    n->id = std::string(text(t));
                    set_end(n, t);
                    return n;
                }
                case Kw::True: case Kw::False: case Kw::None: {
                    advance();
                    Constant* c = make<Constant>(t);
                    c->value_kind = t.kw == Kw::True ? ConstantKind::True
                                  : t.kw == Kw::False ? ConstantKind::False : ConstantKind::None;
                    set_end(c, t);
                    return c;
                }
                default:
                    return fail_generic();
            }
        }
        case TokenKind::Number:
            advance();
            return parse_number(t);
        case TokenKind::String:
            return parse_strings();
        case TokenKind::Op: {
            DepthGuard guard(this);
            if (!guard.ok) return error_too_deep();
            switch (t.op) {
                case Op::LPar: return parse_paren_atom();
                case Op::LSqb: return parse_list_atom();
                case Op::LBrace: return parse_brace_atom();
                case Op::Ellipsis: {
                    advance();
                    Constant* c = make<Constant>(t);
                    c->value_kind = ConstantKind::Ellipsis;
                    set_end(c, t);
                    return c;
                }
                default:
                    return fail_generic();
            }
        }
        default:
            return fail_generic();
    }
}

Expr* Parser::parse_paren_atom() {
    const Token lpar = peek();
    advance();
    if (accept(Op::RPar)) {
        Tuple* t = make<Tuple>(lpar);
        finish(t);
        return t;
    }
    if (at(Op::DoubleStar)) {
        // CPython's invalid_group: '(' '**' expression ')'.
        // The generic error is placed first, at the '**' (CPython keeps its first pass's
        // location), then the specific one replaces it when the rule matches.
        const Token stars = peek();
        Mark clean = mark();
        fail_generic();
        Mark generic = mark();
        reset(clean);
        advance();
        Expr* e = parse_expression();
        bool closed = e && at(Op::RPar);
        reset(closed ? clean : generic);
        if (!closed) return nullptr;
        {
            ast::Location at_stars;
            set_start(&at_stars, stars);
            set_end(&at_stars, stars);
            return error_range(&at_stars, &at_stars, "cannot use double starred expression here");
        }
    }
    if (at_kw(Kw::Yield)) {
        Expr* y = parse_yield_expr();
        if (!y) return nullptr;
        if (!accept(Op::RPar)) return element_error(y);
        return y;
    }
    Expr* first = parse_star_named_expression();
    if (!first) return nullptr;
    if (at_kw(Kw::For) || (at_kw(Kw::Async) && peek2().kind == TokenKind::Name && peek2().kw == Kw::For)) {
        if (first->kind == ExprKind::Starred) {
            return error_at_node(first, "iterable unpacking cannot be used in comprehension");
        }
        GeneratorExp* g = make<GeneratorExp>(lpar);
        g->elt = first;
        if (!parse_comprehension(g->generators)) return nullptr;
        if (!accept(Op::RPar)) return element_error(nullptr);
        finish(g);
        return g;
    }
    if (at(Op::Comma)) {
        Tuple* t = make<Tuple>(lpar);
        t->elts.push_back(first);
        Expr* last = first;
        while (accept(Op::Comma)) {
            if (at(Op::RPar)) break;
            last = parse_star_named_expression();
            if (!last) return nullptr;
            t->elts.push_back(last);
        }
        if (!accept(Op::RPar)) return element_error(last);
        finish(t);
        return t;
    }
    if (!accept(Op::RPar)) return element_error(first);
    if (first->kind == ExprKind::Starred) return error_at_node(first, "cannot use starred expression here");
    return first;
}

Expr* Parser::parse_list_atom() {
    const Token lsqb = peek();
    advance();
    if (accept(Op::RSqb)) {
        List* l = make<List>(lsqb);
        finish(l);
        return l;
    }
    Expr* first = parse_star_named_expression();
    if (!first) return nullptr;
    if (at_kw(Kw::For) || (at_kw(Kw::Async) && peek2().kind == TokenKind::Name && peek2().kw == Kw::For)) {
        if (first->kind == ExprKind::Starred) {
            return error_at_node(first, "iterable unpacking cannot be used in comprehension");
        }
        ListComp* c = make<ListComp>(lsqb);
        c->elt = first;
        if (!parse_comprehension(c->generators)) return nullptr;
        if (!accept(Op::RSqb)) return element_error(nullptr);
        finish(c);
        return c;
    }
    List* l = make<List>(lsqb);
    l->elts.push_back(first);
    Expr* last = first;
    while (accept(Op::Comma)) {
        if (at(Op::RSqb)) break;
        if (l->elts.size() >= 2 && at_comprehension_for()) break;
        last = parse_star_named_expression();
        if (!last) return nullptr;
        l->elts.push_back(last);
    }
    if (l->elts.size() >= 2 && at_comprehension_for()) {
        error_range(first, last, "did you forget parentheses around the comprehension target?");
        return nullptr;
    }
    if (!accept(Op::RSqb)) return element_error(last);
    finish(l);
    return l;
}

Expr* Parser::parse_brace_atom() {
    const Token lbrace = peek();
    advance();
    if (accept(Op::RBrace)) {
        Dict* d = make<Dict>(lbrace);
        finish(d);
        return d;
    }
    auto is_comp = [&]() {
        return at_kw(Kw::For) || (at_kw(Kw::Async) && peek2().kind == TokenKind::Name && peek2().kw == Kw::For);
    };
    // Parses `key: value` or `**mapping` into the dict.
    auto parse_dict_item = [&](Dict* d, Expr** last) -> bool {
        if (accept(Op::DoubleStar)) {
            Expr* v = parse_bitwise_or();
            if (!v) return false;
            d->keys.push_back(nullptr);
            d->values.push_back(v);
            *last = v;
            return true;
        }
        Expr* k = parse_expression();
        if (!k) return false;
        if (!at(Op::Colon)) {
            element_error(k);
            return false;
        }
        const Token colon = peek();
        advance();
        if (at(Op::RBrace) || at(Op::Comma)) {
            error_at_token(colon, "expression expected after dictionary key and ':'");
            return false;
        }
        Expr* v = parse_expression();
        if (!v) return false;
        d->keys.push_back(k);
        d->values.push_back(v);
        *last = v;
        return true;
    };
    if (at(Op::DoubleStar)) {
        const Token dstar = peek();
        Dict* d = make<Dict>(lbrace);
        Expr* last = nullptr;
        if (!parse_dict_item(d, &last)) return nullptr;
        if (is_comp()) return error_at_token(dstar, "dict unpacking cannot be used in dict comprehension");
        while (accept(Op::Comma)) {
            if (at(Op::RBrace)) break;
            if (!parse_dict_item(d, &last)) return nullptr;
        }
        if (!accept(Op::RBrace)) return element_error(last);
        finish(d);
        return d;
    }
    Expr* first = parse_star_named_expression();
    if (!first) return nullptr;
    if (at(Op::Colon)) {
        if (first->kind == ExprKind::Starred) return fail_generic();
        const Token colon = peek();
        advance();
        if (at(Op::RBrace) || at(Op::Comma)) {
            return error_at_token(colon, "expression expected after dictionary key and ':'");
        }
        Expr* value = parse_expression();
        if (!value) return nullptr;
        if (is_comp()) {
            DictComp* c = make<DictComp>(lbrace);
            c->key = first;
            c->value = value;
            if (!parse_comprehension(c->generators)) return nullptr;
            if (!accept(Op::RBrace)) return element_error(nullptr);
            finish(c);
            return c;
        }
        Dict* d = make<Dict>(lbrace);
        d->keys.push_back(first);
        d->values.push_back(value);
        Expr* last = value;
        while (accept(Op::Comma)) {
            if (at(Op::RBrace)) break;
            if (!parse_dict_item(d, &last)) return nullptr;
        }
        if (!accept(Op::RBrace)) return element_error(last);
        finish(d);
        return d;
    }
    if (is_comp()) {
        if (first->kind == ExprKind::Starred) {
            return error_at_node(first, "iterable unpacking cannot be used in comprehension");
        }
        SetComp* c = make<SetComp>(lbrace);
        c->elt = first;
        if (!parse_comprehension(c->generators)) return nullptr;
        if (!accept(Op::RBrace)) return element_error(nullptr);
        finish(c);
        return c;
    }
    Set* s = make<Set>(lbrace);
    s->elts.push_back(first);
    Expr* last = first;
    while (accept(Op::Comma)) {
        if (at(Op::RBrace)) break;
        if (s->elts.size() >= 2 && at_comprehension_for()) break;
        last = parse_star_named_expression();
        if (!last) return nullptr;
        s->elts.push_back(last);
    }
    if (s->elts.size() >= 2 && at_comprehension_for()) {
        error_range(first, last, "did you forget parentheses around the comprehension target?");
        return nullptr;
    }
    if (!accept(Op::RBrace)) return element_error(last);
    finish(s);
    return s;
}

}  // namespace pygen
