// The unparser works like a precedence-climbing printer: every node is written at the binding
// level its context requires, and wraps itself in parentheses when it binds more loosely.
#include "compiler/unparse.h"

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/object.h"
#include "objects/str.h"

namespace pygen {

using namespace ast;

namespace {

// Binding levels, loosest first (CPython's ast_unparse.c uses the same ladder).
enum Level {
    kTuple, kTest, kOr, kAnd, kNot, kCmp, kExpr, kBor = kExpr, kBxor, kBand, kShift, kArith, kTerm,
    kFactor, kPower, kAwait, kAtom
};

class Unparser {
public:
    std::string out;

    void expr(const Expr* e, int level) {
        switch (e->kind) {
        case ExprKind::BoolOp: bool_op(static_cast<const BoolOp*>(e), level); break;
        case ExprKind::NamedExpr: {
            auto* n = static_cast<const NamedExpr*>(e);
            open_if(level > kTuple);
            expr(n->target, kAtom);
            out += " := ";
            expr(n->value, kAtom);
            close_if(level > kTuple);
            break;
        }
        case ExprKind::BinOp: bin_op(static_cast<const ast::BinOp*>(e), level); break;
        case ExprKind::UnaryOp: unary_op(static_cast<const UnaryOp*>(e), level); break;
        case ExprKind::Lambda: {
            auto* l = static_cast<const Lambda*>(e);
            open_if(level > kTest);
            const Arguments* a = l->args;
            // Keyword-only parameters alone do not count, so 3.11 writes `lambda*, k: k`.
            bool has_args = !a->posonlyargs.empty() || !a->args.empty() || a->vararg || a->kwarg;
            out += has_args ? "lambda " : "lambda";
            arguments(a);
            out += ": ";
            expr(l->body, kTest);
            close_if(level > kTest);
            break;
        }
        case ExprKind::IfExp: {
            auto* i = static_cast<const IfExp*>(e);
            open_if(level > kTest);
            expr(i->body, kTest + 1);
            out += " if ";
            expr(i->test, kTest + 1);
            out += " else ";
            expr(i->orelse, kTest);
            close_if(level > kTest);
            break;
        }
        case ExprKind::Dict: {
            auto* d = static_cast<const Dict*>(e);
            out += "{";
            for (size_t i = 0; i < d->values.size(); ++i) {
                if (i) out += ", ";
                if (d->keys[i]) {
                    expr(d->keys[i], kTest);
                    out += ": ";
                    expr(d->values[i], kTest);
                } else {
                    out += "**";
                    expr(d->values[i], kExpr);
                }
            }
            out += "}";
            break;
        }
        case ExprKind::Set:
            out += "{";
            items(static_cast<const Set*>(e)->elts);
            out += "}";
            break;
        case ExprKind::ListComp: {
            auto* c = static_cast<const ListComp*>(e);
            out += "[";
            expr(c->elt, kTest);
            comprehensions(c->generators);
            out += "]";
            break;
        }
        case ExprKind::SetComp: {
            auto* c = static_cast<const SetComp*>(e);
            out += "{";
            expr(c->elt, kTest);
            comprehensions(c->generators);
            out += "}";
            break;
        }
        case ExprKind::DictComp: {
            auto* c = static_cast<const DictComp*>(e);
            out += "{";
            expr(c->key, kTest);
            out += ": ";
            expr(c->value, kTest);
            comprehensions(c->generators);
            out += "}";
            break;
        }
        case ExprKind::GeneratorExp: {
            auto* c = static_cast<const GeneratorExp*>(e);
            out += "(";
            expr(c->elt, kTest);
            comprehensions(c->generators);
            out += ")";
            break;
        }
        case ExprKind::Await:
            open_if(level > kAwait);
            out += "await ";
            expr(static_cast<const Await*>(e)->value, kAtom);
            close_if(level > kAwait);
            break;
        case ExprKind::Yield: {
            auto* y = static_cast<const Yield*>(e);
            if (!y->value) {
                out += "(yield)";
                break;
            }
            out += "(yield ";
            expr(y->value, kTest);
            out += ")";
            break;
        }
        case ExprKind::YieldFrom:
            out += "(yield from ";
            expr(static_cast<const YieldFrom*>(e)->value, kTest);
            out += ")";
            break;
        case ExprKind::Compare: compare(static_cast<const Compare*>(e), level); break;
        case ExprKind::Call: call(static_cast<const Call*>(e)); break;
        case ExprKind::FormattedValue: {
            // Only met inside a JoinedStr; written as a lone replacement field otherwise.
            std::string body;
            formatted_value(static_cast<const FormattedValue*>(e), &body);
            out += "f";
            out += repr_of_text(body);
            break;
        }
        case ExprKind::JoinedStr: {
            std::string body;
            fstring_body(static_cast<const JoinedStr*>(e), &body);
            out += "f";
            out += repr_of_text(body);
            break;
        }
        case ExprKind::Constant: constant(static_cast<const Constant*>(e)); break;
        case ExprKind::Attribute: {
            auto* a = static_cast<const Attribute*>(e);
            expr(a->value, kAtom);
            // `1 .real`: without the space the dot would be read as part of the number.
            bool int_value = a->value->kind == ExprKind::Constant &&
                             static_cast<const Constant*>(a->value)->value_kind == ConstantKind::Int;
            out += int_value ? " ." : ".";
            out += a->attr;
            break;
        }
        case ExprKind::Subscript: {
            auto* s = static_cast<const Subscript*>(e);
            expr(s->value, kAtom);
            out += "[";
            expr(s->slice, kTuple);
            out += "]";
            break;
        }
        case ExprKind::Starred:
            out += "*";
            expr(static_cast<const Starred*>(e)->value, kExpr);
            break;
        case ExprKind::Name: out += static_cast<const Name*>(e)->id; break;
        case ExprKind::List:
            out += "[";
            items(static_cast<const List*>(e)->elts);
            out += "]";
            break;
        case ExprKind::Tuple: {
            auto* t = static_cast<const Tuple*>(e);
            if (t->elts.empty()) {
                out += "()";
                break;
            }
            open_if(level > kTuple);
            items(t->elts);
            if (t->elts.size() == 1) out += ",";
            close_if(level > kTuple);
            break;
        }
        case ExprKind::Slice: {
            auto* s = static_cast<const Slice*>(e);
            if (s->lower) expr(s->lower, kTest);
            out += ":";
            if (s->upper) expr(s->upper, kTest);
            if (s->step) {
                out += ":";
                expr(s->step, kTest);
            }
            break;
        }
        }
    }

private:
    void open_if(bool cond) { if (cond) out += "("; }
    void close_if(bool cond) { if (cond) out += ")"; }

