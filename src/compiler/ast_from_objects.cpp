// compile() of an ast tree: reads lib/ast.py's node objects into the front end's AstModule.
// The reading follows the order CPython reads a node in (its location attributes first, then its
// fields in grammar order), so a tree with several faults reports the same one first; the checks
// CPython makes after reading (empty bodies, contexts, operand counts) are made while reading.
// CPython counterpart: Python/Python-ast.c (obj2ast_*) and Python/ast.c (_PyAST_Validate).
#include "compiler/ast_from_objects.h"

#include <cmath>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parser/parser.h"

namespace pygen {

namespace {

using ast::ExprContext;

// The ast class a node is an instance of: the first class along its mro whose name is in `names`
// (a subclass of ast.BinOp reads as a BinOp). Returns the index in `names`, or -1.
template <size_t N>
int node_class(Object* node, const char* const (&names)[N]) {
    Object* mro = node->type->mro;
    if (mro == nullptr || !is_tuple(mro)) return -1;
    for (ssize i = 0; i < tuple_size(mro); ++i) {
        const char* name = static_cast<TypeObject*>(tuple_item(mro, i))->name;
        for (size_t k = 0; k < N; ++k)
            if (std::strcmp(name, names[k]) == 0) return static_cast<int>(k);
    }
    return -1;
}

// Holds a constant object for as long as the AstModule lives (the arena destroys its nodes with it).
struct HeldConstant {
    explicit HeldConstant(Object* o) : object(Ref<>::borrow(o)) {}
    Ref<> object;
};

// CPython's validate_constant: the types a Constant may hold, tuples and frozensets of them too.
// Returns null when `value` may be a constant, else the innermost object that may not (borrowed),
// which CPython's TypeError names.
Object* invalid_constant_part(Object* value) {
    if (value == None || value == Ellipsis || is_bool(value) || value->type == &IntType ||
        value->type == &FloatType || value->type == &ComplexType || value->type == &StrType ||
        value->type == &BytesType)
        return nullptr;
    if (value->type == &TupleType) {
        for (ssize i = 0; i < tuple_size(value); ++i)
            if (Object* bad = invalid_constant_part(tuple_item(value, i))) return bad;
        return nullptr;
    }
    if (value->type == &FrozenSetType) {
        ssize pos = 0;
        Object* key;
        while (set_next(value, &pos, &key))
            if (Object* bad = invalid_constant_part(key)) return bad;
        return nullptr;
    }
    return value;
}

const char* context_name(ExprContext c) {
    return c == ExprContext::Load ? "Load" : c == ExprContext::Store ? "Store" : "Del";
}

// Calls each(item) for the items of a list field, holding each while it is read (reading a node
// may run Python code that changes the list); a list that changes size meanwhile is CPython's
// RuntimeError.
template <class F>
bool each_item(Object* list, const char* owner, const char* name, F each) {
    ssize n = list_size(list);
    for (ssize i = 0; i < n; ++i) {
        Ref<> item = Ref<>::borrow(list_item(list, i));
        if (!each(item.get())) return false;
        if (list_size(list) != n) {
            err_format(RuntimeError, "%s field \"%s\" changed size during iteration", owner, name);
            return false;
        }
    }
    return true;
}

class TreeReader {
public:
    explicit TreeReader(ast::AstModule* m) : m_(m) {}

    bool module(Object* tree, CompileMode mode, ast::Expr** eval_expr) {
        static const char* const kModes[] = {"Module", "Expression", "Interactive", "FunctionType"};
        int k = node_class(tree, kModes);
        const char* want = mode == CompileMode::Exec ? "Module" : mode == CompileMode::Eval ? "Expression" : "Interactive";
        if (k < 0 || std::strcmp(kModes[k], want) != 0) {
            err_format(TypeError, "expected %s node, got %s", want, tree->type->name);
            return false;
        }
        if (mode == CompileMode::Eval) {
            *eval_expr = required_expr(tree, "body", "Expression");
            return *eval_expr != nullptr;
        }
        if (!stmts(tree, "body", want, &m_->body)) return false;
        if (mode == CompileMode::Exec) {
            Ref<> ignores = field(tree, "type_ignores", "Module");
            if (!ignores || !check_list(ignores.get(), "Module", "type_ignores")) return false;
            static const char* const kIgnore[] = {"TypeIgnore"};
            for (ssize i = 0; i < list_size(ignores.get()); ++i)
                if (node_class(list_item(ignores.get(), i), kIgnore) < 0) {
                    err_format(TypeError, "expected some sort of type_ignore, but got %R", list_item(ignores.get(), i));
                    return false;
                }
        }
        return true;
    }

private:
    ast::AstModule* m_;
    int depth_ = 0;

    // Deep trees recurse here as in the compiler; CPython stops them the same way.
    struct Depth {
        TreeReader* r;
        bool ok;
        explicit Depth(TreeReader* reader) : r(reader), ok(++reader->depth_ <= kDefaultMaxAstDepth) {
            if (!ok) err_set_string(RecursionError, "maximum recursion depth exceeded during compilation");
        }
        ~Depth() { --r->depth_; }
    };

    // ---- Fields ----

