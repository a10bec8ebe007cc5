// The match statement (PEP 634): the soft keywords `match`/`case`/`_`, the pattern grammar and
// the pattern errors the parser raises (complex literals, `as` targets, keyword order). Errors
// that depend on the whole pattern (unreachable cases, name bindings) are the compiler's.
// CPython counterpart: the match_stmt .. keyword_pattern rules of Grammar/python.gram (3.11) and
// invalid_match_stmt / invalid_case_block / invalid_as_pattern / invalid_class_pattern.
#include "parser/parser_internal.h"

namespace pygen {

using namespace ast;

bool Parser::at_soft_kw(const char* word) {
    return at_name() && text(peek()) == word;
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
Expr* Parser::parse_subject() {
    const Token start = peek();
    Expr* first = parse_star_named_expression();
    if (!first) return nullptr;
    if (!at(Op::Comma)) {
        if (first->kind == ExprKind::Starred) return fail_generic();
        return first;
    }
    Tuple* t = make<Tuple>(start);
    t->elts.push_back(first);
    while (accept(Op::Comma)) {
        if (!starts_expression(peek()) && !at(Op::Star)) break;
        Expr* e = parse_star_named_expression();
        if (!e) return nullptr;
        t->elts.push_back(e);
    }
    finish(t);
    return t;
}

// Tries `"match" subject ':' NEWLINE ...`. Without `committed` set, the tokens are not a match
// statement and the caller parses a simple statement instead; `missing_colon` then tells that
// CPython's invalid_match_stmt ("expected ':'") applies if that fails too.
Stmt* Parser::parse_match_stmt(bool* committed, bool* missing_colon) {
    const Token kw = peek();
    Mark start = mark();
    advance();
    Expr* subject = parse_subject();
    if (!subject || !at(Op::Colon) || peek2().kind != TokenKind::Newline) {
        *missing_colon = subject && at_kind(TokenKind::Newline);
        reset(start);
        return nullptr;
    }
    *committed = true;
    advance();   // ':'
    advance();   // NEWLINE
    if (!at_kind(TokenKind::Indent)) {
        return error_last_token("expected an indented block after 'match' statement on line " +
                                    std::to_string(real_line(kw.lineno)),
                                "IndentationError");
    }
    advance();
    Match* node = make<Match>(kw);
    node->subject = subject;
    while (!at_kind(TokenKind::Dedent)) {
        if (!at_soft_kw("case")) return fail_generic();
        MatchCase* c = parse_case_block();
        if (!c) return nullptr;
        node->cases.push_back(c);
    }
    advance();
    finish_compound(node);
    return node;
}

// case_block: "case" patterns guard? ':' block
MatchCase* Parser::parse_case_block() {
    const Token kw = peek();
    advance();
    Pattern* p = parse_patterns();
    if (!p) return nullptr;
    MatchCase* c = mod_->make<MatchCase>();
    c->pattern = p;
    if (accept_kw(Kw::If)) {
        c->guard = parse_named_expression();
        if (!c->guard) return nullptr;
    }
    if (!expect_colon(false)) return nullptr;
    if (!parse_block(c->body, "'case' statement", kw.lineno)) return nullptr;
    return c;
}

// patterns: open_sequence_pattern | pattern
Pattern* Parser::parse_patterns() {
    const Token start = peek();
    Pattern* first = parse_maybe_star_pattern();
    if (!first) return nullptr;
    if (!at(Op::Comma)) {
        if (first->kind == PatternKind::MatchStar) return fail_generic();
        return first;
    }
    MatchSequence* seq = make<MatchSequence>(start);
    seq->patterns.push_back(first);
    while (accept(Op::Comma)) {
        if (at(Op::Colon) || at_kw(Kw::If)) break;
        Pattern* p = parse_maybe_star_pattern();
        if (!p) return nullptr;
        seq->patterns.push_back(p);
    }
    finish(seq);
    return seq;
}

// A capture target after `*`, `**` or `as`: !"_" NAME !('.' | '(' | '=')
bool Parser::parse_capture_target(std::string* name) {
    if (!at_name() || text(peek()) == "_") {
        fail_generic();
        return false;
    }
    const Token& next = peek2();
    if (next.kind == TokenKind::Op && (next.op == Op::Dot || next.op == Op::LPar || next.op == Op::Equal)) {
        fail_generic();
        return false;
    }
    *name = std::string(text(peek()));
    advance();
    return true;
}

// maybe_star_pattern: '*' (capture_target | '_') | pattern
Pattern* Parser::parse_maybe_star_pattern() {
    if (!at(Op::Star)) return parse_pattern();
    const Token star = peek();
    advance();
    MatchStar* s = make<MatchStar>(star);
    if (at_soft_kw("_")) {
        advance();
    } else if (!parse_capture_target(&s->name)) {
        return nullptr;
    }
    finish(s);
    return s;
}

// pattern: or_pattern ['as' capture_target], with invalid_as_pattern's errors.
Pattern* Parser::parse_pattern() {
    DepthGuard guard(this);
    if (!guard.ok) return error_too_deep();
    Pattern* p = parse_or_pattern();
    if (!p || !at_kw(Kw::As)) return p;
    advance();
    if (at_soft_kw("_")) return error_at_token(peek(), "cannot use '_' as a target");
    if (!at_name()) {
        Mark m = mark();
        Expr* target = parse_expression();
        if (target) return error_at_node(target, "invalid pattern target");
        reset(m);
        return fail_generic();
    }
    MatchAs* as = make_at<MatchAs>(p);
    as->pattern = p;
    if (!parse_capture_target(&as->name)) return nullptr;
    finish(as);
    return as;
}

// or_pattern: '|'.closed_pattern+
Pattern* Parser::parse_or_pattern() {
    Pattern* first = parse_closed_pattern();
    if (!first || !at(Op::VBar)) return first;
    MatchOr* o = make_at<MatchOr>(first);
    o->patterns.push_back(first);
    while (accept(Op::VBar)) {
        Pattern* p = parse_closed_pattern();
        if (!p) return nullptr;
        o->patterns.push_back(p);
    }
    finish(o);
    return o;
}

// signed_number: NUMBER | '-' NUMBER
Expr* Parser::parse_signed_number() {
    const Token start = peek();
    bool negative = accept(Op::Minus);
    if (!at_kind(TokenKind::Number)) return fail_generic();
    const Token num = peek();
    advance();
    Expr* e = parse_number(num);
    if (!e || !negative) return e;
    UnaryOp* u = make<UnaryOp>(start);
    u->op = UnaryOpKind::USub;
    u->operand = e;
    finish(u);
    return u;
}

// signed_number !('+' | '-') | complex_number, as an expression (literal_expr's numbers).
Expr* Parser::parse_number_literal() {
    Expr* left = parse_signed_number();
    if (!left || !(at(Op::Plus) || at(Op::Minus))) return left;
    auto* real = static_cast<Constant*>(left->kind == ExprKind::UnaryOp ? static_cast<UnaryOp*>(left)->operand : left);
    if (real->value_kind == ConstantKind::Imaginary) {
        return error_at_node(real, "real number required in complex literal");
    }
    bool plus = at(Op::Plus);
    advance();
    if (!at_kind(TokenKind::Number)) return fail_generic();
    const Token num = peek();
    advance();
    Expr* right = parse_number(num);
    if (!right) return nullptr;
    if (static_cast<Constant*>(right)->value_kind != ConstantKind::Imaginary) {
        return error_at_node(right, "imaginary number required in complex literal");
    }
    BinOp* b = make_at<BinOp>(left);
    b->left = left;
    b->op = plus ? OperatorKind::Add : OperatorKind::Sub;
    b->right = right;
    finish(b);
    return b;
}

// literal_expr: numbers, strings, None, True, False (mapping keys).
Expr* Parser::parse_literal_expr() {
    const Token t = peek();
    if (t.kind == TokenKind::Number || (t.kind == TokenKind::Op && t.op == Op::Minus)) return parse_number_literal();
    if (t.kind == TokenKind::String) return parse_strings();
    if (t.kind == TokenKind::Name && (t.kw == Kw::None || t.kw == Kw::True || t.kw == Kw::False)) return parse_atom();
    return fail_generic();
}

// name_or_attr: NAME ('.' NAME)*
Expr* Parser::parse_name_or_attr() {
    const Token first = peek();
    advance();
    Name* n = make<Name>(first);
    n->id = std::string(text(first));
    set_end(n, first);
    Expr* e = n;
    while (at(Op::Dot)) {
        advance();
        if (!at_name()) return fail_generic();
        Attribute* a = make<Attribute>(first);
        a->value = e;
        a->attr = std::string(text(peek()));
        advance();
        finish(a);
        e = a;
    }
    return e;
}

Pattern* Parser::parse_closed_pattern() {
    DepthGuard guard(this);
    if (!guard.ok) return error_too_deep();
    const Token t = peek();
    switch (t.kind) {
        case TokenKind::Number: case TokenKind::String: {
            Expr* v = t.kind == TokenKind::String ? parse_strings() : parse_number_literal();
            if (!v) return nullptr;
            MatchValue* m = make<MatchValue>(t);
            m->value = v;
            finish(m);
            return m;
        }
        case TokenKind::Name: {
            if (t.kw == Kw::None || t.kw == Kw::True || t.kw == Kw::False) {
                advance();
                MatchSingleton* s = make<MatchSingleton>(t);
                s->value = t.kw == Kw::None ? ConstantKind::None : t.kw == Kw::True ? ConstantKind::True : ConstantKind::False;
                finish(s);
                return s;
            }
            if (t.kw != Kw::Ident) return fail_generic();
            Expr* name = parse_name_or_attr();
            if (!name) return nullptr;
            if (at(Op::LPar)) return parse_class_pattern(name);
            if (at(Op::Equal)) return fail_generic();
            if (name->kind == ExprKind::Attribute) {
                MatchValue* m = make<MatchValue>(t);
                m->value = name;
                finish(m);
                return m;
            }
            MatchAs* as = make<MatchAs>(t);
            if (text(t) != "_") as->name = static_cast<Name*>(name)->id;
            finish(as);
            return as;
        }
        case TokenKind::Op:
            switch (t.op) {
                case Op::Minus: {
                    Expr* v = parse_number_literal();
                    if (!v) return nullptr;
                    MatchValue* m = make<MatchValue>(t);
                    m->value = v;
                    finish(m);
                    return m;
                }
                case Op::LPar: case Op::LSqb: {
                    advance();
                    Op closer = t.op == Op::LPar ? Op::RPar : Op::RSqb;
                    MatchSequence* seq = make<MatchSequence>(t);
                    if (accept(closer)) {
                        finish(seq);
                        return seq;
                    }
                    Pattern* first = parse_maybe_star_pattern();
                    if (!first) return nullptr;
                    // '(' pattern ')' is a group: the inner pattern itself.
                    if (closer == Op::RPar && first->kind != PatternKind::MatchStar && accept(Op::RPar)) return first;
                    seq->patterns.push_back(first);
                    if (closer == Op::RPar && !at(Op::Comma)) return fail_generic();
                    while (accept(Op::Comma)) {
                        if (at(closer)) break;
                        Pattern* p = parse_maybe_star_pattern();
                        if (!p) return nullptr;
                        seq->patterns.push_back(p);
                    }
                    if (!accept(closer)) return fail_generic();
                    finish(seq);
                    return seq;
                }
                case Op::LBrace: return parse_mapping_pattern();
                default: return fail_generic();
            }
        default:
            return fail_generic();
    }
}

// mapping_pattern: '{' [items_pattern ','] ['**' capture_target] ','? '}'
Pattern* Parser::parse_mapping_pattern() {
    const Token open = peek();
    advance();
    MatchMapping* m = make<MatchMapping>(open);
    while (!accept(Op::RBrace)) {
        if (accept(Op::DoubleStar)) {
            if (!parse_capture_target(&m->rest)) return nullptr;
            m->has_rest = true;
            accept(Op::Comma);
            if (!accept(Op::RBrace)) return fail_generic();
            break;
        }
        Expr* key;
        if (at_name()) {
            key = parse_name_or_attr();
            if (key && key->kind != ExprKind::Attribute) return fail_generic();
        } else {
            key = parse_literal_expr();
        }
        if (!key) return nullptr;
        if (!accept(Op::Colon)) return fail_generic();
        Pattern* p = parse_pattern();
        if (!p) return nullptr;
        m->keys.push_back(key);
        m->patterns.push_back(p);
        if (!accept(Op::Comma)) {
            if (!accept(Op::RBrace)) return fail_generic();
            break;
        }
    }
    finish(m);
    return m;
}

// class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ','? ')'
Pattern* Parser::parse_class_pattern(Expr* cls) {
    advance();   // '('
    MatchClass* c = make_at<MatchClass>(cls);
    c->cls = cls;
    while (!at(Op::RPar)) {
        const Token& next = peek2();
        if (at_name() && next.kind == TokenKind::Op && next.op == Op::Equal) {
            c->kwd_attrs.push_back(std::string(text(peek())));
            advance();
            advance();
            Pattern* p = parse_pattern();
            if (!p) return nullptr;
            c->kwd_patterns.push_back(p);
        } else {
            Pattern* p = parse_pattern();
            if (!p) return nullptr;
            if (!c->kwd_patterns.empty()) {
                // invalid_class_argument_pattern: the run of positional patterns after keywords.
                Pattern* last = p;
                for (;;) {
                    Mark m = mark();
                    if (!accept(Op::Comma) || at(Op::RPar) ||
                        (at_name() && peek2().kind == TokenKind::Op && peek2().op == Op::Equal)) {
                        reset(m);
                        break;
                    }
                    Pattern* q = parse_pattern();
                    if (!q) {
                        reset(m);
                        break;
                    }
                    last = q;
                }
                return error_range(p, last, "positional patterns follow keyword patterns");
            }
            c->patterns.push_back(p);
        }
        if (!accept(Op::Comma)) break;
    }
    if (!accept(Op::RPar)) return fail_generic();
    finish(c);
    return c;
}

}  // namespace pygen
