// The shared helpers of the native accelerators (see accel_support.h).

#include "modules/accel/accel_support.h"

#include <cstring>

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/int.h"

namespace pygen {

bool accel_small_int(Object* o, int64_t* out) {
    if (!o || !is_int_exact(o) || static_cast<IntObject*>(o)->is_big) return false;
    *out = static_cast<IntObject*>(o)->small;
    return true;
}

bool accel_slot_offset(TypeObject* type, const char* name, ssize* out) {
    Object* descr = type_lookup_str(type, name);
    if (!descr || !member_descr_offset(descr, type, out)) {
        if (!err_occurred()) err_format(TypeError, "%s has no slot %s", type->name, name);
        return false;
    }
    return true;
}

namespace {

bool is_new(const char* name) { return std::strcmp(name, "__new__") == 0; }

}  // namespace

Object* accel_python_method(TypeObject* type, const char* name) {
    Object* method = type_lookup_str(type, name);
    if (method && is_new(name) && method->type == &StaticMethodType)
        method = static_cast<ClassMethodObject*>(method)->callable;
    if (!method || !is_function(method)) {
        if (!err_occurred()) err_format(TypeError, "%s.%s is not a Python function", type->name, name);
        return nullptr;
    }
    return method;
}

bool accel_replace_method(TypeObject* type, const MethodDef* def) {
    Ref<> replacement;
    if (is_new(def->name)) {
        Ref<> fn = Ref<>::steal(builtin_function_new(def, nullptr));
        if (fn) replacement = Ref<>::steal(staticmethod_new(fn.get()));
    } else {
        replacement = Ref<>::steal(method_descr_new(type, def));
    }
    return replacement && object_setattr_str(type, def->name, replacement.get()) >= 0;
}

}  // namespace pygen
