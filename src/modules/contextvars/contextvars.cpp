// Context, ContextVar and Token. A Context's variables are a dict that is never changed once a
// Context holds it: ContextVar.set replaces the current context's dict with an updated copy, so
// copy_context() only shares the pointer (CPython gets the same effect from its HAMT). Contexts
// are small, so the copy on set stays cheap.
// CPython counterpart: Python/context.c.
#include "modules/contextvars/contextvars.h"
#include "vm/runtime.h"

#include <cstdio>
#include <memory>
#include <string>

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

TypeObject ContextType;
TypeObject ContextVarType;
TypeObject TokenType;

namespace {

struct ContextObject : Object {
    Object* vars;          // strong dict ContextVar -> value; shared, never mutated once shared
    ContextObject* prev;   // strong while entered: the context to return to
    bool entered;
};

struct ContextVarObject : Object {
    Object* name;          // strong str
    Object* default_value; // strong or null (no default)
    int64_t hash;
};

struct TokenObject : Object {
    Object* ctx;           // strong: the context the set() happened in
    Object* var;           // strong
    Object* old_value;     // strong or null (the variable had no value: Token.MISSING)
    bool used;
};

ContextObject* as_ctx(Object* o) { return static_cast<ContextObject*>(o); }
ContextVarObject* as_var(Object* o) { return static_cast<ContextVarObject*>(o); }
TokenObject* as_token(Object* o) { return static_cast<TokenObject*>(o); }

ContextObject* g_current;   // strong or null (created on first use)
Object* g_missing;          // Token.MISSING (immortal for our purposes)
Object* g_empty_vars;       // shared empty dict

Object* empty_vars() {
    if (!g_empty_vars) {
        g_empty_vars = dict_new();
        runtime_slot(&g_empty_vars);
    }
    return g_empty_vars;
}

ContextObject* context_new_with(Object* vars) {
    auto* c = static_cast<ContextObject*>(alloc_object(&ContextType));
    if (!c) return nullptr;
    c->vars = newref(vars);
    return c;
}

ContextObject* current() {
    if (!g_current) {
        Object* vars = empty_vars();
        if (!vars) return nullptr;
        g_current = context_new_with(vars);
        runtime_slot(&g_current);
    }
    return g_current;
}

// ---- Context ----

Object* ctx_new(TypeObject*, Object* const*, size_t nargs, Object* kwnames) {
    if (nargs || kwcount(kwnames)) return err_set_string(TypeError, "Context() does not accept any arguments");
    Object* vars = empty_vars();
    if (!vars) return nullptr;
    return context_new_with(vars);
}

void ctx_dealloc(Object* o) {
    clearref(as_ctx(o)->vars);
    ContextObject* prev = as_ctx(o)->prev;
    as_ctx(o)->prev = nullptr;
    xdecref(prev);
    free_object(o);
}

void ctx_traverse(Object* o, VisitFn visit, void* arg) {
    if (as_ctx(o)->vars) visit(as_ctx(o)->vars, arg);
    if (as_ctx(o)->prev) visit(as_ctx(o)->prev, arg);
}

int ctx_clear(Object* o) {
    clearref(as_ctx(o)->vars);
    return 0;
}

bool check_var_key(Object* key) {
    if (key->type == &ContextVarType) return true;
    Ref<> r = Ref<>::steal(object_repr(key));
    if (!r) return false;
    err_format(TypeError, "a ContextVar key was expected, got %s", str_cstr(r.get()));
    return false;
}

Object* ctx_getitem(Object* self, Object* key) {
    if (!check_var_key(key)) return nullptr;
    Object* v = dict_getitem(as_ctx(self)->vars, key);
    if (!v) {
        if (!err_occurred()) err_set_key_error(key);
        return nullptr;
    }
    return newref(v);
}

int ctx_contains(Object* self, Object* key) {
    if (!check_var_key(key)) return -1;
    return dict_contains(as_ctx(self)->vars, key);
}

ssize ctx_len(Object* self) { return dict_size(as_ctx(self)->vars); }

Object* ctx_iter(Object* self) { return object_iter(as_ctx(self)->vars); }

Object* ctx_get(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("get", nargs, kwnames, 1, 2)) return nullptr;
    if (!check_var_key(args[0])) return nullptr;
    Object* v = dict_getitem(as_ctx(self)->vars, args[0]);
    if (!v && err_occurred()) return nullptr;
    if (v) return newref(v);
    return newref(nargs > 1 ? args[1] : None);
}

