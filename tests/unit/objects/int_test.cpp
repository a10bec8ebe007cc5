// Unit tests of int and bool: the int64 fast paths and their overflow boundaries, normalisation of
// GMP results back to the inline form, Python floor semantics, parsing, hashing and format().
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/runtime.h"
#include "../runtime_fixture.h"

namespace {

using namespace pygen;

// Starts the runtime once per process (the fixture of every test here).
class IntRuntime : public test::RuntimeFixture {};

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

Object* I(const char* text) { return int_from_string(text, 10); }
[[maybe_unused]] Object* F(double v) { return float_from(v); }
[[maybe_unused]] Object* S(const char* text) { return str_from(text); }

// a <op> b through the generic binary operation (both references consumed).
std::string binop(Object* a, Object* b, BinOp op) {
    Object* r = binary_op(a, b, op);
    decref(a);
    decref(b);
    return show(r);
}

bool is_inline(Object* o) { return !static_cast<IntObject*>(o)->is_big; }

TEST_F(IntRuntime, IntAddOverflowPromotesToBig) {
    EXPECT_EQ(binop(I("9223372036854775807"), I("1"), BinOp::Add), "9223372036854775808");
    EXPECT_EQ(binop(I("-9223372036854775808"), I("-1"), BinOp::Add), "-9223372036854775809");
    EXPECT_EQ(binop(I("-9223372036854775808"), I("1"), BinOp::Sub), "-9223372036854775809");
}

TEST_F(IntRuntime, IntMinFloorDivMinusOneIsBig) {
    EXPECT_EQ(binop(I("-9223372036854775808"), I("-1"), BinOp::FloorDiv), "9223372036854775808");
    EXPECT_EQ(binop(I("-9223372036854775808"), I("-1"), BinOp::Mod), "0");
    EXPECT_EQ(binop(I("-9223372036854775808"), I("-1"), BinOp::Mul), "9223372036854775808");
}

TEST_F(IntRuntime, NegatingIntMinIsBig) {
    Object* v = I("-9223372036854775808");
    EXPECT_EQ(show(unary_negative(v)), "9223372036854775808");
    EXPECT_EQ(show(number_absolute(v)), "9223372036854775808");
    decref(v);
}

TEST_F(IntRuntime, BigResultsThatFitAreNormalisedToInline) {
    Object* r = binary_op(I("100000000000000000000"), I("99999999999999999999"), BinOp::Sub);
    ASSERT_NE(r, nullptr);
    EXPECT_TRUE(is_inline(r));
    EXPECT_EQ(show(r), "1");
    Object* parsed = I("00000000000000000000000000000042");
    EXPECT_TRUE(is_inline(parsed));
    decref(parsed);
}

TEST_F(IntRuntime, SmallIntsAreCached) {
    Object* a = int_from_i64(256);
    Object* b = int_from_i64(256);
    EXPECT_EQ(a, b);
    Object* c = int_from_i64(-5);
    Object* d = int_from_i64(-5);
    EXPECT_EQ(c, d);
    decref(a); decref(b); decref(c); decref(d);
}

TEST_F(IntRuntime, FloorDivisionAndModuloFollowTheDivisorSign) {
    EXPECT_EQ(binop(I("-7"), I("2"), BinOp::FloorDiv), "-4");
    EXPECT_EQ(binop(I("-7"), I("2"), BinOp::Mod), "1");
    EXPECT_EQ(binop(I("7"), I("-2"), BinOp::FloorDiv), "-4");
    EXPECT_EQ(binop(I("7"), I("-2"), BinOp::Mod), "-1");
    EXPECT_EQ(binop(I("-100000000000000000000"), I("7"), BinOp::Mod), "5");
    Object* a = I("-7");
    Object* b = I("2");
    EXPECT_EQ(show(int_divmod(a, b)), "(-4, 1)");
    decref(a); decref(b);
}

TEST_F(IntRuntime, DivisionByZeroMessages) {
    EXPECT_EQ(binop(I("1"), I("0"), BinOp::FloorDiv), "ZeroDivisionError: integer division or modulo by zero");
    EXPECT_EQ(binop(I("1"), I("0"), BinOp::Mod), "ZeroDivisionError: integer modulo by zero");
    EXPECT_EQ(binop(I("1"), I("0"), BinOp::TrueDiv), "ZeroDivisionError: division by zero");
}

TEST_F(IntRuntime, TrueDivisionIsCorrectlyRounded) {
    EXPECT_EQ(binop(I("1"), I("3"), BinOp::TrueDiv), "0.3333333333333333");
    EXPECT_EQ(binop(I("10000000000000000000000000000000000000000"), I("3"), BinOp::TrueDiv), "3.333333333333333e+39");
    EXPECT_EQ(binop(I("9007199254740993"), I("1"), BinOp::TrueDiv), "9007199254740992.0");
    std::string big = "1" + std::string(400, '0');
    EXPECT_EQ(binop(I(big.c_str()), I("1"), BinOp::TrueDiv), "OverflowError: integer division result too large for a float");
    std::string big2 = "1" + std::string(399, '0');
    EXPECT_EQ(binop(I(big.c_str()), I(big2.c_str()), BinOp::TrueDiv), "10.0");
}

TEST_F(IntRuntime, PowerWithNegativeExponentGivesFloat) {
    EXPECT_EQ(binop(I("2"), I("100"), BinOp::Pow), "1267650600228229401496703205376");
    EXPECT_EQ(binop(I("2"), I("-1"), BinOp::Pow), "0.5");
    EXPECT_EQ(binop(I("0"), I("-1"), BinOp::Pow), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    EXPECT_EQ(binop(I("-3"), I("3"), BinOp::Pow), "-27");
}

TEST_F(IntRuntime, ThreeArgumentPow) {
    auto pow3 = [](const char* a, const char* b, const char* m) {
        Object *x = I(a), *y = I(b), *z = I(m);
        std::string r = show(power3(x, y, z));
        decref(x); decref(y); decref(z);
        return r;
    };
    EXPECT_EQ(pow3("3", "-1", "7"), "5");
    EXPECT_EQ(pow3("2", "-1", "4"), "ValueError: base is not invertible for the given modulus");
    EXPECT_EQ(pow3("2", "10", "-7"), "-5");
    EXPECT_EQ(pow3("2", "3", "0"), "ValueError: pow() 3rd argument cannot be 0");
}

TEST_F(IntRuntime, ShiftsAndBitwiseOperators) {
    EXPECT_EQ(binop(I("1"), I("-1"), BinOp::LShift), "ValueError: negative shift count");
    EXPECT_EQ(binop(I("1"), I("64"), BinOp::LShift), "18446744073709551616");
    EXPECT_EQ(binop(I("-1"), I("100"), BinOp::RShift), "-1");
    EXPECT_EQ(binop(I("-5"), I("1"), BinOp::RShift), "-3");
    EXPECT_EQ(binop(I("-1"), I("18446744073709551616"), BinOp::And), "18446744073709551616");
    EXPECT_EQ(binop(I("-18446744073709551616"), I("255"), BinOp::Or), "-18446744073709551361");
    EXPECT_EQ(binop(I("-18446744073709551617"), I("-1"), BinOp::Xor), "18446744073709551616");
}

TEST_F(IntRuntime, ParsingAcceptsPythonLiteralsOnly) {
    EXPECT_EQ(show(int_from_string(" 12 ", 10)), "12");
    EXPECT_EQ(show(int_from_string("1_000", 10)), "1000");
    EXPECT_EQ(show(int_from_string("1__0", 10)), "ValueError: invalid literal for int() with base 10: '1__0'");
    EXPECT_EQ(show(int_from_string("", 10)), "ValueError: invalid literal for int() with base 10: ''");
    EXPECT_EQ(show(int_from_string("0x1f", 0)), "31");
    EXPECT_EQ(show(int_from_string("0x_1f", 16)), "31");
    EXPECT_EQ(show(int_from_string("010", 0)), "ValueError: invalid literal for int() with base 0: '010'");
    EXPECT_EQ(show(int_from_string("00", 0)), "0");
    EXPECT_EQ(show(int_from_string("z", 36)), "35");
    EXPECT_EQ(show(int_from_string("\xd9\xa1\xd9\xa2", 10)), "12");   // Arabic-Indic digits
}

TEST_F(IntRuntime, StrConversionDigitLimit) {
    std::string digits(4301, '9');
    EXPECT_EQ(show(int_from_string(digits, 10)),
              "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 "
              "digits; use sys.set_int_max_str_digits() to increase the limit");
    Object* big = binary_op(I("10"), I("4300"), BinOp::Pow);
    ASSERT_NE(big, nullptr);
    EXPECT_EQ(show(object_str(big)),
              "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
              "sys.set_int_max_str_digits() to increase the limit");
    decref(big);
}

TEST_F(IntRuntime, HashIsModularAndNeverMinusOne) {
    auto h = [](const char* text) { Object* o = I(text); int64_t v = int_hash(o); decref(o); return v; };
    EXPECT_EQ(h("-1"), -2);
    EXPECT_EQ(h("2305843009213693952"), 1);
    EXPECT_EQ(h("2305843009213693951"), 0);
    EXPECT_EQ(h("-2305843009213693953"), -2);
    EXPECT_EQ(h("123456789012345678901234567890"), 248789772095949448);
    EXPECT_EQ(float_hash(3.0), 3);
}

TEST_F(IntRuntime, IntFromDoubleErrors) {
    EXPECT_EQ(show(int_from_double(NAN)), "ValueError: cannot convert float NaN to integer");
    EXPECT_EQ(show(int_from_double(INFINITY)), "OverflowError: cannot convert float infinity to integer");
    EXPECT_EQ(show(int_from_double(1e20)), "100000000000000000000");
    EXPECT_EQ(show(int_from_double(-3.9)), "-3");
}

TEST_F(IntRuntime, FormatSpecForInts) {
    struct Case { const char* value; const char* spec; const char* expected; };
    const Case cases[] = {
        {"255", "#x", "'0xff'"}, {"255", "#X", "'0XFF'"}, {"-255", "#010x", "'-0x00000ff'"},
        {"1234567", ",", "'1,234,567'"}, {"1234567", "_b", "'1_0010_1101_0110_1000_0111'"},
        {"1234", "010,", "'00,001,234'"}, {"-1234", "010,", "'-0,001,234'"}, {"1234", "09_x", "'0000_04d2'"},
        {"65", "c", "'A'"}, {"1", "e", "'1.000000e+00'"}, {"1", "%", "'100.000000%'"}, {"5", "*^7", "'***5***'"},
        {"12", "=+8", "'+     12'"},
        {"1", ",x", "ValueError: Cannot specify ',' with 'x'."},
        {"1", ",_", "ValueError: Cannot specify both ',' and '_'."},
        {"1", ".2d", "ValueError: Precision not allowed in integer format specifier"},
        {"1", "s", "ValueError: Unknown format code 's' for object of type 'int'"},
        {"1", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
        {"1", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"},
        {"-1", "c", "OverflowError: %c arg not in range(0x110000)"},
        {"1", "dd", "ValueError: Invalid format specifier 'dd' for object of type 'int'"},
    };
    for (const Case& c : cases) {
        Object* v = I(c.value);
        EXPECT_EQ(show(format_int(v, c.spec)), c.expected) << c.value << " " << c.spec;
        decref(v);
    }
}

TEST_F(IntRuntime, BoolIsAnIntWithItsOwnRepr) {
    EXPECT_EQ(show(bool_from(true)), "True");
    EXPECT_EQ(binop(bool_from(true), bool_from(true), BinOp::Add), "2");
    EXPECT_EQ(binop(bool_from(true), bool_from(false), BinOp::And), "False");
    EXPECT_EQ(binop(bool_from(true), I("1"), BinOp::Or), "1");
    EXPECT_EQ(show(unary_invert(True)), "-2");
    EXPECT_EQ(int_hash(True), 1);
}

}  // namespace
