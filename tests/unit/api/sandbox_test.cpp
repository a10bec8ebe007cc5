// Sandbox limits: memory cap, instruction budget and interrupt callback, import allowlist, and
// removal of system access. Each test leaves the limits off again (the runtime is process-wide).
#include <gtest/gtest.h>

#include "../runtime_fixture.h"
#include "pygen/pygen.h"

namespace pygen {
namespace {

class ApiSandbox : public test::RuntimeFixture {
protected:
    void TearDown() override {
        clear_budget();
        set_interrupt_callback(nullptr);
        set_memory_limit(0);
        set_import_allowlist({});
    }
};

std::string error_type_of(Interpreter& py, std::string_view source) {
    try {
        py.exec(source);
    } catch (const Error& e) {
        return e.type_name();
    }
    return "no error";
}

TEST_F(ApiSandbox, MemoryCapRaisesMemoryErrorAndTheHostGoesOn) {
    Interpreter py;
    set_memory_limit(16u << 20);
    EXPECT_EQ(error_type_of(py, "x = [0] * 10**8\n"), "MemoryError");
    EXPECT_EQ(error_type_of(py, "s = 'y' * 10**9\n"), "MemoryError");
    // A script filling the cap runs in a namespace of its own; the host drops it (which
    // allocates nothing) and the memory comes back.
    {
        Value hog = new_namespace("hog");
        std::string type;
        try {
            exec("keep = []\nwhile True:\n    keep.append(str(len(keep)) * 100)\n", hog);
        } catch (const Error& e) {
            type = e.type_name();
        }
        EXPECT_EQ(type, "MemoryError");
    }
    EXPECT_LT(memory_used(), 16u << 20);
    // Within the cap, work goes on as usual.
    py.exec("small = [i * i for i in range(1000)]\n");
    EXPECT_EQ(py.eval("sum(small)").to_int64(), 332833500);
    set_memory_limit(0);
    py.exec("big = [0] * 10**7\n");
    EXPECT_EQ(py.eval("len(big)").to_int64(), 10000000);
}

// A script that fills the cap and keeps what it has: compiling anything more is a MemoryError
// (the compiler's code objects could not be built), never a SyntaxError; and the reserve
// MemoryError, raised when not even a new MemoryError fits, does not keep the frames of its
// traceback (and their namespace) alive once the host has dropped the error.
TEST_F(ApiSandbox, MemoryCapCompilerAndReserveMemoryError) {
    Interpreter py;
    set_memory_limit(8u << 20);
    size_t base = memory_used();
    {
        Value filler = new_namespace("filler");
        exec("keep = []\ntry:\n    while True:\n        keep.append('x' * 200)\nexcept MemoryError:\n    pass\n", filler);
        std::string many_functions;
        for (int i = 0; i < 200; ++i) many_functions += "def f" + std::to_string(i) + "(a, b):\n    return [a + b, 'k']\n";
        EXPECT_EQ(error_type_of(py, many_functions), "MemoryError");
    }
    EXPECT_LT(memory_used(), base + (1u << 20));
    // Short strs: the last allocation that fails is small, so is a new MemoryError.
    for (int round = 0; round < 3; ++round) {
        {
            Value hog = new_namespace("hog");
            try {
                exec("more = []\nwhile True:\n    more.append(str(len(more)) * 3)\n", hog);
            } catch (const Error& e) {
                EXPECT_EQ(e.type_name(), "MemoryError");
            }
        }
        EXPECT_LT(memory_used(), base + (1u << 20));
    }
    EXPECT_EQ(error_type_of(py, "def g():\n    return 1\n"), "no error");
}

TEST_F(ApiSandbox, MemoryCapCountsBigIntLimbs) {
    Interpreter py;
    set_memory_limit(8u << 20);
    // Refused before GMP is asked for the limbs: ** (41 MB result), << and * of big ints.
    EXPECT_EQ(error_type_of(py, "x = 10**(10**8)\n"), "MemoryError");
    EXPECT_EQ(error_type_of(py, "x = 1 << (10**9)\n"), "MemoryError");
    EXPECT_EQ(error_type_of(py, "a = 7**(10**6)\nb = a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a\n"),
              "MemoryError");
    // Many ints of a few kB each: their limbs are counted, so the cap is reached.
    EXPECT_EQ(error_type_of(py, "keep = []\nwhile True:\n    keep.append(3**(20000 + len(keep)))\n"), "MemoryError");
    set_memory_limit(0);
    EXPECT_GT(py.eval("len(keep)").to_int64(), 10);
    py.exec("del keep\n");
    set_memory_limit(8u << 20);
    // Limbs counted while the cap is on are given back when freed.
    size_t before = memory_used();
    py.exec("t = 3**100000\ndel t\n");
    EXPECT_LE(memory_used(), before + 4096);
    // Small ints and modest big ones still work under the cap; the host goes on.
    EXPECT_EQ(py.eval("(2**200 + 1) % 1000").to_int64(), 377);
    set_memory_limit(0);
    EXPECT_EQ(py.eval("(10**5000).bit_length()").to_int64(), 16610);
}

TEST_F(ApiSandbox, MemoryCapStopsManyClasses) {
    Interpreter py;
    set_memory_limit(4u << 20);
    // Type objects and their dicts, slots and descriptors all count against the cap.
    EXPECT_EQ(error_type_of(py, "kinds = []\nwhile True:\n    kinds.append(type('K%d' % len(kinds), (), {'x': 1, 'f': lambda self: 0}))\n"),
              "MemoryError");
    set_memory_limit(0);
    py.exec("n = len(kinds)\ndel kinds\n");
    EXPECT_GT(py.get("n").to_int64(), 10);
    py.exec("class Fine:\n    pass\nok = Fine()\n");
}

TEST_F(ApiSandbox, InfiniteLoopIsStoppedByTheBudget) {
    Interpreter py;
    set_budget(100000);
    try {
        py.exec("while True:\n    pass\n");
        FAIL() << "the loop ended";
    } catch (const Error& e) {
        EXPECT_EQ(e.type_name(), "pygen.BudgetExceeded");
        EXPECT_TRUE(e.matches(budget_exceeded_type()));
        EXPECT_FALSE(e.matches("Exception"));
    }
    EXPECT_TRUE(budget_exhausted());
    EXPECT_EQ(budget_left(), 0);
    clear_budget();
    py.exec("n = 0\nfor i in range(1000):\n    n += i\n");
    EXPECT_EQ(py.get("n").to_int64(), 499500);
}

TEST_F(ApiSandbox, AbortModeCannotBeCaught) {
    Interpreter py;
    set_budget(10000, BudgetMode::Abort);
    EXPECT_EQ(error_type_of(py,
                            "while True:\n    try:\n        while True:\n            pass\n"
                            "    except BaseException:\n        pass\n"),
              "pygen.BudgetExceeded");
    set_budget(300, BudgetMode::Abort);   // below the recursion limit: the budget ends it
    EXPECT_EQ(error_type_of(py, "def f():\n    return f()\ntry:\n    f()\nexcept BaseException:\n    f()\n"),
              "pygen.BudgetExceeded");
}

TEST_F(ApiSandbox, CatchableModeRaisesOnce) {
    Interpreter py;
    set_budget(10000, BudgetMode::Catchable);
    py.exec("import pygen\ntry:\n    while True:\n        pass\nexcept pygen.BudgetExceeded:\n    caught = True\n");
    EXPECT_TRUE(py.get("caught").truthy());
    EXPECT_LT(budget_left(), 0);
}

TEST_F(ApiSandbox, InterruptCallbackMayGiveMoreSteps) {
    Interpreter py;
    int calls = 0;
    set_interrupt_callback([&] {
        if (++calls > 3) return false;
        set_budget(1000);
        return true;
    });
    set_budget(1000);
    EXPECT_EQ(error_type_of(py, "i = 0\nwhile True:\n    i += 1\n"), "pygen.BudgetExceeded");
    EXPECT_EQ(calls, 4);
    EXPECT_GE(py.get("i").to_int64(), 3000);
}

TEST_F(ApiSandbox, BudgetStopsACoroutineWithoutHarmingOthers) {
    Interpreter py;
    py.exec("async def good():\n    return sum(range(100))\nasync def bad():\n    while True:\n        pass\n");
    Value bad = py.eval("bad()"), good = py.eval("good()");
    set_budget(5000);
    Resume r = resume(bad);
    ASSERT_TRUE(r.raised());
    EXPECT_EQ(r.error().type_name(), "pygen.BudgetExceeded");
    set_budget(5000);
    r = resume(good);
    ASSERT_TRUE(r.returned());
    EXPECT_EQ(r.value.to_int64(), 4950);
}

TEST_F(ApiSandbox, ForbiddenImportFails) {
    Interpreter py;
    set_import_allowlist({"math", "asyncio"});
    py.exec("import math\nimport asyncio\n");
    try {
        py.exec("import os\n");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.type_name(), "ImportError");
        EXPECT_EQ(e.message(), "import of 'os' is not allowed");
    }
    EXPECT_EQ(error_type_of(py, "from os import path\n"), "ImportError");
    EXPECT_EQ(error_type_of(py, "import os.path\n"), "ImportError");
    set_import_allowlist({});
    py.exec("import os\n");
}

TEST_F(ApiSandbox, RemoveSystemAccess) {
    // One-way switch: checked in a child process so the other tests keep open() and os.
    EXPECT_EXIT(
        {
            Interpreter py;
            remove_system_access();
            bool ok = error_type_of(py, "open('/etc/passwd')\n") == "NameError" &&
                      error_type_of(py, "import os\n") == "ImportError" &&
                      error_type_of(py, "import subprocess\n") == "ImportError" &&
                      error_type_of(py, "import socket\n") == "ImportError" &&
                      error_type_of(py, "__import__('posix')\n") == "ImportError" &&
                      error_type_of(py, "import math\nx = math.pi\n") == "no error";
            std::exit(ok ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "");
}

}  // namespace
}  // namespace pygen
