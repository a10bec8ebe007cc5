// Internal to the compiler: the code generator's state. One CodeUnit per scope being compiled;
// instructions are emitted with label operands that the assembler (assembler.cpp) resolves.
// Exception handling is CPython 3.11's zero-cost scheme: every instruction records the innermost
// handler protecting it, and the assembler turns runs of those into the exception table.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "bytecode/opcodes.h"
#include "compiler/compiler.h"
#include "compiler/future.h"
#include "compiler/symtable.h"
#include "objects/object.h"

namespace pygen {

struct Handler {
    int label;          // where control goes
    int depth;          // value-stack depth to cut to
    bool push_lasti;
};

// A frame block: what `break`, `continue` and `return` must undo on their way out.
enum class FBlockKind { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith,
                        HandlerCleanup, ExceptionHandler, PopValue, AsyncForLoop,
                        ExceptionGroupHandler };   // inside `except*`: break/continue/return may not leave it

struct FBlock {
    FBlockKind kind;
    int loop_start = -1;                        // continue target (loops)
    int exit = -1;                              // break target (loops)
    const std::vector<ast::Stmt*>* finalbody = nullptr;   // FinallyTry
    std::string name;                           // HandlerCleanup: the `as` name to clear
    int handler_index = -1;                     // index in the handler stack this block pushed
};

struct PendingInstr {
    Opcode op;
    int arg;            // label id for jumps
    int line;
    int handler;        // index into CodeUnit::handlers, or -1
    int end_line;       // the source span of the node that produced it (-1: unknown), for the
    int col;            // caret lines of tracebacks; columns are UTF-8 byte offsets as in the AST
    int end_col;
};

struct CodeUnit {
    Scope* scope = nullptr;
    std::string name;
    std::string qualname;
    std::vector<PendingInstr> instrs;
    std::vector<int> label_pos;                 // label id -> instruction index (-1 unbound)
    std::vector<Handler> handlers;              // every handler ever pushed (indexed by PendingInstr::handler)
    std::vector<int> handler_stack;             // active handlers (indexes into handlers)
    std::vector<Object*> consts;                // strong
    std::unordered_map<std::string, int> const_index;   // constant_key -> index in consts
    std::vector<std::string> names;
    std::unordered_map<std::string, int> name_index;
    std::unordered_map<std::string, int> slot_index;   // localsplus slot by variable name
    std::vector<std::string> slot_names;
    std::vector<uint8_t> slot_kinds;
    std::vector<FBlock> fblocks;
    int nlocals = 0;
    int ncells = 0;
    int nfrees = 0;
    int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
    int flags = 0;
    int firstlineno = 1;
    int line = 1;
    int loc_line = -1;                          // line of the node whose span col/end_* describe
    int col = -1, end_line = -1, end_col = -1;
    int depth = 0;                              // values kept on the stack by enclosing blocks
    std::string private_name;                   // enclosing class name for __private mangling
    ~CodeUnit();
};

class Codegen {
public:
    Codegen(SymbolTable& table, const std::string& filename, SyntaxErrorInfo* error, const FutureFeatures& future)
        : table_(table), filename_(filename), error_(error), future_(future) {}
    CodeObject* module(ast::AstModule* module, ast::Expr* eval_expr, CompileMode mode);

    // ---- emission (codegen.cpp) ----
    void emit(Opcode op, int arg = 0);
    void emit_loop_back(int label);
    void emit_artificial_reraise();
    void emit_push_exc_info();       // a handler's entry, without a line
    void emit_implicit_return();      // `return None` ending a body, without a line   // an except/finally cleanup block, without a line   // a loop's closing JUMP (no line of its own, as CPython)
    int new_label();
    void bind(int label);
    int add_const(Object* value);               // steals value
    int add_name(const std::string& name);
    int add_attr_name(const std::string& name) { return add_name(mangle_private_name(u().private_name, name)); }
    void load_const_none() { emit(LOAD_CONST, add_const(incref(None))); }
    void push_handler(int label, int depth, bool push_lasti);
    void pop_handler();
    bool fail(const ast::Location& at, const std::string& msg);
    // A SyntaxWarning at `at` (CPython's compiler_warn): true to go on; false when a warnings
    // filter made it an error (a SyntaxError there) or the warning machinery raised.
    bool warn(const ast::Location& at, const std::string& msg);
    // CPython's check_compare / check_caller / check_subscripter / check_index warnings.
    bool check_compare(ast::Compare* c);
    bool check_caller(ast::Expr* func);
    bool check_subscript(ast::Expr* value, ast::Expr* index);
    // An object the compiler makes could not be allocated (a sandbox memory cap): the compile
    // ends with MemoryError instead of a syntax error. Always false.
    bool memory_failure();
    // The span of the node being compiled (CPython's u_loc), for errors reported "here".
    ast::Location current_location();
    // CPython's forbidden_name: storing to or deleting __debug__ is a SyntaxError at the current
    // location. True (with the error set) when `name` may not be bound that way.
    bool forbidden_name(const std::string& name, ast::ExprContext ctx);
    bool check_debug_args(const ast::Arguments* args);
    // Pushes a frame block; the 21st at once is "too many statically nested blocks" (CPython's
    // CO_MAXBLOCKS), reported at the statement being compiled. The block is pushed anyway so the
    // caller's pop stays balanced.
    void push_fblock(const FBlock& b);
    // CPython's validate_keywords: no keyword binds __debug__ or repeats an earlier one.
    bool validate_keywords(const std::vector<ast::Keyword*>& keywords);
    bool failed() const { return failed_; }