    // A required field: missing is a TypeError naming the node.
    Ref<> field(Object* node, const char* name, const char* owner) {
        Ref<> v = lookup(node, name);
        if (!v && !err_occurred())
            err_format(TypeError, "required field \"%s\" missing from %s", name, owner);
        return v;
    }
    // An optional field: missing reads as None. Null only with an exception.
    Ref<> optional_field(Object* node, const char* name) {
        Ref<> v = lookup(node, name);
        if (!v && !err_occurred()) return Ref<>::borrow(None);
        return v;
    }
    // Null without an exception when the node has no such attribute.
    Ref<> lookup(Object* node, const char* name) {
        Ref<> key = Ref<>::steal(str_from(name));
        if (!key) return {};
        return Ref<>::steal(object_lookup_attr(node, key.get()));
    }
    bool check_list(Object* v, const char* owner, const char* name) {
        if (is_list(v)) return true;
        err_format(TypeError, "%s field \"%s\" must be a list, not a %s", owner, name, v->type->name);
        return false;
    }
    bool identifier(Object* v, std::string* out) {
        if (!is_str(v)) {
            err_set_string(TypeError, "AST identifier must be of type str");
            return false;
        }
        *out = std::string(str_view(v));
        return true;
    }
    bool identifier_field(Object* node, const char* name, const char* owner, std::string* out, bool optional = false) {
        Ref<> v = optional ? optional_field(node, name) : field(node, name, owner);
        if (!v) return false;
        if (optional && v.get() == None) return true;
        return identifier(v.get(), out);
    }
    bool int_field(Object* node, const char* name, const char* owner, int* out, bool optional = false) {
        Ref<> v = optional ? optional_field(node, name) : field(node, name, owner);
        if (!v) return false;
        if (optional && v.get() == None) return true;
        int64_t x;
        if (!is_int(v.get())) {
            err_format(ValueError, "invalid integer value: %R", v.get());
            return false;
        }
        if (!int_as_i64(v.get(), &x) || x < INT32_MIN || x > INT32_MAX) {
            err_clear();
            err_format(ValueError, "invalid integer value: %R", v.get());
            return false;
        }
        *out = static_cast<int>(x);
        return true;
    }
    bool location(Object* node, const char* group, ast::Location* loc) {
        if (!int_field(node, "lineno", group, &loc->lineno) || !int_field(node, "col_offset", group, &loc->col_offset))
            return false;
        loc->end_lineno = loc->lineno;
        loc->end_col_offset = loc->col_offset;
        return int_field(node, "end_lineno", group, &loc->end_lineno, true) &&
               int_field(node, "end_col_offset", group, &loc->end_col_offset, true);
    }

    // ---- Expressions ----

    ast::Expr* required_expr(Object* node, const char* name, const char* owner, ExprContext ctx = ExprContext::Load) {
        Ref<> v = field(node, name, owner);
        if (!v) return nullptr;
        if (v.get() == None) {
            err_format(ValueError, "field '%s' is required for %s", name, owner);
            return nullptr;
        }
        return expr(v.get(), ctx);
    }
    // Returns false only on error; *out stays null for a missing or None field.
    bool optional_expr(Object* node, const char* name, ast::Expr** out) {
        Ref<> v = optional_field(node, name);
        if (!v) return false;
        if (v.get() == None) return true;
        *out = expr(v.get(), ExprContext::Load);
        return *out != nullptr;
    }
    // A list of expressions; None items are allowed only where `none_ok` (dict keys, kw_defaults).
    bool exprs(Object* node, const char* name, const char* owner, std::vector<ast::Expr*>* out,
               ExprContext ctx = ExprContext::Load, bool none_ok = false) {
        Ref<> v = field(node, name, owner);
        if (!v || !check_list(v.get(), owner, name)) return false;
        if (!each_item(v.get(), owner, name, [&](Object* item) {
            if (item == None) {
                if (!none_ok) {
                    err_set_string(ValueError, "None disallowed in expression list");
                    return false;
                }
                out->push_back(nullptr);
                return true;
            }
            ast::Expr* e = expr(item, ctx);
            if (!e) return false;
            out->push_back(e);
            return true;
        }))
            return false;
        return true;
    }

    bool context(Object* node, const char* owner, ExprContext want, ExprContext* out) {
        Ref<> v = field(node, "ctx", owner);
        if (!v) return false;
        static const char* const kContexts[] = {"Load", "Store", "Del"};
        int k = node_class(v.get(), kContexts);
        if (k < 0) {
            err_format(TypeError, "expected some sort of expr_context, but got %R", v.get());
            return false;
        }
        *out = static_cast<ExprContext>(k);
        if (*out != want) {
            err_format(ValueError, "expression must have %s context but has %s instead", context_name(want), context_name(*out));
            return false;
        }
        return true;
    }

    template <size_t N>
    bool op_field(Object* node, const char* name, const char* owner, const char* kind, const char* const (&names)[N], int* out) {
        Ref<> v = field(node, name, owner);
        if (!v) return false;
        // The operator must be an instance: ast.Add (the class) is refused as CPython refuses it.
        int k = is_type(v.get()) ? -1 : node_class(v.get(), names);
        if (k < 0) {
            err_format(TypeError, "expected some sort of %s, but got %R", kind, v.get());
            return false;
        }
        *out = k;
        return true;
    }

    ast::Expr* constant(Object* value, const ast::Location& loc) {
        auto* c = m_->make<ast::Constant>();
        static_cast<ast::Location&>(*c) = loc;
        if (value == None) c->value_kind = ast::ConstantKind::None;
        else if (value == True) c->value_kind = ast::ConstantKind::True;
        else if (value == False) c->value_kind = ast::ConstantKind::False;
        else if (value == Ellipsis) c->value_kind = ast::ConstantKind::Ellipsis;
        else if (value->type == &IntType) {
            c->value_kind = ast::ConstantKind::Int;
            c->text = int_to_decimal(value);
        } else if (value->type == &FloatType) {
            c->value_kind = ast::ConstantKind::Float;
            c->number = float_value(value);
        } else if (value->type == &ComplexType) {
            // The front end has only imaginary literals: a complex with a real part is real + imag,
            // which the compiler folds back into the one constant.
            c->value_kind = ast::ConstantKind::Imaginary;
            c->number = complex_imag(value);
            double real = complex_real(value);
            if (real != 0.0 || std::signbit(real)) {
                auto* r = m_->make<ast::Constant>();
                static_cast<ast::Location&>(*r) = loc;
                r->value_kind = ast::ConstantKind::Float;
                r->number = real;
                auto* sum = m_->make<ast::BinOp>();
                static_cast<ast::Location&>(*sum) = loc;
                sum->left = r;
                sum->op = ast::OperatorKind::Add;
                sum->right = c;
                return sum;
            }
        } else if (value->type == &StrType) {
            c->value_kind = ast::ConstantKind::Str;
            c->text = std::string(str_view(value));
        } else if (value->type == &BytesType) {
            c->value_kind = ast::ConstantKind::Bytes;
            c->text = std::string(bytes_view(value));
        } else if (value->type == &TupleType) {
            // A tuple of constants (what an optimiser leaves): the same tuple as a display of them.
            auto* t = m_->make<ast::Tuple>();
            static_cast<ast::Location&>(*t) = loc;
            for (ssize i = 0; i < tuple_size(value); ++i) {
                ast::Expr* item = constant(tuple_item(value, i), loc);
                if (!item) return nullptr;
                t->elts.push_back(item);
            }
            return t;
        } else if (value->type == &FrozenSetType) {
            // No literal form: the object itself, which the tree keeps alive until it is compiled.
            c->value_kind = ast::ConstantKind::Object;
            c->object = m_->make<HeldConstant>(value)->object.get();
        } else {
            err_format(TypeError, "got an invalid type in Constant: %s", value->type->name);
            return nullptr;
        }
        return c;
    }

