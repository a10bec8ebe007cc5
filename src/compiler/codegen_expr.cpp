// Code generation for expressions and assignment targets: names by scope, calls (plain, method,
// and the *args/**kwargs form), displays with unpacking, comparisons, comprehensions as nested
// functions (3.11 semantics), lambdas, f-strings, and the SEND/YIELD_VALUE loop behind
// `yield from` and `await`.
// CPython counterpart: Python/compile.c (compiler_visit_expr and friends).
#include "compiler/codegen.h"

#include <algorithm>

#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

using namespace ast;

namespace {
// Sets the source position for the instructions of one node, restoring the outer one after.
struct LineScope {
    CodeUnit& cu;
    int line, loc_line, col, end_line, end_col;
    LineScope(CodeUnit& u, const Location& at)
        : cu(u), line(u.line), loc_line(u.loc_line), col(u.col), end_line(u.end_line), end_col(u.end_col) {
        if (at.lineno > 0) {
            u.line = u.loc_line = at.lineno;
            u.col = at.col_offset;
            u.end_line = at.end_lineno;
            u.end_col = at.end_col_offset;
        }
    }
    ~LineScope() {
        cu.line = line;
        cu.loc_line = loc_line;
        cu.col = col;
        cu.end_line = end_line;
        cu.end_col = end_col;
    }
};

// CPython 3.11's update_start_location_to_match_attr: when an attribute's name sits on a later
// line than the current one (`obj\n    .name`), the instruction is placed on the name's line,
// its span starting at the name, so a failed lookup underlines `.name` and the tracer sees that
// line. (The start column is the node's end minus the name's length in code points, as CPython
// computes it.)
void match_attr_location(CodeUnit& u, const Attribute* a) {
    if (a->end_lineno <= 0 || u.line == a->end_lineno) return;
    u.line = u.loc_line = a->end_lineno;
    int len = static_cast<int>(utf8_count(a->attr));
    if (len <= a->end_col_offset) {
        u.col = a->end_col_offset - len;
    } else {
        u.col = u.end_col = -1;
    }
    u.end_line = std::max(u.line, u.end_line);
    if (u.line == u.end_line) u.end_col = std::max(u.col, u.end_col);
}
}  // namespace

Object* Codegen::constant_value(Constant* c) {
    switch (c->value_kind) {
    case ConstantKind::None: return incref(None);
    case ConstantKind::True: return incref(True);
    case ConstantKind::False: return incref(False);
    case ConstantKind::Ellipsis: return incref(Ellipsis);
    case ConstantKind::Int: {
        Object* v = int_from_string(c->text, 10);
        if (!v) {
            // Literals past the int-to-str digit limit still compile in CPython; fall back to GMP directly.
            err_clear();
            mpz_t z;
            mpz_init_set_str(z, c->text.c_str(), 10);
            v = int_from_mpz(z);
            mpz_clear(z);
        }
        return v;
    }
    case ConstantKind::Float: return float_from(c->number);
    case ConstantKind::Imaginary: return complex_from(0.0, c->number);
    case ConstantKind::Str: return str_from(c->text);
    case ConstantKind::Bytes: return bytes_from(c->text);
    case ConstantKind::Object: return incref(static_cast<Object*>(const_cast<void*>(c->object)));
    }
    return incref(None);
}

void Codegen::name_op(const std::string& raw_name, ExprContext ctx) {
    if (forbidden_name(raw_name, ctx)) return;
    CodeUnit& cu = u();
    std::string name = mangle_private_name(cu.private_name, raw_name);
    Scope* s = cu.scope;
    NameScope ns = s->scope_of(name);
    bool optimized = (cu.flags & kCoOptimized) != 0;
    if (name == "__class__" && s->kind == ScopeKind::Class && ns == NameScope::GlobalImplicit && !s->needs_class_closure)
        ns = NameScope::GlobalImplicit;
    enum { Fast, Deref, Global, NameOp } kind;
    switch (ns) {
    case NameScope::Free:
    case NameScope::Cell:
        kind = Deref;
        break;
    case NameScope::Local:
        kind = optimized ? Fast : NameOp;
        break;
    case NameScope::GlobalExplicit:
        kind = Global;
        break;
    case NameScope::GlobalImplicit:
    default:
        kind = optimized ? Global : NameOp;
        break;
    }
    switch (kind) {
    case Fast: {
        int slot = cu.slot_index.at(name);
        emit(ctx == ExprContext::Load ? LOAD_FAST : ctx == ExprContext::Store ? STORE_FAST : DELETE_FAST, slot);
        break;
    }
    case Deref: {
        int slot = cu.slot_index.at(name);
        if (ctx == ExprContext::Load)
            emit(s->kind == ScopeKind::Class ? LOAD_CLASSDEREF : LOAD_DEREF, slot);
        else
            emit(ctx == ExprContext::Store ? STORE_DEREF : DELETE_DEREF, slot);
        break;
    }
    case Global:
        emit(ctx == ExprContext::Load ? LOAD_GLOBAL : ctx == ExprContext::Store ? STORE_GLOBAL : DELETE_GLOBAL, add_name(name));
        break;
    case NameOp:
        emit(ctx == ExprContext::Load ? LOAD_NAME : ctx == ExprContext::Store ? STORE_NAME : DELETE_NAME, add_name(name));
        break;
    }
}

