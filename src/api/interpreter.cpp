// The embedding API's entry points (include/pygen/pygen.h): start-up, namespaces, exec/eval,
// import, and the Interpreter class in both its styles (Error exceptions; status + text).
#include "pygen/pygen.h"

#include <vector>

#include "api/api_internal.h"
#include "modules/sys_module.h"
#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/pythonrun.h"
#include "vm/runtime.h"
#include "vm/traceback.h"

namespace pygen {

namespace {
bool g_finalized = false;     // finalize() ran and no runtime was started since
bool g_running = false;       // a runtime started by (or seen by) the API is up
bool g_start_failed = false;  // runtime_init failed once: not retried
// The namespaces of live Interpreters (borrowed), cleared by finalize() as CPython clears module
// dicts at shutdown, so what they hold (a suspended generator) is finalised.
std::vector<Object*> g_namespaces;
}  // namespace

namespace api {
bool ensure_runtime(int argc, char** argv) {
    if (g_running) return true;
    if (g_start_failed) return false;
    static char arg0[] = "pygen";
    static char* default_argv[] = {arg0, nullptr};
    // A host (or the unit tests) may have started the runtime itself.
    bool ok = builtins_module() != nullptr || runtime_init(argc > 0 ? argc : 1, argc > 0 ? argv : default_argv);
    if (!ok) {
        g_start_failed = true;
        return false;
    }
    g_running = true;
    g_finalized = false;
    return true;
}

bool is_stale(const Value& v) { return runtime_object_is_stale(v.get()); }

void throw_stale() {
    throw Error("RuntimeError", "pygen::Value used after its runtime ended (finalize); its object is gone");
}
}  // namespace api

using api::check;
using api::throw_pending;

namespace {
void need_runtime() {
    if (!api::ensure_runtime()) throw std::runtime_error("pygen runtime failed to start");
}

void need_live(const Value& v) {
    if (api::is_stale(v)) api::throw_stale();
}

// An Interpreter's namespace dict may be untracked by the collector (only atomic values), so
// its runtime is told by the generation it was made in.
bool interpreter_stale(uint32_t generation) { return !g_running || generation != runtime_generation(); }

// Compiles and runs `source` in `globals`; new reference to the result or null (pending).
Object* run_source(std::string_view source, std::string_view filename, CompileMode mode, Object* globals) {
    CodeObject* code = compile_source(source, std::string(filename), mode);
    if (!code) return nullptr;
    Object* r = eval_code(code, globals, globals);
    decref(code);
    return r;
}
}  // namespace

namespace {
// Values first, modules and builtins last, so finalisers still find what they import.
void clear_namespaces() {
    for (Object* ns : g_namespaces) {
        Ref<> keys = Ref<>::steal(dict_keys_list(ns));
        for (ssize i = 0; keys && i < list_size(keys.get()); ++i) {
            Object* v = dict_getitem(ns, list_item(keys.get(), i));
            if (v && !is_module(v) && dict_delitem(ns, list_item(keys.get(), i)) < 0) err_clear();
        }
        err_clear();
        dict_clear(ns);
    }
    g_namespaces.clear();
}
}  // namespace

bool initialize(int argc, char** argv) { return api::ensure_runtime(argc, argv); }

void finalize() {
    if (!builtins_module()) return;
    runtime_finalize(clear_namespaces);
    sys_flush_stdout();
    // Then everything else the runtime made, so the next API call (or initialize) starts afresh.
    api::reset_coroutine_state();
    api::reset_sandbox_state();
    runtime_teardown();
    g_running = false;
    g_finalized = true;
}

bool is_finalized() { return g_finalized; }

Value import(std::string_view module_name) {
    need_runtime();
    return check(import_module(std::string(module_name).c_str()));
}

Value builtins() {
    need_runtime();
    return Value::borrow(builtins_module());
}

Value new_namespace(std::string_view module_name) {
    need_runtime();
    Value g = Value::dict();
    g.set_item("__name__", Value::from(module_name));
    g.set_item("__builtins__", builtins());
    return g;
}

void exec(std::string_view source, const Value& globals, std::string_view filename) {
    need_runtime();
    need_live(globals);
    if (!globals.is_dict()) raise("TypeError", "exec() globals must be a dict");
    check(run_source(source, filename, CompileMode::Exec, globals.get()));
}

Value eval(std::string_view expression, const Value& globals, std::string_view filename) {
    need_runtime();
    need_live(globals);
    if (!globals.is_dict()) raise("TypeError", "eval() globals must be a dict");
    return check(run_source(expression, filename, CompileMode::Eval, globals.get()));
}

// ---- Interpreter ----

Interpreter::Interpreter(int argc, char** argv) {
    ready_ = api::ensure_runtime(argc, argv);
    if (ready_) {
        globals_ = new_namespace("__main__");
        generation_ = runtime_generation();
        g_namespaces.push_back(globals_.get());
    }
}

Interpreter::~Interpreter() {
    // The namespace of an ended runtime was emptied by finalize(); dropping it is safe.
    if (ready_ && !interpreter_stale(generation_)) {
        std::erase(g_namespaces, globals_.get());
        sys_flush_stdout();
    }
}

void Interpreter::exec(std::string_view source, std::string_view filename) {
    if (ready_ && interpreter_stale(generation_)) api::throw_stale();
    pygen::exec(source, globals_, filename);
}

Value Interpreter::eval(std::string_view expression) {
    if (ready_ && interpreter_stale(generation_)) api::throw_stale();
    return pygen::eval(expression, globals_);
}

Value Interpreter::get(std::string_view name) const {
    if (interpreter_stale(generation_)) api::throw_stale();
    Object* v = dict_getitem_str(globals_.get(), std::string(name).c_str());
    if (!v) {
        if (err_occurred()) throw_pending();
        Value n = Value::from(name);
        err_format(NameError, "name %R is not defined", n.get());
        throw_pending();
    }
    return Value::borrow(v);
}

void Interpreter::set(std::string_view name, const Value& value) {
    if (interpreter_stale(generation_)) api::throw_stale();
    globals_.set_item(name, value);
}

bool Interpreter::run(std::string_view source, std::string_view filename) {
    last_error_.clear();
    exit_status_ = 0;
    if (!ready_ || interpreter_stale(generation_)) {
        last_error_ = ready_ ? "pygen runtime was finalized: this Interpreter belonged to the previous runtime\n"
                             : "pygen runtime failed to start\n";
        exit_status_ = 1;
        return false;
    }
    Object* result = run_source(source, filename, CompileMode::Exec, globals_.get());
    if (result) {
        decref(result);
        return true;
    }
    Ref<> exc = Ref<>::steal(err_fetch());
    if (exc && is_subtype(exc->type, SystemExit)) {
        err_restore(exc.release());
        exit_status_ = handle_uncaught_exception();
        return exit_status_ == 0;
    }
    last_error_ = exc ? format_exception(exc.get()) : "unknown error\n";
    exit_status_ = 1;
    return false;
}

std::string Interpreter::repr_of(std::string_view name) {
    if (!ready_ || interpreter_stale(generation_)) return "";
    Object* v = dict_getitem_str(globals_.get(), std::string(name).c_str());
    if (!v) {
        err_clear();
        return "";
    }
    Ref<> r = Ref<>::steal(object_repr(v));
    if (!r) {
        err_clear();
        return "";
    }
    return std::string(str_view(r.get()));
}

}  // namespace pygen
