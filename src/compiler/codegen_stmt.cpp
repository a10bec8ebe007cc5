// Code generation for statements: definitions, control flow, try/except/finally and with (in
// CPython 3.11's exception-table form), imports, and the unwinding that return/break/continue do
// through enclosing blocks.
// CPython counterpart: Python/compile.c (compiler_visit_stmt and friends).
#include "compiler/codegen.h"
#include "compiler/unparse.h"

#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

using namespace ast;

void Codegen::stmts(const std::vector<Stmt*>& body) {
    for (Stmt* s : body) {
        if (failed_) return;
        stmt(s);
    }
}

void Codegen::stmt(Stmt* s) {
    CodeUnit& cu = u();
    cu.line = cu.loc_line = s->lineno;
    cu.col = s->col_offset;
    cu.end_line = s->end_lineno;
    cu.end_col = s->end_col_offset;
    switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef:
        function_def(static_cast<FunctionDef*>(s));
        break;
    case StmtKind::ClassDef:
        class_def(static_cast<ClassDef*>(s));
        break;
    case StmtKind::Return:
        return_stmt(static_cast<Return*>(s));
        break;
    case StmtKind::Delete:
        for (Expr* t : static_cast<Delete*>(s)->targets) del(t);
        break;
    case StmtKind::Assign: {
        auto* a = static_cast<Assign*>(s);
        expr(a->value);
        for (size_t i = 0; i < a->targets.size(); ++i) {
            if (i + 1 < a->targets.size()) emit(COPY, 1);
            store(a->targets[i]);
        }
        break;
    }
    case StmtKind::AugAssign:
        augassign(static_cast<AugAssign*>(s));
        break;
    case StmtKind::AnnAssign:
        annassign(static_cast<AnnAssign*>(s));
        break;
    case StmtKind::For:
    case StmtKind::AsyncFor:
        for_stmt(static_cast<For*>(s));
        break;
    case StmtKind::While:
        while_stmt(static_cast<While*>(s));
        break;
    case StmtKind::If:
        if_stmt(static_cast<If*>(s));
        break;
    case StmtKind::With:
    case StmtKind::AsyncWith:
        with_stmt(static_cast<With*>(s), 0);
        break;
    case StmtKind::Raise:
        raise_stmt(static_cast<Raise*>(s));
        break;
    case StmtKind::Try:
        try_stmt(static_cast<Try*>(s));
        break;
    case StmtKind::Assert:
        assert_stmt(static_cast<Assert*>(s));
        break;
    case StmtKind::Import:
        import_stmt(static_cast<Import*>(s));
        break;
    case StmtKind::ImportFrom:
        import_from(static_cast<ImportFrom*>(s));
        break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass:
        break;
    case StmtKind::Expr: {
        Expr* e = static_cast<ExprStmt*>(s)->value;
        if (e->kind == ExprKind::Constant && !interactive_) break;   // docstrings and bare constants
        expr(e);
        // 'single' mode shows top-level expression values (also inside a top-level for/if),
        // never those in function or class bodies (CPython: c_interactive && nestlevel <= 1).
        if (interactive_ && units_.size() == 1) {
            emit(PRINT_EXPR);
        } else {
            // The POP_TOP has no line of its own (CPython marks it artificial): it is on the
            // line of the expression's last instruction, which may be a later one
            // (`obj\n    .name`), and the tracer sees no return to the statement's first line.
            int line = u().line;
            u().line = -1;
            emit(POP_TOP);
            u().line = line;
        }
        break;
    }
    case StmtKind::Break:
    case StmtKind::Continue:
        break_continue(s, s->kind == StmtKind::Break);
        break;    case StmtKind::Match:
        match_stmt(static_cast<Match*>(s));
        break;
    }
}

// ---- Definitions ----

int Codegen::defaults_and_kwdefaults(Arguments* args) {
    int flags = 0;
    if (!args->defaults.empty()) {
        for (Expr* d : args->defaults) expr(d);
        emit(BUILD_TUPLE, static_cast<int>(args->defaults.size()));
        flags |= kMakeDefaults;
    }
    int nkw = 0;
    for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
        if (!args->kw_defaults[i]) continue;
        emit(LOAD_CONST, add_const(str_intern(mangle_private_name(u().private_name, args->kwonlyargs[i]->arg))));
        expr(args->kw_defaults[i]);
        ++nkw;
    }
    if (nkw) {
        emit(BUILD_MAP, nkw);
        flags |= kMakeKwDefaults;
    }
    return flags;
}