void Codegen::expr(Expr* e) {
    if (failed_) return;
    LineScope ls(u(), *e);
    switch (e->kind) {
    case ExprKind::BoolOp: {
        auto* b = static_cast<BoolOp*>(e);
        int end = new_label();
        for (size_t i = 0; i < b->values.size(); ++i) {
            expr(b->values[i]);
            if (i + 1 < b->values.size())
                emit(b->op == BoolOpKind::And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP, end);
        }
        bind(end);
        break;
    }
    case ExprKind::NamedExpr: {
        auto* n = static_cast<NamedExpr*>(e);
        expr(n->value);
        emit(COPY, 1);
        store(n->target);
        break;
    }
    case ExprKind::BinOp: {
        auto* b = static_cast<ast::BinOp*>(e);
        expr(b->left);
        expr(b->right);
        u().line = e->lineno;
        emit(BINARY_OP, static_cast<int>(b->op));
        break;
    }
    case ExprKind::UnaryOp: {
        auto* un = static_cast<UnaryOp*>(e);
        expr(un->operand);
        u().line = e->lineno;
        switch (un->op) {
        case UnaryOpKind::Invert: emit(UNARY_INVERT); break;
        case UnaryOpKind::Not: emit(UNARY_NOT); break;
        case UnaryOpKind::UAdd: emit(UNARY_POSITIVE); break;
        case UnaryOpKind::USub: emit(UNARY_NEGATIVE); break;
        }
        break;
    }
    case ExprKind::Lambda:
        lambda(static_cast<Lambda*>(e));
        break;
    case ExprKind::IfExp: {
        auto* i = static_cast<IfExp*>(e);
        int orelse = new_label(), end = new_label();
        jump_if(i->test, false, orelse);
        expr(i->body);
        emit(JUMP, end);
        bind(orelse);
        expr(i->orelse);
        bind(end);
        break;
    }
    case ExprKind::Dict:
        dict(static_cast<Dict*>(e));
        break;
    case ExprKind::Set:
        sequence(static_cast<Set*>(e)->elts, BUILD_SET, SET_UPDATE, false);
        break;
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp:
        comprehension(e);
        break;
    case ExprKind::Await: {
        ScopeKind k = u().scope->kind;
        bool in_async = u().scope->is_coroutine;
        if (!in_async) {
            fail(*e, k == ScopeKind::Module || k == ScopeKind::Class ? "'await' outside function" : "'await' outside async function");
            return;
        }
        expr(static_cast<Await*>(e)->value);
        u().line = e->lineno;
        emit(GET_AWAITABLE, 0);
        load_const_none();
        yield_from_loop(true);
        break;
    }
    case ExprKind::Yield: {
        auto* y = static_cast<Yield*>(e);
        if (y->value) expr(y->value);
        else load_const_none();
        u().line = e->lineno;
        if (u().flags & kCoAsyncGenerator) emit(ASYNC_GEN_WRAP);
        emit(YIELD_VALUE);
        break;
    }
    case ExprKind::YieldFrom: {
        if (u().scope->is_coroutine) {
            fail(*e, "'yield from' inside async function");
            return;
        }
        expr(static_cast<YieldFrom*>(e)->value);
        u().line = e->lineno;
        emit(GET_YIELD_FROM_ITER);
        load_const_none();
        yield_from_loop(false);
        break;
    }
    case ExprKind::Compare:
        compare(static_cast<Compare*>(e));
        break;
    case ExprKind::Call:
        call(static_cast<Call*>(e));
        break;
    case ExprKind::FormattedValue:
    case ExprKind::JoinedStr:
        formatted(e);
        break;
    case ExprKind::Constant:
        emit(LOAD_CONST, add_const(constant_value(static_cast<Constant*>(e))));
        break;
    case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(e);
        expr(a->value);
        match_attr_location(u(), a);
        emit(LOAD_ATTR, add_attr_name(a->attr));
        break;
    }
    case ExprKind::Subscript: {
        auto* s = static_cast<Subscript*>(e);
        if (!check_subscript(s->value, s->slice)) break;
        expr(s->value);
        expr(s->slice);
        u().line = e->lineno;
        emit(BINARY_SUBSCR);
        break;
    }
    case ExprKind::Starred:
        fail(*e, "can't use starred expression here");
        break;
    case ExprKind::Name:
        name_op(static_cast<Name*>(e)->id, ExprContext::Load);
        break;
    case ExprKind::List:
        sequence(static_cast<List*>(e)->elts, BUILD_LIST, LIST_EXTEND, false);
        break;
    case ExprKind::Tuple:
        sequence(static_cast<Tuple*>(e)->elts, BUILD_TUPLE, LIST_EXTEND, true);
        break;
    case ExprKind::Slice: {
        auto* s = static_cast<Slice*>(e);
        if (s->lower) expr(s->lower); else load_const_none();
        if (s->upper) expr(s->upper); else load_const_none();
        if (s->step) {
            expr(s->step);
            emit(BUILD_SLICE, 3);
        } else {
            emit(BUILD_SLICE, 2);
        }
        break;
    }
    }
}

