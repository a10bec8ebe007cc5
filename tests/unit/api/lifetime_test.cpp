// Runtime lifetime: finalize() then a new runtime, many times in one process, each one fresh.
// Built as its own program (pygen_lifetime_tests, main from GoogleTest) because it ends runtimes,
// and run with LeakSanitizer on in the sanitizer build: cycles must not leak.
#include <gtest/gtest.h>

#include "pygen/pygen.h"
#include "vm/runtime.h"

namespace pygen {
namespace {

struct Gauge {
    static inline int live = 0;
    explicit Gauge(int64_t v) : v(v) { ++live; }
    ~Gauge() { --live; }
    int64_t v;
};

// One runtime's worth of work: imports, a generator left suspended, asyncio.run, a host function,
// a host class and a host module; then checks nothing of the previous cycle is visible.
void one_cycle(int cycle) {
    Interpreter py;
    ASSERT_TRUE(py.ok());
    // Fresh: no module of the last cycle, builtins and sys without what it added.
    py.exec("import sys, builtins\n"
            "fresh = ('asyncio' not in sys.modules and 'hostmod' not in sys.modules and\n"
            "         not hasattr(builtins, 'leftover') and not hasattr(sys, 'leftover'))\n");
    EXPECT_TRUE(py.get("fresh").truthy()) << "cycle " << cycle;
    py.def("twice", [](int64_t x) { return 2 * x; });
    Class<Gauge> gauge("Gauge", "host");
    gauge.constructor<int64_t>().property("v", [](Gauge& g) { return g.v; });
    py.set("Gauge", gauge.type());
    Module m("hostmod");
    m.def("add", [](int64_t a, int64_t b) { return a + b; }).install();
    py.exec(
        "import asyncio, collections, functools, hostmod\n"
        "builtins.leftover = sys.leftover = True\n"
        "def gen(n):\n    try:\n        for i in range(n):\n            yield i\n    finally:\n        pass\n"
        "held = gen(5)\nnext(held)\n"
        "async def work(n):\n    await asyncio.sleep(0)\n    return sum(gen(n)) + twice(n)\n"
        "class Box:\n    def __init__(self, x):\n        self.x = x\n        self.me = self\n"
        "boxes = [Box(i) for i in range(10)]\n"
        "g = Gauge(7)\n"
        "result = asyncio.run(work(4)) + hostmod.add(1, 2) + g.v + len(collections.Counter('aab'))\n");
    EXPECT_EQ(py.get("result").to_int64(), 6 + 8 + 3 + 7 + 2);
    EXPECT_EQ(Gauge::live, 1);
}

TEST(ApiLifetime, TwentyRuntimesInOneProcessEachFresh) {
    for (int cycle = 0; cycle < 20; ++cycle) {
        ASSERT_TRUE(initialize());
        EXPECT_FALSE(is_finalized());
        EXPECT_EQ(runtime_generation(), static_cast<uint32_t>(cycle + 1));
        one_cycle(cycle);
        if (HasFatalFailure()) return;
        finalize();
        EXPECT_TRUE(is_finalized());
        // The host dropped every Value: nothing of the runtime may survive it.
        EXPECT_EQ(runtime_stale_count(), 0u) << "cycle " << cycle;
        EXPECT_EQ(Gauge::live, 0) << "the host object dies with its Python instance";
    }
}

TEST(ApiLifetime, ValueOfAnEndedRuntimeThrows) {
    Value f, lst, n;
    {
        Interpreter py;
        py.exec("def f(x):\n    return x + 1\nlst = [1, 2]\n");
        f = py.get("f");
        lst = py.get("lst");
        n = py.eval("41");
        EXPECT_EQ(f(1).to_int64(), 2);
    }
    finalize();
    ASSERT_TRUE(initialize());
    try {
        f(1);
        FAIL() << "a function of the old runtime was called";
    } catch (const Error& e) {
        EXPECT_EQ(e.type_name(), "RuntimeError");
        EXPECT_TRUE(e.matches("RuntimeError"));
    }
    EXPECT_THROW(lst.size(), Error);
    EXPECT_THROW(lst.append(Value::from(3)), Error);
    // Passing it to a function of the new runtime is refused too.
    Interpreter py;
    Value len = py.eval("len");
    EXPECT_THROW(len(lst), Error);
    // Plain ints keep no runtime state and stay readable.
    EXPECT_EQ(n.to_int64(), 41);
    // The new runtime is unharmed; raising the stale Error through Python works too.
    py.def("use_stale", [&] { return lst.size(); });
    py.exec("try:\n    use_stale()\nexcept RuntimeError as e:\n    msg = str(e)\n");
    EXPECT_NE(py.get("msg").str_view().find("after its runtime ended"), std::string_view::npos);
    EXPECT_GE(runtime_stale_count(), 2u);   // f and lst at least (f keeps its globals too)
}

TEST(ApiLifetime, InterpreterOfAnEndedRuntimeIsRefused) {
    Interpreter old;
    old.exec("x = 1\n");
    finalize();
    EXPECT_TRUE(is_finalized());
    EXPECT_THROW(old.exec("x = 2\n"), Error);
    EXPECT_THROW(old.get("x"), Error);
    EXPECT_FALSE(old.run("x = 3\n"));
    EXPECT_NE(old.last_error().find("previous runtime"), std::string::npos);
    Interpreter now;
    now.exec("x = 4\n");
    EXPECT_EQ(now.get("x").to_int64(), 4);
}

TEST(ApiLifetime, SandboxSettingsEndWithTheRuntime) {
    set_import_allowlist({"math"});
    {
        Interpreter py;
        EXPECT_THROW(py.exec("import json\n"), Error);
    }
    finalize();
    Interpreter py;
    py.exec("import json\nok = json.dumps([1])\n");
    EXPECT_EQ(py.get("ok").str_view(), "[1]");
}

}  // namespace
}  // namespace pygen