void Codegen::make_closure(CodeObject* code_ref, int flags, const std::string& qualname) {
    (void)qualname;
    // Steals code_ref: owned here until add_const takes it (emit may throw std::bad_alloc).
    Ref<CodeObject> owned = Ref<CodeObject>::steal(code_ref);
    CodeObject* code = code_ref;
    if (code->nfreevars > 0) {
        // The child's free variables come from this unit's cell or free slots of the same name.
        int first_free = code->nlocalsplus - code->nfreevars;
        for (int i = 0; i < code->nfreevars; ++i) {
            Object* n = tuple_item(code->localsplus_names, first_free + i);
            std::string name(str_view(n));
            auto it = u().slot_index.find(name);
            if (it == u().slot_index.end()) {
                fail(Location{u().line, 0, u().line, 0}, "internal error: no closure cell for '" + name + "'");
                return;
            }
            emit(LOAD_CLOSURE, it->second);
        }
        emit(BUILD_TUPLE, code->nfreevars);
        flags |= kMakeClosure;
    }
    emit(LOAD_CONST, add_const(owned.release()));
    emit(MAKE_FUNCTION, flags);
}

namespace {

// Evaluates an expression for its side effects only.
void eval_and_drop(Codegen& g, Expr* e) {
    g.expr(e);
    g.emit(POP_TOP);
}

// `x[a:b, c]: T` without a value still evaluates x and each part of the subscript.
void eval_subscript_parts(Codegen& g, Expr* slice) {
    if (slice->kind == ExprKind::Slice) {
        auto* s = static_cast<Slice*>(slice);
        for (Expr* part : {s->lower, s->upper, s->step})
            if (part) eval_and_drop(g, part);
    } else if (slice->kind == ExprKind::Tuple) {
        for (Expr* el : static_cast<Tuple*>(slice)->elts) eval_subscript_parts(g, el);
    } else {
        eval_and_drop(g, slice);
    }
}

}  // namespace

// CPython's rules: a simple name in a module or class body stores its annotation in
// __annotations__; an attribute or subscript target with no value is still evaluated; the
// annotation of any other target is evaluated and dropped in a module or class body (never under
// PEP 563), and nothing of it runs inside a function.
void Codegen::annassign(AnnAssign* a) {
    if (a->value) {
        expr(a->value);
        store(a->target);
    }
    ScopeKind k = u().scope->kind;
    bool module_or_class = k == ScopeKind::Module || k == ScopeKind::Class;
    switch (a->target->kind) {
    case ExprKind::Name:
        if (forbidden_name(static_cast<Name*>(a->target)->id, ExprContext::Store)) return;   // at the statement
        if (a->simple && module_or_class) {
            annotation_value(a->annotation);
            emit(LOAD_NAME, add_name("__annotations__"));
            std::string name = mangle_private_name(u().private_name, static_cast<Name*>(a->target)->id);
            emit(LOAD_CONST, add_const(str_intern(name)));
            emit(STORE_SUBSCR);
        }
        break;
    case ExprKind::Attribute:
        if (!a->value) eval_and_drop(*this, static_cast<Attribute*>(a->target)->value);
        break;
    case ExprKind::Subscript:
        if (!a->value) {
            eval_and_drop(*this, static_cast<Subscript*>(a->target)->value);
            eval_subscript_parts(*this, static_cast<Subscript*>(a->target)->slice);
        }
        break;
    default:
        break;
    }
    if (!a->simple && module_or_class && !future_annotations()) eval_and_drop(*this, a->annotation);
}

void Codegen::annotation_value(Expr* annotation) {
    if (future_annotations()) {
        emit(LOAD_CONST, add_const(str_from(unparse_expr(annotation))));
    } else if (annotation->kind == ExprKind::Starred) {
        // *args: *Ts (PEP 646) holds the one item the starred value unpacks to, as CPython 3.11.
        expr(static_cast<Starred*>(annotation)->value);
        emit(UNPACK_SEQUENCE, 1);
    } else {
        expr(annotation);
    }
}

// Builds the __annotations__ dict of a def on the stack; returns false when there are none.
bool Codegen::annotations(Arguments* args, Expr* returns) {
    int n = 0;
    auto one = [&](Arg* a) {
        if (!a || !a->annotation) return;
        emit(LOAD_CONST, add_const(str_intern(mangle_private_name(u().private_name, a->arg))));
        annotation_value(a->annotation);
        ++n;
    };
    for (Arg* a : args->posonlyargs) one(a);
    for (Arg* a : args->args) one(a);
    one(args->vararg);
    for (Arg* a : args->kwonlyargs) one(a);
    one(args->kwarg);
    if (returns) {
        emit(LOAD_CONST, add_const(str_intern("return")));
        annotation_value(returns);
        ++n;
    }
    if (n == 0) return false;
    emit(BUILD_MAP, n);
    return true;
}