void Codegen::sequence(const std::vector<Expr*>& elts, Opcode build, Opcode extend, bool to_tuple) {
    bool has_star = false;
    for (Expr* x : elts) has_star |= x->kind == ExprKind::Starred;
    if (!has_star) {
        // A tuple of constants is itself a constant.
        if (to_tuple && !elts.empty()) {
            bool all_const = true;
            for (Expr* x : elts) all_const &= x->kind == ExprKind::Constant;
            if (all_const) {
                Ref<> t = Ref<>::steal(tuple_new(static_cast<ssize>(elts.size())));
                if (!t) {
                    memory_failure();
                    return;
                }
                for (size_t i = 0; i < elts.size(); ++i) {
                    if (!(tuple_items(t.get())[i] = constant_value(static_cast<Constant*>(elts[i])))) {
                        memory_failure();
                        return;
                    }
                }
                emit(LOAD_CONST, add_const(t.release()));
                return;
            }
        }
        for (Expr* x : elts) expr(x);
        emit(build, static_cast<int>(elts.size()));
        return;
    }
    Opcode add = build == BUILD_SET ? SET_ADD : LIST_APPEND;
    emit(build == BUILD_SET ? BUILD_SET : BUILD_LIST, 0);
    for (Expr* x : elts) {
        if (x->kind == ExprKind::Starred) {
            expr(static_cast<Starred*>(x)->value);
            emit(extend, 1);
        } else {
            expr(x);
            emit(add, 1);
        }
    }
    if (to_tuple) emit(LIST_TO_TUPLE);
}

void Codegen::dict(Dict* d) {
    size_t n = d->keys.size();
    bool has_splat = false;
    for (Expr* k : d->keys) has_splat |= k == nullptr;
    if (!has_splat) {
        for (size_t i = 0; i < n; ++i) {
            expr(d->keys[i]);
            expr(d->values[i]);
        }
        emit(BUILD_MAP, static_cast<int>(n));
        return;
    }
    emit(BUILD_MAP, 0);
    for (size_t i = 0; i < n; ++i) {
        if (d->keys[i]) {
            expr(d->keys[i]);
            expr(d->values[i]);
            emit(MAP_ADD, 1);
        } else {
            expr(d->values[i]);
            emit(DICT_UPDATE, 1);
        }
    }
}

