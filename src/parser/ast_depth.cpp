// Depth limit on the finished tree: the parser builds long operator chains (a+a+...+a, - - - x)
// iteratively, so the tree can be deeper than the parser's own recursion. Rejecting such trees
// here lets the compiler walk any AST it is given recursively. Each node spends one of the
// levels_left it is given; the caller's budget follows CPython's (see parse_module).
// CPython counterpart: the recursion checks of Python/ast.c (validate) and Python/compile.c.
#include "parser/parser_internal.h"

namespace pygen {

using namespace ast;

namespace {

bool expr_ok(const Expr* e, int levels_left);

bool exprs_ok(const std::vector<Expr*>& v, int levels_left) {
    for (const Expr* e : v) {
        if (e && !expr_ok(e, levels_left)) return false;
    }
    return true;
}

bool args_ok(const Arguments* a, int levels_left) {
    if (!a) return true;
    auto arg_ok = [&](const Arg* x) { return !x || !x->annotation || expr_ok(x->annotation, levels_left); };
    for (const Arg* x : a->posonlyargs) if (!arg_ok(x)) return false;
    for (const Arg* x : a->args) if (!arg_ok(x)) return false;
    for (const Arg* x : a->kwonlyargs) if (!arg_ok(x)) return false;
    return arg_ok(a->vararg) && arg_ok(a->kwarg) && exprs_ok(a->defaults, levels_left) && exprs_ok(a->kw_defaults, levels_left);
}

bool comps_ok(const std::vector<Comprehension*>& v, int levels_left) {
    for (const Comprehension* c : v) {
        if (!expr_ok(c->target, levels_left) || !expr_ok(c->iter, levels_left) || !exprs_ok(c->ifs, levels_left)) return false;
    }
    return true;
}

bool expr_ok(const Expr* e, int levels_left) {
    if (--levels_left < 0) return false;
    switch (e->kind) {
        case ExprKind::BoolOp: return exprs_ok(static_cast<const BoolOp*>(e)->values, levels_left);
        case ExprKind::NamedExpr: {
            auto* n = static_cast<const NamedExpr*>(e);
            return expr_ok(n->target, levels_left) && expr_ok(n->value, levels_left);
        }
        case ExprKind::BinOp: {
            auto* n = static_cast<const BinOp*>(e);
            return expr_ok(n->left, levels_left) && expr_ok(n->right, levels_left);
        }
        case ExprKind::UnaryOp: return expr_ok(static_cast<const UnaryOp*>(e)->operand, levels_left);
        case ExprKind::Lambda: {
            auto* n = static_cast<const Lambda*>(e);
            return args_ok(n->args, levels_left) && expr_ok(n->body, levels_left);
        }
        case ExprKind::IfExp: {
            auto* n = static_cast<const IfExp*>(e);
            return expr_ok(n->test, levels_left) && expr_ok(n->body, levels_left) && expr_ok(n->orelse, levels_left);
        }
        case ExprKind::Dict: {
            auto* n = static_cast<const Dict*>(e);
            return exprs_ok(n->keys, levels_left) && exprs_ok(n->values, levels_left);
        }
        case ExprKind::Set: return exprs_ok(static_cast<const Set*>(e)->elts, levels_left);
        case ExprKind::ListComp: {
            auto* n = static_cast<const ListComp*>(e);
            return expr_ok(n->elt, levels_left) && comps_ok(n->generators, levels_left);
        }
        case ExprKind::SetComp: {
            auto* n = static_cast<const SetComp*>(e);
            return expr_ok(n->elt, levels_left) && comps_ok(n->generators, levels_left);
        }
        case ExprKind::GeneratorExp: {
            auto* n = static_cast<const GeneratorExp*>(e);
            return expr_ok(n->elt, levels_left) && comps_ok(n->generators, levels_left);
        }
        case ExprKind::DictComp: {
            auto* n = static_cast<const DictComp*>(e);
            return expr_ok(n->key, levels_left) && expr_ok(n->value, levels_left) && comps_ok(n->generators, levels_left);
        }
        case ExprKind::Await: return expr_ok(static_cast<const Await*>(e)->value, levels_left);
        case ExprKind::Yield: {
            auto* n = static_cast<const Yield*>(e);
            return !n->value || expr_ok(n->value, levels_left);
        }
        case ExprKind::YieldFrom: return expr_ok(static_cast<const YieldFrom*>(e)->value, levels_left);
        case ExprKind::Compare: {
            auto* n = static_cast<const Compare*>(e);
            return expr_ok(n->left, levels_left) && exprs_ok(n->comparators, levels_left);
        }
        case ExprKind::Call: {
            auto* n = static_cast<const Call*>(e);
            if (!expr_ok(n->func, levels_left) || !exprs_ok(n->args, levels_left)) return false;
            for (const Keyword* k : n->keywords) if (!expr_ok(k->value, levels_left)) return false;
            return true;
        }
        case ExprKind::FormattedValue: {
            auto* n = static_cast<const FormattedValue*>(e);
            return expr_ok(n->value, levels_left) && (!n->format_spec || expr_ok(n->format_spec, levels_left));
        }
        case ExprKind::JoinedStr: return exprs_ok(static_cast<const JoinedStr*>(e)->values, levels_left);
        case ExprKind::Constant: case ExprKind::Name: return true;
        case ExprKind::Attribute: return expr_ok(static_cast<const Attribute*>(e)->value, levels_left);
        case ExprKind::Subscript: {
            auto* n = static_cast<const Subscript*>(e);
            return expr_ok(n->value, levels_left) && expr_ok(n->slice, levels_left);
        }
        case ExprKind::Starred: return expr_ok(static_cast<const Starred*>(e)->value, levels_left);
        case ExprKind::List: return exprs_ok(static_cast<const List*>(e)->elts, levels_left);
        case ExprKind::Tuple: return exprs_ok(static_cast<const Tuple*>(e)->elts, levels_left);
        case ExprKind::Slice: {
            auto* n = static_cast<const Slice*>(e);
            return (!n->lower || expr_ok(n->lower, levels_left)) && (!n->upper || expr_ok(n->upper, levels_left)) &&
                   (!n->step || expr_ok(n->step, levels_left));
        }
    }
    return true;
}

bool stmts_ok(const std::vector<Stmt*>& body, int levels_left);

bool stmt_ok(const Stmt* s, int levels_left) {
    if (--levels_left < 0) return false;
    switch (s->kind) {
        case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: {
            auto* n = static_cast<const FunctionDef*>(s);
            return args_ok(n->args, levels_left) && stmts_ok(n->body, levels_left) && exprs_ok(n->decorator_list, levels_left) &&
                   (!n->returns || expr_ok(n->returns, levels_left));
        }
        case StmtKind::ClassDef: {
            auto* n = static_cast<const ClassDef*>(s);
            if (!exprs_ok(n->bases, levels_left) || !stmts_ok(n->body, levels_left) || !exprs_ok(n->decorator_list, levels_left)) return false;
            for (const Keyword* k : n->keywords) if (!expr_ok(k->value, levels_left)) return false;
            return true;
        }
        case StmtKind::Return: {
            auto* n = static_cast<const Return*>(s);
            return !n->value || expr_ok(n->value, levels_left);
        }
        case StmtKind::Delete: return exprs_ok(static_cast<const Delete*>(s)->targets, levels_left);
        case StmtKind::Assign: {
            auto* n = static_cast<const Assign*>(s);
            return exprs_ok(n->targets, levels_left) && expr_ok(n->value, levels_left);
        }
        case StmtKind::AugAssign: {
            auto* n = static_cast<const AugAssign*>(s);
            return expr_ok(n->target, levels_left) && expr_ok(n->value, levels_left);
        }
        case StmtKind::AnnAssign: {
            auto* n = static_cast<const AnnAssign*>(s);
            return expr_ok(n->target, levels_left) && expr_ok(n->annotation, levels_left) && (!n->value || expr_ok(n->value, levels_left));
        }
        case StmtKind::For: case StmtKind::AsyncFor: {
            auto* n = static_cast<const For*>(s);
            return expr_ok(n->target, levels_left) && expr_ok(n->iter, levels_left) && stmts_ok(n->body, levels_left) &&
                   stmts_ok(n->orelse, levels_left);
        }
        case StmtKind::While: {
            auto* n = static_cast<const While*>(s);
            return expr_ok(n->test, levels_left) && stmts_ok(n->body, levels_left) && stmts_ok(n->orelse, levels_left);
        }
        case StmtKind::If: {
            // elif chains nest in orelse and count as levels_left, as they do for CPython's compiler.
            auto* n = static_cast<const If*>(s);
            return expr_ok(n->test, levels_left) && stmts_ok(n->body, levels_left) && stmts_ok(n->orelse, levels_left);
        }
        case StmtKind::With: case StmtKind::AsyncWith: {
            auto* n = static_cast<const With*>(s);
            for (const WithItem* w : n->items) {
                if (!expr_ok(w->context_expr, levels_left) || (w->optional_vars && !expr_ok(w->optional_vars, levels_left))) return false;
            }
            return stmts_ok(n->body, levels_left);
        }
        case StmtKind::Raise: {
            auto* n = static_cast<const Raise*>(s);
            return (!n->exc || expr_ok(n->exc, levels_left)) && (!n->cause || expr_ok(n->cause, levels_left));
        }
        case StmtKind::Try: {
            auto* n = static_cast<const Try*>(s);
            if (!stmts_ok(n->body, levels_left) || !stmts_ok(n->orelse, levels_left) || !stmts_ok(n->finalbody, levels_left)) return false;
            for (const ExceptHandler* h : n->handlers) {
                if ((h->type && !expr_ok(h->type, levels_left)) || !stmts_ok(h->body, levels_left)) return false;
            }
            return true;
        }
        case StmtKind::Assert: {
            auto* n = static_cast<const Assert*>(s);
            return expr_ok(n->test, levels_left) && (!n->msg || expr_ok(n->msg, levels_left));
        }
        case StmtKind::Expr: return expr_ok(static_cast<const ExprStmt*>(s)->value, levels_left);
        default:
            return true;
    }
}

bool stmts_ok(const std::vector<Stmt*>& body, int levels_left) {
    for (const Stmt* s : body) {
        if (!stmt_ok(s, levels_left)) return false;
    }
    return true;
}

}  // namespace

bool ast_depth_ok(const std::vector<Stmt*>& body, int max_depth) { return stmts_ok(body, max_depth); }
bool ast_depth_ok(const Expr* e, int max_depth) { return expr_ok(e, max_depth); }

}  // namespace pygen
