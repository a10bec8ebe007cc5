// Builds the symbol table in two passes: a walk over the AST that records, per scope, how each
// name is used, then a top-down resolution that turns those uses into local/global/cell/free.
// CPython counterpart: Python/symtable.c (symtable_visit_*, analyze_block).
#include "compiler/symtable.h"

#include <algorithm>
#include <set>

namespace pygen {

using namespace ast;

std::string mangle_private_name(const std::string& class_name, const std::string& name) {
    if (class_name.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
    if (name.find('.') != std::string::npos) return name;
    size_t first = class_name.find_first_not_of('_');
    if (first == std::string::npos) return name;   // a class named only with underscores
    return "_" + class_name.substr(first) + name;
}

NameScope Scope::scope_of(const std::string& name) const {
    auto it = resolved.find(name);
    if (it != resolved.end()) return it->second;
    return kind == ScopeKind::Module ? NameScope::GlobalImplicit : NameScope::GlobalImplicit;
}

void Scope::add(const std::string& name, int flag) {
    auto [it, inserted] = flags.try_emplace(name, 0);
    if (inserted) order.push_back(name);
    it->second |= flag;
}

Scope* SymbolTable::scope_for(const void* node) const {
    auto it = by_node_.find(node);
    return it == by_node_.end() ? nullptr : it->second;
}

class SymtableBuilder {
public:
    SymtableBuilder(SymbolTable& table, const std::string& filename, SyntaxErrorInfo* error, bool future_annotations)
        : table_(table), filename_(filename), error_(error), future_annotations_(future_annotations) {}

    bool run(AstModule* module) {
        table_.top_ = std::make_unique<Scope>();
        table_.top_->kind = ScopeKind::Module;
        table_.top_->name = "top";
        table_.by_node_[module] = table_.top_.get();
        cur_ = table_.top_.get();
        for (Stmt* s : module->body) stmt(s);
        if (failed_) return false;
        std::set<std::string> bound;
        return analyze(table_.top_.get(), bound);
    }

private:
    SymbolTable& table_;
    const std::string& filename_;
    SyntaxErrorInfo* error_;
    Scope* cur_ = nullptr;
    bool failed_ = false;
    bool future_annotations_ = false;
    // PEP 563: annotations are walked in a scope of their own that is never linked into the
    // tree, so their names reach no enclosing scope (CPython's AnnotationBlock).
    std::vector<std::unique_ptr<Scope>> annotation_scopes_;
    Scope* annotation_scope_ = nullptr;

    void annotation(Expr* e) {
        if (!future_annotations_) {
            expr(e);
            return;
        }
        auto s = std::make_unique<Scope>();
        s->kind = ScopeKind::Function;
        s->name = "_annotation";
        s->parent = cur_;
        Scope* saved_cur = cur_;
        Scope* saved_annotation = annotation_scope_;
        cur_ = annotation_scope_ = s.get();
        annotation_scopes_.push_back(std::move(s));
        expr(e);
        cur_ = saved_cur;
        annotation_scope_ = saved_annotation;
    }
    bool not_in_annotation(const Expr* e, const char* what) {
        if (cur_ != annotation_scope_ || !annotation_scope_) return true;
        return fail(*e, std::string("'") + what + "' can not be used within an annotation");
    }

    bool fail(const Location& at, const std::string& msg) {
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

    Scope* push(ScopeKind kind, const std::string& name, const void* node, int line) {
        auto s = std::make_unique<Scope>();
        s->kind = kind;
        s->name = name;
        s->node = node;
        s->parent = cur_;
        s->comp_iter_expr = cur_->comp_iter_expr;
        s->line = line;
        Scope* raw = s.get();
        cur_->children.push_back(std::move(s));
        table_.by_node_[node] = raw;
        cur_ = raw;
        return raw;
    }
    void pop() { cur_ = cur_->parent; }

    // Private names (__x inside a class) are stored mangled, as _Class__x (CPython's _Py_Mangle).
    std::string private_;
    std::string mangle(const std::string& name) const { return mangle_private_name(private_, name); }

    void def(const std::string& raw_name, int flag, const Location& at) {
        std::string name = mangle(raw_name);
        int old = 0;
        if (auto it = cur_->flags.find(name); it != cur_->flags.end()) old = it->second;
        if ((old & kDefGlobal) && (flag & kDefParam))
            fail(at, "name '" + name + "' is parameter and global");
        cur_->add(name, flag);
    }

    // ---- Statements ----
    void stmts(const std::vector<Stmt*>& body) { for (Stmt* s : body) stmt(s); }

    void stmt(Stmt* s) {
        if (failed_) return;
        switch (s->kind) {
        case StmtKind::FunctionDef:
        case StmtKind::AsyncFunctionDef: {
            auto* f = static_cast<FunctionDef*>(s);
            def(f->name, kDefLocal, *s);
            exprs(f->decorator_list);
            arg_defaults(f->args);
            annotations(f->args, f->returns);
            Scope* sc = push(ScopeKind::Function, f->name, f, f->lineno);
            sc->is_coroutine = s->kind == StmtKind::AsyncFunctionDef;
            params(f->args);
            stmts(f->body);
            pop();
            break;
        }
        case StmtKind::ClassDef: {
            auto* c = static_cast<ClassDef*>(s);
            def(c->name, kDefLocal, *s);
            exprs(c->bases);
            for (Keyword* k : c->keywords) expr(k->value);
            exprs(c->decorator_list);
            push(ScopeKind::Class, c->name, c, c->lineno);
            std::string saved_private = private_;
            private_ = c->name;
            stmts(c->body);
            private_ = saved_private;
            pop();
            break;
        }
        case StmtKind::Return: {
            auto* r = static_cast<Return*>(s);
            if (r->value) expr(r->value);
            break;
        }
        case StmtKind::Delete:
            for (Expr* t : static_cast<Delete*>(s)->targets) expr(t);
            break;
        case StmtKind::Assign: {
            auto* a = static_cast<Assign*>(s);
            for (Expr* t : a->targets) expr(t);
            expr(a->value);
            break;
        }
        case StmtKind::AugAssign: {
            auto* a = static_cast<AugAssign*>(s);
            expr(a->target);
            if (a->target->kind == ExprKind::Name) cur_->add(mangle(static_cast<Name*>(a->target)->id), kUse);
            expr(a->value);
            break;
        }
        case StmtKind::AnnAssign: {
            auto* a = static_cast<AnnAssign*>(s);
            if (a->target->kind == ExprKind::Name) {
                auto* n = static_cast<Name*>(a->target);
                int fl = cur_->flags.count(n->id) ? cur_->flags[n->id] : 0;
                if ((fl & (kDefGlobal | kDefNonlocal)) && a->simple) {
                    fail(*s, std::string("annotated name '") + n->id + "' can't be " +
                                 ((fl & kDefGlobal) ? "global" : "nonlocal"));
                    return;
                }
            }
            if (a->value || a->target->kind != ExprKind::Name) expr(a->target);
            else if (a->target->kind == ExprKind::Name && a->simple) def(static_cast<Name*>(a->target)->id, kDefLocal, *s);
            annotation(a->annotation);
            if (a->value) expr(a->value);
            break;
        }
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            auto* f = static_cast<For*>(s);
            if (s->kind == StmtKind::AsyncFor) note_await(*s);
            expr(f->target);
            expr(f->iter);
            stmts(f->body);
            stmts(f->orelse);
            break;
        }
        case StmtKind::While: {
            auto* w = static_cast<While*>(s);
            expr(w->test);
            stmts(w->body);
            stmts(w->orelse);
            break;
        }
        case StmtKind::If: {
            auto* i = static_cast<If*>(s);
            expr(i->test);
            stmts(i->body);
            stmts(i->orelse);
            break;
        }
        case StmtKind::With:
        case StmtKind::AsyncWith: {
            auto* w = static_cast<With*>(s);
            if (s->kind == StmtKind::AsyncWith) note_await(*s);
            for (WithItem* item : w->items) {
                expr(item->context_expr);
                if (item->optional_vars) expr(item->optional_vars);
            }
            stmts(w->body);
            break;
        }
        case StmtKind::Raise: {
            auto* r = static_cast<Raise*>(s);
            if (r->exc) expr(r->exc);
            if (r->cause) expr(r->cause);
            break;
        }
        case StmtKind::Try: {
            auto* t = static_cast<Try*>(s);
            stmts(t->body);
            for (ExceptHandler* h : t->handlers) {
                if (h->type) expr(h->type);
                if (!h->name.empty()) def(h->name, kDefLocal, *h);
                stmts(h->body);
            }
            stmts(t->orelse);
            stmts(t->finalbody);
            break;
        }
        case StmtKind::Assert: {
            auto* a = static_cast<Assert*>(s);
            expr(a->test);
            if (a->msg) expr(a->msg);
            break;
        }
        case StmtKind::Import:
            for (Alias* a : static_cast<Import*>(s)->names) {
                std::string bound = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
                def(bound, kDefLocal, *s);
            }
            break;
        case StmtKind::ImportFrom:
            for (Alias* a : static_cast<ImportFrom*>(s)->names) {
                if (a->name == "*") {
                    if (cur_->kind != ScopeKind::Module) {
                        fail(*a, "import * only allowed at module level");   // at the '*', as CPython
                        return;
                    }
                    continue;
                }
                def(a->asname.empty() ? a->name : a->asname, kDefLocal, *s);
            }
            break;
        case StmtKind::Global:
        case StmtKind::Nonlocal: {
            bool is_global = s->kind == StmtKind::Global;
            const auto& names = is_global ? static_cast<Global*>(s)->names : static_cast<Nonlocal*>(s)->names;
            for (const std::string& name : names) {
                if (!is_global && cur_->kind == ScopeKind::Module) {
                    fail(*s, "nonlocal declaration not allowed at module level");
                    return;
                }
                auto it = cur_->flags.find(name);
                int fl = it == cur_->flags.end() ? 0 : it->second;
                const char* what = is_global ? "global" : "nonlocal";
                if (fl & kDefParam) {
                    fail(*s, "name '" + name + "' is parameter and " + what);
                    return;
                }
                if (is_global ? (fl & kDefNonlocal) : (fl & kDefGlobal)) {
                    // CPython reports it at the name's first directive (error_at_directive).
                    auto first = cur_->directive_at.find(mangle(name));
                    fail(first != cur_->directive_at.end() ? first->second : Location(*s),
                         "name '" + name + "' is nonlocal and global");
                    return;
                }
                if (fl & kUse) {
                    fail(*s, "name '" + name + "' is used prior to " + what + " declaration");
                    return;
                }
                if (fl & kDefLocal) {
                    fail(*s, "name '" + name + "' is assigned to before " + what + " declaration");
                    return;
                }
                cur_->add(mangle(name), is_global ? kDefGlobal : kDefNonlocal);
                // CPython's symtable_add_def_helper records every global declaration in the module
                // scope too: there the name is then global explicitly (STORE_GLOBAL, not
                // STORE_NAME), which matters when module code runs with separate locals (exec).
                if (is_global) table_.top_->add(mangle(name), kDefGlobal);
                if (!is_global) cur_->nonlocal_at.emplace(mangle(name), *s);
                cur_->directive_at.emplace(mangle(name), *s);
            }
            break;
        }
        case StmtKind::Expr:
            expr(static_cast<ExprStmt*>(s)->value);
            break;
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue:
            break;
        case StmtKind::Match: {
            auto* m = static_cast<Match*>(s);
            expr(m->subject);
            for (MatchCase* c : m->cases) {
                pattern(c->pattern);
                if (c->guard) expr(c->guard);
                stmts(c->body);
            }
            break;
        }
        }
    }

    // Capture names are plain local bindings; value patterns, class names and mapping keys are loads.
    void pattern(Pattern* p) {
        if (failed_) return;
        switch (p->kind) {
        case PatternKind::MatchValue: expr(static_cast<MatchValue*>(p)->value); break;
        case PatternKind::MatchSingleton: break;
        case PatternKind::MatchSequence: for (Pattern* q : static_cast<MatchSequence*>(p)->patterns) pattern(q); break;
        case PatternKind::MatchMapping: {
            auto* m = static_cast<MatchMapping*>(p);
            for (Expr* k : m->keys) expr(k);
            for (Pattern* q : m->patterns) pattern(q);
            if (m->has_rest) def(m->rest, kDefLocal, *p);
            break;
        }
        case PatternKind::MatchClass: {
            auto* c = static_cast<MatchClass*>(p);
            expr(c->cls);
            for (Pattern* q : c->patterns) pattern(q);
            for (Pattern* q : c->kwd_patterns) pattern(q);
            break;
        }
        case PatternKind::MatchStar: {
            auto* st = static_cast<MatchStar*>(p);
            if (!st->name.empty()) def(st->name, kDefLocal, *p);
            break;
        }
        case PatternKind::MatchAs: {
            auto* a = static_cast<MatchAs*>(p);
            if (a->pattern) pattern(a->pattern);
            if (!a->name.empty()) def(a->name, kDefLocal, *p);
            break;
        }
        case PatternKind::MatchOr: for (Pattern* q : static_cast<MatchOr*>(p)->patterns) pattern(q); break;
        }
    }

    void arg_defaults(Arguments* a) {
        exprs(a->defaults);
        for (Expr* e : a->kw_defaults)
            if (e) expr(e);
    }
    void annotations(Arguments* a, Expr* returns) {
        auto ann = [&](Arg* arg) { if (arg && arg->annotation) annotation(arg->annotation); };
        for (Arg* x : a->posonlyargs) ann(x);
        for (Arg* x : a->args) ann(x);
        ann(a->vararg);
        for (Arg* x : a->kwonlyargs) ann(x);
        ann(a->kwarg);
        if (returns) annotation(returns);
    }
    void params(Arguments* a) {
        auto param = [&](Arg* arg) {
            if (cur_->flags.count(arg->arg) && (cur_->flags[arg->arg] & kDefParam)) {
                fail(*arg, "duplicate argument '" + arg->arg + "' in function definition");
                return;
            }
            def(arg->arg, kDefParam, *arg);
            cur_->params.push_back(mangle(arg->arg));
        };
        for (Arg* x : a->posonlyargs) param(x);
        for (Arg* x : a->args) param(x);
        for (Arg* x : a->kwonlyargs) param(x);
        if (a->vararg) param(a->vararg);
        if (a->kwarg) param(a->kwarg);
    }

    void note_await(const Location& at) {
        if (cur_->kind == ScopeKind::Comprehension) return;   // async comprehension: checked by codegen
    }

    // ---- Expressions ----
    void exprs(const std::vector<Expr*>& v) { for (Expr* e : v) if (e) expr(e); }

    void expr(Expr* e) {
        if (failed_ || !e) return;
        switch (e->kind) {
        case ExprKind::BoolOp: exprs(static_cast<BoolOp*>(e)->values); break;
        case ExprKind::NamedExpr: {
            if (!not_in_annotation(e, "named expression")) return;
            auto* n = static_cast<NamedExpr*>(e);
            if (cur_->comp_iter_expr > 0) {
                fail(*e, "assignment expression cannot be used in a comprehension iterable expression");
                return;
            }
            expr(n->value);
            named_expr_target(static_cast<Name*>(n->target), *e);
            break;
        }
        case ExprKind::BinOp: expr(static_cast<BinOp*>(e)->left); expr(static_cast<BinOp*>(e)->right); break;
        case ExprKind::UnaryOp: expr(static_cast<UnaryOp*>(e)->operand); break;
        case ExprKind::Lambda: {
            auto* l = static_cast<Lambda*>(e);
            arg_defaults(l->args);
            push(ScopeKind::Lambda, "lambda", l, l->lineno);
            params(l->args);
            expr(l->body);
            pop();
            break;
        }
        case ExprKind::IfExp: {
            auto* i = static_cast<IfExp*>(e);
            expr(i->test); expr(i->body); expr(i->orelse);
            break;
        }
        case ExprKind::Dict: exprs(static_cast<Dict*>(e)->keys); exprs(static_cast<Dict*>(e)->values); break;
        case ExprKind::Set: exprs(static_cast<Set*>(e)->elts); break;
        case ExprKind::ListComp: comprehension(e, "listcomp", static_cast<ListComp*>(e)->generators, static_cast<ListComp*>(e)->elt, nullptr); break;
        case ExprKind::SetComp: comprehension(e, "setcomp", static_cast<SetComp*>(e)->generators, static_cast<SetComp*>(e)->elt, nullptr); break;
        case ExprKind::DictComp: comprehension(e, "dictcomp", static_cast<DictComp*>(e)->generators, static_cast<DictComp*>(e)->key, static_cast<DictComp*>(e)->value); break;
        case ExprKind::GeneratorExp: comprehension(e, "genexpr", static_cast<GeneratorExp*>(e)->generators, static_cast<GeneratorExp*>(e)->elt, nullptr); break;
        case ExprKind::Await:
            if (!not_in_annotation(e, "await expression")) return;
            if (cur_->kind == ScopeKind::Comprehension) cur_->has_await = true;
            expr(static_cast<Await*>(e)->value);
            break;
        case ExprKind::Yield:
        case ExprKind::YieldFrom: {
            if (!not_in_annotation(e, "yield expression")) return;
            if (cur_->kind == ScopeKind::Module || cur_->kind == ScopeKind::Class) {
                fail(*e, "'yield' outside function");
                return;
            }
            if (cur_->kind == ScopeKind::Comprehension) {
                fail(*e, std::string("'yield' inside ") + comprehension_kind(cur_));
                return;
            }
            cur_->is_generator = true;
            if (e->kind == ExprKind::Yield) expr(static_cast<Yield*>(e)->value);
            else {
                if (cur_->is_coroutine) {
                    fail(*e, "'yield from' inside async function");
                    return;
                }
                expr(static_cast<YieldFrom*>(e)->value);
            }
            break;
        }
        case ExprKind::Compare: expr(static_cast<Compare*>(e)->left); exprs(static_cast<Compare*>(e)->comparators); break;
        case ExprKind::Call: {
            auto* c = static_cast<Call*>(e);
            expr(c->func);
            exprs(c->args);
            for (Keyword* k : c->keywords) expr(k->value);
            break;
        }
        case ExprKind::FormattedValue: {
            auto* f = static_cast<FormattedValue*>(e);
            expr(f->value);
            if (f->format_spec) expr(f->format_spec);
            break;
        }
        case ExprKind::JoinedStr: exprs(static_cast<JoinedStr*>(e)->values); break;
        case ExprKind::Constant: break;
        case ExprKind::Attribute: expr(static_cast<Attribute*>(e)->value); break;
        case ExprKind::Subscript: expr(static_cast<Subscript*>(e)->value); expr(static_cast<Subscript*>(e)->slice); break;
        case ExprKind::Starred: expr(static_cast<Starred*>(e)->value); break;
        case ExprKind::Name: {
            auto* n = static_cast<Name*>(e);
            if (n->ctx == ExprContext::Load) {
                cur_->add(mangle(n->id), kUse);
                if ((n->id == "super" || n->id == "__class__") &&
                    (cur_->kind == ScopeKind::Function || cur_->kind == ScopeKind::Lambda ||
                     cur_->kind == ScopeKind::Comprehension)) {
                    cur_->add("__class__", kUse);
                }
            } else {
                def(n->id, kDefLocal, *e);
            }
            break;
        }
        case ExprKind::List: exprs(static_cast<List*>(e)->elts); break;
        case ExprKind::Tuple: exprs(static_cast<Tuple*>(e)->elts); break;
        case ExprKind::Slice: {
            auto* s = static_cast<Slice*>(e);
            expr(s->lower); expr(s->upper); expr(s->step);
            break;
        }
        }
    }

    static const char* comprehension_kind(Scope* s) {
        if (s->name == "listcomp") return "list comprehension";
        if (s->name == "setcomp") return "set comprehension";
        if (s->name == "dictcomp") return "dict comprehension";
        return "generator expression";
    }

    void named_expr_target(Name* target, const Location& at) {
        if (cur_->kind != ScopeKind::Comprehension) {
            def(target->id, kDefLocal, at);
            return;
        }
        // The walrus binds in the nearest enclosing non-comprehension scope.
        Scope* s = cur_;
        while (s->kind == ScopeKind::Comprehension) {
            if (s->flags.count(target->id) && (s->flags[target->id] & kDefCompIter)) {
                fail(*target, "assignment expression cannot rebind comprehension iteration variable '" + target->id + "'");
                return;
            }
            s = s->parent;
        }
        if (s->kind == ScopeKind::Class) {
            fail(*target, "assignment expression within a comprehension cannot be used in a class body");
            return;
        }
        // Global in the comprehensions when the binding scope is the module or declares it global.
        auto declared = s->flags.find(target->id);
        bool global = s->kind == ScopeKind::Module || (declared != s->flags.end() && (declared->second & kDefGlobal));
        for (Scope* c = cur_; c != s; c = c->parent)
            c->add(target->id, global ? kDefGlobal : kDefNonlocal);
        s->add(target->id, kDefLocal);
    }

    void comprehension(Expr* e, const char* name, const std::vector<Comprehension*>& gens, Expr* elt, Expr* value) {
        // The first iterable is evaluated in the enclosing scope.
        ++cur_->comp_iter_expr;
        expr(gens[0]->iter);
        --cur_->comp_iter_expr;
        Scope* sc = push(ScopeKind::Comprehension, name, e, e->lineno);
        if (e->kind == ExprKind::GeneratorExp) sc->is_generator = true;
        sc->add(".0", kDefParam);
        sc->params.push_back(".0");
        for (size_t i = 0; i < gens.size(); ++i) {
            Comprehension* g = gens[i];
            if (i > 0) {
                ++cur_->comp_iter_expr;
                expr(g->iter);
                --cur_->comp_iter_expr;
            }
            comp_target(g->target);
            exprs(g->ifs);
        }
        expr(elt);
        if (value) expr(value);
        pop();
        // An asynchronous list/set/dict comprehension is awaited where it is built, so an
        // enclosing comprehension becomes asynchronous too (CPython 3.11 allows this nesting).
        bool is_async = sc->has_await;
        for (Comprehension* g : gens) is_async |= g->is_async;
        if (is_async && e->kind != ExprKind::GeneratorExp && cur_->kind == ScopeKind::Comprehension) cur_->has_await = true;
    }

    void comp_target(Expr* t) {
        if (t->kind == ExprKind::Name) {
            const std::string& id = static_cast<Name*>(t)->id;
            // An earlier walrus of this comprehension bound the name in the enclosing scope (it is
            // global or nonlocal here: nothing else declares names in a comprehension).
            if (auto it = cur_->flags.find(id); it != cur_->flags.end() && (it->second & (kDefGlobal | kDefNonlocal))) {
                fail(*t, "comprehension inner loop cannot rebind assignment expression target '" + id + "'");
                return;
            }
            cur_->add(mangle(id), kDefLocal | kDefCompIter);
        } else if (t->kind == ExprKind::Tuple || t->kind == ExprKind::List) {
            for (Expr* x : t->kind == ExprKind::Tuple ? static_cast<Tuple*>(t)->elts : static_cast<List*>(t)->elts)
                comp_target(x);
        } else if (t->kind == ExprKind::Starred) {
            comp_target(static_cast<Starred*>(t)->value);
        } else {
            expr(t);
        }
    }

    // ---- Resolution ----
    // `bound`: names bound in enclosing function scopes (visible as free variables).
    bool analyze(Scope* s, const std::set<std::string>& bound) {
        bool is_function = s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda ||
                           s->kind == ScopeKind::Comprehension;
        for (const std::string& name : s->order) {
            int fl = s->flags[name];
            NameScope ns;
            if (fl & kDefGlobal) {
                ns = NameScope::GlobalExplicit;
            } else if (fl & kDefNonlocal) {
                if (!bound.count(name)) {
                    Location at;
                    at.lineno = s->line;
                    if (auto it = s->nonlocal_at.find(name); it != s->nonlocal_at.end()) at = it->second;
                    return fail(at, "no binding for nonlocal '" + name + "' found");
                }
                ns = NameScope::Free;
            } else if (fl & (kDefLocal | kDefParam)) {
                ns = NameScope::Local;
            } else if (bound.count(name)) {
                ns = NameScope::Free;
            } else {
                ns = NameScope::GlobalImplicit;
            }
            if (name == "__class__" && s->kind != ScopeKind::Class && !(fl & (kDefLocal | kDefParam | kDefGlobal)))
                ns = bound.count(name) ? NameScope::Free : NameScope::GlobalImplicit;
            s->resolved[name] = ns;
        }
        std::set<std::string> child_bound = bound;
        if (is_function) {
            for (auto& [name, ns] : s->resolved)
                if (ns == NameScope::Local) child_bound.insert(name);
                else if (ns == NameScope::GlobalExplicit) child_bound.erase(name);
        } else if (s->kind == ScopeKind::Class) {
            // A class namespace is invisible to nested functions, its global declarations
            // included (CPython's analyze_block passes a class's children the bound set it got).
            child_bound.insert("__class__");
        } else {
            child_bound.clear();
        }
        std::set<std::string> child_frees;
        for (auto& c : s->children) {
            if (!analyze(c.get(), child_bound)) return false;
            for (const std::string& f : c->freevars) child_frees.insert(f);
        }
        // A free variable of a child is a cell here when bound here, else it passes through.
        for (const std::string& name : child_frees) {
            if (s->kind == ScopeKind::Class && name == "__class__") {
                // A class body that declares `nonlocal __class__` has one slot for that name:
                // CPython gives it a second, implicit cell for the methods. Here the methods see
                // the enclosing variable instead, so type.__new__ never overwrites it (pygen's
                // deviation: such a method's __class__ is the enclosing value, not the class).
                auto own = s->resolved.find(name);
                if (own != s->resolved.end() && own->second == NameScope::Free) continue;
                s->needs_class_closure = true;
                continue;
            }
            auto it = s->resolved.find(name);
            if (is_function && it != s->resolved.end() && it->second == NameScope::Local) {
                it->second = NameScope::Cell;
            } else if (it != s->resolved.end() && it->second == NameScope::Cell) {
                // already a cell
            } else if (it == s->resolved.end() || it->second != NameScope::Free) {
                if (s->kind == ScopeKind::Class && it != s->resolved.end()) {
                    // The class uses the name from its own namespace and passes the enclosing
                    // binding through to methods: keep it local here, record it as free too.
                    s->freevars.push_back(name);
                    continue;
                }
                if (it == s->resolved.end()) s->order.push_back(name);
                s->resolved[name] = NameScope::Free;
            }
        }
        for (const std::string& name : s->order) {
            NameScope ns = s->resolved[name];
            if (ns == NameScope::Cell) s->cellvars.push_back(name);
            else if (ns == NameScope::Free) s->freevars.push_back(name);
        }
        if (s->needs_class_closure) s->cellvars.push_back("__class__");
        std::sort(s->cellvars.begin(), s->cellvars.end());
        s->cellvars.erase(std::unique(s->cellvars.begin(), s->cellvars.end()), s->cellvars.end());
        std::sort(s->freevars.begin(), s->freevars.end());
        s->freevars.erase(std::unique(s->freevars.begin(), s->freevars.end()), s->freevars.end());
        return true;
    }
};

bool SymbolTable::build(AstModule* module, const std::string& filename, SyntaxErrorInfo* error,
                        bool future_annotations) {
    SymtableBuilder b(*this, filename, error, future_annotations);
    return b.run(module);
}

}  // namespace pygen