    void items(const std::vector<Expr*>& elts) {
        for (size_t i = 0; i < elts.size(); ++i) {
            if (i) out += ", ";
            expr(elts[i], kTest);
        }
    }

    void bool_op(const BoolOp* b, int level) {
        int pr = b->op == BoolOpKind::And ? kAnd : kOr;
        open_if(level > pr);
        for (size_t i = 0; i < b->values.size(); ++i) {
            if (i) out += b->op == BoolOpKind::And ? " and " : " or ";
            expr(b->values[i], pr + 1);
        }
        close_if(level > pr);
    }

    void bin_op(const ast::BinOp* b, int level) {
        const char* op = "";
        int pr = kArith;
        switch (b->op) {
        case OperatorKind::Add: op = " + "; pr = kArith; break;
        case OperatorKind::Sub: op = " - "; pr = kArith; break;
        case OperatorKind::Mult: op = " * "; pr = kTerm; break;
        case OperatorKind::MatMult: op = " @ "; pr = kTerm; break;
        case OperatorKind::Div: op = " / "; pr = kTerm; break;
        case OperatorKind::Mod: op = " % "; pr = kTerm; break;
        case OperatorKind::FloorDiv: op = " // "; pr = kTerm; break;
        case OperatorKind::LShift: op = " << "; pr = kShift; break;
        case OperatorKind::RShift: op = " >> "; pr = kShift; break;
        case OperatorKind::BitOr: op = " | "; pr = kBor; break;
        case OperatorKind::BitXor: op = " ^ "; pr = kBxor; break;
        case OperatorKind::BitAnd: op = " & "; pr = kBand; break;
        case OperatorKind::Pow: op = " ** "; pr = kPower; break;
        }
        // ** groups to the right, every other operator to the left.
        int right_assoc = b->op == OperatorKind::Pow ? 1 : 0;
        open_if(level > pr);
        expr(b->left, pr + right_assoc);
        out += op;
        expr(b->right, pr + 1 - right_assoc);
        close_if(level > pr);
    }