Object* ctx_method_on_vars(Object* self, const char* name) { return call_method0(as_ctx(self)->vars, name); }
Object* ctx_keys(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("keys", nargs, kwnames)) return nullptr;
    return ctx_method_on_vars(self, "keys");
}
Object* ctx_values(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("values", nargs, kwnames)) return nullptr;
    return ctx_method_on_vars(self, "values");
}
Object* ctx_items(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("items", nargs, kwnames)) return nullptr;
    return ctx_method_on_vars(self, "items");
}

Object* ctx_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("copy", nargs, kwnames)) return nullptr;
    return context_new_with(as_ctx(self)->vars);
}

Object* ctx_run_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs < 1) return err_set_string(TypeError, "run() missing 1 required positional argument");
    ContextObject* ctx = as_ctx(self);
    if (ctx->entered) {
        return err_format(RuntimeError, "cannot enter context: <_contextvars.Context object at %p> is already entered",
                          static_cast<void*>(self));
    }
    ContextObject* prev = current();
    if (!prev) return nullptr;
    // The reference g_current held moves to ctx->prev while ctx is the current context.
    ctx->prev = prev;
    ctx->entered = true;
    g_current = static_cast<ContextObject*>(newref(ctx));
    Object* res = call(args[0], args + 1, nargs - 1, kwnames);
    ContextObject* back = ctx->prev;
    ctx->prev = nullptr;
    ctx->entered = false;
    ContextObject* leaving = g_current;
    g_current = back;   // takes over the reference held in prev
    decref(leaving);
    return res;
}

Object* ctx_richcompare(Object* a, Object* b, CompareOp op) {
    if (b->type != &ContextType || (op != CompareOp::Eq && op != CompareOp::Ne)) return incref(NotImplemented);
    int eq = object_equal(as_ctx(a)->vars, as_ctx(b)->vars);
    if (eq < 0) return nullptr;
    return bool_from(op == CompareOp::Eq ? eq : !eq);
}

const MethodDef kContextMethods[] = {
    {"run", ctx_run_method},
    {"copy", ctx_copy},
    {"get", ctx_get},
    {"keys", ctx_keys},
    {"values", ctx_values},
    {"items", ctx_items},
    {nullptr, nullptr},
};

// ---- ContextVar ----

Object* var_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const names[] = {"name", "default"};
    Object* out[2] = {};
    if (!bind_args({"ContextVar", names, 2, 0, 1, 1}, args, nargs, kwnames, out)) return nullptr;
    if (!is_str(out[0])) return err_set_string(TypeError, "context variable name must be a str");
    auto* v = static_cast<ContextVarObject*>(alloc_object(&ContextVarType));
    if (!v) return nullptr;
    v->name = newref(out[0]);
    v->default_value = xnewref(out[1]);
    v->hash = static_cast<int64_t>(reinterpret_cast<uintptr_t>(v) >> 4);
    return v;
}

void var_dealloc(Object* o) {
    clearref(as_var(o)->name);
    clearref(as_var(o)->default_value);
    free_object(o);
}

void var_traverse(Object* o, VisitFn visit, void* arg) {
    if (as_var(o)->default_value) visit(as_var(o)->default_value, arg);
}

int64_t var_hash(Object* o) { return as_var(o)->hash; }

Object* var_repr(Object* o) {
    ContextVarObject* v = as_var(o);
    Ref<> name = Ref<>::steal(object_repr(v->name));
    if (!name) return nullptr;
    std::string text = "<ContextVar name=" + std::string(str_view(name.get()));
    if (v->default_value) {
        Ref<> d = Ref<>::steal(object_repr(v->default_value));
        if (!d) return nullptr;
        text += " default=" + std::string(str_view(d.get()));
    }
    char buf[40];
    snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(o));
    text += buf;
    return str_from(text);
}

Object* var_get(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("get", nargs, kwnames, 0, 1)) return nullptr;
    ContextObject* ctx = current();
    if (!ctx) return nullptr;
    Object* v = dict_getitem(ctx->vars, self);
    if (!v && err_occurred()) return nullptr;
    if (v) return newref(v);
    if (nargs) return newref(args[0]);
    if (as_var(self)->default_value) return newref(as_var(self)->default_value);
    return err_set_object(LookupError, self);
}

