// bool: the two immortal singletons True and False, a final subclass of int. Arithmetic is int's
// except & | ^, which keep bool when both operands are bools.
// CPython counterpart: Objects/boolobject.c.
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"

namespace pygen {

TypeObject BoolType;
// Immortal: the reference count starts far from zero and never reaches it.
IntObject TrueStruct{{ssize(1) << (sizeof(ssize) >= 8 ? 60 : 28), &BoolType}, false, {1}};
IntObject FalseStruct{{ssize(1) << (sizeof(ssize) >= 8 ? 60 : 28), &BoolType}, false, {0}};


namespace {

Object* g_true_text = nullptr;    // interned "True" / "False", made on first repr
Object* g_false_text = nullptr;

Object* bool_repr(Object* o) {
    Object*& cached = o == True ? g_true_text : g_false_text;
    if (!cached) {
        cached = str_intern(o == True ? "True" : "False");
        if (!cached) return nullptr;
    }
    return incref(cached);
}

Object* bool_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("bool", kwnames) || !arg_check_positional("bool", nargs, 0, 1)) return nullptr;
    if (nargs == 0) return bool_from(false);
    int t = object_is_true(args[0]);
    if (t < 0) return nullptr;
    return bool_from(t != 0);
}

template <BinOp Op>
Object* bool_bitwise(Object* a, Object* b) {
    if (is_bool(a) && is_bool(b)) {
        bool x = a == True, y = b == True;
        bool r = Op == BinOp::And ? (x && y) : Op == BinOp::Or ? (x || y) : (x != y);
        return bool_from(r);
    }
    return IntType.nb[static_cast<int>(Op)](a, b);
}

}  // namespace

void init_bool_type() {
    BoolType.name = "bool";
    BoolType.basicsize = sizeof(IntObject);
    BoolType.flags = kTypeIntSubclass;   // no kTypeBaseType: "type 'bool' is not an acceptable base type"
    BoolType.base = &IntType;
    BoolType.repr = bool_repr;
    BoolType.tp_new = bool_new;
    BoolType.nb[static_cast<int>(BinOp::And)] = bool_bitwise<BinOp::And>;
    BoolType.nb[static_cast<int>(BinOp::Or)] = bool_bitwise<BinOp::Or>;
    BoolType.nb[static_cast<int>(BinOp::Xor)] = bool_bitwise<BinOp::Xor>;
    (void)type_ready(&BoolType);
}

}  // namespace pygen
