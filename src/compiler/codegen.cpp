// Code generation infrastructure: emitting instructions and labels, constant and name tables,
// handler bookkeeping, and opening/closing the CodeUnit of each scope.
// CPython counterpart: Python/compile.c (compiler_enter_scope, compiler_addop_*, compiler_mod).
#include "compiler/codegen.h"

#include <cmath>

#include "objects/str.h"
#include "objects/int.h"
#include "objects/float.h"
#include "objects/bytes.h"
#include "objects/tuple.h"
#include "objects/errors.h"
#include "vm/pythonrun.h"

namespace pygen {

using namespace ast;

CodeUnit::~CodeUnit() {
    for (Object* c : consts) decref(c);
}

void Codegen::emit(Opcode op, int arg) {
    CodeUnit& cu = u();
    int handler = cu.handler_stack.empty() ? -1 : cu.handler_stack.back();
    bool span = cu.loc_line == cu.line;   // the span describes the current line's node
    cu.instrs.push_back({op, arg, cu.line, handler, span ? cu.end_line : -1, span ? cu.col : -1, span ? cu.end_col : -1});
}

int Codegen::new_label() {
    u().label_pos.push_back(-1);
    return static_cast<int>(u().label_pos.size()) - 1;
}

void Codegen::bind(int label) { u().label_pos[label] = static_cast<int>(u().instrs.size()); }

// CPython 3.11 gives a loop's closing jump no location of its own: it takes the line of the
// instruction before it when control falls into it from there, and none when other jumps land on
// it. So its line is never a new line for the tracer ('line' events, sys.settrace), and the loop
// head it jumps back to is reported as the next iteration.
// The cleanup of an except/finally handler (COPY 3, POP_EXCEPT, RERAISE 1): no line of its own,
// as in CPython (RERAISE restores f_lasti, so tracebacks never show it, and the tracer sees no
// new line there).
// A handler's PUSH_EXC_INFO has no line, as in CPython 3.11: the first 'line' event of the
// handler comes at its first statement, where the value stack is the handler body's (a debugger
// jumping from there sees the stack the body has).
void Codegen::emit_push_exc_info() {
    CodeUnit& cu = u();
    int saved = cu.line;
    cu.line = -1;
    emit(PUSH_EXC_INFO);
    cu.line = saved;
}

void Codegen::emit_artificial_reraise() {
    CodeUnit& cu = u();
    int saved = cu.line;
    cu.line = -1;
    emit(COPY, 3);
    emit(POP_EXCEPT);
    emit(RERAISE, 1);
    cu.line = saved;
}

// The `return None` at the end of a body: no line of its own, as CPython 3.11 (which copies it
// into each block falling into it, with that block's line). The tracer reports such an
// instruction on the line of the instruction run before it (vm/trace.cpp).
void Codegen::emit_implicit_return() {
    CodeUnit& cu = u();
    int saved = cu.line;
    cu.line = -1;
    load_const_none();
    emit(RETURN_VALUE);
    cu.line = saved;
}

void Codegen::emit_loop_back(int label) {
    CodeUnit& cu = u();
    int here = static_cast<int>(cu.instrs.size());
    bool jumped_to = cu.instrs.empty();
    for (int pos : cu.label_pos)
        if (pos == here) jumped_to = true;
    int saved = cu.line;
    cu.line = jumped_to ? -1 : cu.instrs.back().line;
    emit(JUMP, label);
    cu.line = saved;
}

namespace {
// Constants are deduplicated by type and value (1 and 1.0 and True stay distinct).
bool same_constant(Object* a, Object* b) {
    if (a == b) return true;
    if (a->type != b->type) return false;
    if (is_str(a)) return str_equal(a, b);
    if (is_int(a)) {
        int64_t x, y;
        if (int_as_i64(a, &x) && int_as_i64(b, &y)) return x == y;
        return false;
    }
    if (a->type == &FloatType) {
        double x = float_value(a), y = float_value(b);
        return x == y && std::signbit(x) == std::signbit(y) && !std::isnan(x);
    }
    if (a->type == &BytesType) return bytes_view(a) == bytes_view(b);
    if (a->type == &TupleType) {
        if (tuple_size(a) != tuple_size(b)) return false;
        for (ssize i = 0; i < tuple_size(a); ++i)
            if (!same_constant(tuple_item(a, i), tuple_item(b, i))) return false;
        return true;
    }
    return false;
}
}  // namespace

namespace {
// A hashable identity for the common constant kinds (1, 1.0, True and '1' stay distinct), so
// finding a constant again is O(1) even in huge generated programs. Empty: use the linear search.
std::string constant_key(Object* v) {
    if (v == None) return "N";
    if (v == True) return "T";
    if (v == False) return "F";
    if (v == Ellipsis) return "E";
    if (v->type == &StrType) return "s" + std::string(str_view(v));
    if (v->type == &IntType) {
        int64_t x;
        if (int_as_i64(v, &x)) return "i" + std::to_string(x);
        return "";
    }
    if (v->type == &FloatType) {
        double d = float_value(v);
        if (std::isnan(d)) return "";
        return "f" + std::string(reinterpret_cast<const char*>(&d), sizeof d);
    }
    if (v->type == &BytesType) return "b" + std::string(bytes_view(v));
    return "";
}
}  // namespace

int Codegen::add_const(Object* value) {
    // Owned here until the unit's table holds it: the key's string and the vector's growth may
    // throw std::bad_alloc (MemoryError), which must not leak the constant.
    if (!value) return memory_failure();   // its allocation failed (a sandbox memory cap)
    Ref<> owned = Ref<>::steal(value);
    CodeUnit& cu = u();
    std::string key = constant_key(value);
    if (!key.empty()) {
        auto it = cu.const_index.find(key);
        if (it != cu.const_index.end()) return it->second;
        cu.consts.push_back(value);
        owned.release();
        int index = static_cast<int>(cu.consts.size()) - 1;
        cu.const_index.emplace(std::move(key), index);
        return index;
    }
    if (value->type != &CodeType) {
        for (size_t i = 0; i < cu.consts.size(); ++i)
            if (same_constant(cu.consts[i], value)) return static_cast<int>(i);
    }
    cu.consts.push_back(value);
    owned.release();
    return static_cast<int>(cu.consts.size()) - 1;
}

int Codegen::add_name(const std::string& name) {
    CodeUnit& cu = u();
    auto it = cu.name_index.find(name);
    if (it != cu.name_index.end()) return it->second;
    int index = static_cast<int>(cu.names.size());
    cu.names.push_back(name);
    cu.name_index[name] = index;
    return index;
}

void Codegen::push_handler(int label, int depth, bool push_lasti) {
    CodeUnit& cu = u();
    cu.handlers.push_back({label, depth, push_lasti});
    cu.handler_stack.push_back(static_cast<int>(cu.handlers.size()) - 1);
}

void Codegen::pop_handler() { u().handler_stack.pop_back(); }

Location Codegen::current_location() {
    CodeUnit& cu = u();
    Location at;
    at.lineno = cu.loc_line > 0 ? cu.loc_line : cu.line;
    at.col_offset = cu.col;
    at.end_lineno = cu.end_line;
    at.end_col_offset = cu.end_col;
    return at;
}

bool Codegen::forbidden_name(const std::string& name, ExprContext ctx) {
    if (ctx == ExprContext::Load || name != "__debug__") return false;
    fail(current_location(), ctx == ExprContext::Store ? "cannot assign to __debug__" : "cannot delete __debug__");
    return true;
}

bool Codegen::check_debug_args(const Arguments* a) {
    if (!a) return true;
    for (const auto* list : {&a->posonlyargs, &a->args, &a->kwonlyargs})
        for (const Arg* x : *list)
            if (forbidden_name(x->arg, ExprContext::Store)) return false;
    for (const Arg* x : {a->vararg, a->kwarg})
        if (x && forbidden_name(x->arg, ExprContext::Store)) return false;
    return true;
}

bool Codegen::validate_keywords(const std::vector<Keyword*>& keywords) {
    for (size_t i = 0; i < keywords.size(); ++i) {
        const Keyword* k = keywords[i];
        if (k->arg.empty()) continue;
        if (forbidden_name(k->arg, ExprContext::Store)) return false;
        for (size_t j = i + 1; j < keywords.size(); ++j) {
            if (keywords[j]->arg == k->arg) return !fail(*keywords[j], "keyword argument repeated: " + k->arg);
        }
    }
    return true;
}

void Codegen::push_fblock(const FBlock& b) {
    constexpr size_t kMaxBlocks = 20;
    if (u().fblocks.size() >= kMaxBlocks) fail(current_location(), "too many statically nested blocks");
    u().fblocks.push_back(b);
}

bool Codegen::fail(const Location& at, const std::string& msg) {
    if (!failed_) {
        failed_ = true;
        error_->type = "SyntaxError";
        error_->msg = msg;
        error_->filename = filename_;
        error_->lineno = at.lineno;
        error_->offset = at.col_offset + 1;
        error_->end_lineno = at.end_lineno;
        error_->end_offset = at.end_col_offset + 1;
    }
    return false;
}

bool Codegen::warn(const Location& at, const std::string& msg) {
    if (failed_) return false;
    int r = issue_compile_warning("SyntaxWarning", msg, filename_, at.lineno);
    if (r == 0) return true;
    if (r > 0) return fail(at, msg);
    failed_ = true;
    error_->type = "pending";   // the warning machinery's exception is already set
    return false;
}

bool Codegen::memory_failure() {
    if (!failed_) {
        err_clear();
        failed_ = true;
        error_->type = "MemoryError";
        error_->msg.clear();
    }
    return false;
}

std::string Codegen::qualname_for(const std::string& name, Scope* scope) {
    // Inside a function the qualified name gains ".<locals>"; inside a class just the class name.
    for (auto it = units_.rbegin(); it != units_.rend(); ++it) {
        CodeUnit& parent = **it;
        if (parent.scope->kind == ScopeKind::Module) return name;
        if (parent.scope->kind == ScopeKind::Class) {
            // A name declared global inside the class body keeps its plain name.
            if (parent.scope->scope_of(name) == NameScope::GlobalExplicit) return name;
            return parent.qualname + "." + name;
        }
        if (parent.scope->scope_of(name) == NameScope::GlobalExplicit && scope->kind != ScopeKind::Comprehension &&
            scope->kind != ScopeKind::Lambda)
            return name;
        return parent.qualname + ".<locals>." + name;
    }
    return name;
}

void Codegen::enter_unit(Scope* scope, const std::string& name, const std::string& qualname, int firstlineno) {
    auto cu = std::make_unique<CodeUnit>();
    cu->scope = scope;
    cu->name = name;
    cu->qualname = qualname;
    cu->firstlineno = firstlineno;
    cu->line = firstlineno;
    // Methods (and anything nested) mangle with the nearest enclosing class's name.
    if (scope->kind == ScopeKind::Class) cu->private_name = name;
    else if (!units_.empty()) cu->private_name = units_.back()->private_name;
    bool optimized = scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Lambda ||
                     scope->kind == ScopeKind::Comprehension;
    auto add_slot = [&](const std::string& n, uint8_t kind) {
        auto it = cu->slot_index.find(n);
        if (it != cu->slot_index.end()) {
            cu->slot_kinds[it->second] |= kind;
            return;
        }
        cu->slot_index[n] = static_cast<int>(cu->slot_names.size());
        cu->slot_names.push_back(n);
        cu->slot_kinds.push_back(kind);
    };
    if (optimized) {
        for (const std::string& p : scope->params) add_slot(p, kLocalPlain);
        for (const std::string& n : scope->order)
            if (scope->resolved[n] == NameScope::Local) add_slot(n, kLocalPlain);
        cu->nlocals = static_cast<int>(cu->slot_names.size());
        cu->flags |= kCoOptimized | kCoNewLocals;
    }
    for (const std::string& c : scope->cellvars) add_slot(c, kLocalCell);
    cu->ncells = static_cast<int>(scope->cellvars.size());
    for (const std::string& f : scope->freevars) {
        // A class that both defines a name and passes it through keeps both: the namespace entry
        // and the free slot.
        add_slot(f, kLocalFree);
    }
    cu->nfrees = static_cast<int>(scope->freevars.size());
    if (scope->kind == ScopeKind::Comprehension) cu->argcount = 1;
    if (scope->is_generator && scope->is_coroutine) cu->flags |= kCoAsyncGenerator;
    else if (scope->is_generator) cu->flags |= kCoGenerator;
    else if (scope->is_coroutine) cu->flags |= kCoCoroutine;
    // CO_NESTED: the scope sits inside a function (a lambda and a comprehension are functions too).
    for (Scope* p = scope->parent; p; p = p->parent)
        if (p->kind == ScopeKind::Function || p->kind == ScopeKind::Lambda || p->kind == ScopeKind::Comprehension) {
            cu->flags |= kCoNested;
            break;
        }
    cu->flags |= future_.flags;
    units_.push_back(std::move(cu));
}

CodeObject* Codegen::leave_unit() {
    CodeObject* code = failed_ ? nullptr : assemble(u(), filename_);
    if (!code && !failed_ && err_occurred()) {
        // Out of memory while building the code object (a sandbox memory cap): reported as
        // MemoryError by the caller, not as a syntax error.
        memory_failure();
    } else if (!code && !failed_) {
        failed_ = true;
        error_->msg = "too many statically nested blocks";
        error_->filename = filename_;
        error_->lineno = u().firstlineno;
    }
    units_.pop_back();
    return code;
}

namespace {
// CPython's find_ann: an annotated assignment anywhere in the block (not in nested scopes).
bool has_annotations(const std::vector<Stmt*>& body) {
    for (Stmt* s : body) {
        switch (s->kind) {
        case StmtKind::AnnAssign: return true;
        case StmtKind::For: case StmtKind::AsyncFor:
            if (has_annotations(static_cast<For*>(s)->body) || has_annotations(static_cast<For*>(s)->orelse)) return true;
            break;
        case StmtKind::While:
            if (has_annotations(static_cast<While*>(s)->body) || has_annotations(static_cast<While*>(s)->orelse)) return true;
            break;
        case StmtKind::If:
            if (has_annotations(static_cast<If*>(s)->body) || has_annotations(static_cast<If*>(s)->orelse)) return true;
            break;
        case StmtKind::With: case StmtKind::AsyncWith:
            if (has_annotations(static_cast<With*>(s)->body)) return true;
            break;
        case StmtKind::Try: {
            auto* t = static_cast<Try*>(s);
            if (has_annotations(t->body) || has_annotations(t->orelse) || has_annotations(t->finalbody)) return true;
            for (ExceptHandler* h : t->handlers)
                if (has_annotations(h->body)) return true;
            break;
        }
        default:
            break;
        }
    }
    return false;
}
}  // namespace

void Codegen::setup_annotations_if_needed(const std::vector<Stmt*>& body) {
    if (has_annotations(body)) emit(SETUP_ANNOTATIONS);
}

CodeObject* Codegen::module(AstModule* module, Expr* eval_expr, CompileMode mode) {
    Scope* top = table_.module_scope();
    enter_unit(top, "<module>", "<module>", 1);
    if (mode == CompileMode::Eval) {
        u().line = eval_expr ? eval_expr->lineno : 1;
        expr(eval_expr);
        emit(RETURN_VALUE);
    } else {
        if (!module->body.empty()) u().line = module->body[0]->lineno;
        interactive_ = mode == CompileMode::Single;
        setup_annotations_if_needed(module->body);
        // A leading docstring sets __doc__ (as CPython's compiler_body does).
        size_t start = 0;
        if (!module->body.empty() && module->body[0]->kind == StmtKind::Expr) {
            auto* e = static_cast<ExprStmt*>(module->body[0])->value;
            if (e->kind == ExprKind::Constant && static_cast<Constant*>(e)->value_kind == ConstantKind::Str && !interactive_) {
                u().line = e->lineno;
                expr(e);
                emit(STORE_NAME, add_name("__doc__"));
                start = 1;
            }
        }
        for (size_t i = start; i < module->body.size() && !failed_; ++i) stmt(module->body[i]);
        emit_implicit_return();
    }
    if (failed_) {
        units_.pop_back();
        return nullptr;
    }
    return leave_unit();
}

CodeObject* compile_ast(AstModule* module, Expr* eval_expr, const std::string& filename, CompileMode mode,
                        SyntaxErrorInfo* error, int future_flags) {
    if (mode == CompileMode::Eval && eval_expr) {
        auto* wrapper = module->make<ExprStmt>();
        wrapper->value = eval_expr;
        module->body = {wrapper};
    }
    FutureFeatures future;
    future.flags = future_flags & kCoFutureMask;
    if (mode != CompileMode::Eval && !scan_future_features(module, filename, &future, error)) return nullptr;
    SymbolTable table;
    if (!table.build(module, filename, error, future.flags & kCoFutureAnnotations)) return nullptr;
    Codegen gen(table, filename, error, future);
    return gen.module(module, eval_expr, mode);
}

}  // namespace pygen
