// ast.dump-compatible text for an AST (see ast_dump.h): fields in Python.asdl order, optional
// fields omitted when absent, constants printed as Python's repr() would.
// CPython counterpart: Lib/ast.py (dump), Objects/unicodeobject.c (unicode_repr),
// Python/pystrtod.c (float repr).
#include "parser/ast_dump.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace pygen::ast {

namespace {

uint32_t next_code_point(const std::string& s, size_t* i) {
    unsigned char c = static_cast<unsigned char>(s[*i]);
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len && *i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
    *i += len;
    return cp;
}

// Approximation of str.isprintable for repr(): separators, controls, format characters,
// surrogates and private use are escaped.
bool printable(uint32_t cp) {
    if (cp < 0x20 || cp == 0x7F) return false;
    if (cp >= 0x80 && cp <= 0xA0) return false;
    if (cp == 0xAD || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
        (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF || (cp >= 0xD800 && cp <= 0xF8FF) ||
        (cp >= 0xFFF0 && cp <= 0xFFFB) || cp == 0xFFFE || cp == 0xFFFF || cp > 0x10FFFF) {
        return false;
    }
    return true;
}

std::string repr_str(const std::string& s, bool is_bytes) {
    bool has_single = s.find('\'') != std::string::npos;
    bool has_double = s.find('"') != std::string::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out = is_bytes ? "b" : "";
    out += quote;
    char buf[16];
    size_t i = 0;
    while (i < s.size()) {
        uint32_t cp;
        if (is_bytes) {
            cp = static_cast<unsigned char>(s[i++]);
        } else {
            cp = next_code_point(s, &i);
        }
        if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp < 0x20 || cp == 0x7F || (is_bytes && cp >= 0x80)) {
            std::snprintf(buf, sizeof buf, "\\x%02x", cp);
            out += buf;
        } else if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (printable(cp)) {
            // Re-encode as UTF-8.
            if (cp < 0x800) {
                out += static_cast<char>(0xC0 | (cp >> 6));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                out += static_cast<char>(0xE0 | (cp >> 12));
                out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            } else {
                out += static_cast<char>(0xF0 | (cp >> 18));
                out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
                out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            }
        } else if (cp < 0x100) {
            std::snprintf(buf, sizeof buf, "\\x%02x", cp);
            out += buf;
        } else if (cp < 0x10000) {
            std::snprintf(buf, sizeof buf, "\\u%04x", cp);
            out += buf;
        } else {
            std::snprintf(buf, sizeof buf, "\\U%08x", cp);
            out += buf;
        }
    }
    out += quote;
    return out;
}

// Python's repr(float): shortest round-trip digits, fixed notation for 1e-4 <= |x| < 1e16.
// add_dot_0 is false for the imaginary part of a complex, as complex.__repr__.
std::string repr_float(double v, bool add_dot_0) {
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    if (std::isnan(v)) return "nan";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    std::string sign;
    if (sci[0] == '-') {
        sign = "-";
        sci.erase(0, 1);
    }
    size_t e = sci.find('e');
    std::string mant = sci.substr(0, e);
    int exp = std::atoi(sci.c_str() + e + 1);
    std::string digits;
    for (char c : mant) {
        if (c != '.') digits += c;
    }
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    std::string out;
    if (exp >= -5 + 1 && exp < 16) {
        int point = exp + 1;   // digits before the decimal point
        if (point <= 0) {
            out = "0." + std::string(-point, '0') + digits;
        } else if (point >= static_cast<int>(digits.size())) {
            out = digits + std::string(point - digits.size(), '0');
            if (add_dot_0) out += ".0";
        } else {
            out = digits.substr(0, point) + "." + digits.substr(point);
        }
    } else {
        out = digits.substr(0, 1);
        if (digits.size() > 1) out += "." + digits.substr(1);
        char eb[16];
        std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        out += eb;
    }
    return sign + out;
}

const char* op_name(OperatorKind op) {
    static const char* const names[] = {"Add", "BitAnd", "FloorDiv", "LShift", "MatMult", "Mult", "Mod",
                                        "BitOr", "Pow", "RShift", "Sub", "Div", "BitXor"};
    return names[static_cast<int>(op)];
}
const char* cmp_name(CmpOpKind op) {
    static const char* const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
    return names[static_cast<int>(op)];
}
const char* unary_name(UnaryOpKind op) {
    static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
    return names[static_cast<int>(op)];
}
const char* ctx_name(ExprContext c) {
    return c == ExprContext::Load ? "Load()" : c == ExprContext::Store ? "Store()" : "Del()";
}

class Dumper {
public:
    explicit Dumper(bool attrs) : attrs_(attrs) {}
    std::string out;