    void unary_op(const UnaryOp* u, int level) {
        const char* op = "";
        int pr = kFactor;
        switch (u->op) {
        case UnaryOpKind::Invert: op = "~"; break;
        case UnaryOpKind::Not: op = "not "; pr = kNot; break;
        case UnaryOpKind::UAdd: op = "+"; break;
        case UnaryOpKind::USub: op = "-"; break;
        }
        open_if(level > pr);
        out += op;
        expr(u->operand, pr);
        close_if(level > pr);
    }

    void compare(const Compare* c, int level) {
        open_if(level > kCmp);
        expr(c->left, kCmp + 1);
        for (size_t i = 0; i < c->ops.size(); ++i) {
            switch (c->ops[i]) {
            case CmpOpKind::Eq: out += " == "; break;
            case CmpOpKind::NotEq: out += " != "; break;
            case CmpOpKind::Lt: out += " < "; break;
            case CmpOpKind::LtE: out += " <= "; break;
            case CmpOpKind::Gt: out += " > "; break;
            case CmpOpKind::GtE: out += " >= "; break;
            case CmpOpKind::Is: out += " is "; break;
            case CmpOpKind::IsNot: out += " is not "; break;
            case CmpOpKind::In: out += " in "; break;
            case CmpOpKind::NotIn: out += " not in "; break;
            }
            expr(c->comparators[i], kCmp + 1);
        }
        close_if(level > kCmp);
    }

    void call(const Call* c) {
        expr(c->func, kAtom);
        // f(x for x in y): a lone generator expression brings its own parentheses.
        if (c->args.size() == 1 && c->keywords.empty() && c->args[0]->kind == ExprKind::GeneratorExp) {
            expr(c->args[0], kTest);
            return;
        }
        out += "(";
        bool first = true;
        for (const Expr* a : c->args) {
            if (!first) out += ", ";
            first = false;
            expr(a, kTest);
        }
        for (const Keyword* k : c->keywords) {
            if (!first) out += ", ";
            first = false;
            if (k->arg.empty()) {
                out += "**";
                expr(k->value, kExpr);
            } else {
                out += k->arg;
                out += "=";
                expr(k->value, kTest);
            }
        }
        out += ")";
    }

    void comprehensions(const std::vector<Comprehension*>& gens) {
        for (const Comprehension* g : gens) {
            out += g->is_async ? " async for " : " for ";
            expr(g->target, kTuple);
            out += " in ";
            expr(g->iter, kTest + 1);
            for (const Expr* cond : g->ifs) {
                out += " if ";
                expr(cond, kTest + 1);
            }
        }
    }

    void arg(const Arg* a) {
        out += a->arg;
        if (a->annotation) {
            out += ": ";
            expr(a->annotation, kTest);
        }
    }

