// Running a Python snippet in a fresh __main__-like namespace from a unit test, and reading
// back what it left in its globals.
#pragma once

#include <string>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime_fixture.h"
#include "vm/call.h"
#include "vm/pythonrun.h"

namespace pygen::test {

// Runs `source`; returns the globals dict (new reference) or null with the exception set.
inline Object* run_snippet(const std::string& source) {
    Object* globals = dict_new();
    dict_setitem_str(globals, "__name__", Ref<>::steal(str_from("__test__")).get());
    dict_setitem_str(globals, "__builtins__", builtins_module());
    CodeObject* code = compile_source(source, "<test>", CompileMode::Exec);
    if (!code) {
        decref(globals);
        return nullptr;
    }
    Object* r = eval_code(code, globals, globals);
    decref(code);
    if (!r) {
        decref(globals);
        return nullptr;
    }
    decref(r);
    return globals;
}

// repr() of globals[name] as std::string ("<missing>" when absent).
inline std::string global_repr(Object* globals, const char* name) {
    Object* v = dict_getitem_str(globals, name);
    if (!v) return "<missing>";
    Ref<> r = Ref<>::steal(object_repr(v));
    if (!r) {
        err_clear();
        return "<repr failed>";
    }
    return std::string(str_view(r.get()));
}

// The pending exception as "Type: message", cleared.
inline std::string pending_error() {
    Ref<> exc = Ref<>::steal(err_fetch());
    if (!exc) return "";
    Ref<> s = Ref<>::steal(object_str(exc.get()));
    std::string msg = s ? std::string(str_view(s.get())) : "?";
    return std::string(exc->type->name) + ": " + msg;
}

}  // namespace pygen::test