    void open(const char* name) {
        out += name;
        out += '(';
        first_.push_back(true);
    }
    void field(const char* name) {
        if (!first_.back()) out += ", ";
        first_.back() = false;
        out += name;
        out += '=';
    }
    void close(const Location* loc) {
        if (attrs_ && loc) {
            char buf[128];
            std::snprintf(buf, sizeof buf, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", loc->lineno,
                          loc->col_offset, loc->end_lineno, loc->end_col_offset);
            if (!first_.back()) out += ", ";
            out += buf;
        }
        out += ')';
        first_.pop_back();
    }
    void str_field(const char* name, const std::string& v) {
        field(name);
        out += repr_str(v, false);
    }
    void opt_str_field(const char* name, const std::string& v) {
        if (!v.empty()) str_field(name, v);
    }
    void expr_field(const char* name, const Expr* e) {
        field(name);
        expr(e);
    }
    void opt_expr_field(const char* name, const Expr* e) {
        if (e) expr_field(name, e);
    }
    void exprs_field(const char* name, const std::vector<Expr*>& v) {
        field(name);
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            if (v[i]) expr(v[i]);
            else out += "None";
        }
        out += ']';
    }
    void stmts_field(const char* name, const std::vector<Stmt*>& v) {
        field(name);
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            stmt(v[i]);
        }
        out += ']';
    }
    template <class T, class F> void list_field(const char* name, const std::vector<T*>& v, F each) {
        field(name);
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            each(v[i]);
        }
        out += ']';
    }
    void raw_field(const char* name, const std::string& text) {
        field(name);
        out += text;
    }

    void arg(const Arg* a) {
        open("arg");
        str_field("arg", a->arg);
        opt_expr_field("annotation", a->annotation);
        close(a);
    }
    void opt_arg_field(const char* name, const Arg* a) {
        if (!a) return;
        field(name);
        arg(a);
    }
    void arguments(const Arguments* a) {
        open("arguments");
        list_field("posonlyargs", a->posonlyargs, [&](const Arg* x) { arg(x); });
        list_field("args", a->args, [&](const Arg* x) { arg(x); });
        opt_arg_field("vararg", a->vararg);
        list_field("kwonlyargs", a->kwonlyargs, [&](const Arg* x) { arg(x); });
        exprs_field("kw_defaults", a->kw_defaults);
        opt_arg_field("kwarg", a->kwarg);
        exprs_field("defaults", a->defaults);
        close(nullptr);
    }
    void keyword(const Keyword* k) {
        open("keyword");
        opt_str_field("arg", k->arg);
        expr_field("value", k->value);
        close(k);
    }
    void comprehensions(const std::vector<Comprehension*>& v) {
        list_field("generators", v, [&](const Comprehension* c) {
            open("comprehension");
            expr_field("target", c->target);
            expr_field("iter", c->iter);
            exprs_field("ifs", c->ifs);
            raw_field("is_async", c->is_async ? "1" : "0");
            close(nullptr);
        });
    }

    void expr(const Expr* e);
    void stmt(const Stmt* s);
    void pattern(const Pattern* p);
    void patterns_field(const char* name, const std::vector<Pattern*>& v) {
        list_field(name, v, [&](const Pattern* p) { pattern(p); });
    }

