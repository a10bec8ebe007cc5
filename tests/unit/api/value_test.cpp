// pygen::Value: making, checking and reading values, attributes, items, calls and iteration.
#include <gtest/gtest.h>

#include "../runtime_fixture.h"
#include "pygen/pygen.h"

namespace pygen {
namespace {

class ApiValue : public test::RuntimeFixture {};

TEST_F(ApiValue, CopyAndMoveCountReferences) {
    Value a = Value::from(std::string_view("a fresh string object"));
    Object* o = a.get();
    auto count = [&] { return reinterpret_cast<std::ptrdiff_t*>(o)[0]; };
    EXPECT_EQ(count(), 1);
    {
        Value b = a;
        EXPECT_EQ(count(), 2);
        Value c = std::move(b);
        EXPECT_EQ(count(), 2);
        EXPECT_TRUE(b.is_null());
    }
    EXPECT_EQ(count(), 1);
}

TEST_F(ApiValue, ScalarsRoundTrip) {
    EXPECT_TRUE(Value::none().is_none());
    EXPECT_TRUE(Value::from(true).is_bool());
    EXPECT_TRUE(Value::from(true).truthy());
    EXPECT_EQ(Value::from(int64_t{-7}).to_int64(), -7);
    EXPECT_DOUBLE_EQ(Value::from(2.5).to_double(), 2.5);
    EXPECT_DOUBLE_EQ(Value::from(3).to_double(), 3.0);
    EXPECT_EQ(Value::from("héllo").str_view(), "héllo");
    EXPECT_EQ(Value::from("héllo").size(), 5u);
    EXPECT_EQ(Value::bytes(std::string_view("a\0b", 3)).bytes_view(), std::string_view("a\0b", 3));
    EXPECT_EQ(Value::from(uint64_t{18446744073709551615ull}).to_decimal(), "18446744073709551615");
}

TEST_F(ApiValue, BigIntsFromAndToDecimal) {
    Value big = Value::int_from_string("123456789012345678901234567890");
    EXPECT_TRUE(big.is_int());
    EXPECT_EQ(big.to_decimal(), "123456789012345678901234567890");
    EXPECT_EQ(Value::int_from_string("ff", 16).to_int64(), 255);
    try {
        big.to_int64();
        FAIL() << "no overflow";
    } catch (const Error& e) {
        EXPECT_EQ(e.type_name(), "OverflowError");
    }
    EXPECT_THROW(Value::int_from_string("12x"), Error);
}

TEST_F(ApiValue, WrongTypeThrowsTypeError) {
    try {
        Value::from("x").to_int64();
        FAIL();
    } catch (const Error& e) {
        EXPECT_TRUE(e.matches("TypeError"));
        EXPECT_EQ(e.message(), "expected int, got str");
    }
    EXPECT_THROW(Value::from(1).str_view(), Error);
    EXPECT_THROW(Value::from(std::string_view("\xff")), Error);
}

TEST_F(ApiValue, ContainersAndIteration) {
    Value l = Value::list({Value::from(1), Value::from("two")});
    l.append(Value::from(3.0));
    EXPECT_TRUE(l.is_list());
    EXPECT_EQ(l.size(), 3u);
    EXPECT_EQ(l.repr(), "[1, 'two', 3.0]");
    Value t = Value::tuple({Value::from(1), Value::none()});
    EXPECT_TRUE(t.is_tuple());
    EXPECT_EQ(t.repr(), "(1, None)");
    Value d = Value::dict();
    d.set_item("k", Value::from(5));
    EXPECT_TRUE(d.is_dict());
    EXPECT_EQ(d.item("k").to_int64(), 5);
    EXPECT_TRUE(d.contains(Value::from("k")));
    EXPECT_THROW(d.item("missing"), Error);
    int64_t sum = 0;
    for (const Value& x : Value::list({Value::from(1), Value::from(2), Value::from(3)})) sum += x.to_int64();
    EXPECT_EQ(sum, 6);
    EXPECT_EQ(from_value<std::vector<int>>(Value::tuple({Value::from(4), Value::from(5)})), (std::vector<int>{4, 5}));
    EXPECT_EQ(to_value(std::vector<std::string>{"a", "b"}).repr(), "['a', 'b']");
}

TEST_F(ApiValue, ReprStrAndTypeName) {
    EXPECT_EQ(Value::from("q").repr(), "'q'");
    EXPECT_EQ(Value::from("q").str(), "q");
    EXPECT_EQ(Value::from(1.5).type_name(), "float");
    EXPECT_TRUE(Value::from(1).equals(Value::from(1.0)));
}

TEST_F(ApiValue, CallsWithPositionalAndKeywordArguments) {
    Interpreter py;
    py.exec("def f(a, b=10, *, c=100):\n    return a + b + c\n");
    Value f = py.get("f");
    EXPECT_TRUE(f.is_callable());
    EXPECT_EQ(f(1).to_int64(), 111);
    EXPECT_EQ(f(1, 2).to_int64(), 103);
    EXPECT_EQ(f.call({Value::from(1)}, {{"c", Value::from(0)}}).to_int64(), 11);
    EXPECT_EQ(Value::from("a-b").call_method("split", "-").repr(), "['a', 'b']");
    EXPECT_THROW(f(), Error);
}

TEST_F(ApiValue, AttributesGetSetAndHas) {
    Interpreter py;
    py.exec("class C:\n    pass\nc = C()\n");
    Value c = py.get("c");
    c.set_attr("x", Value::from(9));
    EXPECT_TRUE(c.has_attr("x"));
    EXPECT_FALSE(c.has_attr("y"));
    EXPECT_EQ(c.attr("x").to_int64(), 9);
    EXPECT_EQ(py.eval("c.x * 2").to_int64(), 18);
    try {
        c.attr("y");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.type_name(), "AttributeError");
        EXPECT_EQ(e.message(), "'C' object has no attribute 'y'");
    }
}

TEST_F(ApiValue, TypeChecksOfEveryKind) {
    Interpreter py;
    py.exec("def gen():\n    yield 1\nasync def coro():\n    pass\nasync def agen():\n    yield 1\n"
            "g = gen()\nc = coro()\na = agen()\nclass F(float): pass\nclass S(str): pass\n");
    Value g = py.get("g"), c = py.get("c"), a = py.get("a");
    EXPECT_TRUE(g.is_generator());
    EXPECT_FALSE(g.is_coroutine());
    EXPECT_TRUE(c.is_generator());
    EXPECT_TRUE(c.is_coroutine());
    EXPECT_TRUE(a.is_generator());
    EXPECT_FALSE(a.is_coroutine());
    EXPECT_FALSE(Value::from(1).is_generator());
    c.call_method("close");   // never awaited: closed here so no warning is printed
    EXPECT_TRUE(Value::from(1.5).is_float());
    EXPECT_TRUE(py.eval("F(2.0)").is_float());
    EXPECT_FALSE(Value::from(2).is_float());
    EXPECT_TRUE(Value::from("s").is_str());
    EXPECT_TRUE(py.eval("S('x')").is_str());
    EXPECT_FALSE(Value::bytes("s").is_str());
    EXPECT_TRUE(Value::bytes("b").is_bytes());
    EXPECT_FALSE(py.eval("bytearray(b'b')").is_bytes());
    EXPECT_FALSE(Value::from("b").is_bytes());
}

TEST_F(ApiValue, StealBorrowAndReleaseHandOverReferences) {
    Value a = Value::from(std::string_view("an object to count"));
    Object* o = a.get();
    auto count = [&] { return reinterpret_cast<std::ptrdiff_t*>(o)[0]; };
    {
        Value b = Value::borrow(o);
        EXPECT_EQ(count(), 2);
        EXPECT_TRUE(b.is(a));
    }
    EXPECT_EQ(count(), 1);
    Object* raw = a.release();
    EXPECT_TRUE(a.is_null());
    EXPECT_EQ(count(), 1);
    Value c = Value::steal(raw);
    EXPECT_EQ(count(), 1);
    Value d;
    d = c;   // assignment swaps in a copy
    EXPECT_EQ(count(), 2);
    d = Value::none();
    EXPECT_EQ(count(), 1);
    EXPECT_EQ(c.str_view(), "an object to count");
}

}  // namespace
}  // namespace pygen
