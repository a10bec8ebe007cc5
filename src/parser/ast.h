// The abstract syntax tree the parser produces and the compiler consumes: Python 3.11's ast module
// shape (same node kinds and field names), as plain C++ structs owned by an arena (AstModule).
// The front end knows nothing of runtime objects: constants are kept as text/number values.
// CPython counterpart: Parser/Python.asdl.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace pygen::ast {

struct Location {
    int lineno = 0;          // 1-based
    int col_offset = 0;      // 0-based, in UTF-8 bytes as CPython's ast
    int end_lineno = 0;
    int end_col_offset = 0;
};

// ---- Expressions ----
enum class ExprKind : uint8_t {
    BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
    GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
    Attribute, Subscript, Starred, Name, List, Tuple, Slice,
};

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
// Same order as objects/object.h BinOp so the compiler can cast.
enum class OperatorKind : uint8_t { Add, BitAnd, FloorDiv, LShift, MatMult, Mult, Mod, BitOr, Pow, RShift, Sub, Div, BitXor };
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Expr : Location {
    ExprKind kind;
    explicit Expr(ExprKind k) : kind(k) {}
    virtual ~Expr() = default;
};

struct Arguments;
struct Stmt;
struct Keyword;
struct Comprehension;

struct BoolOp : Expr { BoolOp() : Expr(ExprKind::BoolOp) {} BoolOpKind op; std::vector<Expr*> values; };
struct NamedExpr : Expr { NamedExpr() : Expr(ExprKind::NamedExpr) {} Expr* target; Expr* value; };
struct BinOp : Expr { BinOp() : Expr(ExprKind::BinOp) {} Expr* left; OperatorKind op; Expr* right; };
struct UnaryOp : Expr { UnaryOp() : Expr(ExprKind::UnaryOp) {} UnaryOpKind op; Expr* operand; };
struct Lambda : Expr { Lambda() : Expr(ExprKind::Lambda) {} Arguments* args; Expr* body; };
struct IfExp : Expr { IfExp() : Expr(ExprKind::IfExp) {} Expr* test; Expr* body; Expr* orelse; };
// keys[i] == nullptr means `**values[i]`.
struct Dict : Expr { Dict() : Expr(ExprKind::Dict) {} std::vector<Expr*> keys; std::vector<Expr*> values; };
struct Set : Expr { Set() : Expr(ExprKind::Set) {} std::vector<Expr*> elts; };
struct ListComp : Expr { ListComp() : Expr(ExprKind::ListComp) {} Expr* elt; std::vector<Comprehension*> generators; };
struct SetComp : Expr { SetComp() : Expr(ExprKind::SetComp) {} Expr* elt; std::vector<Comprehension*> generators; };
struct DictComp : Expr { DictComp() : Expr(ExprKind::DictComp) {} Expr* key; Expr* value; std::vector<Comprehension*> generators; };
struct GeneratorExp : Expr { GeneratorExp() : Expr(ExprKind::GeneratorExp) {} Expr* elt; std::vector<Comprehension*> generators; };
struct Await : Expr { Await() : Expr(ExprKind::Await) {} Expr* value; };
struct Yield : Expr { Yield() : Expr(ExprKind::Yield) {} Expr* value = nullptr; };   // value may be null
struct YieldFrom : Expr { YieldFrom() : Expr(ExprKind::YieldFrom) {} Expr* value; };
struct Compare : Expr { Compare() : Expr(ExprKind::Compare) {} Expr* left; std::vector<CmpOpKind> ops; std::vector<Expr*> comparators; };
struct Call : Expr { Call() : Expr(ExprKind::Call) {} Expr* func; std::vector<Expr*> args; std::vector<Keyword*> keywords; };
// conversion: -1 none, 's', 'r', 'a'. format_spec is a JoinedStr or null.
struct FormattedValue : Expr { FormattedValue() : Expr(ExprKind::FormattedValue) {} Expr* value; int conversion = -1; Expr* format_spec = nullptr; };
struct JoinedStr : Expr { JoinedStr() : Expr(ExprKind::JoinedStr) {} std::vector<Expr*> values; };

// Object: a constant only an ast tree given to compile() can hold (a frozenset, as an optimiser
// leaves for `x in {1, 2}`); the parser never makes one.
enum class ConstantKind : uint8_t { None, True, False, Ellipsis, Int, Float, Imaginary, Str, Bytes, Object };
struct Constant : Expr {
    Constant() : Expr(ExprKind::Constant) {}
    ConstantKind value_kind = ConstantKind::None;
    std::string text;        // Int: the literal's digits normalised to decimal (no '_', no prefix; may be huge)
                             // Str/Bytes: the decoded value (UTF-8 for Str, raw bytes for Bytes)
    double number = 0.0;     // Float / Imaginary value
    bool u_kind = false;     // ast's kind='u': the run of strings began with a lowercase u prefix
    const void* object = nullptr;  // Object: the runtime's Object*, kept alive by the AstModule
                                   // (the front end cannot name the runtime's types)
};