private:
    bool attrs_;
    std::vector<bool> first_;
};

void Dumper::expr(const Expr* e) {
    switch (e->kind) {
        case ExprKind::BoolOp: {
            auto* n = static_cast<const BoolOp*>(e);
            open("BoolOp");
            raw_field("op", n->op == BoolOpKind::And ? "And()" : "Or()");
            exprs_field("values", n->values);
            break;
        }
        case ExprKind::NamedExpr: {
            auto* n = static_cast<const NamedExpr*>(e);
            open("NamedExpr");
            expr_field("target", n->target);
            expr_field("value", n->value);
            break;
        }
        case ExprKind::BinOp: {
            auto* n = static_cast<const BinOp*>(e);
            open("BinOp");
            expr_field("left", n->left);
            raw_field("op", std::string(op_name(n->op)) + "()");
            expr_field("right", n->right);
            break;
        }
        case ExprKind::UnaryOp: {
            auto* n = static_cast<const UnaryOp*>(e);
            open("UnaryOp");
            raw_field("op", std::string(unary_name(n->op)) + "()");
            expr_field("operand", n->operand);
            break;
        }
        case ExprKind::Lambda: {
            auto* n = static_cast<const Lambda*>(e);
            open("Lambda");
            field("args");
            arguments(n->args);
            expr_field("body", n->body);
            break;
        }
        case ExprKind::IfExp: {
            auto* n = static_cast<const IfExp*>(e);
            open("IfExp");
            expr_field("test", n->test);
            expr_field("body", n->body);
            expr_field("orelse", n->orelse);
            break;
        }
        case ExprKind::Dict: {
            auto* n = static_cast<const Dict*>(e);
            open("Dict");
            exprs_field("keys", n->keys);
            exprs_field("values", n->values);
            break;
        }
        case ExprKind::Set: {
            open("Set");
            exprs_field("elts", static_cast<const Set*>(e)->elts);
            break;
        }
        case ExprKind::ListComp: {
            auto* n = static_cast<const ListComp*>(e);
            open("ListComp");
            expr_field("elt", n->elt);
            comprehensions(n->generators);
            break;
        }
        case ExprKind::SetComp: {
            auto* n = static_cast<const SetComp*>(e);
            open("SetComp");
            expr_field("elt", n->elt);
            comprehensions(n->generators);
            break;
        }
        case ExprKind::DictComp: {
            auto* n = static_cast<const DictComp*>(e);
            open("DictComp");
            expr_field("key", n->key);
            expr_field("value", n->value);
            comprehensions(n->generators);
            break;
        }
        case ExprKind::GeneratorExp: {
            auto* n = static_cast<const GeneratorExp*>(e);
            open("GeneratorExp");
            expr_field("elt", n->elt);
            comprehensions(n->generators);
            break;
        }
        case ExprKind::Await:
            open("Await");
            expr_field("value", static_cast<const Await*>(e)->value);
            break;
        case ExprKind::Yield:
            open("Yield");
            opt_expr_field("value", static_cast<const Yield*>(e)->value);
            break;
        case ExprKind::YieldFrom:
            open("YieldFrom");
            expr_field("value", static_cast<const YieldFrom*>(e)->value);
            break;
        case ExprKind::Compare: {
            auto* n = static_cast<const Compare*>(e);
            open("Compare");
            expr_field("left", n->left);
            field("ops");
            out += '[';
            for (size_t i = 0; i < n->ops.size(); ++i) {
                if (i) out += ", ";
                out += cmp_name(n->ops[i]);
                out += "()";
            }
            out += ']';
            exprs_field("comparators", n->comparators);
            break;
        }
        case ExprKind::Call: {
            auto* n = static_cast<const Call*>(e);
            open("Call");
            expr_field("func", n->func);
            exprs_field("args", n->args);
            list_field("keywords", n->keywords, [&](const Keyword* k) { keyword(k); });
            break;
        }
        case ExprKind::FormattedValue: {
            auto* n = static_cast<const FormattedValue*>(e);
            open("FormattedValue");
            expr_field("value", n->value);
            raw_field("conversion", std::to_string(n->conversion));
            opt_expr_field("format_spec", n->format_spec);
            break;
        }
        case ExprKind::JoinedStr:
            open("JoinedStr");
            exprs_field("values", static_cast<const JoinedStr*>(e)->values);
            break;
        case ExprKind::Constant: {
            auto* n = static_cast<const Constant*>(e);
            open("Constant");
            std::string v;
            switch (n->value_kind) {
                case ConstantKind::None: v = "None"; break;
                case ConstantKind::True: v = "True"; break;
                case ConstantKind::False: v = "False"; break;
                case ConstantKind::Ellipsis: v = "Ellipsis"; break;
                case ConstantKind::Int: v = n->text; break;
                case ConstantKind::Float: v = repr_float(n->number, true); break;
                case ConstantKind::Imaginary: v = repr_float(n->number, false) + "j"; break;
                case ConstantKind::Str: v = repr_str(n->text, false); break;
                case ConstantKind::Bytes: v = repr_str(n->text, true); break;
                case ConstantKind::Object: v = "<object>"; break;   // only compile()'s trees hold one
            }
            raw_field("value", v);
            if (n->u_kind) raw_field("kind", "'u'");
            break;
        }
        case ExprKind::Attribute: {
            auto* n = static_cast<const Attribute*>(e);
            open("Attribute");
            expr_field("value", n->value);
            str_field("attr", n->attr);
            raw_field("ctx", ctx_name(n->ctx));
            break;
        }
        case ExprKind::Subscript: {
            auto* n = static_cast<const Subscript*>(e);
            open("Subscript");
            expr_field("value", n->value);
            expr_field("slice", n->slice);
            raw_field("ctx", ctx_name(n->ctx));
            break;
        }
        case ExprKind::Starred: {
            auto* n = static_cast<const Starred*>(e);
            open("Starred");
            expr_field("value", n->value);
            raw_field("ctx", ctx_name(n->ctx));
            break;
        }
        case ExprKind::Name: {
            auto* n = static_cast<const Name*>(e);
            open("Name");
            str_field("id", n->id);
            raw_field("ctx", ctx_name(n->ctx));
            break;
        }
        case ExprKind::List: {
            auto* n = static_cast<const List*>(e);
            open("List");
            exprs_field("elts", n->elts);
            raw_field("ctx", ctx_name(n->ctx));
            break;
        }
        case ExprKind::Tuple: {
            auto* n = static_cast<const Tuple*>(e);
            open("Tuple");
            exprs_field("elts", n->elts);
            raw_field("ctx", ctx_name(n->ctx));
            break;
        }
        case ExprKind::Slice: {
            auto* n = static_cast<const Slice*>(e);
            open("Slice");
            opt_expr_field("lower", n->lower);
            opt_expr_field("upper", n->upper);
            opt_expr_field("step", n->step);
            break;
        }
    }
    close(e);
}