// Replaces the current context's dict with a copy where var is value (null: removed).
int set_in_current(Object* var, Object* value) {
    ContextObject* ctx = current();
    if (!ctx) return -1;
    Ref<> vars = Ref<>::steal(dict_copy(ctx->vars));
    if (!vars) return -1;
    if (value) {
        if (dict_setitem(vars.get(), var, value) < 0) return -1;
    } else if (dict_delitem(vars.get(), var) < 0) {
        return -1;
    }
    setref(ctx->vars, vars.release());
    return 0;
}

Object* var_set(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("set", nargs, kwnames)) return nullptr;
    ContextObject* ctx = current();
    if (!ctx) return nullptr;
    Object* old = dict_getitem(ctx->vars, self);
    if (!old && err_occurred()) return nullptr;
    auto* tok = static_cast<TokenObject*>(alloc_object(&TokenType));
    if (!tok) return nullptr;
    tok->ctx = newref(ctx);
    tok->var = newref(self);
    tok->old_value = xnewref(old);
    if (set_in_current(self, args[0]) < 0) {
        decref(tok);
        return nullptr;
    }
    return tok;
}

Object* token_repr(Object* o);

Object* var_reset(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("reset", nargs, kwnames)) return nullptr;
    Object* t = args[0];
    if (t->type != &TokenType) return err_format(TypeError, "expected an instance of Token, got '%s'", t->type->name);
    TokenObject* tok = as_token(t);
    if (tok->used) {
        Ref<> r = Ref<>::steal(token_repr(t));
        if (!r) return nullptr;
        return err_format(RuntimeError, "%s has already been used once", str_cstr(r.get()));
    }
    if (tok->var != self) {
        Ref<> r = Ref<>::steal(token_repr(t));
        if (!r) return nullptr;
        return err_format(ValueError, "%s was created by a different ContextVar", str_cstr(r.get()));
    }
    if (tok->ctx != current()) {
        Ref<> r = Ref<>::steal(token_repr(t));
        if (!r) return nullptr;
        return err_format(ValueError, "%s was created in a different Context", str_cstr(r.get()));
    }
    tok->used = true;
    if (tok->old_value) {
        if (set_in_current(self, tok->old_value) < 0) return nullptr;
    } else {
        int has = dict_contains(current()->vars, self);
        if (has < 0) return nullptr;
        if (has && set_in_current(self, nullptr) < 0) return nullptr;
    }
    return none_new();
}

Object* var_get_name(Object* self) { return newref(as_var(self)->name); }

const MethodDef kVarMethods[] = {
    {"get", var_get},
    {"set", var_set},
    {"reset", var_reset},
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {nullptr, nullptr},
};

const GetSetDef kVarGetSet[] = {
    {"name", var_get_name},
    {nullptr, nullptr},
};

// ---- Token ----

Object* token_new(TypeObject*, Object* const*, size_t, Object*) {
    return err_set_string(RuntimeError, "Tokens can only be created by ContextVars");
}

void token_dealloc(Object* o) {
    clearref(as_token(o)->ctx);
    clearref(as_token(o)->var);
    clearref(as_token(o)->old_value);
    free_object(o);
}

void token_traverse(Object* o, VisitFn visit, void* arg) {
    for (Object* p : {as_token(o)->ctx, as_token(o)->var, as_token(o)->old_value}) {
        if (p) visit(p, arg);
    }
}

int token_clear(Object* o) {
    clearref(as_token(o)->ctx);
    clearref(as_token(o)->var);
    clearref(as_token(o)->old_value);
    return 0;
}

Object* token_repr(Object* o) {
    TokenObject* t = as_token(o);
    Ref<> var = Ref<>::steal(object_repr(t->var));
    if (!var) return nullptr;
    char buf[40];
    snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(o));
    std::string text = std::string("<Token") + (t->used ? " used" : "") + " var=" + std::string(str_view(var.get())) + buf;
    return str_from(text);
}

Object* token_get_var(Object* self) { return newref(as_token(self)->var); }
Object* token_get_old_value(Object* self) {
    return newref(as_token(self)->old_value ? as_token(self)->old_value : g_missing);
}