struct Attribute : Expr { Attribute() : Expr(ExprKind::Attribute) {} Expr* value; std::string attr; ExprContext ctx = ExprContext::Load; };
struct Subscript : Expr { Subscript() : Expr(ExprKind::Subscript) {} Expr* value; Expr* slice; ExprContext ctx = ExprContext::Load; };
struct Starred : Expr { Starred() : Expr(ExprKind::Starred) {} Expr* value; ExprContext ctx = ExprContext::Load; };
struct Name : Expr { Name() : Expr(ExprKind::Name) {} std::string id; ExprContext ctx = ExprContext::Load; };
struct List : Expr { List() : Expr(ExprKind::List) {} std::vector<Expr*> elts; ExprContext ctx = ExprContext::Load; };
struct Tuple : Expr { Tuple() : Expr(ExprKind::Tuple) {} std::vector<Expr*> elts; ExprContext ctx = ExprContext::Load; };
struct Slice : Expr { Slice() : Expr(ExprKind::Slice) {} Expr* lower = nullptr; Expr* upper = nullptr; Expr* step = nullptr; };

// ---- Helper nodes ----
struct Comprehension { Expr* target; Expr* iter; std::vector<Expr*> ifs; bool is_async = false; };
struct Arg : Location { std::string arg; Expr* annotation = nullptr; };
struct Arguments {
    std::vector<Arg*> posonlyargs;
    std::vector<Arg*> args;
    Arg* vararg = nullptr;
    std::vector<Arg*> kwonlyargs;
    std::vector<Expr*> kw_defaults;   // same length as kwonlyargs; null where there is no default
    Arg* kwarg = nullptr;
    std::vector<Expr*> defaults;      // defaults of the last len(defaults) of posonlyargs+args
};
struct Keyword : Location { std::string arg; Expr* value; };   // arg empty means `**value`
struct Alias : Location { std::string name; std::string asname; };  // asname empty when absent
struct WithItem { Expr* context_expr; Expr* optional_vars = nullptr; };
struct ExceptHandler : Location { Expr* type = nullptr; std::string name; std::vector<Stmt*> body; };

// ---- Statements ----
enum class StmtKind : uint8_t {
    FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
    AsyncFor, While, If, With, AsyncWith, Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal,
    Expr, Pass, Break, Continue, Match,
};

struct Stmt : Location {
    StmtKind kind;
    explicit Stmt(StmtKind k) : kind(k) {}
    virtual ~Stmt() = default;
};