void Dumper::stmt(const Stmt* s) {
    switch (s->kind) {
        case StmtKind::FunctionDef:
        case StmtKind::AsyncFunctionDef: {
            auto* n = static_cast<const FunctionDef*>(s);
            open(s->kind == StmtKind::FunctionDef ? "FunctionDef" : "AsyncFunctionDef");
            str_field("name", n->name);
            field("args");
            arguments(n->args);
            stmts_field("body", n->body);
            exprs_field("decorator_list", n->decorator_list);
            opt_expr_field("returns", n->returns);
            break;
        }
        case StmtKind::ClassDef: {
            auto* n = static_cast<const ClassDef*>(s);
            open("ClassDef");
            str_field("name", n->name);
            exprs_field("bases", n->bases);
            list_field("keywords", n->keywords, [&](const Keyword* k) { keyword(k); });
            stmts_field("body", n->body);
            exprs_field("decorator_list", n->decorator_list);
            break;
        }
        case StmtKind::Return:
            open("Return");
            opt_expr_field("value", static_cast<const Return*>(s)->value);
            break;
        case StmtKind::Delete:
            open("Delete");
            exprs_field("targets", static_cast<const Delete*>(s)->targets);
            break;
        case StmtKind::Assign: {
            auto* n = static_cast<const Assign*>(s);
            open("Assign");
            exprs_field("targets", n->targets);
            expr_field("value", n->value);
            break;
        }
        case StmtKind::AugAssign: {
            auto* n = static_cast<const AugAssign*>(s);
            open("AugAssign");
            expr_field("target", n->target);
            raw_field("op", std::string(op_name(n->op)) + "()");
            expr_field("value", n->value);
            break;
        }
        case StmtKind::AnnAssign: {
            auto* n = static_cast<const AnnAssign*>(s);
            open("AnnAssign");
            expr_field("target", n->target);
            expr_field("annotation", n->annotation);
            opt_expr_field("value", n->value);
            raw_field("simple", n->simple ? "1" : "0");
            break;
        }
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            auto* n = static_cast<const For*>(s);
            open(s->kind == StmtKind::For ? "For" : "AsyncFor");
            expr_field("target", n->target);
            expr_field("iter", n->iter);
            stmts_field("body", n->body);
            stmts_field("orelse", n->orelse);
            break;
        }
        case StmtKind::While: {
            auto* n = static_cast<const While*>(s);
            open("While");
            expr_field("test", n->test);
            stmts_field("body", n->body);
            stmts_field("orelse", n->orelse);
            break;
        }
        case StmtKind::If: {
            auto* n = static_cast<const If*>(s);
            open("If");
            expr_field("test", n->test);
            stmts_field("body", n->body);
            stmts_field("orelse", n->orelse);
            break;
        }
        case StmtKind::With:
        case StmtKind::AsyncWith: {
            auto* n = static_cast<const With*>(s);
            open(s->kind == StmtKind::With ? "With" : "AsyncWith");
            list_field("items", n->items, [&](const WithItem* w) {
                open("withitem");
                expr_field("context_expr", w->context_expr);
                opt_expr_field("optional_vars", w->optional_vars);
                close(nullptr);
            });
            stmts_field("body", n->body);
            break;
        }
        case StmtKind::Raise: {
            auto* n = static_cast<const Raise*>(s);
            open("Raise");
            opt_expr_field("exc", n->exc);
            opt_expr_field("cause", n->cause);
            break;
        }
        case StmtKind::Try: {
            auto* n = static_cast<const Try*>(s);
            open(n->is_star ? "TryStar" : "Try");
            stmts_field("body", n->body);
            list_field("handlers", n->handlers, [&](const ExceptHandler* h) {
                open("ExceptHandler");
                opt_expr_field("type", h->type);
                opt_str_field("name", h->name);
                stmts_field("body", h->body);
                close(h);
            });
            stmts_field("orelse", n->orelse);
            stmts_field("finalbody", n->finalbody);
            break;
        }
        case StmtKind::Assert: {
            auto* n = static_cast<const Assert*>(s);
            open("Assert");
            expr_field("test", n->test);
            opt_expr_field("msg", n->msg);
            break;
        }
        case StmtKind::Import:
            open("Import");
            list_field("names", static_cast<const Import*>(s)->names, [&](const Alias* a) {
                open("alias");
                str_field("name", a->name);
                opt_str_field("asname", a->asname);
                close(a);
            });
            break;
        case StmtKind::ImportFrom: {
            auto* n = static_cast<const ImportFrom*>(s);
            open("ImportFrom");
            opt_str_field("module", n->module);
            list_field("names", n->names, [&](const Alias* a) {
                open("alias");
                str_field("name", a->name);
                opt_str_field("asname", a->asname);
                close(a);
            });
            raw_field("level", std::to_string(n->level));
            break;
        }
        case StmtKind::Global:
        case StmtKind::Nonlocal: {
            const std::vector<std::string>& names = s->kind == StmtKind::Global ? static_cast<const Global*>(s)->names
                                                                                 : static_cast<const Nonlocal*>(s)->names;
            open(s->kind == StmtKind::Global ? "Global" : "Nonlocal");
            field("names");
            out += '[';
            for (size_t i = 0; i < names.size(); ++i) {
                if (i) out += ", ";
                out += repr_str(names[i], false);
            }
            out += ']';
            break;
        }
        case StmtKind::Expr:
            open("Expr");
            expr_field("value", static_cast<const ExprStmt*>(s)->value);
            break;
        case StmtKind::Pass: open("Pass"); break;
        case StmtKind::Break: open("Break"); break;
        case StmtKind::Continue: open("Continue"); break;
        case StmtKind::Match: {
            auto* n = static_cast<const Match*>(s);
            open("Match");
            expr_field("subject", n->subject);
            list_field("cases", n->cases, [&](const MatchCase* c) {
                open("match_case");
                field("pattern");
                pattern(c->pattern);
                opt_expr_field("guard", c->guard);
                stmts_field("body", c->body);
                close(nullptr);
            });
            break;
        }
    }
    close(s);
}

