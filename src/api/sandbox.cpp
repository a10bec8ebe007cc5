// Sandbox limits (include/pygen/sandbox.h). The instruction budget is the VM's step budget
// (vm/signals.h: spent at loop back edges and frame creation, reached through the signal flag, so
// the eval loop pays nothing while no budget is set) with an exhaustion hook deciding what
// happens; the memory cap is objects/alloc_limit.h's accounting; the import allowlist is the import
// system's policy hook (vm/import.h); removing system access sets g_system_access_removed
// (objects/errors.h), which the C++ functions flagged kMethSystem check when called.
#include "pygen/pygen.h"

#include <algorithm>

#include "api/api_internal.h"
#include "objects/alloc_limit.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/import.h"
#include "vm/signals.h"

namespace pygen {

using api::check;
using api::throw_pending;

// ---- Instruction budget ----

namespace {
BudgetMode g_mode = BudgetMode::Abort;
bool g_exhausted = false;
std::function<bool()> g_interrupt;
Value g_budget_type;   // pygen.BudgetExceeded

int on_budget_exhausted() {
    g_exhausted = true;
    if (g_interrupt) {
        bool go_on = false;
        try {
            go_on = g_interrupt();
        } catch (...) {
            go_on = false;   // a throwing callback stops the script
        }
        if (go_on && g_step_budget > 0) {
            g_exhausted = false;
            --g_step_budget;
            return 0;
        }
    }
    // Abort mode leaves the budget at 0, so every later back edge and call comes here again.
    if (g_mode == BudgetMode::Catchable) {
        g_step_budget = -1;
        g_step_budget_exhausted_hook = nullptr;
    }
    err_set_string(reinterpret_cast<TypeObject*>(g_budget_type.get()), "instruction budget exhausted");
    return -1;
}
}  // namespace

Value budget_exceeded_type() {
    if (g_budget_type.is_null()) {
        Value pygen_module = import("pygen");
        Value ns = Value::dict();
        ns.set_item("__module__", Value::from("pygen"));
        ns.set_item("__doc__", Value::from("The host's instruction budget ran out (pygen embedding API)."));
        g_budget_type = Value::borrow(&TypeType)(Value::from("BudgetExceeded"),
                                                 Value::tuple({Value::borrow(BaseException)}), ns);
        pygen_module.set_attr("BudgetExceeded", g_budget_type);
    }
    return g_budget_type;
}

void set_budget(int64_t steps, BudgetMode mode) {
    if (steps < 0) {
        clear_budget();
        return;
    }
    budget_exceeded_type();
    g_mode = mode;
    g_exhausted = false;
    g_step_budget_exhausted_hook = on_budget_exhausted;
    step_budget_set(steps);
}

void clear_budget() {
    g_exhausted = false;
    step_budget_set(-1);
}

int64_t budget_left() { return g_step_budget; }
bool budget_exhausted() { return g_exhausted; }
void set_interrupt_callback(std::function<bool()> callback) { g_interrupt = std::move(callback); }

// ---- Memory cap ----

void set_memory_limit(size_t bytes) { memory_cap_set(bytes); }
size_t memory_used() { return memory_cap_used(); }

// ---- Imports ----

namespace {
std::vector<std::string> g_allowed;     // top-level names; empty: everything
std::vector<std::string> g_forbidden;   // top-level names refused whatever the allowlist says

bool listed(const std::vector<std::string>& names, std::string_view top) {
    return std::find(names.begin(), names.end(), top) != names.end();
}

// vm/import.h asks this for every import made on behalf of script code (import statements of
// code not compiled from the embedded library, __import__ calls, _imp's loaders).
int import_policy(const std::string& name) {
    std::string_view top = std::string_view(name).substr(0, name.find('.'));
    if (!listed(g_forbidden, top) && (g_allowed.empty() || listed(g_allowed, top))) return 0;
    // ImportError(msg, name=top), as CPython's import errors carry the module's name.
    Value n = Value::from(top);
    Value msg = Value::from("import of '" + std::string(top) + "' is not allowed");
    Object* exc = nullptr;
    try {
        exc = Value::borrow(ImportError).call({msg}, {{"name", n}}).release();
    } catch (const Error& e) {
        api::restore_error(e);
        return -1;
    }
    err_set_instance(exc);
    decref(exc);
    return -1;
}

void update_import_policy() {
    set_import_policy(g_allowed.empty() && g_forbidden.empty() ? nullptr : import_policy);
}
}  // namespace

namespace api {
void reset_sandbox_state() {
    g_budget_type = Value();
    g_allowed.clear();
    g_forbidden.clear();
    set_import_policy(nullptr);
    g_system_access_removed = false;
    g_interrupt = nullptr;
    g_mode = BudgetMode::Abort;
    g_exhausted = false;
    memory_cap_set(0);
    memory_trace_stop();
}
}  // namespace api

void set_import_allowlist(std::vector<std::string> modules) {
    api::ensure_runtime();
    g_allowed = std::move(modules);
    update_import_policy();
}

void remove_system_access() {
    api::ensure_runtime();
    for (const char* m : {"os", "posix", "posixpath", "socket", "_socket", "subprocess", "_posixsubprocess", "select",
                          "_select", "selectors", "signal", "_signal", "io", "_io", "shutil", "pathlib", "tempfile",
                          "importlib", "_imp", "ctypes", "mmap", "fcntl", "pty", "resource", "builtins", "sys"}) {
        if (!listed(g_forbidden, m)) g_forbidden.push_back(m);
    }
    update_import_policy();
    // From here on the C++ functions that reach outside the runtime refuse (kMethSystem), the
    // import system searches no folder and tracebacks read no source file.
    g_system_access_removed = true;
    Value b = builtins();
    Object* d = module_dict(b.get());
    for (const char* name : {"open", "input", "breakpoint", "exit", "quit", "help"}) {
        if (dict_getitem_str(d, name) && dict_delitem_str(d, name) < 0) throw_pending();
    }
    // The environment os copied at its import (os.environ, os.environb, os.getenv) is emptied in
    // this runtime only; the process's own environment is left as it is.
    if (Object* os = dict_getitem_str(sys_modules(), "os")) {
        Object* data = is_module(os) ? dict_getitem_str(module_dict(os), "_environ_data") : nullptr;
        if (data && is_dict(data)) dict_clear(data);
    }
}

}  // namespace pygen