    void arguments(const Arguments* a) {
        bool first = true;
        auto sep = [&] {
            if (!first) out += ", ";
            first = false;
        };
        size_t npos = a->posonlyargs.size() + a->args.size();
        size_t first_default = npos - a->defaults.size();
        for (size_t i = 0; i < npos; ++i) {
            const Arg* p = i < a->posonlyargs.size() ? a->posonlyargs[i] : a->args[i - a->posonlyargs.size()];
            sep();
            arg(p);
            if (i >= first_default) {
                out += "=";
                expr(a->defaults[i - first_default], kTest);
            }
            if (!a->posonlyargs.empty() && i + 1 == a->posonlyargs.size()) out += ", /";
        }
        if (a->vararg || !a->kwonlyargs.empty()) {
            sep();
            out += "*";
            if (a->vararg) arg(a->vararg);
        }
        for (size_t i = 0; i < a->kwonlyargs.size(); ++i) {
            sep();
            arg(a->kwonlyargs[i]);
            if (i < a->kw_defaults.size() && a->kw_defaults[i]) {
                out += "=";
                expr(a->kw_defaults[i], kTest);
            }
        }
        if (a->kwarg) {
            sep();
            out += "**";
            arg(a->kwarg);
        }
    }

    void constant(const Constant* c) {
        switch (c->value_kind) {
        case ConstantKind::None: out += "None"; break;
        case ConstantKind::True: out += "True"; break;
        case ConstantKind::False: out += "False"; break;
        case ConstantKind::Ellipsis: out += "..."; break;
        case ConstantKind::Int: out += c->text; break;   // already decimal, any size
        case ConstantKind::Float: out += float_text(c->number); break;
        case ConstantKind::Imaginary: {
            // complex's repr: the imaginary part without a trailing ".0" (2j, 1.5j, 1e+16j).
            std::string s = float_text(c->number);
            if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
            out += s + "j";
            break;
        }
        case ConstantKind::Str: out += repr_of_text(c->text); break;
        case ConstantKind::Bytes: {
            Object* b = bytes_from(c->text);
            append_repr(b);
            decref(b);
            break;
        }
        case ConstantKind::Object: append_repr(static_cast<Object*>(const_cast<void*>(c->object))); break;
        }
    }

    // An infinite literal (1e400) has no repr that reads back as a number; CPython writes 1e309.
    static std::string float_text(double v) {
        std::string s = float_repr_text(v);
        size_t at = s.find("inf");
        if (at != std::string::npos) s.replace(at, 3, "1e309");
        return s;
    }

    std::string repr_of_text(const std::string& text) {
        Object* s = str_from(text);
        std::string saved;
        saved.swap(out);
        append_repr(s);
        decref(s);
        saved.swap(out);
        return saved;
    }

    void append_repr(Object* o) {
        Object* r = o ? object_repr(o) : nullptr;
        if (!r) {
            err_clear();
            return;
        }
        out += str_view(r);
        decref(r);
    }

    // The inside of an f-string: literal parts with braces doubled, replacement fields as source.
    void fstring_body(const JoinedStr* j, std::string* body) {
        for (const Expr* v : j->values) {
            if (v->kind == ExprKind::Constant) {
                for (char ch : static_cast<const Constant*>(v)->text) {
                    if (ch == '{' || ch == '}') *body += ch;
                    *body += ch;
                }
            } else if (v->kind == ExprKind::FormattedValue) {
                formatted_value(static_cast<const FormattedValue*>(v), body);
            }
        }
    }

    void formatted_value(const FormattedValue* f, std::string* body) {
        Unparser inner;
        inner.expr(f->value, kTest + 1);
        // "{ {1}}": a field whose source starts with a brace needs a space to not read as "{{".
        *body += inner.out.compare(0, 1, "{") == 0 ? "{ " : "{";
        *body += inner.out;
        if (f->conversion > 0) {
            *body += "!";
            *body += static_cast<char>(f->conversion);
        }
        if (f->format_spec) {
            *body += ":";
            if (f->format_spec->kind == ExprKind::JoinedStr)
                fstring_body(static_cast<const JoinedStr*>(f->format_spec), body);
        }
        *body += "}";
    }
};

}  // namespace

std::string unparse_expr(const Expr* e) {
    Unparser u;
    u.expr(e, kTest);
    return u.out;
}

}  // namespace pygen