namespace {
void emit_compare(Codegen& g, CmpOpKind op) {
    switch (op) {
    case CmpOpKind::Eq: g.emit(COMPARE_OP, static_cast<int>(CompareOp::Eq)); break;
    case CmpOpKind::NotEq: g.emit(COMPARE_OP, static_cast<int>(CompareOp::Ne)); break;
    case CmpOpKind::Lt: g.emit(COMPARE_OP, static_cast<int>(CompareOp::Lt)); break;
    case CmpOpKind::LtE: g.emit(COMPARE_OP, static_cast<int>(CompareOp::Le)); break;
    case CmpOpKind::Gt: g.emit(COMPARE_OP, static_cast<int>(CompareOp::Gt)); break;
    case CmpOpKind::GtE: g.emit(COMPARE_OP, static_cast<int>(CompareOp::Ge)); break;
    case CmpOpKind::Is: g.emit(IS_OP, 0); break;
    case CmpOpKind::IsNot: g.emit(IS_OP, 1); break;
    case CmpOpKind::In: g.emit(CONTAINS_OP, 0); break;
    case CmpOpKind::NotIn: g.emit(CONTAINS_OP, 1); break;
    }
}
}  // namespace


namespace {

// The type an expression certainly evaluates to, by its form (CPython's infer_type), or null.
const char* inferred_type(Expr* e) {
    switch (e->kind) {
    case ExprKind::Tuple: return "tuple";
    case ExprKind::List:
    case ExprKind::ListComp: return "list";
    case ExprKind::Dict:
    case ExprKind::DictComp: return "dict";
    case ExprKind::Set:
    case ExprKind::SetComp: return "set";
    case ExprKind::GeneratorExp: return "generator";
    case ExprKind::Lambda: return "function";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "str";
    case ExprKind::Constant:
        switch (static_cast<Constant*>(e)->value_kind) {
        case ConstantKind::None: return "NoneType";
        case ConstantKind::True:
        case ConstantKind::False: return "bool";
        case ConstantKind::Ellipsis: return "ellipsis";
        case ConstantKind::Int: return "int";
        case ConstantKind::Float: return "float";
        case ConstantKind::Imaginary: return "complex";
        case ConstantKind::Str: return "str";
        case ConstantKind::Bytes: return "bytes";
        case ConstantKind::Object: return static_cast<const Object*>(static_cast<Constant*>(e)->object)->type->name;
        }
        return nullptr;
    default: return nullptr;
    }
}

// A literal for `is`: any constant but None, True, False and the ellipsis.
bool is_literal_for_is(Expr* e) {
    if (e->kind != ExprKind::Constant) return false;
    ConstantKind k = static_cast<Constant*>(e)->value_kind;
    return k != ConstantKind::None && k != ConstantKind::True && k != ConstantKind::False && k != ConstantKind::Ellipsis;
}

}  // namespace

bool Codegen::check_compare(Compare* c) {
    Expr* left = c->left;
    for (size_t i = 0; i < c->ops.size(); ++i) {
        Expr* right = c->comparators[i];
        CmpOpKind op = c->ops[i];
        if ((op == CmpOpKind::Is || op == CmpOpKind::IsNot) && (is_literal_for_is(left) || is_literal_for_is(right))) {
            return warn(*c, op == CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                            : "\"is not\" with a literal. Did you mean \"!=\"?");
        }
        left = right;
    }
    return true;
}

bool Codegen::check_caller(Expr* func) {
    switch (func->kind) {
    case ExprKind::Constant:
    case ExprKind::Tuple:
    case ExprKind::List:
    case ExprKind::ListComp:
    case ExprKind::Dict:
    case ExprKind::DictComp:
    case ExprKind::Set:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp:
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
        return warn(*func, std::string("'") + inferred_type(func) + "' object is not callable; perhaps you missed a comma?");
    default:
        return true;
    }
}

bool Codegen::check_subscript(Expr* value, Expr* index) {
    // Subscripting something that has no __getitem__ at all.
    bool unsubscriptable = false;
    if (value->kind == ExprKind::Constant) {
        ConstantKind k = static_cast<Constant*>(value)->value_kind;
        unsubscriptable = k == ConstantKind::None || k == ConstantKind::Ellipsis || k == ConstantKind::Int ||
                          k == ConstantKind::Float || k == ConstantKind::Imaginary || k == ConstantKind::True ||
                          k == ConstantKind::False || k == ConstantKind::Object;   // Object: a frozenset
    } else {
        unsubscriptable = value->kind == ExprKind::Set || value->kind == ExprKind::SetComp ||
                          value->kind == ExprKind::GeneratorExp || value->kind == ExprKind::Lambda;
    }
    if (unsubscriptable)
        return warn(*value, std::string("'") + inferred_type(value) + "' object is not subscriptable; perhaps you missed a comma?");
    // A sequence indexed by something that is certainly neither an int nor a slice.
    const char* index_type = index->kind == ExprKind::Slice ? nullptr : inferred_type(index);
    if (!index_type || std::string_view(index_type) == "int" || std::string_view(index_type) == "bool") return true;
    bool sequence = false;
    if (value->kind == ExprKind::Constant) {
        ConstantKind k = static_cast<Constant*>(value)->value_kind;
        sequence = k == ConstantKind::Str || k == ConstantKind::Bytes;
    } else {
        sequence = value->kind == ExprKind::Tuple || value->kind == ExprKind::List || value->kind == ExprKind::ListComp ||
                   value->kind == ExprKind::JoinedStr || value->kind == ExprKind::FormattedValue;
    }
    if (!sequence) return true;
    return warn(*value, std::string(inferred_type(value)) + " indices must be integers or slices, not " + index_type +
                            "; perhaps you missed a comma?");
}

