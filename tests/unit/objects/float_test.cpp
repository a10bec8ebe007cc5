// Unit tests of float: the shortest-repr table (checked against CPython 3.11's repr), arithmetic
// special cases and messages, exact comparisons with big ints, parsing, round() and format().
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "vm/runtime.h"
#include "../runtime_fixture.h"

namespace {

using namespace pygen;

// Starts the runtime once per process (the fixture of every test here).
class FloatRuntime : public test::RuntimeFixture {};

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
Object* F(double v) { return float_from(v); }
[[maybe_unused]] Object* S(const char* text) { return str_from(text); }

// a <op> b through the generic binary operation (both references consumed).
std::string binop(Object* a, Object* b, BinOp op) {
    Object* r = binary_op(a, b, op);
    decref(a);
    decref(b);
    return show(r);
}

TEST(FloatRepr, MatchesCPythonTable) {
    struct Case { double value; const char* expected; };
    const Case cases[] = {
        {1e16, "1e+16"}, {1e-5, "1e-05"}, {1.0, "1.0"}, {0.1 + 0.2, "0.30000000000000004"},
        {1e22, "1e+22"}, {123456789012345678.0, "1.2345678901234568e+17"}, {1.5e-7, "1.5e-07"},
        {0.0001, "0.0001"}, {-0.0, "-0.0"}, {0.0, "0.0"}, {INFINITY, "inf"}, {-INFINITY, "-inf"},
        {NAN, "nan"}, {1e15, "1000000000000000.0"}, {123.456, "123.456"}, {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"}, {0.5, "0.5"}, {100.0, "100.0"},
        {1e100, "1e+100"}, {2.0 / 3, "0.6666666666666666"}, {9007199254740993.0, "9007199254740992.0"},
        {-1.5, "-1.5"}, {1e-4, "0.0001"}, {9999999999999998.0, "9999999999999998.0"},
    };
    for (const Case& c : cases) EXPECT_EQ(float_repr_text(c.value), c.expected);
}

TEST_F(FloatRuntime, DivisionByZeroMessages) {
    EXPECT_EQ(binop(F(1), F(0), BinOp::TrueDiv), "ZeroDivisionError: float division by zero");
    EXPECT_EQ(binop(F(1), F(0), BinOp::FloorDiv), "ZeroDivisionError: float floor division by zero");
    EXPECT_EQ(binop(F(1), F(0), BinOp::Mod), "ZeroDivisionError: float modulo");
    EXPECT_EQ(binop(F(5), F(-0.0), BinOp::Mod), "ZeroDivisionError: float modulo");
    Object* a = F(1);
    Object* b = I("0");
    EXPECT_EQ(show(float_divmod(a, b)), "ZeroDivisionError: float divmod()");
    decref(a); decref(b);
}

TEST_F(FloatRuntime, FloorDivisionAndModuloSigns) {
    EXPECT_EQ(binop(F(7.5), F(-2), BinOp::FloorDiv), "-4.0");
    EXPECT_EQ(binop(F(7.5), F(-2), BinOp::Mod), "-0.5");
    EXPECT_EQ(binop(I("-7"), F(2.5), BinOp::Mod), "0.5");
    EXPECT_EQ(binop(F(-0.0), I("5"), BinOp::Mod), "0.0");
}

TEST_F(FloatRuntime, PowerSpecialCases) {
    EXPECT_EQ(binop(F(2), F(10000), BinOp::Pow), "OverflowError: (34, 'Numerical result out of range')");
    EXPECT_EQ(binop(F(0), F(-1), BinOp::Pow), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    EXPECT_EQ(binop(F(-2), F(3), BinOp::Pow), "-8.0");
    EXPECT_EQ(binop(F(NAN), F(0), BinOp::Pow), "1.0");
    EXPECT_EQ(binop(F(1), F(NAN), BinOp::Pow), "1.0");
    EXPECT_EQ(binop(F(-1), F(INFINITY), BinOp::Pow), "1.0");
}

TEST_F(FloatRuntime, MixedIntFloatArithmetic) {
    EXPECT_EQ(binop(I("1"), F(0.5), BinOp::Add), "1.5");
    EXPECT_EQ(binop(I("10000000000000000000000000000000000000000000000000000000000000000"), F(1), BinOp::Mul), "1e+64");
    std::string huge = "1" + std::string(400, '0');
    EXPECT_EQ(binop(I(huge.c_str()), F(1), BinOp::Add), "OverflowError: int too large to convert to float");
}

TEST_F(FloatRuntime, ComparisonWithBigIntsIsExact) {
    auto cmp = [](Object* a, Object* b, CompareOp op) {
        int r = object_rich_compare_bool(a, b, op);
        decref(a); decref(b);
        return r;
    };
    EXPECT_EQ(cmp(F(9007199254740992.0), I("9007199254740993"), CompareOp::Lt), 1);
    EXPECT_EQ(cmp(I("9007199254740993"), F(9007199254740992.0), CompareOp::Gt), 1);
    EXPECT_EQ(cmp(F(9007199254740992.0), I("9007199254740993"), CompareOp::Eq), 0);
    EXPECT_EQ(cmp(I("1"), F(1.0), CompareOp::Eq), 1);
    EXPECT_EQ(cmp(F(NAN), I("1"), CompareOp::Ne), 1);
    EXPECT_EQ(cmp(F(INFINITY), I("100000000000000000000000000000000"), CompareOp::Gt), 1);
}

TEST_F(FloatRuntime, HashOfIntegralFloatsEqualsIntHash) {
    EXPECT_EQ(float_hash(1.5), 1152921504606846977);
    EXPECT_EQ(float_hash(-0.5), -1152921504606846976);
    EXPECT_EQ(float_hash(1e100), 1822893315824342674);
    EXPECT_EQ(float_hash(INFINITY), 314159);
    EXPECT_EQ(float_hash(-1.0), -2);
    Object* big = I("1267650600228229401496703205376");   // 2**100
    EXPECT_EQ(float_hash(std::ldexp(1.0, 100)), int_hash(big));
    decref(big);
}

TEST_F(FloatRuntime, ParsingFloatText) {
    EXPECT_EQ(show(float_from_string(" 1_000.5 ")), "1000.5");
    EXPECT_EQ(show(float_from_string("inf")), "inf");
    EXPECT_EQ(show(float_from_string("-nan")), "nan");
    EXPECT_EQ(show(float_from_string("1e500")), "inf");
    EXPECT_EQ(show(float_from_string("1e-400")), "0.0");
    EXPECT_EQ(show(float_from_string(".5")), "0.5");
    EXPECT_EQ(show(float_from_string("5.")), "5.0");
    EXPECT_EQ(show(float_from_string("+1E5")), "100000.0");
    EXPECT_EQ(show(float_from_string("abc")), "ValueError: could not convert string to float: 'abc'");
    EXPECT_EQ(show(float_from_string("1__0")), "ValueError: could not convert string to float: '1__0'");
    EXPECT_EQ(show(float_from_string("")), "ValueError: could not convert string to float: ''");
}

TEST(FloatRound, CorrectlyRoundedToNDigits) {
    struct Case { double x; int ndigits; const char* expected; };
    const Case cases[] = {
        {2.675, 2, "2.67"}, {0.125, 2, "0.12"}, {0.375, 2, "0.38"}, {1234.5678, -2, "1200.0"},
        {1e300, 2, "1e+300"}, {5.0, -1, "0.0"}, {15.0, -1, "20.0"}, {0.5, -1, "0.0"}, {-2.5, 0, "-2.0"},
    };
    for (const Case& c : cases) {
        bool overflow = false;
        EXPECT_EQ(float_repr_text(float_round_ndigits(c.x, c.ndigits, &overflow)), c.expected);
        EXPECT_FALSE(overflow);
    }
}

TEST_F(FloatRuntime, FormatSpecForFloats) {
    struct Case { double value; const char* spec; const char* expected; };
    const Case cases[] = {
        {1.5, "", "'1.5'"}, {1e16, "", "'1e+16'"}, {1.5, ".0", "'2e+00'"}, {15.0, ".2", "'1.5e+01'"},
        {1.0, ".2", "'1.0'"}, {15.0, ".3", "'15.0'"}, {1.0, "g", "'1'"}, {1.0, "#g", "'1.00000'"},
        {123456789.0, "g", "'1.23457e+08'"}, {1e-5, "g", "'1e-05'"}, {1.5, ".0e", "'2e+00'"},
        {1.5, "#.0e", "'2.e+00'"}, {2.5, ".0f", "'2'"}, {1.25, ".1f", "'1.2'"},
        {1234567.891, ",.2f", "'1,234,567.89'"}, {-1234567.5, "_.1f", "'-1_234_567.5'"},
        {1234.5, "012,.1f", "'00,001,234.5'"}, {0.5, "%", "'50.000000%'"}, {1.5, "=+10", "'+      1.5'"},
        {1.5, "^10", "'   1.5    '"}, {INFINITY, "010", "'0000000inf'"}, {NAN, "+", "'+nan'"},
        {INFINITY, "F", "'INF'"}, {-0.0, "z.1f", "'0.0'"}, {-0.04, "z.1f", "'0.0'"}, {-0.0, "", "'-0.0'"},
        {1e16, "#", "'1.e+16'"}, {1e22, "f", "'10000000000000000000000.000000'"},
        {12345678.0, ",", "'12,345,678.0'"}, {123456789.123, ",", "'123,456,789.123'"},
        {1.5, "d", "ValueError: Unknown format code 'd' for object of type 'float'"},
        {1.5, "ff", "ValueError: Invalid format specifier 'ff' for object of type 'float'"},
        {1.5, ".", "ValueError: Format specifier missing precision"},
    };
    for (const Case& c : cases) EXPECT_EQ(show(format_float(c.value, c.spec)), c.expected) << c.spec;
}

}  // namespace