const GetSetDef kTokenGetSet[] = {
    {"var", token_get_var},
    {"old_value", token_get_old_value},
    {nullptr, nullptr},
};

const MethodDef kTokenMethods[] = {
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {nullptr, nullptr},
};

TypeObject MissingType;
Object g_missing_struct;

Object* missing_repr(Object*) { return str_from("<Token.MISSING>"); }

Object* m_copy_context(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("copy_context", nargs, kwnames)) return nullptr;
    return context_copy_current();
}

const MethodDef kModuleFunctions[] = {
    {"copy_context", m_copy_context},
    {nullptr, nullptr},
};

void init_types() {
    ContextType.name = "_contextvars.Context";
    ContextType.basicsize = sizeof(ContextObject);
    ContextType.flags = kTypeGC;
    ContextType.dealloc = ctx_dealloc;
    ContextType.traverse = ctx_traverse;
    ContextType.clear = ctx_clear;
    ContextType.tp_new = ctx_new;
    ContextType.getitem = ctx_getitem;
    ContextType.contains = ctx_contains;
    ContextType.len = ctx_len;
    ContextType.iter = ctx_iter;
    ContextType.hash = hash_not_implemented;
    ContextType.richcompare = ctx_richcompare;
    ContextType.methods = kContextMethods;
    if (!type_ready(&ContextType)) abort();

    ContextVarType.name = "_contextvars.ContextVar";
    ContextVarType.basicsize = sizeof(ContextVarObject);
    ContextVarType.flags = kTypeGC;
    ContextVarType.dealloc = var_dealloc;
    ContextVarType.traverse = var_traverse;
    ContextVarType.tp_new = var_new;
    ContextVarType.hash = var_hash;
    ContextVarType.repr = var_repr;
    ContextVarType.methods = kVarMethods;
    ContextVarType.getset = kVarGetSet;
    if (!type_ready(&ContextVarType)) abort();

    MissingType.name = "Token.MISSING";
    MissingType.basicsize = sizeof(Object);
    MissingType.repr = missing_repr;
    if (!type_ready(&MissingType)) abort();
    g_missing_struct.refcnt = 1;
    g_missing_struct.type = &MissingType;
    g_missing = &g_missing_struct;

    TokenType.name = "_contextvars.Token";
    TokenType.basicsize = sizeof(TokenObject);
    TokenType.flags = kTypeGC;
    TokenType.dealloc = token_dealloc;
    TokenType.traverse = token_traverse;
    TokenType.clear = token_clear;
    TokenType.tp_new = token_new;
    TokenType.repr = token_repr;
    TokenType.getset = kTokenGetSet;
    TokenType.methods = kTokenMethods;
    if (!type_ready(&TokenType)) abort();
    Object* d = TokenType.dict;
    dict_setitem_str(d, "MISSING", g_missing);
    type_modified(&TokenType);
}

bool g_ready = false;

}  // namespace

void contextvars_ensure_ready() {
    if (!g_ready) {
        init_types();
        g_ready = true;
    }
}

Object* contextvar_lookup(Object* var) {
    ContextObject* ctx = current();
    if (!ctx) return nullptr;
    return dict_getitem(ctx->vars, var);
}

Object* context_copy_current() {
    ContextObject* ctx = current();
    if (!ctx) return nullptr;
    return context_new_with(ctx->vars);
}

Object* context_run(Object* ctx, Object* callback, Object* const* args, size_t nargs) {
    Object* stack_args[8];
    Object** argv = stack_args;
    std::unique_ptr<Object*[]> heap;
    if (nargs + 1 > 8) {
        heap.reset(new Object*[nargs + 1]);
        argv = heap.get();
    }
    argv[0] = callback;
    for (size_t i = 0; i < nargs; i++) argv[i + 1] = args[i];
    return ctx_run_method(ctx, argv, nargs + 1, nullptr);
}

Object* make_contextvars_module() {
    contextvars_ensure_ready();
    Object* m = module_new("_contextvars");
    if (!m) return nullptr;
    if (module_add_functions(m, kModuleFunctions) < 0 ||
        module_add_object(m, "Context", &ContextType) < 0 ||
        module_add_object(m, "ContextVar", &ContextVarType) < 0 ||
        module_add_object(m, "Token", &TokenType) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