void Codegen::compare(Compare* c) {
    if (!check_compare(c)) return;
    expr(c->left);
    size_t n = c->ops.size();
    if (n == 1) {
        expr(c->comparators[0]);
        u().line = c->lineno;
        emit_compare(*this, c->ops[0]);
        return;
    }
    int cleanup = new_label(), end = new_label();
    for (size_t i = 0; i + 1 < n; ++i) {
        expr(c->comparators[i]);
        emit(SWAP, 2);
        emit(COPY, 2);
        u().line = c->lineno;
        emit_compare(*this, c->ops[i]);
        emit(JUMP_IF_FALSE_OR_POP, cleanup);
    }
    expr(c->comparators[n - 1]);
    u().line = c->lineno;
    emit_compare(*this, c->ops[n - 1]);
    emit(JUMP, end);
    bind(cleanup);
    emit(SWAP, 2);
    emit(POP_TOP);
    bind(end);
}

void Codegen::jump_if(Expr* e, bool cond, int label) {
    if (e->kind == ExprKind::UnaryOp && static_cast<UnaryOp*>(e)->op == UnaryOpKind::Not) {
        jump_if(static_cast<UnaryOp*>(e)->operand, !cond, label);
        return;
    }
    if (e->kind == ExprKind::BoolOp) {
        auto* b = static_cast<BoolOp*>(e);
        bool is_and = b->op == BoolOpKind::And;
        // `a and b` jumps on false as soon as one is false; on true only when all are true.
        if (is_and != cond) {
            for (Expr* v : b->values) jump_if(v, cond, label);
        } else {
            int next = new_label();
            for (size_t i = 0; i + 1 < b->values.size(); ++i) jump_if(b->values[i], !cond, next);
            jump_if(b->values.back(), cond, label);
            bind(next);
        }
        return;
    }
    expr(e);
    emit(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
}

// ---- Calls ----

void Codegen::call(Call* c) {
    if (!check_caller(c->func)) return;
    bool simple = true;
    for (Expr* a : c->args) simple &= a->kind != ExprKind::Starred;
    for (Keyword* k : c->keywords) simple &= !k->arg.empty();
    if (simple && c->func->kind == ExprKind::Attribute) {
        auto* a = static_cast<Attribute*>(c->func);
        expr(a->value);
        {
            // LOAD_METHOD is located at the attribute (a failed lookup underlines `obj.name`),
            // the call after it at the call, both moved to the name's line as CPython does.
            LineScope at_attribute(u(), *a);
            match_attr_location(u(), a);
            emit(LOAD_METHOD, add_attr_name(a->attr));
        }
        match_attr_location(u(), a);
        call_helper(0, c->args, c->keywords);
        return;
    }
    emit(PUSH_NULL);
    expr(c->func);
    call_helper(0, c->args, c->keywords);
}

void Codegen::call_helper(int already_pushed, const std::vector<Expr*>& args, const std::vector<Keyword*>& keywords) {
    if (!validate_keywords(keywords)) return;
    int line = u().line;
    bool simple = true;
    for (Expr* a : args) simple &= a->kind != ExprKind::Starred;
    for (Keyword* k : keywords) simple &= !k->arg.empty();
    if (simple) {
        for (Expr* a : args) expr(a);
        for (Keyword* k : keywords) expr(k->value);
        u().line = line;
        if (!keywords.empty()) {
            Ref<> names = Ref<>::steal(tuple_new(static_cast<ssize>(keywords.size())));
            if (!names) {
                memory_failure();
                return;
            }
            for (size_t i = 0; i < keywords.size(); ++i) {
                if (!(tuple_items(names.get())[i] = str_intern(keywords[i]->arg))) {
                    memory_failure();
                    return;
                }
            }
            emit(KW_NAMES, add_const(names.release()));
        }
        emit(CALL, already_pushed + static_cast<int>(args.size() + keywords.size()));
        return;
    }
    // f(*args, **kwargs): build one tuple and one dict. A lone *args is passed as it is, as
    // CPython does: CALL_FUNCTION_EX makes the tuple (and names the function in its errors).
    if (already_pushed == 0 && args.size() == 1 && args[0]->kind == ExprKind::Starred) {
        expr(static_cast<Starred*>(args[0])->value);
    } else {
        emit(BUILD_LIST, already_pushed);
        for (Expr* a : args) {
            if (a->kind == ExprKind::Starred) {
                expr(static_cast<Starred*>(a)->value);
                emit(LIST_EXTEND, 1);
            } else {
                expr(a);
                emit(LIST_APPEND, 1);
            }
        }
        emit(LIST_TO_TUPLE);
    }
    if (!keywords.empty()) {
        emit(BUILD_MAP, 0);
        for (Keyword* k : keywords) {
            if (k->arg.empty()) {
                expr(k->value);
            } else {
                emit(LOAD_CONST, add_const(str_intern(k->arg)));
                expr(k->value);
                emit(BUILD_MAP, 1);
            }
            emit(DICT_MERGE, 1);
        }
    }
    u().line = line;
    emit(CALL_FUNCTION_EX, keywords.empty() ? 0 : 1);
}

// ---- Targets ----

void Codegen::unpack_target(const std::vector<Expr*>& elts, const Location& at) {
    int star = -1;
    for (size_t i = 0; i < elts.size(); ++i) {
        if (elts[i]->kind == ExprKind::Starred) {
            if (star >= 0) {
                fail(*elts[i], "multiple starred expressions in assignment");
                return;
            }
            star = static_cast<int>(i);
        }
    }
    if (star < 0) {
        emit(UNPACK_SEQUENCE, static_cast<int>(elts.size()));
    } else {
        int after = static_cast<int>(elts.size()) - star - 1;
        emit(UNPACK_EX, star | (after << 8));
    }
    for (Expr* x : elts) store(x->kind == ExprKind::Starred ? static_cast<Starred*>(x)->value : x);
}

void Codegen::store(Expr* t) {
    LineScope ls(u(), *t);
    switch (t->kind) {
    case ExprKind::Name:
        name_op(static_cast<Name*>(t)->id, ExprContext::Store);
        break;
    case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(t);
        if (forbidden_name(a->attr, ExprContext::Store)) return;
        expr(a->value);
        match_attr_location(u(), a);
        emit(STORE_ATTR, add_attr_name(a->attr));
        break;
    }
    case ExprKind::Subscript: {
        auto* s = static_cast<Subscript*>(t);
        expr(s->value);
        expr(s->slice);
        u().line = t->lineno;
        emit(STORE_SUBSCR);
        break;
    }
    case ExprKind::Tuple:
        unpack_target(static_cast<Tuple*>(t)->elts, *t);
        break;
    case ExprKind::List:
        unpack_target(static_cast<List*>(t)->elts, *t);
        break;
    case ExprKind::Starred:
        fail(*t, "starred assignment target must be in a list or tuple");
        break;
    default:
        fail(*t, "cannot assign to expression");
        break;
    }
}