void Codegen::function_def(FunctionDef* f) {
    if (!check_debug_args(f->args)) return;
    for (Expr* d : f->decorator_list) expr(d);
    int first_line = f->decorator_list.empty() ? f->lineno : f->decorator_list[0]->lineno;
    int flags = defaults_and_kwdefaults(f->args);
    if (annotations(f->args, f->returns)) flags |= kMakeAnnotations;
    Scope* scope = table_.scope_for(f);
    std::string qualname = qualname_for(f->name, scope);
    enter_unit(scope, f->name, qualname, first_line);
    CodeUnit& cu = u();
    cu.argcount = static_cast<int>(f->args->posonlyargs.size() + f->args->args.size());
    cu.posonlyargcount = static_cast<int>(f->args->posonlyargs.size());
    cu.kwonlyargcount = static_cast<int>(f->args->kwonlyargs.size());
    if (f->args->vararg) cu.flags |= kCoVarargs;
    if (f->args->kwarg) cu.flags |= kCoVarkeywords;
    // The docstring is the first constant (function.__doc__ reads co_consts[0] when it is a str).
    size_t start = 0;
    if (!f->body.empty() && f->body[0]->kind == StmtKind::Expr) {
        Expr* e = static_cast<ExprStmt*>(f->body[0])->value;
        if (e->kind == ExprKind::Constant && static_cast<Constant*>(e)->value_kind == ConstantKind::Str) {
            add_const(constant_value(static_cast<Constant*>(e)));
            start = 1;
        }
    }
    if (start == 0) add_const(incref(None));
    if (cu.flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) emit(RETURN_GENERATOR);
    for (size_t i = start; i < f->body.size() && !failed_; ++i) stmt(f->body[i]);
    emit_implicit_return();
    CodeObject* code = leave_unit();
    if (!code) return;
    // As CPython 3.11 places them: the function is made and stored on the `def` line, each
    // decorator is called on its own line (what tracebacks and 'line' trace events show).
    u().line = f->lineno;
    make_closure(code, flags, qualname);
    // Stack: d1 .. dn fn. CALL 0 with dn in the callable slot and fn as "self" applies dn(fn),
    // so decorators apply innermost first.
    for (size_t i = f->decorator_list.size(); i > 0; --i) {
        u().line = f->decorator_list[i - 1]->lineno;
        emit(CALL, 0);
    }
    u().line = f->lineno;
    name_op(f->name, ExprContext::Store);
}

void Codegen::class_def(ClassDef* c) {
    for (Expr* d : c->decorator_list) expr(d);
    Scope* scope = table_.scope_for(c);
    std::string qualname = qualname_for(c->name, scope);
    enter_unit(scope, c->name, qualname, c->lineno);
    u().line = c->lineno;
    emit(LOAD_NAME, add_name("__name__"));
    emit(STORE_NAME, add_name("__module__"));
    emit(LOAD_CONST, add_const(str_from(qualname)));
    emit(STORE_NAME, add_name("__qualname__"));
    setup_annotations_if_needed(c->body);
    size_t start = 0;
    if (!c->body.empty() && c->body[0]->kind == StmtKind::Expr) {
        Expr* e = static_cast<ExprStmt*>(c->body[0])->value;
        if (e->kind == ExprKind::Constant && static_cast<Constant*>(e)->value_kind == ConstantKind::Str) {
            u().line = e->lineno;
            expr(e);
            emit(STORE_NAME, add_name("__doc__"));
            start = 1;
        }
    }
    for (size_t i = start; i < c->body.size() && !failed_; ++i) stmt(c->body[i]);
    if (scope->needs_class_closure) {
        emit(LOAD_CLOSURE, u().slot_index["__class__"]);
        emit(COPY, 1);
        emit(STORE_NAME, add_name("__classcell__"));
        emit(RETURN_VALUE);
    } else {
        emit_implicit_return();
    }
    Ref<CodeObject> code = Ref<CodeObject>::steal(leave_unit());
    if (!code) return;
    u().line = c->lineno;
    // __build_class__(func, name, *bases, **keywords)
    emit(PUSH_NULL);
    emit(LOAD_BUILD_CLASS);
    make_closure(code.release(), 0, qualname);
    emit(LOAD_CONST, add_const(str_from(c->name)));
    std::vector<Expr*> args = c->bases;
    call_helper(2, args, c->keywords);
    for (size_t i = c->decorator_list.size(); i > 0; --i) {
        u().line = c->decorator_list[i - 1]->lineno;
        emit(CALL, 0);
    }
    u().line = c->lineno;
    name_op(c->name, ExprContext::Store);
}

// ---- Control flow ----