    bool comprehensions(Object* node, const char* owner, std::vector<ast::Comprehension*>* out) {
        Ref<> v = field(node, "generators", owner);
        if (!v || !check_list(v.get(), owner, "generators")) return false;
        static const char* const kComp[] = {"comprehension"};
        if (!each_item(v.get(), owner, "generators", [&](Object* g) {
            if (node_class(g, kComp) < 0) {
                err_format(TypeError, "expected some sort of comprehension, but got %R", g);
                return false;
            }
            auto* c = m_->make<ast::Comprehension>();
            c->target = required_expr(g, "target", "comprehension", ExprContext::Store);
            if (!c->target) return false;
            c->iter = required_expr(g, "iter", "comprehension");
            int is_async = 0;
            if (!c->iter || !exprs(g, "ifs", "comprehension", &c->ifs) || !int_field(g, "is_async", "comprehension", &is_async))
                return false;
            c->is_async = is_async != 0;
            out->push_back(c);
            return true;
        }))
            return false;
        if (out->empty()) {
            err_set_string(ValueError, "comprehension with no generators");
            return false;
        }
        return true;
    }

    ast::Arguments* arguments(Object* node, const char* name, const char* owner) {
        Ref<> v = field(node, name, owner);
        if (!v) return nullptr;
        static const char* const kArgs[] = {"arguments"};
        if (node_class(v.get(), kArgs) < 0) {
            err_format(TypeError, "expected some sort of arguments, but got %R", v.get());
            return nullptr;
        }
        Object* a = v.get();
        auto* out = m_->make<ast::Arguments>();
        if (!arg_list(a, "posonlyargs", &out->posonlyargs) || !arg_list(a, "args", &out->args) ||
            !optional_arg(a, "vararg", &out->vararg) || !arg_list(a, "kwonlyargs", &out->kwonlyargs) ||
            !exprs(a, "kw_defaults", "arguments", &out->kw_defaults, ExprContext::Load, true) ||
            !optional_arg(a, "kwarg", &out->kwarg) || !exprs(a, "defaults", "arguments", &out->defaults))
            return nullptr;
        if (out->defaults.size() > out->posonlyargs.size() + out->args.size()) {
            err_set_string(ValueError, "more positional defaults than args on arguments");
            return nullptr;
        }
        if (out->kw_defaults.size() != out->kwonlyargs.size()) {
            err_set_string(ValueError, "length of kwonlyargs is not the same as kw_defaults on arguments");
            return nullptr;
        }
        return out;
    }
    ast::Arg* arg(Object* o) {
        static const char* const kArg[] = {"arg"};
        if (node_class(o, kArg) < 0) {
            err_format(TypeError, "expected some sort of arg, but got %R", o);
            return nullptr;
        }
        auto* a = m_->make<ast::Arg>();
        if (!identifier_field(o, "arg", "arg", &a->arg) || !optional_expr(o, "annotation", &a->annotation) ||
            !location(o, "arg", a))
            return nullptr;
        return a;
    }
    bool arg_list(Object* node, const char* name, std::vector<ast::Arg*>* out) {
        Ref<> v = field(node, name, "arguments");
        if (!v || !check_list(v.get(), "arguments", name)) return false;
        if (!each_item(v.get(), "arguments", name, [&](Object* item) {
            ast::Arg* a = arg(item);
            if (!a) return false;
            out->push_back(a);
            return true;
        }))
            return false;
        return true;
    }
    bool optional_arg(Object* node, const char* name, ast::Arg** out) {
        Ref<> v = optional_field(node, name);
        if (!v) return false;
        if (v.get() == None) return true;
        *out = arg(v.get());
        return *out != nullptr;
    }
    bool keywords(Object* node, const char* owner, std::vector<ast::Keyword*>* out) {
        Ref<> v = field(node, "keywords", owner);
        if (!v || !check_list(v.get(), owner, "keywords")) return false;
        static const char* const kKeyword[] = {"keyword"};
        if (!each_item(v.get(), owner, "keywords", [&](Object* o) {
            if (node_class(o, kKeyword) < 0) {
                err_format(TypeError, "expected some sort of keyword, but got %R", o);
                return false;
            }
            auto* k = m_->make<ast::Keyword>();
            if (!location(o, "keyword", k) || !identifier_field(o, "arg", "keyword", &k->arg, true)) return false;
            k->value = required_expr(o, "value", "keyword");
            if (!k->value) return false;
            out->push_back(k);
            return true;
        }))
            return false;
        return true;
    }

    template <class T>
    T* located(const ast::Location& loc) {
        T* n = m_->make<T>();
        static_cast<ast::Location&>(*n) = loc;
        return n;
    }