void Codegen::del(Expr* t) {
    LineScope ls(u(), *t);
    switch (t->kind) {
    case ExprKind::Name:
        name_op(static_cast<Name*>(t)->id, ExprContext::Del);
        break;
    case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(t);
        expr(a->value);
        match_attr_location(u(), a);
        emit(DELETE_ATTR, add_attr_name(a->attr));
        break;
    }
    case ExprKind::Subscript: {
        auto* s = static_cast<Subscript*>(t);
        expr(s->value);
        expr(s->slice);
        emit(DELETE_SUBSCR);
        break;
    }
    case ExprKind::Tuple:
        for (Expr* x : static_cast<Tuple*>(t)->elts) del(x);
        break;
    case ExprKind::List:
        for (Expr* x : static_cast<List*>(t)->elts) del(x);
        break;
    default:
        fail(*t, "cannot delete expression");
        break;
    }
}

void Codegen::augassign(AugAssign* a) {
    int op = static_cast<int>(a->op) | kInplaceFlag;
    switch (a->target->kind) {
    case ExprKind::Name: {
        auto* n = static_cast<Name*>(a->target);
        if (n->id == "__debug__") {   // reported at the target, as CPython's augassign sets it as the location
            fail(*n, "cannot assign to __debug__");
            return;
        }
        name_op(n->id, ExprContext::Load);
        expr(a->value);
        u().line = a->lineno;
        emit(BINARY_OP, op);
        name_op(n->id, ExprContext::Store);
        break;
    }
    case ExprKind::Attribute: {
        auto* t = static_cast<Attribute*>(a->target);
        expr(t->value);
        emit(COPY, 1);
        emit(LOAD_ATTR, add_attr_name(t->attr));
        expr(a->value);
        u().line = a->lineno;
        emit(BINARY_OP, op);
        emit(SWAP, 2);
        emit(STORE_ATTR, add_attr_name(t->attr));
        break;
    }
    case ExprKind::Subscript: {
        auto* t = static_cast<Subscript*>(a->target);
        expr(t->value);
        expr(t->slice);
        emit(COPY, 2);
        emit(COPY, 2);
        emit(BINARY_SUBSCR);
        expr(a->value);
        u().line = a->lineno;
        emit(BINARY_OP, op);
        emit(SWAP, 3);
        emit(SWAP, 2);
        emit(STORE_SUBSCR);
        break;
    }
    default:
        fail(*a->target, "'" + std::string("expression") + "' is an illegal expression for augmented assignment");
        break;
    }
}

