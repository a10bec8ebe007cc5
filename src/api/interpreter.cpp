// The embedding API (include/pygen/pygen.h) on top of the runtime: start-up, running source in a
// namespace, and turning an uncaught exception into text.
#include "pygen/pygen.h"

#include "modules/sys_module.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/pythonrun.h"
#include "vm/runtime.h"
#include "vm/traceback.h"

namespace pygen {

namespace {
bool start_runtime_once(int argc, char** argv) {
    static bool started = false;
    static bool ok = false;
    if (!started) {
        started = true;
        static char arg0[] = "pygen";
        static char* default_argv[] = {arg0, nullptr};
        ok = builtins_module() != nullptr || runtime_init(argc > 0 ? argc : 1, argc > 0 ? argv : default_argv);
    }
    return ok;
}
}  // namespace

Interpreter::Interpreter(int argc, char** argv) {
    ready_ = start_runtime_once(argc, argv);
    if (!ready_) return;
    Object* g = dict_new();
    Ref<> name = Ref<>::steal(str_from("__main__"));
    dict_setitem_str(g, "__name__", name.get());
    dict_setitem_str(g, "__builtins__", builtins_module());
    globals_ = g;
}

Interpreter::~Interpreter() {
    if (globals_) decref(static_cast<Object*>(globals_));
    sys_flush_stdout();
}

bool Interpreter::run(std::string_view source, std::string_view filename) {
    last_error_.clear();
    exit_status_ = 0;
    if (!ready_) {
        last_error_ = "pygen runtime failed to start\n";
        exit_status_ = 1;
        return false;
    }
    auto* g = static_cast<Object*>(globals_);
    CodeObject* code = compile_source(source, std::string(filename), CompileMode::Exec);
    Object* result = code ? eval_code(code, g, g) : nullptr;
    xdecref(code);
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
    if (!globals_) return "";
    Object* v = dict_getitem_str(static_cast<Object*>(globals_), std::string(name).c_str());
    if (!v) return "";
    Ref<> r = Ref<>::steal(object_repr(v));
    if (!r) {
        err_clear();
        return "";
    }
    return std::string(str_view(r.get()));
}

}  // namespace pygen
