// Host functions, classes and modules: C++ called from Python with converted arguments.
#include <gtest/gtest.h>

#include <algorithm>

#include "../runtime_fixture.h"
#include "pygen/pygen.h"

namespace pygen {
namespace {

class ApiHost : public test::RuntimeFixture {};

TEST_F(ApiHost, LambdaWithDeducedArgumentTypes) {
    Interpreter py;
    py.def("clamp", [](int64_t x, int64_t lo, int64_t hi) { return std::clamp(x, lo, hi); });
    py.def("greet", [](std::string name) { return "hi " + name; });
    py.def("nothing", [] {});
    EXPECT_EQ(py.eval("clamp(15, 0, 10)").to_int64(), 10);
    EXPECT_EQ(py.eval("greet('bob')").str_view(), "hi bob");
    EXPECT_TRUE(py.eval("nothing()").is_none());
    EXPECT_EQ(py.eval("clamp.__name__").str_view(), "clamp");
}

TEST_F(ApiHost, BadArgumentsRaiseTypeErrorInPython) {
    Interpreter py;
    py.def("twice", [](int64_t x) { return 2 * x; });
    py.exec(
        "try:\n    twice('a')\nexcept TypeError as e:\n    m1 = str(e)\n"
        "try:\n    twice(1, 2)\nexcept TypeError as e:\n    m2 = str(e)\n");
    EXPECT_EQ(py.get("m1").str_view(), "expected int, got str");
    EXPECT_EQ(py.get("m2").str_view(), "twice() takes 1 positional argument but 2 were given");
}

TEST_F(ApiHost, HostExceptionsBecomePythonExceptions) {
    Interpreter py;
    py.def("fail", [] { raise("KeyError", "nope"); });
    py.def("std_fail", []() -> int { throw std::runtime_error("boom"); });
    py.exec("try:\n    fail()\nexcept KeyError as e:\n    a = repr(e)\n");
    EXPECT_EQ(py.get("a").str_view(), "KeyError('nope')");
    py.exec("try:\n    std_fail()\nexcept RuntimeError as e:\n    b = str(e)\n");
    EXPECT_EQ(py.get("b").str_view(), "boom");
}

TEST_F(ApiHost, RawFunctionSeesKeywords) {
    Interpreter py;
    py.def("kw", [](const Value* args, size_t nargs, const Kwarg* kw, size_t nkw) {
        std::string s = std::to_string(nargs);
        for (size_t i = 0; i < nkw; ++i) s += std::string(",") + std::string(kw[i].name) + "=" + kw[i].value.repr();
        return Value::from(s);
    });
    EXPECT_EQ(py.eval("kw(1, 2, x=3, y='z')").str_view(), "2,x=3,y='z'");
}

TEST_F(ApiHost, BuiltinIsSeenEverywhere) {
    def_builtin("host_answer", [] { return 42; });
    Interpreter a, b;
    EXPECT_EQ(a.eval("host_answer()").to_int64(), 42);
    EXPECT_EQ(b.eval("host_answer()").to_int64(), 42);
}

struct Counter {
    static inline int live = 0;
    explicit Counter(int64_t start) : n(start) { ++live; }
    ~Counter() { --live; }
    int64_t bump(int64_t by) { return n += by; }
    int64_t get() const { return n; }
    void set(int64_t v) { n = v; }
    int64_t n;
    std::string label = "c";
};

TEST_F(ApiHost, ClassWithConstructorMethodsPropertiesAndLifetime) {
    Interpreter py;
    Class<Counter> cls("Counter", "game");
    cls.constructor<int64_t>()
        .method("bump", &Counter::bump)
        .method("twice", [](Counter& c) { return c.n * 2; })
        .property("value", &Counter::get, &Counter::set)
        .property("label", &Counter::label, &Counter::label)
        .property("doubled", [](Counter& c) { return c.n * 2; });
    py.set("Counter", cls.type());
    py.exec("c = Counter(5)\nc.bump(2)\nc.value += 10\nc.label = 'xy'\nr = (c.value, c.twice(), c.doubled, c.label)\n");
    EXPECT_EQ(py.get("r").repr(), "(17, 34, 34, 'xy')");
    EXPECT_EQ(Counter::live, 1);
    EXPECT_EQ(Class<Counter>::self(py.get("c")).n, 17);
    EXPECT_EQ(py.eval("type(c).__module__ + '.' + type(c).__name__").str_view(), "game.Counter");
    py.exec("del c\n");
    EXPECT_EQ(Counter::live, 0);
    py.exec("try:\n    Counter.bump(3, 1)\nexcept TypeError as e:\n    m = str(e)\n");
    EXPECT_EQ(py.get("m").str_view(), "expected an initialised host class instance, got int");
}

TEST_F(ApiHost, ModuleIsImportable) {
    Module m("hostmod");
    m.def("add", [](double a, double b) { return a + b; }).add("VERSION", 3).install();
    Interpreter py;
    py.exec("import hostmod\nx = hostmod.add(1, 2.5) + hostmod.VERSION\nfrom hostmod import add\n");
    EXPECT_DOUBLE_EQ(py.get("x").to_double(), 6.5);
}

}  // namespace
}  // namespace pygen