// ---- Nested code ----

void Codegen::lambda(Lambda* l) {
    if (!check_debug_args(l->args)) return;
    int flags = defaults_and_kwdefaults(l->args);
    Scope* scope = table_.scope_for(l);
    std::string qualname = qualname_for("<lambda>", scope);
    enter_unit(scope, "<lambda>", qualname, l->lineno);
    CodeUnit& cu = u();
    cu.argcount = static_cast<int>(l->args->posonlyargs.size() + l->args->args.size());
    cu.posonlyargcount = static_cast<int>(l->args->posonlyargs.size());
    cu.kwonlyargcount = static_cast<int>(l->args->kwonlyargs.size());
    if (l->args->vararg) cu.flags |= kCoVarargs;
    if (l->args->kwarg) cu.flags |= kCoVarkeywords;
    add_const(incref(None));   // no docstring
    if (cu.flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) emit(RETURN_GENERATOR);
    expr(l->body);
    emit(RETURN_VALUE);   // a generator lambda returns its body's value too: `lambda: (yield)` gives send()'s value
    CodeObject* code = leave_unit();
    if (!code) return;
    make_closure(code, flags, qualname);
}

void Codegen::comprehension(Expr* e) {
    const std::vector<Comprehension*>* gens = nullptr;
    Expr* elt = nullptr;
    Expr* value = nullptr;
    const char* name = nullptr;
    int kind = 0;   // 0 genexp, 1 list, 2 set, 3 dict
    switch (e->kind) {
    case ExprKind::GeneratorExp: gens = &static_cast<GeneratorExp*>(e)->generators; elt = static_cast<GeneratorExp*>(e)->elt; name = "<genexpr>"; kind = 0; break;
    case ExprKind::ListComp: gens = &static_cast<ListComp*>(e)->generators; elt = static_cast<ListComp*>(e)->elt; name = "<listcomp>"; kind = 1; break;
    case ExprKind::SetComp: gens = &static_cast<SetComp*>(e)->generators; elt = static_cast<SetComp*>(e)->elt; name = "<setcomp>"; kind = 2; break;
    default: gens = &static_cast<DictComp*>(e)->generators; elt = static_cast<DictComp*>(e)->key; value = static_cast<DictComp*>(e)->value; name = "<dictcomp>"; kind = 3; break;
    }
    Scope* scope = table_.scope_for(e);
    std::string qualname = qualname_for(name, scope);
    bool outer_async = u().scope->is_coroutine;
    bool outer_comprehension = u().scope->kind == ScopeKind::Comprehension;
    enter_unit(scope, name, qualname, e->lineno);
    bool is_async = false;
    for (Comprehension* g : *gens) is_async |= g->is_async;
    // Inside another comprehension the enclosing one becomes asynchronous instead (symtable).
    if ((is_async || scope->has_await) && kind != 0 && !outer_async && !outer_comprehension) {
        units_.pop_back();
        fail(*e, "asynchronous comprehension outside of an asynchronous function");
        return;
    }
    if (kind == 0 && scope->has_await) is_async = true;   // (await x for x in y) is an async generator
    if (is_async && kind == 0) u().flags = (u().flags & ~kCoGenerator) | kCoAsyncGenerator;
    else if (is_async || (outer_async && kind != 0)) u().flags |= kCoCoroutine;
    u().scope->is_coroutine = is_async || (outer_async && kind != 0);
    add_const(incref(None));
    if (kind == 0 || (u().flags & (kCoCoroutine | kCoAsyncGenerator))) emit(RETURN_GENERATOR);
    if (kind == 1) emit(BUILD_LIST, 0);
    else if (kind == 2) emit(BUILD_SET, 0);
    else if (kind == 3) emit(BUILD_MAP, 0);
    // The collection stays under the iterators: handlers of async loops must keep it.
    u().depth = kind == 0 ? 0 : 1;
    comprehension_generator(e, *gens, 0, elt, value, kind);
    if (kind == 0) load_const_none();
    emit(RETURN_VALUE);
    CodeObject* code = leave_unit();
    if (!code) return;
    bool coroutine = code->flags & kCoCoroutine;
    make_closure(code, 0, qualname);   // steals code
    expr((*gens)[0]->iter);
    emit((*gens)[0]->is_async ? GET_AITER : GET_ITER);
    emit(CALL, 0);
    if (coroutine) {
        emit(GET_AWAITABLE, 0);
        load_const_none();
        yield_from_loop(true);
    }
}