void Codegen::if_stmt(If* i) {
    int end = new_label();
    int orelse = i->orelse.empty() ? end : new_label();
    jump_if(i->test, false, orelse);
    stmts(i->body);
    if (!i->orelse.empty()) {
        emit(JUMP, end);
        bind(orelse);
        stmts(i->orelse);
    }
    bind(end);
}

namespace {
// A test whose truth the compiler knows to be true (`while True:`, `while 1:`), as CPython's
// constant folding sees it; anything else is tested at run time.
bool constant_true(Expr* e) {
    if (e->kind != ExprKind::Constant) return false;
    auto* c = static_cast<Constant*>(e);
    switch (c->value_kind) {
    case ConstantKind::True:
    case ConstantKind::Ellipsis: return true;
    case ConstantKind::Int: return c->text != "0";
    case ConstantKind::Str:
    case ConstantKind::Bytes: return !c->text.empty();
    default: return false;
    }
}
}  // namespace

// As CPython 3.11 compiles a loop: the test at the top runs once on entry, and a copy of it at the
// bottom jumps back to the body while it holds, so an iteration runs no separate jump to the top.
// `continue` goes to the top test. `while True:` keeps only a NOP for its line at the top and
// jumps back unconditionally with the loop's line (CPython's JUMP_BACKWARD there has it too).
// A backward conditional jump does a back edge's work (signals, tracing switch, warm-up) in the VM.
void Codegen::while_stmt(While* w) {
    int start = new_label(), body = new_label(), orelse = new_label(), end = new_label();
    bool forever = constant_true(w->test);
    bind(start);
    if (forever) {
        u().line = w->test->lineno;
        emit(NOP);
    } else {
        jump_if(w->test, false, orelse);
    }
    bind(body);
    push_fblock({FBlockKind::WhileLoop, start, end});
    stmts(w->body);
    u().fblocks.pop_back();
    u().line = w->lineno;
    if (forever) {
        u().line = w->test->lineno;
        emit(JUMP, body);
    } else {
        jump_if(w->test, true, body);
    }
    bind(orelse);
    stmts(w->orelse);
    bind(end);
}

// CPython checks `async for` / `async with` while compiling: only an async def's own body may
// hold them (not a nested def, a class body or the module).
bool Codegen::in_async_function() {
    return u().scope->kind == ScopeKind::Function && u().scope->is_coroutine;
}

void Codegen::for_stmt(For* f) {
    bool is_async = f->kind == StmtKind::AsyncFor;
    if (is_async && !in_async_function()) {
        fail(*f, "'async for' outside async function");
        return;
    }
    int start = new_label(), cleanup = new_label(), end = new_label();
    expr(f->iter);
    if (is_async) {
        emit(GET_AITER);
        bind(start);
        // try: item = await anext(it)  except StopAsyncIteration: leave the loop
        int except = new_label();
        push_handler(except, u().depth + 1, false);
        emit(GET_ANEXT);
        load_const_none();
        yield_from_loop(true);
        pop_handler();
        ++u().depth;
        push_fblock({FBlockKind::AsyncForLoop, start, end});
        store(f->target);
        stmts(f->body);
        u().fblocks.pop_back();
        --u().depth;
        u().line = f->lineno;
        emit_loop_back(start);
        bind(except);
        u().line = f->lineno;
        emit(END_ASYNC_FOR);
        stmts(f->orelse);
        bind(end);
        return;
    }
    u().line = f->iter->lineno;
    emit(GET_ITER);
    bind(start);
    u().line = f->lineno;
    emit(FOR_ITER, cleanup);
    ++u().depth;
    push_fblock({FBlockKind::ForLoop, start, end});
    store(f->target);
    stmts(f->body);
    u().fblocks.pop_back();
    --u().depth;
    u().line = f->lineno;
    emit_loop_back(start);
    bind(cleanup);
    stmts(f->orelse);
    bind(end);
}

