// Unit tests of complex: repr of each part shape, arithmetic with int/float on either side
// (their slots decline, complex's serve the reflected case), errors, hash and equality, and the
// string grammar of complex(). Python-level behaviour is also covered by
// tests/conformance/core/complex_*.py.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "objects/abstract.h"
#include "objects/complex.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "vm/runtime.h"
#include "../runtime_fixture.h"

namespace {

using namespace pygen;

class ComplexRuntime : public test::RuntimeFixture {
protected:
    void TearDown() override { EXPECT_EQ(err_occurred(), nullptr); err_clear(); }
};

// repr(result), consuming it, or "ExcType: message" for a null result with an exception set.
std::string show(Object* result) {
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

Object* C(double re, double im) { return complex_from(re, im); }
Object* F(double v) { return float_from(v); }
Object* I(int64_t v) { return int_from_i64(v); }

// a <op> b through the generic binary operation (both references consumed).
std::string binop(Object* a, Object* b, BinOp op) {
    Object* r = binary_op(a, b, op);
    decref(a);
    decref(b);
    return show(r);
}

// complex(text) through the type's constructor.
std::string from_text(const char* text) {
    Object* s = str_from(text);
    Object* r = call1(&ComplexType, s);
    decref(s);
    return show(r);
}

TEST_F(ComplexRuntime, ReprLeavesOutOnlyAPositiveZeroRealPart) {
    EXPECT_EQ(show(C(1, 2)), "(1+2j)");
    EXPECT_EQ(show(C(0, 2)), "2j");
    EXPECT_EQ(show(C(-0.0, -1)), "(-0-1j)");
    EXPECT_EQ(show(C(0, 0)), "0j");
    EXPECT_EQ(show(C(1, NAN)), "(1+nanj)");
    EXPECT_EQ(show(C(1, -NAN)), "(1+nanj)");
    EXPECT_EQ(show(C(0, INFINITY)), "infj");
    EXPECT_EQ(show(C(1e16, 1e-5)), "(1e+16+1e-05j)");
    EXPECT_EQ(show(C(0.1, 0.2)), "(0.1+0.2j)");
}

TEST_F(ComplexRuntime, MixedArithmeticWorksFromEitherSide) {
    EXPECT_EQ(binop(I(1), C(0, 1), BinOp::Add), "(1+1j)");
    EXPECT_EQ(binop(C(0, 1), I(1), BinOp::Sub), "(-1+1j)");
    EXPECT_EQ(binop(F(1.5), C(2, -1), BinOp::Mul), "(3-1.5j)");
    EXPECT_EQ(binop(I(1), C(0, 2), BinOp::TrueDiv), "-0.5j");
    EXPECT_EQ(binop(C(1, 2), C(3, -4), BinOp::Mul), "(11+2j)");
    EXPECT_EQ(binop(C(1, 1), I(10), BinOp::Pow), "32j");
    EXPECT_EQ(binop(I(2), C(1, 1), BinOp::Pow), "(1.5384778027279442+1.2779225526272695j)");
}

TEST_F(ComplexRuntime, NegativeFloatToFractionalPowerIsComplex) {
    EXPECT_EQ(binop(I(-8), F(1.0 / 3), BinOp::Pow), "(1.0000000000000002+1.7320508075688772j)");
    EXPECT_EQ(binop(F(-2), F(2), BinOp::Pow), "4.0");
}

TEST_F(ComplexRuntime, ErrorsUseCPythonMessages) {
    EXPECT_EQ(binop(C(0, 1), I(0), BinOp::TrueDiv), "ZeroDivisionError: complex division by zero");
    EXPECT_EQ(binop(C(0, 0), I(-1), BinOp::Pow), "ZeroDivisionError: 0.0 to a negative or complex power");
    EXPECT_EQ(binop(C(0, 0), C(0, 1), BinOp::Pow), "ZeroDivisionError: 0.0 to a negative or complex power");
    EXPECT_EQ(binop(C(1e200, 1), F(2.5), BinOp::Pow), "OverflowError: complex exponentiation");
    EXPECT_EQ(binop(C(1e300, 1e300), I(5), BinOp::Pow), "(nan+nanj)");   // inf - inf while squaring
    EXPECT_EQ(binop(C(0, 1), I(2), BinOp::FloorDiv),
              "TypeError: unsupported operand type(s) for //: 'complex' and 'int'");
    Object* a = C(0, 1);
    Object* b = C(0, 2);
    EXPECT_EQ(show(object_rich_compare(a, b, CompareOp::Lt)),
              "TypeError: '<' not supported between instances of 'complex' and 'complex'");
    decref(a);
    decref(b);
}

TEST_F(ComplexRuntime, EqualityAndHashAgreeWithIntAndFloat) {
    Object* c = C(1, 0);
    Object* i = I(1);
    EXPECT_EQ(object_equal(c, i), 1);
    EXPECT_EQ(object_equal(i, c), 1);
    EXPECT_EQ(object_hash(c), object_hash(i));
    decref(c);
    decref(i);
    Object* d = C(1.5, 2);
    EXPECT_EQ(object_hash(d), 1152921504608846983);
    decref(d);
    Object* e = C(-1, 1);
    EXPECT_EQ(object_hash(e), 1000001);   // -2 + 1000003
    decref(e);
}

TEST_F(ComplexRuntime, StringGrammarAcceptsCPythonForms) {
    EXPECT_EQ(from_text("1+2j"), "(1+2j)");
    EXPECT_EQ(from_text(" ( -1.5e3-J ) "), "(-1500-1j)");
    EXPECT_EQ(from_text("j"), "1j");
    EXPECT_EQ(from_text("1_0j"), "10j");
    EXPECT_EQ(from_text("nan+infj"), "(nan+infj)");
    EXPECT_EQ(from_text("1 + 2j"), "ValueError: complex() arg is a malformed string");
    EXPECT_EQ(from_text("1__0"), "ValueError: could not convert string to complex: '1__0'");
}

}  // namespace
