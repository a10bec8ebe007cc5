// Sandbox limits (include/pygen/sandbox.h). The instruction budget is the VM's step budget
// (vm/signals.h: spent at loop back edges and frame creation, reached through the signal flag, so
// the eval loop pays nothing while no budget is set) with an exhaustion hook deciding what
// happens; the memory cap is objects/alloc_limit.h's accounting; the import allowlist replaces
// builtins.__import__ with a host function that checks, then calls the original.
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
Value g_original_import;                // builtins.__import__ before we replaced it

bool listed(const std::vector<std::string>& names, std::string_view top) {
    return std::find(names.begin(), names.end(), top) != names.end();
}

// Code of the embedded standard library imports what it needs (asyncio imports socket, os...);
// only imports made by other code (the host's scripts) are checked.
bool importer_is_library(const Value& globals) {
    if (!globals.is_dict()) return false;
    Object* file = dict_getitem_str(globals.get(), "__file__");
    if (!file || !is_str(file)) return false;
    return str_view(file).starts_with(kEmbeddedLibPath);
}

Value checked_import(const Value* args, size_t nargs, const Kwarg* kwargs, size_t nkwargs) {
    if (nargs >= 1 && args[0].is_str()) {
        int64_t level = nargs >= 5 ? args[4].to_int64() : 0;
        for (size_t i = 0; i < nkwargs; ++i)
            if (kwargs[i].name == "level") level = kwargs[i].value.to_int64();
        std::string_view name = args[0].str_view();
        std::string_view top = name.substr(0, name.find('.'));
        bool from_library = nargs >= 2 && importer_is_library(args[1]);
        bool refused = level == 0 && !from_library &&
                       (listed(g_forbidden, top) || (!g_allowed.empty() && !listed(g_allowed, top)));
        if (refused) {
            Value n = Value::from(top);
            err_format(ImportError, "import of %R is not allowed", n.get());
            throw_pending();
        }
    }
    return g_original_import.call(args, nargs, kwargs, nkwargs);
}

void install_import_check() {
    if (!g_original_import.is_null()) return;
    Value b = builtins();
    g_original_import = b.attr("__import__");
    b.set_attr("__import__", function_raw("__import__", checked_import));
}
}  // namespace

namespace api {
void reset_sandbox_state() {
    g_budget_type = Value();
    g_original_import = Value();
    g_allowed.clear();
    g_forbidden.clear();
    g_interrupt = nullptr;
    g_mode = BudgetMode::Abort;
    g_exhausted = false;
    memory_cap_set(0);
    memory_trace_stop();
}
}  // namespace api

void set_import_allowlist(std::vector<std::string> modules) {
    install_import_check();
    g_allowed = std::move(modules);
}

void remove_system_access() {
    install_import_check();
    for (const char* m : {"os", "posix", "posixpath", "socket", "_socket", "subprocess", "_posixsubprocess", "select",
                          "selectors", "signal", "io", "_io", "shutil", "pathlib", "tempfile", "importlib", "_imp",
                          "ctypes", "mmap", "fcntl", "pty", "resource", "builtins", "sys"}) {
        if (!listed(g_forbidden, m)) g_forbidden.push_back(m);
    }
    Value b = builtins();
    for (const char* name : {"open", "input", "breakpoint", "exit", "quit", "help"}) {
        Object* d = module_dict(b.get());
        if (dict_getitem_str(d, name) && dict_delitem_str(d, name) < 0) throw_pending();
    }
}

}  // namespace pygen