// Used for both FunctionDef and AsyncFunctionDef (kind tells which).
struct FunctionDef : Stmt {
    explicit FunctionDef(StmtKind k = StmtKind::FunctionDef) : Stmt(k) {}
    std::string name; Arguments* args; std::vector<Stmt*> body; std::vector<Expr*> decorator_list; Expr* returns = nullptr;
};
struct ClassDef : Stmt {
    ClassDef() : Stmt(StmtKind::ClassDef) {}
    std::string name; std::vector<Expr*> bases; std::vector<Keyword*> keywords; std::vector<Stmt*> body; std::vector<Expr*> decorator_list;
};
struct Return : Stmt { Return() : Stmt(StmtKind::Return) {} Expr* value = nullptr; };
struct Delete : Stmt { Delete() : Stmt(StmtKind::Delete) {} std::vector<Expr*> targets; };
struct Assign : Stmt { Assign() : Stmt(StmtKind::Assign) {} std::vector<Expr*> targets; Expr* value; };
struct AugAssign : Stmt { AugAssign() : Stmt(StmtKind::AugAssign) {} Expr* target; OperatorKind op; Expr* value; };
struct AnnAssign : Stmt { AnnAssign() : Stmt(StmtKind::AnnAssign) {} Expr* target; Expr* annotation; Expr* value = nullptr; bool simple = true; };
// Used for both For and AsyncFor.
struct For : Stmt { explicit For(StmtKind k = StmtKind::For) : Stmt(k) {} Expr* target; Expr* iter; std::vector<Stmt*> body; std::vector<Stmt*> orelse; };
struct While : Stmt { While() : Stmt(StmtKind::While) {} Expr* test; std::vector<Stmt*> body; std::vector<Stmt*> orelse; };
struct If : Stmt { If() : Stmt(StmtKind::If) {} Expr* test; std::vector<Stmt*> body; std::vector<Stmt*> orelse; };
// Used for both With and AsyncWith.
struct With : Stmt { explicit With(StmtKind k = StmtKind::With) : Stmt(k) {} std::vector<WithItem*> items; std::vector<Stmt*> body; };
struct Raise : Stmt { Raise() : Stmt(StmtKind::Raise) {} Expr* exc = nullptr; Expr* cause = nullptr; };
struct Try : Stmt {
    Try() : Stmt(StmtKind::Try) {}
    std::vector<Stmt*> body; std::vector<ExceptHandler*> handlers; std::vector<Stmt*> orelse; std::vector<Stmt*> finalbody;
    bool is_star = false;   // CPython's TryStar: the handlers are `except*` clauses (PEP 654)
};
struct Assert : Stmt { Assert() : Stmt(StmtKind::Assert) {} Expr* test; Expr* msg = nullptr; };
struct Import : Stmt { Import() : Stmt(StmtKind::Import) {} std::vector<Alias*> names; };
struct ImportFrom : Stmt { ImportFrom() : Stmt(StmtKind::ImportFrom) {} std::string module; std::vector<Alias*> names; int level = 0; };
struct Global : Stmt { Global() : Stmt(StmtKind::Global) {} std::vector<std::string> names; };
struct Nonlocal : Stmt { Nonlocal() : Stmt(StmtKind::Nonlocal) {} std::vector<std::string> names; };
struct ExprStmt : Stmt { ExprStmt() : Stmt(StmtKind::Expr) {} Expr* value; };
struct Pass : Stmt { Pass() : Stmt(StmtKind::Pass) {} };
struct Break : Stmt { Break() : Stmt(StmtKind::Break) {} };
struct Continue : Stmt { Continue() : Stmt(StmtKind::Continue) {} };

// ---- match statement (PEP 634) ----
enum class PatternKind : uint8_t { MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr };
struct Pattern : Location {
    PatternKind kind;
    explicit Pattern(PatternKind k) : kind(k) {}
    virtual ~Pattern() = default;
};
struct MatchValue : Pattern { MatchValue() : Pattern(PatternKind::MatchValue) {} Expr* value; };
// value: ConstantKind::None, True or False.
struct MatchSingleton : Pattern { MatchSingleton() : Pattern(PatternKind::MatchSingleton) {} ConstantKind value; };
struct MatchSequence : Pattern { MatchSequence() : Pattern(PatternKind::MatchSequence) {} std::vector<Pattern*> patterns; };
struct MatchMapping : Pattern {
    MatchMapping() : Pattern(PatternKind::MatchMapping) {}
    std::vector<Expr*> keys; std::vector<Pattern*> patterns; std::string rest; bool has_rest = false;
};
struct MatchClass : Pattern {
    MatchClass() : Pattern(PatternKind::MatchClass) {}
    Expr* cls; std::vector<Pattern*> patterns; std::vector<std::string> kwd_attrs; std::vector<Pattern*> kwd_patterns;
};
struct MatchStar : Pattern { MatchStar() : Pattern(PatternKind::MatchStar) {} std::string name; };   // empty: *_
// pattern null and name empty: the wildcard `_`; pattern null: a capture.
struct MatchAs : Pattern { MatchAs() : Pattern(PatternKind::MatchAs) {} Pattern* pattern = nullptr; std::string name; };
struct MatchOr : Pattern { MatchOr() : Pattern(PatternKind::MatchOr) {} std::vector<Pattern*> patterns; };
struct MatchCase { Pattern* pattern; Expr* guard = nullptr; std::vector<Stmt*> body; };
struct Match : Stmt { Match() : Stmt(StmtKind::Match) {} Expr* subject; std::vector<MatchCase*> cases; };

// Owns every node of one parse. Nodes are created with make<T>() and live as long as the module.
class AstModule {
public:
    template <class T, class... A> T* make(A&&... a) {
        auto node = std::make_unique<Holder<T>>(std::forward<A>(a)...);
        T* raw = &node->value;
        nodes_.push_back(std::move(node));
        return raw;
    }
    std::vector<Stmt*> body;

private:
    struct HolderBase { virtual ~HolderBase() = default; };
    template <class T> struct Holder : HolderBase { template <class... A> Holder(A&&... a) : value(std::forward<A>(a)...) {} T value; };
    std::vector<std::unique_ptr<HolderBase>> nodes_;
};

}  // namespace pygen::ast
