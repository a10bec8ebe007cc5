// Depth limit on the finished tree: the parser builds long operator chains (a+a+...+a, - - - x)
// iteratively, so the tree can be deeper than the parser's own recursion. Rejecting such trees
// here lets the compiler walk any AST it is given recursively.
// CPython counterpart: the recursion checks of Python/ast.c (validate) and Python/compile.c.
#include "parser/parser_internal.h"

namespace pygen {

using namespace ast;

namespace {

bool expr_ok(const Expr* e, int depth);

bool exprs_ok(const std::vector<Expr*>& v, int depth) {
    for (const Expr* e : v) {
        if (e && !expr_ok(e, depth)) return false;
    }
    return true;
}

bool args_ok(const Arguments* a, int depth) {
    if (!a) return true;
    auto arg_ok = [&](const Arg* x) { return !x || !x->annotation || expr_ok(x->annotation, depth); };
    for (const Arg* x : a->posonlyargs) if (!arg_ok(x)) return false;
    for (const Arg* x : a->args) if (!arg_ok(x)) return false;
    for (const Arg* x : a->kwonlyargs) if (!arg_ok(x)) return false;
    return arg_ok(a->vararg) && arg_ok(a->kwarg) && exprs_ok(a->defaults, depth) && exprs_ok(a->kw_defaults, depth);
}

bool comps_ok(const std::vector<Comprehension*>& v, int depth) {
    for (const Comprehension* c : v) {
        if (!expr_ok(c->target, depth) || !expr_ok(c->iter, depth) || !exprs_ok(c->ifs, depth)) return false;
    }
    return true;
}

bool expr_ok(const Expr* e, int depth) {
    if (++depth > kMaxAstDepth) return false;
    switch (e->kind) {
        case ExprKind::BoolOp: return exprs_ok(static_cast<const BoolOp*>(e)->values, depth);
        case ExprKind::NamedExpr: {
            auto* n = static_cast<const NamedExpr*>(e);
            return expr_ok(n->target, depth) && expr_ok(n->value, depth);
        }
        case ExprKind::BinOp: {
            auto* n = static_cast<const BinOp*>(e);
            return expr_ok(n->left, depth) && expr_ok(n->right, depth);
        }
        case ExprKind::UnaryOp: return expr_ok(static_cast<const UnaryOp*>(e)->operand, depth);
        case ExprKind::Lambda: {
            auto* n = static_cast<const Lambda*>(e);
            return args_ok(n->args, depth) && expr_ok(n->body, depth);
        }
        case ExprKind::IfExp: {
            auto* n = static_cast<const IfExp*>(e);
            return expr_ok(n->test, depth) && expr_ok(n->body, depth) && expr_ok(n->orelse, depth);
        }
        case ExprKind::Dict: {
            auto* n = static_cast<const Dict*>(e);
            return exprs_ok(n->keys, depth) && exprs_ok(n->values, depth);
        }
        case ExprKind::Set: return exprs_ok(static_cast<const Set*>(e)->elts, depth);
        case ExprKind::ListComp: {
            auto* n = static_cast<const ListComp*>(e);
            return expr_ok(n->elt, depth) && comps_ok(n->generators, depth);
        }
        case ExprKind::SetComp: {
            auto* n = static_cast<const SetComp*>(e);
            return expr_ok(n->elt, depth) && comps_ok(n->generators, depth);
        }
        case ExprKind::GeneratorExp: {
            auto* n = static_cast<const GeneratorExp*>(e);
            return expr_ok(n->elt, depth) && comps_ok(n->generators, depth);
        }
        case ExprKind::DictComp: {
            auto* n = static_cast<const DictComp*>(e);
            return expr_ok(n->key, depth) && expr_ok(n->value, depth) && comps_ok(n->generators, depth);
        }
        case ExprKind::Await: return expr_ok(static_cast<const Await*>(e)->value, depth);
        case ExprKind::Yield: {
            auto* n = static_cast<const Yield*>(e);
            return !n->value || expr_ok(n->value, depth);
        }
        case ExprKind::YieldFrom: return expr_ok(static_cast<const YieldFrom*>(e)->value, depth);
        case ExprKind::Compare: {
            auto* n = static_cast<const Compare*>(e);
            return expr_ok(n->left, depth) && exprs_ok(n->comparators, depth);
        }
        case ExprKind::Call: {
            auto* n = static_cast<const Call*>(e);
            if (!expr_ok(n->func, depth) || !exprs_ok(n->args, depth)) return false;
            for (const Keyword* k : n->keywords) if (!expr_ok(k->value, depth)) return false;
            return true;
        }
        case ExprKind::FormattedValue: {
            auto* n = static_cast<const FormattedValue*>(e);
            return expr_ok(n->value, depth) && (!n->format_spec || expr_ok(n->format_spec, depth));
        }
        case ExprKind::JoinedStr: return exprs_ok(static_cast<const JoinedStr*>(e)->values, depth);
        case ExprKind::Constant: case ExprKind::Name: return true;
        case ExprKind::Attribute: return expr_ok(static_cast<const Attribute*>(e)->value, depth);
        case ExprKind::Subscript: {
            auto* n = static_cast<const Subscript*>(e);
            return expr_ok(n->value, depth) && expr_ok(n->slice, depth);
        }
        case ExprKind::Starred: return expr_ok(static_cast<const Starred*>(e)->value, depth);
        case ExprKind::List: return exprs_ok(static_cast<const List*>(e)->elts, depth);
        case ExprKind::Tuple: return exprs_ok(static_cast<const Tuple*>(e)->elts, depth);
        case ExprKind::Slice: {
            auto* n = static_cast<const Slice*>(e);
            return (!n->lower || expr_ok(n->lower, depth)) && (!n->upper || expr_ok(n->upper, depth)) &&
                   (!n->step || expr_ok(n->step, depth));
        }
    }
    return true;
}

bool stmts_ok(const std::vector<Stmt*>& body, int depth);

bool stmt_ok(const Stmt* s, int depth) {
    if (++depth > kMaxAstDepth) return false;
    switch (s->kind) {
        case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: {
            auto* n = static_cast<const FunctionDef*>(s);
            return args_ok(n->args, depth) && stmts_ok(n->body, depth) && exprs_ok(n->decorator_list, depth) &&
                   (!n->returns || expr_ok(n->returns, depth));
        }
        case StmtKind::ClassDef: {
            auto* n = static_cast<const ClassDef*>(s);
            if (!exprs_ok(n->bases, depth) || !stmts_ok(n->body, depth) || !exprs_ok(n->decorator_list, depth)) return false;
            for (const Keyword* k : n->keywords) if (!expr_ok(k->value, depth)) return false;
            return true;
        }
        case StmtKind::Return: {
            auto* n = static_cast<const Return*>(s);
            return !n->value || expr_ok(n->value, depth);
        }
        case StmtKind::Delete: return exprs_ok(static_cast<const Delete*>(s)->targets, depth);
        case StmtKind::Assign: {
            auto* n = static_cast<const Assign*>(s);
            return exprs_ok(n->targets, depth) && expr_ok(n->value, depth);
        }
        case StmtKind::AugAssign: {
            auto* n = static_cast<const AugAssign*>(s);
            return expr_ok(n->target, depth) && expr_ok(n->value, depth);
        }
        case StmtKind::AnnAssign: {
            auto* n = static_cast<const AnnAssign*>(s);
            return expr_ok(n->target, depth) && expr_ok(n->annotation, depth) && (!n->value || expr_ok(n->value, depth));
        }
        case StmtKind::For: case StmtKind::AsyncFor: {
            auto* n = static_cast<const For*>(s);
            return expr_ok(n->target, depth) && expr_ok(n->iter, depth) && stmts_ok(n->body, depth) &&
                   stmts_ok(n->orelse, depth);
        }
        case StmtKind::While: {
            auto* n = static_cast<const While*>(s);
            return expr_ok(n->test, depth) && stmts_ok(n->body, depth) && stmts_ok(n->orelse, depth);
        }
        case StmtKind::If: {
            // elif chains nest in orelse and count as depth, as they do for CPython's compiler.
            auto* n = static_cast<const If*>(s);
            return expr_ok(n->test, depth) && stmts_ok(n->body, depth) && stmts_ok(n->orelse, depth);
        }
        case StmtKind::With: case StmtKind::AsyncWith: {
            auto* n = static_cast<const With*>(s);
            for (const WithItem* w : n->items) {
                if (!expr_ok(w->context_expr, depth) || (w->optional_vars && !expr_ok(w->optional_vars, depth))) return false;
            }
            return stmts_ok(n->body, depth);
        }
        case StmtKind::Raise: {
            auto* n = static_cast<const Raise*>(s);
            return (!n->exc || expr_ok(n->exc, depth)) && (!n->cause || expr_ok(n->cause, depth));
        }
        case StmtKind::Try: {
            auto* n = static_cast<const Try*>(s);
            if (!stmts_ok(n->body, depth) || !stmts_ok(n->orelse, depth) || !stmts_ok(n->finalbody, depth)) return false;
            for (const ExceptHandler* h : n->handlers) {
                if ((h->type && !expr_ok(h->type, depth)) || !stmts_ok(h->body, depth)) return false;
            }
            return true;
        }
        case StmtKind::Assert: {
            auto* n = static_cast<const Assert*>(s);
            return expr_ok(n->test, depth) && (!n->msg || expr_ok(n->msg, depth));
        }
        case StmtKind::Expr: return expr_ok(static_cast<const ExprStmt*>(s)->value, depth);
        default:
            return true;
    }
}

bool stmts_ok(const std::vector<Stmt*>& body, int depth) {
    for (const Stmt* s : body) {
        if (!stmt_ok(s, depth)) return false;
    }
    return true;
}

}  // namespace

bool ast_depth_ok(const std::vector<Stmt*>& body) { return stmts_ok(body, 0); }
bool ast_depth_ok(const Expr* e) { return expr_ok(e, 0); }

}  // namespace pygen
