// The symbol table: one Scope per module, class body, function, lambda and comprehension, with
// every name resolved to local, global, cell or free before code generation starts. It also
// detects generators and coroutines (a `yield` or `await` in the body) and the implicit
// __class__ cell that zero-argument super() needs.
// CPython counterpart: Python/symtable.c.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "parser/ast.h"
#include "parser/parser.h"

namespace pygen {

enum class ScopeKind : uint8_t { Module, Class, Function, Lambda, Comprehension };

enum class NameScope : uint8_t { Local, GlobalExplicit, GlobalImplicit, Free, Cell };

// Flags collected while walking a scope.
enum SymbolFlags : int {
    kDefLocal = 1,        // assigned, imported, defined, deleted or a loop/with/except target
    kDefParam = 2,
    kDefGlobal = 4,       // `global` statement
    kDefNonlocal = 8,     // `nonlocal` statement
    kUse = 16,            // read
    kDefCompIter = 32,    // walrus in a comprehension binds in the enclosing scope
};

struct Scope {
    ScopeKind kind;
    std::string name;
    const void* node = nullptr;              // the AST node that opened the scope
    Scope* parent = nullptr;
    int comp_iter_expr = 0;                  // > 0 inside a comprehension's iterable (inherited)
    std::vector<std::unique_ptr<Scope>> children;
    std::vector<std::string> order;          // names in order of first appearance
    std::unordered_map<std::string, int> flags;
    std::unordered_map<std::string, NameScope> resolved;
    std::vector<std::string> params;         // in frame slot order
    std::unordered_map<std::string, ast::Location> nonlocal_at;   // where each `nonlocal` was declared
    std::unordered_map<std::string, ast::Location> directive_at;  // the first global/nonlocal naming it
    std::vector<std::string> cellvars;       // sorted, as CPython
    std::vector<std::string> freevars;       // sorted
    bool is_generator = false;
    bool is_coroutine = false;               // async def (coroutine or async generator)
    bool has_await = false;                  // comprehension: an await inside makes it asynchronous
    bool has_yield_in_comprehension_error = false;
    bool needs_class_closure = false;        // class body: provide the __class__ cell
    bool uses_super_or_class = false;        // function body names `super` or `__class__`
    int line = 0;

    NameScope scope_of(const std::string& name) const;
    void add(const std::string& name, int flag);
};

// "__x" used inside class C becomes "_C__x"; other names are returned unchanged.
std::string mangle_private_name(const std::string& class_name, const std::string& name);

class SymbolTable {
public:
    // Builds and resolves the table; returns false with *error set on a scoping syntax error
    // ("nonlocal declaration not allowed at module level", "no binding for nonlocal 'x' found", ...).
    // Under PEP 563 (`future_annotations`) annotations bind and use no names: they are only
    // checked for the expressions an annotation may not hold.
    bool build(ast::AstModule* module, const std::string& filename, SyntaxErrorInfo* error,
               bool future_annotations = false);
    Scope* module_scope() const { return top_.get(); }
    Scope* scope_for(const void* node) const;

private:
    std::unique_ptr<Scope> top_;
    std::unordered_map<const void*, Scope*> by_node_;
    friend class SymtableBuilder;
};

}  // namespace pygen