void Dumper::pattern(const Pattern* p) {
    switch (p->kind) {
        case PatternKind::MatchValue:
            open("MatchValue");
            expr_field("value", static_cast<const MatchValue*>(p)->value);
            break;
        case PatternKind::MatchSingleton: {
            ConstantKind k = static_cast<const MatchSingleton*>(p)->value;
            open("MatchSingleton");
            raw_field("value", k == ConstantKind::None ? "None" : k == ConstantKind::True ? "True" : "False");
            break;
        }
        case PatternKind::MatchSequence:
            open("MatchSequence");
            patterns_field("patterns", static_cast<const MatchSequence*>(p)->patterns);
            break;
        case PatternKind::MatchMapping: {
            auto* n = static_cast<const MatchMapping*>(p);
            open("MatchMapping");
            exprs_field("keys", n->keys);
            patterns_field("patterns", n->patterns);
            if (n->has_rest) str_field("rest", n->rest);
            break;
        }
        case PatternKind::MatchClass: {
            auto* n = static_cast<const MatchClass*>(p);
            open("MatchClass");
            expr_field("cls", n->cls);
            patterns_field("patterns", n->patterns);
            field("kwd_attrs");
            out += '[';
            for (size_t i = 0; i < n->kwd_attrs.size(); ++i) {
                if (i) out += ", ";
                out += repr_str(n->kwd_attrs[i], false);
            }
            out += ']';
            patterns_field("kwd_patterns", n->kwd_patterns);
            break;
        }
        case PatternKind::MatchStar:
            open("MatchStar");
            opt_str_field("name", static_cast<const MatchStar*>(p)->name);
            break;
        case PatternKind::MatchAs: {
            auto* n = static_cast<const MatchAs*>(p);
            open("MatchAs");
            if (n->pattern) {
                field("pattern");
                pattern(n->pattern);
            }
            opt_str_field("name", n->name);
            break;
        }
        case PatternKind::MatchOr:
            open("MatchOr");
            patterns_field("patterns", static_cast<const MatchOr*>(p)->patterns);
            break;
    }
    close(p);
}

}  // namespace

std::string dump(const AstModule& mod, bool include_attributes) {
    Dumper d(include_attributes);
    d.open("Module");
    d.stmts_field("body", mod.body);
    d.raw_field("type_ignores", "[]");
    d.close(nullptr);
    return std::move(d.out);
}

std::string dump(const Expr* e, bool include_attributes) {
    Dumper d(include_attributes);
    d.expr(e);
    return std::move(d.out);
}

std::string dump(const Stmt* s, bool include_attributes) {
    Dumper d(include_attributes);
    d.stmt(s);
    return std::move(d.out);
}

}  // namespace pygen::ast