void Codegen::comprehension_generator(Expr* e, const std::vector<Comprehension*>& gens, size_t index, Expr* elt,
                                      Expr* value, int kind) {
    Comprehension* g = gens[index];
    int start = new_label(), anchor = new_label();
    if (index == 0) {
        emit(LOAD_FAST, 0);   // .0, the iterator passed in
    } else {
        expr(g->iter);
        emit(g->is_async ? GET_AITER : GET_ITER);
    }
    bind(start);
    int except = -1;
    if (g->is_async) {
        except = new_label();
        push_handler(except, u().depth + 1, false);
        emit(GET_ANEXT);
        load_const_none();
        yield_from_loop(true);
        pop_handler();
    } else {
        emit(FOR_ITER, anchor);
    }
    ++u().depth;
    store(g->target);
    for (Expr* cond : g->ifs) jump_if(cond, false, start);
    if (index + 1 < gens.size()) {
        comprehension_generator(e, gens, index + 1, elt, value, kind);
    } else {
        int depth = static_cast<int>(gens.size()) + 1;
        switch (kind) {
        case 0:
            expr(elt);
            if (u().flags & kCoAsyncGenerator) emit(ASYNC_GEN_WRAP);
            emit(YIELD_VALUE);
            emit(POP_TOP);
            break;
        case 1: expr(elt); emit(LIST_APPEND, depth); break;
        case 2: expr(elt); emit(SET_ADD, depth); break;
        default: expr(elt); expr(value); emit(MAP_ADD, depth); break;
        }
    }
    --u().depth;
    emit(JUMP, start);
    if (g->is_async) {
        bind(except);
        emit(END_ASYNC_FOR);
    }
    bind(anchor);
}

// Stack on entry: receiver, value to send (None). Leaves the delegate's return value.
void Codegen::yield_from_loop(bool is_await) {
    (void)is_await;
    int start = new_label(), exit = new_label();
    bind(start);
    emit(SEND, exit);
    emit(YIELD_VALUE);
    emit(JUMP, start);
    bind(exit);
}

void Codegen::formatted(Expr* e) {
    if (e->kind == ExprKind::FormattedValue) {
        auto* f = static_cast<FormattedValue*>(e);
        expr(f->value);
        int conv = f->conversion == 's' ? 1 : f->conversion == 'r' ? 2 : f->conversion == 'a' ? 3 : 0;
        if (f->format_spec) {
            formatted(f->format_spec);
            conv |= 4;
        }
        emit(FORMAT_VALUE, conv);
        return;
    }
    auto* j = static_cast<JoinedStr*>(e);
    if (j->values.empty()) {
        emit(LOAD_CONST, add_const(str_from("")));
        return;
    }
    for (Expr* v : j->values) {
        if (v->kind == ExprKind::Constant) expr(v);
        else formatted(v);
    }
    if (j->values.size() > 1 || j->values[0]->kind != ExprKind::Constant) emit(BUILD_STRING, static_cast<int>(j->values.size()));
}

}  // namespace pygen