    // Expressions that carry a context check it against the one their position wants; the others
    // can only be loaded.
    ast::Expr* expr(Object* o, ExprContext want) {
        Depth depth(this);
        if (!depth.ok) return nullptr;
        static const char* const kKinds[] = {
            "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp", "SetComp",
            "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call", "FormattedValue",
            "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice"};
        ast::Location loc;
        if (!location(o, "expr", &loc)) return nullptr;
        int k = node_class(o, kKinds);
        if (k < 0) {
            err_format(TypeError, "expected some sort of expr, but got %R", o);
            return nullptr;
        }
        auto kind = static_cast<ast::ExprKind>(k);
        const char* name = kKinds[k];
        bool has_context = kind == ast::ExprKind::Attribute || kind == ast::ExprKind::Subscript ||
                           kind == ast::ExprKind::Starred || kind == ast::ExprKind::Name ||
                           kind == ast::ExprKind::List || kind == ast::ExprKind::Tuple;
        if (!has_context && want != ExprContext::Load) {
            err_format(ValueError, "expression which can't be assigned to in %s context", context_name(want));
            return nullptr;
        }
        switch (kind) {
        case ast::ExprKind::BoolOp: {
            auto* e = located<ast::BoolOp>(loc);
            static const char* const kOps[] = {"And", "Or"};
            int op;
            if (!op_field(o, "op", name, "boolop", kOps, &op) || !exprs(o, "values", name, &e->values)) return nullptr;
            e->op = static_cast<ast::BoolOpKind>(op);
            if (e->values.size() < 2) {
                err_set_string(ValueError, "BoolOp with less than 2 values");
                return nullptr;
            }
            return e;
        }
        case ast::ExprKind::NamedExpr: {
            auto* e = located<ast::NamedExpr>(loc);
            if (!(e->target = required_expr(o, "target", name, ExprContext::Store))) return nullptr;
            if (e->target->kind != ast::ExprKind::Name) {
                err_set_string(TypeError, "NamedExpr target must be a Name");
                return nullptr;
            }
            if (!(e->value = required_expr(o, "value", name))) return nullptr;
            return e;
        }
        case ast::ExprKind::BinOp: {
            auto* e = located<ast::BinOp>(loc);
            static const char* const kOps[] = {"Add", "BitAnd", "FloorDiv", "LShift", "MatMult", "Mult", "Mod",
                                               "BitOr", "Pow", "RShift", "Sub", "Div", "BitXor"};
            int op;
            if (!(e->left = required_expr(o, "left", name)) || !op_field(o, "op", name, "operator", kOps, &op) ||
                !(e->right = required_expr(o, "right", name)))
                return nullptr;
            e->op = static_cast<ast::OperatorKind>(op);
            return e;
        }
        case ast::ExprKind::UnaryOp: {
            auto* e = located<ast::UnaryOp>(loc);
            static const char* const kOps[] = {"Invert", "Not", "UAdd", "USub"};
            int op;
            if (!op_field(o, "op", name, "unaryop", kOps, &op) || !(e->operand = required_expr(o, "operand", name)))
                return nullptr;
            e->op = static_cast<ast::UnaryOpKind>(op);
            return e;
        }
        case ast::ExprKind::Lambda: {
            auto* e = located<ast::Lambda>(loc);
            if (!(e->args = arguments(o, "args", name)) || !(e->body = required_expr(o, "body", name))) return nullptr;
            return e;
        }
        case ast::ExprKind::IfExp: {
            auto* e = located<ast::IfExp>(loc);
            if (!(e->test = required_expr(o, "test", name)) || !(e->body = required_expr(o, "body", name)) ||
                !(e->orelse = required_expr(o, "orelse", name)))
                return nullptr;
            return e;
        }
        case ast::ExprKind::Dict: {
            auto* e = located<ast::Dict>(loc);
            if (!exprs(o, "keys", name, &e->keys, ExprContext::Load, true) || !exprs(o, "values", name, &e->values))
                return nullptr;
            if (e->keys.size() != e->values.size()) {
                err_set_string(ValueError, "Dict doesn't have the same number of keys as values");
                return nullptr;
            }
            return e;
        }
        case ast::ExprKind::Set: {
            auto* e = located<ast::Set>(loc);
            if (!exprs(o, "elts", name, &e->elts)) return nullptr;
            return e;
        }
        case ast::ExprKind::ListComp:
        case ast::ExprKind::SetComp:
        case ast::ExprKind::GeneratorExp: {
            ast::Expr* elt = required_expr(o, "elt", name);
            std::vector<ast::Comprehension*> gens;
            if (!elt || !comprehensions(o, name, &gens)) return nullptr;
            if (kind == ast::ExprKind::ListComp) {
                auto* e = located<ast::ListComp>(loc);
                e->elt = elt;
                e->generators = std::move(gens);
                return e;
            }
            if (kind == ast::ExprKind::SetComp) {
                auto* e = located<ast::SetComp>(loc);
                e->elt = elt;
                e->generators = std::move(gens);
                return e;
            }
            auto* e = located<ast::GeneratorExp>(loc);
            e->elt = elt;
            e->generators = std::move(gens);
            return e;
        }
        case ast::ExprKind::DictComp: {
            auto* e = located<ast::DictComp>(loc);
            if (!(e->key = required_expr(o, "key", name)) || !(e->value = required_expr(o, "value", name)) ||
                !comprehensions(o, name, &e->generators))
                return nullptr;
            return e;
        }
        case ast::ExprKind::Await: {
            auto* e = located<ast::Await>(loc);
            if (!(e->value = required_expr(o, "value", name))) return nullptr;
            return e;
        }
        case ast::ExprKind::Yield: {
            auto* e = located<ast::Yield>(loc);
            if (!optional_expr(o, "value", &e->value)) return nullptr;
            return e;
        }
        case ast::ExprKind::YieldFrom: {
            auto* e = located<ast::YieldFrom>(loc);
            if (!(e->value = required_expr(o, "value", name))) return nullptr;
            return e;
        }
        case ast::ExprKind::Compare: {
            auto* e = located<ast::Compare>(loc);
            if (!(e->left = required_expr(o, "left", name))) return nullptr;
            Ref<> ops = field(o, "ops", name);
            if (!ops || !check_list(ops.get(), name, "ops")) return nullptr;
            static const char* const kOps[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
            if (!each_item(ops.get(), name, "ops", [&](Object* op) {
                int k2 = is_type(op) ? -1 : node_class(op, kOps);
                if (k2 < 0) {
                    err_format(TypeError, "expected some sort of cmpop, but got %R", op);
                    return false;
                }
                e->ops.push_back(static_cast<ast::CmpOpKind>(k2));
                return true;
            }))
                return nullptr;
            if (!exprs(o, "comparators", name, &e->comparators)) return nullptr;
            if (e->comparators.empty()) {
                err_set_string(ValueError, "Compare with no comparators");
                return nullptr;
            }
            if (e->ops.size() != e->comparators.size()) {
                err_set_string(ValueError, "Compare has a different number of comparators and operands");
                return nullptr;
            }
            return e;
        }
        case ast::ExprKind::Call: {
            auto* e = located<ast::Call>(loc);
            if (!(e->func = required_expr(o, "func", name)) || !exprs(o, "args", name, &e->args) ||
                !keywords(o, name, &e->keywords))
                return nullptr;
            return e;
        }
        case ast::ExprKind::FormattedValue: {
            auto* e = located<ast::FormattedValue>(loc);
            if (!(e->value = required_expr(o, "value", name)) || !int_field(o, "conversion", name, &e->conversion) ||
                !optional_expr(o, "format_spec", &e->format_spec))
                return nullptr;
            return e;
        }
        case ast::ExprKind::JoinedStr: {
            auto* e = located<ast::JoinedStr>(loc);
            if (!exprs(o, "values", name, &e->values)) return nullptr;
            return e;
        }
        case ast::ExprKind::Constant: {
            Ref<> v = field(o, "value", name);
            if (!v) return nullptr;
            if (Object* bad = invalid_constant_part(v.get())) {
                // Named by the innermost offender, as CPython names it (a tuple holding a list: 'list').
                err_format(TypeError, "got an invalid type in Constant: %s", bad->type->name);
                return nullptr;
            }
            return constant(v.get(), loc);
        }
        case ast::ExprKind::Attribute: {
            auto* e = located<ast::Attribute>(loc);
            if (!(e->value = required_expr(o, "value", name)) || !identifier_field(o, "attr", name, &e->attr) ||
                !context(o, name, want, &e->ctx))
                return nullptr;
            return e;
        }
        case ast::ExprKind::Subscript: {
            auto* e = located<ast::Subscript>(loc);
            if (!(e->value = required_expr(o, "value", name)) || !(e->slice = required_expr(o, "slice", name)) ||
                !context(o, name, want, &e->ctx))
                return nullptr;
            return e;
        }
        case ast::ExprKind::Starred: {
            auto* e = located<ast::Starred>(loc);
            if (!(e->value = required_expr(o, "value", name, want)) || !context(o, name, want, &e->ctx)) return nullptr;
            return e;
        }
        case ast::ExprKind::Name: {
            auto* e = located<ast::Name>(loc);
            if (!identifier_field(o, "id", name, &e->id) || !context(o, name, want, &e->ctx)) return nullptr;
            if (e->id == "None" || e->id == "True" || e->id == "False") {
                err_format(ValueError, "identifier field can't represent '%s' constant", e->id.c_str());
                return nullptr;
            }
            return e;
        }
        case ast::ExprKind::List: {
            auto* e = located<ast::List>(loc);
            if (!exprs(o, "elts", name, &e->elts, want) || !context(o, name, want, &e->ctx)) return nullptr;
            return e;
        }
        case ast::ExprKind::Tuple: {
            auto* e = located<ast::Tuple>(loc);
            if (!exprs(o, "elts", name, &e->elts, want) || !context(o, name, want, &e->ctx)) return nullptr;
            return e;
        }
        case ast::ExprKind::Slice: {
            auto* e = located<ast::Slice>(loc);
            if (!optional_expr(o, "lower", &e->lower) || !optional_expr(o, "upper", &e->upper) ||
                !optional_expr(o, "step", &e->step))
                return nullptr;
            return e;
        }
        }
        return nullptr;
    }

    // ---- Statements ----

    bool stmts(Object* node, const char* name, const char* owner, std::vector<ast::Stmt*>* out) {
        Ref<> v = field(node, name, owner);
        if (!v || !check_list(v.get(), owner, name)) return false;
        if (!each_item(v.get(), owner, name, [&](Object* item) {
            ast::Stmt* s = stmt(item);
            if (!s) return false;
            out->push_back(s);
            return true;
        }))
            return false;
        return true;
    }
    // A statement list that may not be empty ("empty body on While").
    bool body(Object* node, const char* name, const char* owner, std::vector<ast::Stmt*>* out) {
        if (!stmts(node, name, owner, out)) return false;
        if (out->empty()) {
            err_format(ValueError, "empty %s on %s", name, owner);
            return false;
        }
        return true;
    }
    bool aliases(Object* node, const char* owner, std::vector<ast::Alias*>* out) {
        Ref<> v = field(node, "names", owner);
        if (!v || !check_list(v.get(), owner, "names")) return false;
        static const char* const kAlias[] = {"alias"};
        if (!each_item(v.get(), owner, "names", [&](Object* o) {
            if (node_class(o, kAlias) < 0) {
                err_format(TypeError, "expected some sort of alias, but got %R", o);
                return false;
            }
            auto* a = m_->make<ast::Alias>();
            if (!location(o, "alias", a) || !identifier_field(o, "name", "alias", &a->name) ||
                !identifier_field(o, "asname", "alias", &a->asname, true))
                return false;
            out->push_back(a);
            return true;
        }))
            return false;
        if (out->empty()) {
            err_format(ValueError, "empty names on %s", owner);
            return false;
        }
        return true;
    }
    bool names(Object* node, const char* owner, std::vector<std::string>* out) {
        Ref<> v = field(node, "names", owner);
        if (!v || !check_list(v.get(), owner, "names")) return false;
        for (ssize i = 0; i < list_size(v.get()); ++i) {
            std::string n;
            if (!identifier(list_item(v.get(), i), &n)) return false;
            out->push_back(std::move(n));
        }
        if (out->empty()) {
            err_format(ValueError, "empty names on %s", owner);
            return false;
        }
        return true;
    }
    bool with_items(Object* node, const char* owner, std::vector<ast::WithItem*>* out) {
        Ref<> v = field(node, "items", owner);
        if (!v || !check_list(v.get(), owner, "items")) return false;
        static const char* const kItem[] = {"withitem"};
        if (!each_item(v.get(), owner, "items", [&](Object* o) {
            if (node_class(o, kItem) < 0) {
                err_format(TypeError, "expected some sort of withitem, but got %R", o);
                return false;
            }
            auto* w = m_->make<ast::WithItem>();
            if (!(w->context_expr = required_expr(o, "context_expr", "withitem"))) return false;
            Ref<> vars = optional_field(o, "optional_vars");
            if (!vars) return false;
            if (vars.get() != None && !(w->optional_vars = expr(vars.get(), ExprContext::Store))) return false;
            out->push_back(w);
            return true;
        }))
            return false;
        if (out->empty()) {
            err_format(ValueError, "empty items on %s", owner);
            return false;
        }
        return true;
    }
    bool handlers(Object* node, std::vector<ast::ExceptHandler*>* out) {
        Ref<> v = field(node, "handlers", "Try");
        if (!v || !check_list(v.get(), "Try", "handlers")) return false;
        static const char* const kHandler[] = {"ExceptHandler"};
        if (!each_item(v.get(), "Try", "handlers", [&](Object* o) {
            auto* h = m_->make<ast::ExceptHandler>();
            if (!location(o, "excepthandler", h)) return false;
            if (node_class(o, kHandler) < 0) {
                err_format(TypeError, "expected some sort of excepthandler, but got %R", o);
                return false;
            }
            if (!optional_expr(o, "type", &h->type) || !identifier_field(o, "name", "ExceptHandler", &h->name, true) ||
                !body(o, "body", "ExceptHandler", &h->body))
                return false;
            out->push_back(h);
            return true;
        }))
            return false;
        return true;
    }
    bool decorators(Object* node, const char* owner, std::vector<ast::Expr*>* out) {
        return exprs(node, "decorator_list", owner, out);
    }

    ast::Stmt* stmt(Object* o) {
        Depth depth(this);
        if (!depth.ok) return nullptr;
        static const char* const kKinds[] = {
            "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign",
            "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Raise", "Try", "Assert", "Import", "ImportFrom",
            "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue", "Match", "TryStar"};
        ast::Location loc;
        if (!location(o, "stmt", &loc)) return nullptr;
        int k = node_class(o, kKinds);
        if (k < 0) {
            err_format(TypeError, "expected some sort of stmt, but got %R", o);
            return nullptr;
        }
        const char* name = kKinds[k];
        bool star = std::strcmp(name, "TryStar") == 0;
        auto kind = star ? ast::StmtKind::Try : static_cast<ast::StmtKind>(k);
        switch (kind) {
        case ast::StmtKind::FunctionDef:
        case ast::StmtKind::AsyncFunctionDef: {
            auto* s = m_->make<ast::FunctionDef>(kind);
            static_cast<ast::Location&>(*s) = loc;
            if (!identifier_field(o, "name", name, &s->name) || !(s->args = arguments(o, "args", name)) ||
                !body(o, "body", name, &s->body) || !decorators(o, name, &s->decorator_list) ||
                !optional_expr(o, "returns", &s->returns))
                return nullptr;
            return s;
        }
        case ast::StmtKind::ClassDef: {
            auto* s = located<ast::ClassDef>(loc);
            if (!identifier_field(o, "name", name, &s->name) || !exprs(o, "bases", name, &s->bases) ||
                !keywords(o, name, &s->keywords) || !body(o, "body", name, &s->body) ||
                !decorators(o, name, &s->decorator_list))
                return nullptr;
            return s;
        }
        case ast::StmtKind::Return: {
            auto* s = located<ast::Return>(loc);
            if (!optional_expr(o, "value", &s->value)) return nullptr;
            return s;
        }
        case ast::StmtKind::Delete: {
            auto* s = located<ast::Delete>(loc);
            if (!exprs(o, "targets", name, &s->targets, ExprContext::Del)) return nullptr;
            if (s->targets.empty()) {
                err_set_string(ValueError, "empty targets on Delete");
                return nullptr;
            }
            return s;
        }
        case ast::StmtKind::Assign: {
            auto* s = located<ast::Assign>(loc);
            if (!exprs(o, "targets", name, &s->targets, ExprContext::Store) || !(s->value = required_expr(o, "value", name)))
                return nullptr;
            if (s->targets.empty()) {
                err_set_string(ValueError, "empty targets on Assign");
                return nullptr;
            }
            return s;
        }
        case ast::StmtKind::AugAssign: {
            auto* s = located<ast::AugAssign>(loc);
            static const char* const kOps[] = {"Add", "BitAnd", "FloorDiv", "LShift", "MatMult", "Mult", "Mod",
                                               "BitOr", "Pow", "RShift", "Sub", "Div", "BitXor"};
            int op;
            if (!(s->target = required_expr(o, "target", name, ExprContext::Store)) ||
                !op_field(o, "op", name, "operator", kOps, &op) || !(s->value = required_expr(o, "value", name)))
                return nullptr;
            s->op = static_cast<ast::OperatorKind>(op);
            return s;
        }
        case ast::StmtKind::AnnAssign: {
            auto* s = located<ast::AnnAssign>(loc);
            int simple = 0;
            if (!(s->target = required_expr(o, "target", name, ExprContext::Store)) ||
                !(s->annotation = required_expr(o, "annotation", name)) || !optional_expr(o, "value", &s->value) ||
                !int_field(o, "simple", name, &simple))
                return nullptr;
            s->simple = simple != 0;
            return s;
        }
        case ast::StmtKind::For:
        case ast::StmtKind::AsyncFor: {
            auto* s = m_->make<ast::For>(kind);
            static_cast<ast::Location&>(*s) = loc;
            if (!(s->target = required_expr(o, "target", name, ExprContext::Store)) ||
                !(s->iter = required_expr(o, "iter", name)) || !body(o, "body", name, &s->body) ||
                !stmts(o, "orelse", name, &s->orelse))
                return nullptr;
            return s;
        }
        case ast::StmtKind::While: {
            auto* s = located<ast::While>(loc);
            if (!(s->test = required_expr(o, "test", name)) || !body(o, "body", name, &s->body) ||
                !stmts(o, "orelse", name, &s->orelse))
                return nullptr;
            return s;
        }
        case ast::StmtKind::If: {
            auto* s = located<ast::If>(loc);
            if (!(s->test = required_expr(o, "test", name)) || !body(o, "body", name, &s->body) ||
                !stmts(o, "orelse", name, &s->orelse))
                return nullptr;
            return s;
        }
        case ast::StmtKind::With:
        case ast::StmtKind::AsyncWith: {
            auto* s = m_->make<ast::With>(kind);
            static_cast<ast::Location&>(*s) = loc;
            if (!with_items(o, name, &s->items) || !body(o, "body", name, &s->body)) return nullptr;
            return s;
        }
        case ast::StmtKind::Raise: {
            auto* s = located<ast::Raise>(loc);
            if (!optional_expr(o, "exc", &s->exc) || !optional_expr(o, "cause", &s->cause)) return nullptr;
            if (s->cause && !s->exc) {
                err_set_string(ValueError, "Raise with cause but no exception");
                return nullptr;
            }
            return s;
        }
        case ast::StmtKind::Try: {
            auto* s = located<ast::Try>(loc);
            s->is_star = star;
            if (!body(o, "body", name, &s->body) || !handlers(o, &s->handlers) || !stmts(o, "orelse", name, &s->orelse) ||
                !stmts(o, "finalbody", name, &s->finalbody))
                return nullptr;
            if (s->handlers.empty() && s->finalbody.empty()) {
                err_format(ValueError, "%s has neither except handlers nor finalbody", name);
                return nullptr;
            }
            if (s->handlers.empty() && !s->orelse.empty()) {
                err_format(ValueError, "%s has orelse but no except handlers", name);
                return nullptr;
            }
            return s;
        }
        case ast::StmtKind::Assert: {
            auto* s = located<ast::Assert>(loc);
            if (!(s->test = required_expr(o, "test", name)) || !optional_expr(o, "msg", &s->msg)) return nullptr;
            return s;
        }
        case ast::StmtKind::Import: {
            auto* s = located<ast::Import>(loc);
            if (!aliases(o, name, &s->names)) return nullptr;
            return s;
        }
        case ast::StmtKind::ImportFrom: {
            auto* s = located<ast::ImportFrom>(loc);
            if (!identifier_field(o, "module", name, &s->module, true) || !aliases(o, name, &s->names) ||
                !int_field(o, "level", name, &s->level, true))
                return nullptr;
            if (s->level < 0) {
                err_set_string(ValueError, "Negative ImportFrom level");
                return nullptr;
            }
            return s;
        }
        case ast::StmtKind::Global: {
            auto* s = located<ast::Global>(loc);
            if (!names(o, name, &s->names)) return nullptr;
            return s;
        }
        case ast::StmtKind::Nonlocal: {
            auto* s = located<ast::Nonlocal>(loc);
            if (!names(o, name, &s->names)) return nullptr;
            return s;
        }
        case ast::StmtKind::Expr: {
            auto* s = located<ast::ExprStmt>(loc);
            if (!(s->value = required_expr(o, "value", name))) return nullptr;
            return s;
        }
        case ast::StmtKind::Pass: return located<ast::Pass>(loc);
        case ast::StmtKind::Break: return located<ast::Break>(loc);
        case ast::StmtKind::Continue: return located<ast::Continue>(loc);
        case ast::StmtKind::Match: {
            auto* s = located<ast::Match>(loc);
            if (!(s->subject = required_expr(o, "subject", name)) || !match_cases(o, &s->cases)) return nullptr;
            return s;
        }
        }
        return nullptr;
    }

    // ---- match statement ----

    bool match_cases(Object* node, std::vector<ast::MatchCase*>* out) {
        Ref<> v = field(node, "cases", "Match");
        if (!v || !check_list(v.get(), "Match", "cases")) return false;
        static const char* const kCase[] = {"match_case"};
        if (!each_item(v.get(), "Match", "cases", [&](Object* o) {
            if (node_class(o, kCase) < 0) {
                err_format(TypeError, "expected some sort of match_case, but got %R", o);
                return false;
            }
            auto* c = m_->make<ast::MatchCase>();
            if (!(c->pattern = required_pattern(o, "pattern", "match_case")) || !optional_expr(o, "guard", &c->guard) ||
                !body(o, "body", "match_case", &c->body))
                return false;
            out->push_back(c);
            return true;
        }))
            return false;
        if (out->empty()) {
            err_set_string(ValueError, "empty cases on Match");
            return false;
        }
        return true;
    }
    ast::Pattern* required_pattern(Object* node, const char* name, const char* owner) {
        Ref<> v = field(node, name, owner);
        if (!v) return nullptr;
        if (v.get() == None) {
            err_format(ValueError, "field '%s' is required for %s", name, owner);
            return nullptr;
        }
        return pattern(v.get());
    }
    bool patterns(Object* node, const char* name, const char* owner, std::vector<ast::Pattern*>* out) {
        Ref<> v = field(node, name, owner);
        if (!v || !check_list(v.get(), owner, name)) return false;
        if (!each_item(v.get(), owner, name, [&](Object* item) {
            ast::Pattern* p = pattern(item);
            if (!p) return false;
            out->push_back(p);
            return true;
        }))
            return false;
        return true;
    }
    bool identifiers(Object* node, const char* name, const char* owner, std::vector<std::string>* out) {
        Ref<> v = field(node, name, owner);
        if (!v || !check_list(v.get(), owner, name)) return false;
        for (ssize i = 0; i < list_size(v.get()); ++i) {
            std::string n;
            if (!identifier(list_item(v.get(), i), &n)) return false;
            out->push_back(std::move(n));
        }
        return true;
    }

    ast::Pattern* pattern(Object* o) {
        Depth depth(this);
        if (!depth.ok) return nullptr;
        static const char* const kKinds[] = {"MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping",
                                             "MatchClass", "MatchStar", "MatchAs", "MatchOr"};
        ast::Location loc;
        if (!location(o, "pattern", &loc)) return nullptr;
        int k = node_class(o, kKinds);
        if (k < 0) {
            err_format(TypeError, "expected some sort of pattern, but got %R", o);
            return nullptr;
        }
        const char* name = kKinds[k];
        switch (static_cast<ast::PatternKind>(k)) {
        case ast::PatternKind::MatchValue: {
            auto* p = located<ast::MatchValue>(loc);
            if (!(p->value = required_expr(o, "value", name))) return nullptr;
            return p;
        }
        case ast::PatternKind::MatchSingleton: {
            auto* p = located<ast::MatchSingleton>(loc);
            Ref<> v = field(o, "value", name);
            if (!v) return nullptr;
            if (v.get() == None) p->value = ast::ConstantKind::None;
            else if (v.get() == True) p->value = ast::ConstantKind::True;
            else if (v.get() == False) p->value = ast::ConstantKind::False;
            else {
                err_set_string(ValueError, "MatchSingleton can only contain True, False and None");
                return nullptr;
            }
            return p;
        }
        case ast::PatternKind::MatchSequence: {
            auto* p = located<ast::MatchSequence>(loc);
            if (!patterns(o, "patterns", name, &p->patterns)) return nullptr;
            return p;
        }
        case ast::PatternKind::MatchMapping: {
            auto* p = located<ast::MatchMapping>(loc);
            if (!exprs(o, "keys", name, &p->keys) || !patterns(o, "patterns", name, &p->patterns)) return nullptr;
            Ref<> rest = optional_field(o, "rest");
            if (!rest) return nullptr;
            if (rest.get() != None) {
                if (!identifier(rest.get(), &p->rest)) return nullptr;
                p->has_rest = true;
            }
            if (p->keys.size() != p->patterns.size()) {
                err_set_string(ValueError, "MatchMapping doesn't have the same number of keys as patterns");
                return nullptr;
            }
            return p;
        }
        case ast::PatternKind::MatchClass: {
            auto* p = located<ast::MatchClass>(loc);
            if (!(p->cls = required_expr(o, "cls", name)) || !patterns(o, "patterns", name, &p->patterns) ||
                !identifiers(o, "kwd_attrs", name, &p->kwd_attrs) || !patterns(o, "kwd_patterns", name, &p->kwd_patterns))
                return nullptr;
            if (p->kwd_attrs.size() != p->kwd_patterns.size()) {
                err_set_string(ValueError, "MatchClass doesn't have the same number of keyword attributes as patterns");
                return nullptr;
            }
            return p;
        }
        case ast::PatternKind::MatchStar: {
            auto* p = located<ast::MatchStar>(loc);
            if (!identifier_field(o, "name", name, &p->name, true)) return nullptr;
            return p;
        }
        case ast::PatternKind::MatchAs: {
            auto* p = located<ast::MatchAs>(loc);
            Ref<> sub = optional_field(o, "pattern");
            if (!sub) return nullptr;
            if (sub.get() != None && !(p->pattern = pattern(sub.get()))) return nullptr;
            if (!identifier_field(o, "name", name, &p->name, true)) return nullptr;
            if (p->pattern && p->name.empty()) {
                err_set_string(ValueError, "MatchAs must specify a target name if a pattern is given");
                return nullptr;
            }
            return p;
        }
        case ast::PatternKind::MatchOr: {
            auto* p = located<ast::MatchOr>(loc);
            if (!patterns(o, "patterns", name, &p->patterns)) return nullptr;
            if (p->patterns.size() < 2) {
                err_set_string(ValueError, "MatchOr requires at least 2 patterns");
                return nullptr;
            }
            return p;
        }
        }
        return nullptr;
    }
};

}  // namespace

std::unique_ptr<ast::AstModule> ast_from_object(Object* tree, CompileMode mode, ast::Expr** eval_expr) {
    auto module = std::make_unique<ast::AstModule>();
    TreeReader reader(module.get());
    if (!reader.module(tree, mode, eval_expr)) return nullptr;
    return module;
}

bool is_ast_object(Object* o) {
    // Only a program that imported ast can have made a node.
    Object* modules = sys_modules();
    Object* ast_module = modules ? dict_getitem_str(modules, "ast") : nullptr;
    if (ast_module == nullptr) return false;
    Ref<> base = Ref<>::steal(object_getattr_str(ast_module, "AST"));
    if (!base || !is_type(base.get())) {
        err_clear();
        return false;
    }
    return is_subtype(o->type, static_cast<TypeObject*>(base.get()));
}

}  // namespace pygen