    // ---- statements (codegen_stmt.cpp) ----
    void stmts(const std::vector<ast::Stmt*>& body);
    void stmt(ast::Stmt* s);
    void function_def(ast::FunctionDef* f);
    void class_def(ast::ClassDef* c);
    void for_stmt(ast::For* f);
    void while_stmt(ast::While* w);
    void if_stmt(ast::If* i);
    void with_stmt(ast::With* w, size_t item);
    void try_stmt(ast::Try* t);
    void try_except(ast::Try* t);
    void try_star_except(ast::Try* t);
    bool in_async_function();
    void try_finally(ast::Try* t);
    void raise_stmt(ast::Raise* r);
    void return_stmt(ast::Return* r);
    void break_continue(ast::Stmt* s, bool is_break);
    void import_stmt(ast::Import* s);
    void import_from(ast::ImportFrom* s);
    void assert_stmt(ast::Assert* a);
    void match_stmt(ast::Match* m);        // codegen_match.cpp
    void unwind_fblock(const FBlock& b, bool preserve_tos);
    // `where`: the statement (or return value) reported when an except* block would be left.
    bool unwind_fblock_stack(bool preserve_tos, FBlock* loop_out, const ast::Location* where = nullptr);
    void call_exit_with_nones();

    // ---- expressions (codegen_expr.cpp) ----
    void expr(ast::Expr* e);
    void exprs_to_stack(const std::vector<ast::Expr*>& elts);
    void store(ast::Expr* target);
    void del(ast::Expr* target);
    void name_op(const std::string& name, ast::ExprContext ctx);
    void jump_if(ast::Expr* e, bool cond, int label);
    void call(ast::Call* c);
    void call_helper(int already_pushed, const std::vector<ast::Expr*>& args,
                     const std::vector<ast::Keyword*>& keywords);
    void sequence(const std::vector<ast::Expr*>& elts, Opcode build, Opcode extend, bool to_tuple);
    void dict(ast::Dict* d);
    void compare(ast::Compare* c);
    void comprehension(ast::Expr* e);
    void comprehension_generator(ast::Expr* e, const std::vector<ast::Comprehension*>& gens, size_t index,
                                 ast::Expr* elt, ast::Expr* value, int kind);
    void lambda(ast::Lambda* l);
    void yield_from_loop(bool is_await);
    void formatted(ast::Expr* e);
    void unpack_target(const std::vector<ast::Expr*>& elts, const ast::Location& at);
    void augassign(ast::AugAssign* a);
    void make_closure(CodeObject* code, int flags, const std::string& qualname);
    int defaults_and_kwdefaults(ast::Arguments* args);
    bool annotations(ast::Arguments* args, ast::Expr* returns);
    void annotation_value(ast::Expr* annotation);   // the value, or its text under PEP 563
    void annassign(ast::AnnAssign* a);
    bool future_annotations() const { return future_.flags & kCoFutureAnnotations; }
    void setup_annotations_if_needed(const std::vector<ast::Stmt*>& body);
    Object* constant_value(ast::Constant* c);

    // ---- units ----
    void enter_unit(Scope* scope, const std::string& name, const std::string& qualname, int firstlineno);
    CodeObject* leave_unit();                   // assembles the current unit
    std::string qualname_for(const std::string& name, Scope* scope);
    CodeUnit& u() { return *units_.back(); }

private:
    SymbolTable& table_;
    const std::string& filename_;
    SyntaxErrorInfo* error_;
    FutureFeatures future_;
    std::vector<std::unique_ptr<CodeUnit>> units_;
    bool failed_ = false;
    bool interactive_ = false;
};

// assembler.cpp: resolves labels, builds the exception and line tables, computes the stack depth.
CodeObject* assemble(CodeUnit& unit, const std::string& filename);

}  // namespace pygen
