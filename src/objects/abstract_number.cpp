// The number protocol: binary and in-place operators with CPython's NotImplemented dance
// (a subclass's reflected method first), three-argument pow, unary operators, and the
// conversions __index__ / int() / float() of arbitrary objects.
// CPython counterpart: Objects/abstract.c (binary_op1, ternary_op, PyNumber_*).
#include <climits>
#include <cstdint>
#include <cstring>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "modules/warnings.h"

namespace pygen {

namespace {

const char* const kBinOpSymbols[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
const char* const kInplaceSymbols[] = {"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};

// CPython: abstract.c, binary_op1. Returns NotImplemented (new ref) when neither side handles it.
Object* binary_op1(Object* a, Object* b, int op) {
    BinaryFn slotv = a->type->nb[op];
    BinaryFn slotw = nullptr;
    if (b->type != a->type) {
        slotw = b->type->nb[op];
        if (slotw == slotv) slotw = nullptr;
    }
    if (slotv != nullptr) {
        if (slotw != nullptr && is_subtype(b->type, a->type)) {
            Object* x = slotw(a, b);
            if (x != NotImplemented) return x;
            decref(x);
            slotw = nullptr;
        }
        Object* x = slotv(a, b);
        if (x != NotImplemented) return x;
        decref(x);
    }
    if (slotw != nullptr) {
        Object* x = slotw(a, b);
        if (x != NotImplemented) return x;
        decref(x);
    }
    return incref(NotImplemented);
}

bool is_builtin_sequence(Object* o) { return is_str(o) || is_list(o) || is_tuple(o) || is_bytes(o); }

// The messages CPython's sequence fallbacks (sq_concat / sq_repeat) give when the number slots
// declined: the sequence types fold those into nb[Add] / nb[Mul], so only the messages remain.
Object* binop_type_error(Object* a, Object* b, int op, const char* symbol) {
    if (op == static_cast<int>(BinOp::Mul)) {
        if (is_builtin_sequence(a) && b->type->nb_index == nullptr) {
            return err_format(TypeError, "can't multiply sequence by non-int of type '%s'", b->type->name);
        }
        if (is_builtin_sequence(b) && a->type->nb_index == nullptr) {
            return err_format(TypeError, "can't multiply sequence by non-int of type '%s'", a->type->name);
        }
    } else if (op == static_cast<int>(BinOp::Add)) {
        if (is_str(a) || is_list(a) || is_tuple(a)) {
            const char* kind = is_str(a) ? "str" : is_list(a) ? "list" : "tuple";
            return err_format(TypeError, "can only concatenate %s (not \"%s\") to %s", kind, b->type->name, kind);
        }
        if (is_bytes(a)) return err_format(TypeError, "can't concat %s to %s", b->type->name, a->type->name);
    }
    if (op == static_cast<int>(BinOp::Pow) && symbol == kBinOpSymbols[op]) {
        return err_format(TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                          a->type->name, b->type->name);
    }
    if (op == static_cast<int>(BinOp::RShift) && symbol == kBinOpSymbols[op] && a->type == &BuiltinFunctionType &&
        std::strcmp(static_cast<BuiltinFunctionObject*>(a)->def->name, "print") == 0) {
        // Python 2's `print >> stream`: CPython's binary_op adds the hint (not for >>=).
        return err_format(TypeError,
                          "unsupported operand type(s) for %s: '%s' and '%s'. Did you mean \"print(<message>, "
                          "file=<output_stream>)\"?",
                          symbol, a->type->name, b->type->name);
    }
    return err_format(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", symbol, a->type->name,
                      b->type->name);
}

}  // namespace

const char* binop_symbol(BinOp op) { return kBinOpSymbols[static_cast<int>(op)]; }
const char* inplace_symbol(BinOp op) { return kInplaceSymbols[static_cast<int>(op)]; }

Object* binary_op(Object* a, Object* b, BinOp op) {
    int i = static_cast<int>(op);
    Object* res = binary_op1(a, b, i);
    if (res != NotImplemented) return res;
    decref(res);
    return binop_type_error(a, b, i, kBinOpSymbols[i]);
}

// CPython: abstract.c, binary_iop1 — the in-place slot of the left operand, then the plain op.
Object* inplace_op(Object* a, Object* b, BinOp op) {
    int i = static_cast<int>(op);
    if (BinaryFn slot = a->type->nb_inplace[i]) {
        Object* x = slot(a, b);
        if (x != NotImplemented) return x;
        decref(x);
    }
    Object* res = binary_op1(a, b, i);
    if (res != NotImplemented) return res;
    decref(res);
    return binop_type_error(a, b, i, kInplaceSymbols[i]);
}

// CPython: abstract.c, ternary_op. The modulus's slot is tried last.
Object* power3(Object* a, Object* b, Object* mod) {
    if (mod == nullptr || mod == None) return binary_op(a, b, BinOp::Pow);
    TernaryFn slotv = a->type->nb_power3;
    TernaryFn slotw = nullptr;
    if (b->type != a->type) {
        slotw = b->type->nb_power3;
        if (slotw == slotv) slotw = nullptr;
    }
    if (slotv != nullptr) {
        if (slotw != nullptr && is_subtype(b->type, a->type)) {
            Object* x = slotw(a, b, mod);
            if (x != NotImplemented) return x;
            decref(x);
            slotw = nullptr;
        }
        Object* x = slotv(a, b, mod);
        if (x != NotImplemented) return x;
        decref(x);
    }
    if (slotw != nullptr) {
        Object* x = slotw(a, b, mod);
        if (x != NotImplemented) return x;
        decref(x);
    }
    TernaryFn slotz = mod->type->nb_power3;
    if (slotz != nullptr && slotz != slotv && slotz != slotw) {
        Object* x = slotz(a, b, mod);
        if (x != NotImplemented) return x;
        decref(x);
    }
    return err_format(TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", a->type->name,
                      b->type->name, mod->type->name);
}

Object* unary_negative(Object* o) {
    if (UnaryFn f = o->type->nb_negative) return f(o);
    return err_format(TypeError, "bad operand type for unary -: '%s'", o->type->name);
}

Object* unary_positive(Object* o) {
    if (UnaryFn f = o->type->nb_positive) return f(o);
    return err_format(TypeError, "bad operand type for unary +: '%s'", o->type->name);
}

Object* unary_invert(Object* o) {
    if (UnaryFn f = o->type->nb_invert) return f(o);
    return err_format(TypeError, "bad operand type for unary ~: '%s'", o->type->name);
}

Object* number_absolute(Object* o) {
    if (UnaryFn f = o->type->nb_absolute) return f(o);
    return err_format(TypeError, "bad operand type for abs(): '%s'", o->type->name);
}

// ---- Conversions ----

namespace {

// An exact int with the value of the int (or int subclass) v; steals v.
Object* to_exact_int(Object* v) {
    if (is_int_exact(v)) return v;
    int64_t small;
    Object* res;
    if (int_as_i64(v, &small)) {
        res = int_from_i64(small);
    } else {
        mpz_t big;
        mpz_init(big);
        int_to_mpz(v, big);
        res = int_from_mpz(big);
        mpz_clear(big);
    }
    decref(v);
    return res;
}

}  // namespace

// A conversion slot gave an instance of a strict subclass of int or float: 3.11 still accepts it
// but warns (the DeprecationWarning of Issue #17576). `res` is dropped when the warning is an error.
Object* warn_strict_subclass(Object* res, const std::string& what, const char* base) {
    std::string msg = what + " (type " + res->type->name + ").  The ability to return an instance of a strict subclass of " +
                      base + " is deprecated, and may be removed in a future version of Python.";
    if (!warn_message(DeprecationWarning, msg, nullptr)) {
        decref(res);
        return nullptr;
    }
    return res;
}

// CPython: abstract.c, _PyNumber_Index (int subclasses are returned as they are, with a warning
// when __index__ made them).
Object* number_index(Object* o) {
    if (is_int(o)) return incref(o);
    UnaryFn f = o->type->nb_index;
    if (f == nullptr) {
        return err_format(TypeError, "'%s' object cannot be interpreted as an integer", o->type->name);
    }
    Object* res = f(o);
    if (res == nullptr || is_int_exact(res)) return res;
    if (is_int(res)) return warn_strict_subclass(res, "__index__ returned non-int", "int");
    err_format(TypeError, "__index__ returned non-int (type %s)", res->type->name);
    decref(res);
    return nullptr;
}

// CPython: abstract.c, PyNumber_Long.
Object* number_long(Object* o) {
    if (is_int_exact(o)) return incref(o);
    TypeObject* t = o->type;
    if (t->nb_int != nullptr) {
        Object* res = t->nb_int(o);
        if (res == nullptr) return nullptr;
        if (!is_int(res)) {
            err_format(TypeError, "__int__ returned non-int (type %s)", res->type->name);
            decref(res);
            return nullptr;
        }
        if (!is_int_exact(res) && !(res = warn_strict_subclass(res, "__int__ returned non-int", "int"))) return nullptr;
        return to_exact_int(res);
    }
    if (t->nb_index != nullptr) {
        Object* res = number_index(o);
        if (res == nullptr) return nullptr;
        return to_exact_int(res);
    }
    if (is_int(o)) return to_exact_int(incref(o));
    Object* trunc = lookup_special(o, PYGEN_ID(__trunc__));
    if (trunc != nullptr) {
        if (!warn_message(DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.", nullptr)) {
            decref(trunc);
            return nullptr;
        }
        Object* res = call0(trunc);
        decref(trunc);
        if (res == nullptr) return nullptr;
        if (is_int(res)) return to_exact_int(res);
        if (res->type->nb_index == nullptr) {
            err_format(TypeError, "__trunc__ returned non-Integral (type %s)", res->type->name);
            decref(res);
            return nullptr;
        }
        Object* idx = number_index(res);
        decref(res);
        return idx ? to_exact_int(idx) : nullptr;
    }
    if (err_occurred()) return nullptr;
    if (is_str(o)) return int_from_string(str_view(o), 10);
    if (is_bytes(o)) return int_from_string(bytes_view(o), 10);
    return err_format(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      t->name);
}

// CPython: abstract.c, PyNumber_Float.
Object* number_float(Object* o) {
    if (o->type == &FloatType) return incref(o);
    TypeObject* t = o->type;
    if (t->nb_float != nullptr) {
        Object* res = t->nb_float(o);
        if (res == nullptr || res->type == &FloatType) return res;
        if (is_float(res)) {
            std::string what = std::string(t->name) + ".__float__ returned non-float";
            if (!(res = warn_strict_subclass(res, what, "float"))) return nullptr;
            Object* exact = float_from(float_value(res));
            decref(res);
            return exact;
        }
        err_format(TypeError, "%s.__float__ returned non-float (type %s)", t->name, res->type->name);
        decref(res);
        return nullptr;
    }
    if (t->nb_index != nullptr) {
        Object* i = number_index(o);
        if (i == nullptr) return nullptr;
        bool overflow = false;
        double d = int_as_double(i, &overflow);
        decref(i);
        if (overflow) return err_set_string(OverflowError, "int too large to convert to float");
        return float_from(d);
    }
    if (is_float(o)) return float_from(float_value(o));
    if (is_str(o)) return float_from_string(str_view(o));
    if (is_bytes(o)) return float_from_string(bytes_view(o));
    return err_format(TypeError, "float() argument must be a string or a real number, not '%s'", t->name);
}

// CPython: abstract.c, PyNumber_AsSsize_t.
ssize number_as_ssize(Object* o, TypeObject* err_type) {
    Object* value = number_index(o);
    if (value == nullptr) return -1;
    int64_t v;
    if (int_as_i64(value, &v)) {
        decref(value);
        return static_cast<ssize>(v);
    }
    int sign = int_sign(value);
    decref(value);
    if (err_type == nullptr) return sign < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
    err_format(err_type, "cannot fit '%s' into an index-sized integer", o->type->name);
    return -1;
}

}  // namespace pygen