void Codegen::break_continue(Stmt* s, bool is_break) {
    FBlock loop{};
    if (!unwind_fblock_stack(false, &loop, s)) {
        if (failed_) return;
        fail(*s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    if (is_break) {
        int depth = u().depth;
        unwind_fblock(loop, false);
        u().depth = depth;   // the code after the break is still inside the loop
        emit(JUMP, loop.exit);
    } else {
        emit(JUMP, loop.loop_start);
    }
}

void Codegen::return_stmt(Return* r) {
    ScopeKind k = u().scope->kind;
    if (k != ScopeKind::Function && k != ScopeKind::Lambda) {
        fail(*r, "'return' outside function");
        return;
    }
    if (r->value && (u().flags & kCoAsyncGenerator)) {
        fail(*r, "'return' with value in async generator");
        return;
    }
    if (r->value) expr(r->value);
    else load_const_none();
    // The return keeps the line the unwinding left (a finally body's last line, a `with` line),
    // as CPython 3.11 does: what 'return' trace events and f_lineno report there.
    if (!unwind_fblock_stack(true, nullptr, r->value ? static_cast<const Location*>(r->value) : r)) return;
    emit(RETURN_VALUE);
}

// Emits the code that leaves block `b` early. With preserve_tos the value on top (a return value)
// stays on top. u().depth drops by what the block held on the stack, so handlers in finally
// bodies copied further out (unwind_fblock_stack) get the depth the stack really has there.
void Codegen::unwind_fblock(const FBlock& b, bool preserve_tos) {
    switch (b.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::TryExcept:
    case FBlockKind::ExceptionGroupHandler:   // never unwound: the stack walk stops with an error
        break;
    case FBlockKind::ForLoop:
        if (preserve_tos) emit(SWAP, 2);
        emit(POP_TOP);
        break;
    case FBlockKind::AsyncForLoop:
        if (preserve_tos) emit(SWAP, 2);
        emit(POP_TOP);
        break;
    case FBlockKind::PopValue:
        if (preserve_tos) emit(SWAP, 2);
        emit(POP_TOP);
        break;
    case FBlockKind::FinallyTry: {
        // A copy of the finally body (the caller already dropped the block's handler).
        if (preserve_tos) {
            push_fblock({FBlockKind::PopValue});
            ++u().depth;
        }
        stmts(*b.finalbody);
        if (preserve_tos) {
            u().fblocks.pop_back();
            --u().depth;
        }
        break;
    }
    case FBlockKind::FinallyEnd:
        // Stack: previous exception, exception.
        if (preserve_tos) emit(SWAP, 2);
        emit(POP_TOP);
        if (preserve_tos) emit(SWAP, 2);
        emit(POP_EXCEPT);
        break;
    case FBlockKind::With:
    case FBlockKind::AsyncWith:
        if (preserve_tos) emit(SWAP, 2);
        call_exit_with_nones();
        if (b.kind == FBlockKind::AsyncWith) {
            emit(GET_AWAITABLE, 2);
            load_const_none();
            yield_from_loop(true);
        }
        emit(POP_TOP);
        break;
    case FBlockKind::HandlerCleanup:
    case FBlockKind::ExceptionHandler:
        if (preserve_tos) emit(SWAP, 2);
        emit(POP_EXCEPT);
        if (!b.name.empty()) {
            load_const_none();
            name_op(b.name, ExprContext::Store);
            name_op(b.name, ExprContext::Del);
        }
        break;
    }
    switch (b.kind) {
    case FBlockKind::ForLoop:
    case FBlockKind::AsyncForLoop:
    case FBlockKind::PopValue:
    case FBlockKind::With:
    case FBlockKind::AsyncWith:
    case FBlockKind::HandlerCleanup:
    case FBlockKind::ExceptionHandler:
        --u().depth;   // the iterator, value, __exit__ or previous exception is gone
        break;
    case FBlockKind::FinallyEnd:
        u().depth -= 2;   // the previous exception and the exception are gone
        break;
    default:
        break;
    }
}

// Unwinds every block up to the innermost loop (loop_out set) or all of them (return).
bool Codegen::unwind_fblock_stack(bool preserve_tos, FBlock* loop_out, const Location* where) {
    auto& fb = u().fblocks;
    std::vector<FBlock> saved;
    bool found = false;
    int saved_depth = u().depth;
    std::vector<int> saved_handlers = u().handler_stack;
    while (!fb.empty()) {
        FBlock b = fb.back();
        if (b.kind == FBlockKind::ExceptionGroupHandler) {
            if (where) fail(*where, "'break', 'continue' and 'return' cannot appear in an except* block");
            found = false;
            loop_out = nullptr;
            break;
        }
        if (loop_out && (b.kind == FBlockKind::WhileLoop || b.kind == FBlockKind::ForLoop ||
                         b.kind == FBlockKind::AsyncForLoop)) {
            *loop_out = b;
            found = true;
            break;
        }
        fb.pop_back();
        saved.push_back(b);
        // The exit code of a block runs outside the protection of the block's own handler.
        if (b.handler_index >= 0) {
            auto& hs = u().handler_stack;
            for (size_t i = hs.size(); i-- > 0;)
                if (hs[i] == b.handler_index) { hs.resize(i); break; }
        }
        unwind_fblock(b, preserve_tos);
    }
    while (!saved.empty()) {
        fb.push_back(saved.back());
        saved.pop_back();
    }
    u().depth = saved_depth;
    u().handler_stack = saved_handlers;
    // Instructions emitted after this point (the jump/return) must not be protected by handlers
    // of the blocks just unwound: re-tag the last instruction's handler when it was emitted.
    if (failed_) return false;
    if (!loop_out) return true;
    return found;
}

// ---- with ----

void Codegen::call_exit_with_nones() {
    // Stack: ..., exit. CALL with exit in the method slot and None as "self" calls exit(None, None, None).
    load_const_none();
    load_const_none();
    load_const_none();
    emit(CALL, 2);
}

void Codegen::with_stmt(With* w, size_t index) {
    bool is_async = w->kind == StmtKind::AsyncWith;
    if (is_async && !in_async_function()) {
        fail(*w, "'async with' outside async function");
        return;
    }
    WithItem* item = w->items[index];
    int body_exit = new_label(), handler = new_label(), cleanup = new_label(), end = new_label();
    expr(item->context_expr);
    u().line = w->lineno;
    if (is_async) {
        emit(BEFORE_ASYNC_WITH);
        emit(GET_AWAITABLE, 1);
        load_const_none();
        yield_from_loop(true);
    } else {
        emit(BEFORE_WITH);
    }
    // Stack: exit, enter_result
    int level = u().depth;
    push_handler(handler, level + 1, true);
    int handler_index = u().handler_stack.back();
    ++u().depth;
    FBlock fb{is_async ? FBlockKind::AsyncWith : FBlockKind::With};
    fb.handler_index = handler_index;
    push_fblock(fb);
    if (item->optional_vars) store(item->optional_vars);
    else emit(POP_TOP);
    if (index + 1 < w->items.size()) with_stmt(w, index + 1);
    else stmts(w->body);
    u().fblocks.pop_back();
    --u().depth;
    pop_handler();
    bind(body_exit);
    u().line = w->lineno;
    call_exit_with_nones();
    if (is_async) {
        emit(GET_AWAITABLE, 2);
        load_const_none();
        yield_from_loop(true);
    }
    emit(POP_TOP);
    emit(JUMP, end);

    // Exceptional exit: stack is exit, lasti, exc.
    bind(handler);
    push_handler(cleanup, level + 3, true);
    emit_push_exc_info();             // exit, lasti, prev_exc, exc
    emit(WITH_EXCEPT_START);         // ..., exc, result
    if (is_async) {
        emit(GET_AWAITABLE, 2);
        load_const_none();
        yield_from_loop(true);
    }
    int suppress = new_label();
    emit(POP_JUMP_IF_TRUE, suppress);
    emit(RERAISE, 2);
    bind(suppress);
    emit(POP_TOP);                   // exc
    emit(POP_EXCEPT);                // restores prev_exc
    emit(POP_TOP);                   // lasti
    emit(POP_TOP);                   // exit
    pop_handler();
    emit(JUMP, end);
    bind(cleanup);                   // exit, lasti, prev_exc, lasti2, exc2
    emit(COPY, 3);
    emit(POP_EXCEPT);
    emit(RERAISE, 1);
    bind(end);
}

// ---- try ----

void Codegen::try_stmt(Try* t) {
    // The `try:` line holds no code of its own; CPython 3.11 keeps a NOP there (its SETUP_FINALLY)
    // when the body starts on a later line, so tracebacks and 'line' trace events see it.
    if (!t->body.empty() && t->body[0]->lineno != t->lineno) {
        u().line = t->lineno;
        emit(NOP);
    }
    if (!t->finalbody.empty()) try_finally(t);
    else if (t->is_star) try_star_except(t);
    else try_except(t);
}

void Codegen::try_finally(Try* t) {
    int end_handler = new_label(), cleanup = new_label(), exit = new_label();
    int level = u().depth;
    push_handler(end_handler, level, false);
    FBlock fb{FBlockKind::FinallyTry};
    fb.finalbody = &t->finalbody;
    fb.handler_index = u().handler_stack.back();
    push_fblock(fb);
    if (t->is_star) try_star_except(t);
    else if (!t->handlers.empty()) try_except(t);
    else stmts(t->body);
    u().fblocks.pop_back();
    pop_handler();
    stmts(t->finalbody);
    emit(JUMP, exit);

    // Exceptional path: stack is exc.
    bind(end_handler);
    if (!t->finalbody.empty()) u().line = t->finalbody[0]->lineno;
    push_handler(cleanup, level + 1, true);
    emit_push_exc_info();             // prev_exc, exc
    u().depth = level + 2;
    FBlock fe{FBlockKind::FinallyEnd};
    fe.handler_index = u().handler_stack.back();
    push_fblock(fe);
    stmts(t->finalbody);
    u().fblocks.pop_back();
    u().depth = level;
    emit(RERAISE, 0);
    pop_handler();
    bind(cleanup);                   // prev_exc, lasti2, exc2
    emit_artificial_reraise();
    bind(exit);
}

void Codegen::try_except(Try* t) {
    int except = new_label(), orelse = new_label(), cleanup = new_label(), end = new_label();
    int level = u().depth;
    push_handler(except, level, false);
    FBlock fb{FBlockKind::TryExcept};
    fb.handler_index = u().handler_stack.back();
    push_fblock(fb);
    stmts(t->body);
    u().fblocks.pop_back();
    pop_handler();
    emit(JUMP, orelse);

    // Stack: exc
    bind(except);
    u().line = t->handlers.empty() ? t->lineno : t->handlers[0]->lineno;
    push_handler(cleanup, level + 1, true);
    int cleanup_index = u().handler_stack.back();
    emit_push_exc_info();             // prev_exc, exc
    for (size_t i = 0; i < t->handlers.size() && !failed_; ++i) {
        ExceptHandler* h = t->handlers[i];
        u().line = h->lineno;
        if (!h->type && i + 1 < t->handlers.size()) {
            fail(*h, "default 'except:' must be last");
            return;
        }
        int next = new_label();
        if (h->type) {
            expr(h->type);
            u().line = h->lineno;
            emit(CHECK_EXC_MATCH);
            emit(POP_JUMP_IF_FALSE, next);
        }
        if (h->name == "__debug__") {
            fail(*h, "cannot assign to __debug__");
            return;
        }
        if (!h->name.empty()) {
            name_op(h->name, ExprContext::Store);   // prev_exc
            int body_cleanup = new_label();
            push_handler(body_cleanup, level + 1, true);
            FBlock hb{FBlockKind::HandlerCleanup};
            hb.name = h->name;
            hb.handler_index = cleanup_index;   // leaving the body drops both cleanup handlers
            u().depth = level + 1;
            push_fblock(hb);
            stmts(h->body);
            u().fblocks.pop_back();
            pop_handler();
            emit(POP_EXCEPT);
            load_const_none();
            name_op(h->name, ExprContext::Store);
            name_op(h->name, ExprContext::Del);
            emit(JUMP, end);
            bind(body_cleanup);      // prev_exc, lasti, exc2
            load_const_none();
            name_op(h->name, ExprContext::Store);
            name_op(h->name, ExprContext::Del);
            emit(RERAISE, 1);
        } else {
            emit(POP_TOP);           // prev_exc
            FBlock hb{FBlockKind::ExceptionHandler};
            hb.handler_index = cleanup_index;
            u().depth = level + 1;
            push_fblock(hb);
            stmts(h->body);
            u().fblocks.pop_back();
            emit(POP_EXCEPT);
            emit(JUMP, end);
        }
        u().depth = level;
        bind(next);
    }
    if (!t->handlers.empty()) u().line = t->handlers.back()->lineno;   // CPython's line for it
    emit(RERAISE, 0);                // no clause matched
    pop_handler();
    bind(cleanup);                   // prev_exc, lasti, exc
    emit_artificial_reraise();
    bind(orelse);
    stmts(t->orelse);
    bind(end);
}

// try/except* (PEP 654). Every clause runs in turn on what the previous ones left unmatched;
// what the clause bodies raise is collected in a list and PREP_RERAISE_STAR works out what
// propagates. Stack in the clauses: prev_exc, orig, raised_list, rest.
// CPython: compiler_try_star_except.
void Codegen::try_star_except(Try* t) {
    int except = new_label(), orelse = new_label(), cleanup = new_label(), end = new_label();
    int reraise_star = new_label(), reraise = new_label();
    int level = u().depth;
    push_handler(except, level, false);
    FBlock fb{FBlockKind::TryExcept};
    fb.handler_index = u().handler_stack.back();
    push_fblock(fb);
    stmts(t->body);
    u().fblocks.pop_back();
    pop_handler();
    emit(JUMP, orelse);

    bind(except);                    // exc
    u().line = t->handlers[0]->lineno;
    push_handler(cleanup, level + 1, true);
    emit_push_exc_info();             // prev_exc, exc
    push_fblock({FBlockKind::ExceptionGroupHandler});
    emit(COPY, 1);
    emit(BUILD_LIST, 0);
    emit(SWAP, 2);                   // prev_exc, orig, [], rest
    for (size_t i = 0; i < t->handlers.size() && !failed_; ++i) {
        ExceptHandler* h = t->handlers[i];
        u().line = h->lineno;
        int next = new_label(), matched = new_label();
        u().depth = level + 4;
        expr(h->type);
        u().line = h->lineno;
        emit(CHECK_EG_MATCH);        // ..., rest, match
        emit(COPY, 1);
        emit(POP_JUMP_IF_NOT_NONE, matched);
        emit(POP_TOP);
        emit(JUMP, next);
        bind(matched);
        if (h->name == "__debug__") {
            fail(*h, "cannot assign to __debug__");
            return;
        }
        if (!h->name.empty()) name_op(h->name, ExprContext::Store);
        else emit(POP_TOP);
        int body_cleanup = new_label();
        push_handler(body_cleanup, level + 4, true);
        FBlock hb{FBlockKind::HandlerCleanup};
        hb.name = h->name;
        hb.handler_index = u().handler_stack.back();
        push_fblock(hb);
        stmts(h->body);
        u().fblocks.pop_back();
        pop_handler();
        if (!h->name.empty()) {
            load_const_none();
            name_op(h->name, ExprContext::Store);
            name_op(h->name, ExprContext::Del);
        }
        emit(JUMP, next);
        bind(body_cleanup);          // ..., rest, lasti, raised
        if (!h->name.empty()) {
            load_const_none();
            name_op(h->name, ExprContext::Store);
            name_op(h->name, ExprContext::Del);
        }
        emit(LIST_APPEND, 3);
        emit(POP_TOP);
        emit(JUMP, next);
        bind(next);
    }
    u().fblocks.pop_back();
    u().depth = level;
    emit(LIST_APPEND, 1);            // the unhandled rest joins what was raised
    bind(reraise_star);
    emit(PREP_RERAISE_STAR);         // prev_exc, to_raise
    emit(COPY, 1);
    emit(POP_JUMP_IF_NOT_NONE, reraise);
    emit(POP_TOP);
    pop_handler();
    emit(POP_EXCEPT);
    emit(JUMP, end);
    bind(reraise);
    emit(SWAP, 2);
    emit(POP_EXCEPT);
    emit(RERAISE, 0);
    bind(cleanup);                   // prev_exc, lasti, exc
    emit_artificial_reraise();
    bind(orelse);
    stmts(t->orelse);
    bind(end);
}

void Codegen::raise_stmt(Raise* r) {
    int n = 0;
    if (r->exc) {
        expr(r->exc);
        ++n;
        if (r->cause) {
            expr(r->cause);
            ++n;
        }
    }
    u().line = r->lineno;
    emit(RAISE_VARARGS, n);
}

void Codegen::assert_stmt(Assert* a) {
    if (a->test->kind == ExprKind::Tuple && !static_cast<Tuple*>(a->test)->elts.empty() &&
        !warn(*a, "assertion is always true, perhaps remove parentheses?")) {
        return;
    }
    int end = new_label();
    jump_if(a->test, true, end);
    emit(LOAD_ASSERTION_ERROR);
    if (a->msg) {
        expr(a->msg);
        emit(CALL, 0);
    }
    u().line = a->lineno;
    emit(RAISE_VARARGS, 1);
    bind(end);
}

// ---- import ----

void Codegen::import_stmt(Import* s) {
    for (Alias* a : s->names) {
        emit(LOAD_CONST, add_const(int_from_i64(0)));
        load_const_none();
        emit(IMPORT_NAME, add_name(a->name));
        if (!a->asname.empty()) {
            size_t dot = a->name.find('.');
            if (dot != std::string::npos) {
                // import a.b.c as d binds the submodule c.
                size_t pos = dot;
                while (pos != std::string::npos) {
                    size_t next = a->name.find('.', pos + 1);
                    std::string part = a->name.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
                    emit(IMPORT_FROM, add_name(part));
                    emit(SWAP, 2);
                    emit(POP_TOP);
                    pos = next;
                }
            }
            name_op(a->asname, ExprContext::Store);
        } else {
            name_op(a->name.substr(0, a->name.find('.')), ExprContext::Store);
        }
    }
}

void Codegen::import_from(ImportFrom* s) {
    // Future imports past the module's head (anywhere, even in a function) are errors.
    if (s->level == 0 && s->module == "__future__" && s->lineno > future_.last_lineno) {
        fail(*s, "from __future__ imports must occur at the beginning of the file");
        return;
    }
    emit(LOAD_CONST, add_const(int_from_i64(s->level)));
    Ref<> names = Ref<>::steal(tuple_new(static_cast<ssize>(s->names.size())));
    if (!names) {
        memory_failure();
        return;
    }
    for (size_t i = 0; i < s->names.size(); ++i) {
        if (!(tuple_items(names.get())[i] = str_from(s->names[i]->name))) {
            memory_failure();
            return;
        }
    }
    emit(LOAD_CONST, add_const(names.release()));
    emit(IMPORT_NAME, add_name(s->module));
    if (s->names.size() == 1 && s->names[0]->name == "*") {
        emit(IMPORT_STAR);
        return;
    }
    for (Alias* a : s->names) {
        emit(IMPORT_FROM, add_name(a->name));
        name_op(a->asname.empty() ? a->name : a->asname, ExprContext::Store);
    }
    emit(POP_TOP);
}

}  // namespace pygen
