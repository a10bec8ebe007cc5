// Helpers shared by the object-model unit tests (type_test, abstract_test, exceptions_test):
// the runtime fixture, result display, and building classes from C++ functions.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/runtime.h"
#include "../runtime_fixture.h"

namespace pygen::test {

class CoreRuntime : public RuntimeFixture {
protected:
    void TearDown() override { EXPECT_EQ(err_occurred(), nullptr); err_clear(); }
};

// repr(result) (consumed), or "ExcType: message" for a null result with an exception set.
inline std::string show(Object* result) {
    if (!result) {
        Object* exc = err_fetch();
        if (!exc) return "<null without exception>";
        std::string out = exc->type->name;
        if (Object* text = object_str(exc)) {
            out += ": ";
            out += str_view(text);
            decref(text);
        } else {
            err_clear();
        }
        decref(exc);
        return out;
    }
    Object* r = object_repr(result);
    decref(result);
    if (!r) return show(nullptr);
    std::string out(str_view(r));
    decref(r);
    return out;
}

// The pending exception as "ExcType: message" (cleared), for int/-1 returning calls.
inline std::string pending() { return show(nullptr); }

inline Object* S(const char* text) { return str_from(text); }
inline Object* I(int64_t v) { return int_from_i64(v); }

// A method usable in a class dict: binds self like a Python function (a method_descriptor of
// object, so it applies to every instance).
inline Object* method(const MethodDef* def) { return method_descr_new(&ObjectType, def); }

// type(name, bases, namespace) with __module__ '__main__' and the given (name, value) entries,
// whose values are consumed.
inline Object* make_class(const char* name, std::vector<Object*> bases,
                          std::vector<std::pair<const char*, Object*>> entries, TypeObject* meta = &TypeType) {
    Object* ns = dict_new();
    Object* mod = S("__main__");
    dict_setitem_str(ns, "__module__", mod);
    decref(mod);
    for (auto& [k, v] : entries) {
        dict_setitem_str(ns, k, v);
        decref(v);
    }
    Object* b = tuple_from_array(bases.data(), static_cast<ssize>(bases.size()));
    Object* n = S(name);
    Object* args[3] = {n, b, ns};
    Object* cls = call(meta, args, 3);
    decref(n);
    decref(b);
    decref(ns);
    return cls;
}

}  // namespace pygen::test
