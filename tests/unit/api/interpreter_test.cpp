// The embedding API: running code in a persistent namespace and reading errors back.
#include <gtest/gtest.h>

#include "../runtime_fixture.h"
#include "pygen/pygen.h"

namespace pygen {
namespace {

class ApiTest : public test::RuntimeFixture {};

TEST_F(ApiTest, RunKeepsItsNamespaceAcrossCalls) {
    Interpreter py;
    ASSERT_TRUE(py.ok());
    ASSERT_TRUE(py.run("def g(n):\n    for i in range(n):\n        yield i * i\n"));
    ASSERT_TRUE(py.run("total = sum(g(4))\n"));
    EXPECT_EQ(py.repr_of("total"), "14");
    EXPECT_EQ(py.repr_of("missing"), "");
}

TEST_F(ApiTest, FailedRunGivesTheTracebackText) {
    Interpreter py;
    EXPECT_FALSE(py.run("def f():\n    raise ValueError('bad')\nf()\n", "embedded.py"));
    EXPECT_EQ(py.exit_status(), 1);
    EXPECT_NE(py.last_error().find("Traceback (most recent call last):"), std::string::npos);
    EXPECT_NE(py.last_error().find("ValueError: bad"), std::string::npos);
}

TEST_F(ApiTest, SyntaxErrorsAreReported) {
    Interpreter py;
    EXPECT_FALSE(py.run("def (:\n"));
    EXPECT_NE(py.last_error().find("SyntaxError"), std::string::npos);
}

TEST_F(ApiTest, SystemExitGivesItsStatus) {
    Interpreter py;
    EXPECT_FALSE(py.run("import sys\nsys.exit(3)\n"));
    EXPECT_EQ(py.exit_status(), 3);
}

}  // namespace
}  // namespace pygen

namespace pygen {
namespace {

class ApiExec : public test::RuntimeFixture {};

TEST_F(ApiExec, ExecEvalGetSet) {
    Interpreter py;
    py.set("n", 20);
    py.exec("m = n + 1\n");
    EXPECT_EQ(py.get("m").to_int64(), 21);
    EXPECT_EQ(py.eval("m * 2").to_int64(), 42);
    EXPECT_THROW(py.get("nothing"), Error);
}

TEST_F(ApiExec, ErrorsCarryTypeMessageAndTraceback) {
    Interpreter py;
    try {
        py.exec("def f():\n    raise KeyError('k')\nf()\n", "script.py");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.type_name(), "KeyError");
        EXPECT_EQ(e.message(), "'k'");
        EXPECT_TRUE(e.matches("LookupError"));
        EXPECT_NE(e.traceback().find("File \"script.py\", line 2, in f"), std::string::npos);
        EXPECT_TRUE(e.exception().is_instance(builtins().attr("KeyError")));
        EXPECT_STREQ(e.what(), "KeyError: 'k'");
    }
    try {
        py.exec("def (:\n");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.type_name(), "SyntaxError");
    }
}

TEST_F(ApiExec, ImportAndNamespaces) {
    Value math = import("math");
    EXPECT_DOUBLE_EQ(math.attr("sqrt")(16).to_double(), 4.0);
    Value g = new_namespace("mod");
    exec("x = __name__\n", g);
    EXPECT_EQ(g.item("x").str_view(), "mod");
    EXPECT_EQ(eval("len(x)", g).to_int64(), 3);
    EXPECT_THROW(import("no_such_module_here"), Error);
}

TEST_F(ApiExec, RaiseFromHostThrowsError) {
    try {
        raise("ValueError", "from the host");
    } catch (const Error& e) {
        EXPECT_EQ(e.type_name(), "ValueError");
        EXPECT_EQ(e.message(), "from the host");
    }
}

TEST_F(ApiExec, FinalizeRunsAtexitAndFinalisersThenRefusesOldWork) {
    // In a child process so the other tests keep their runtime (lifetime_test.cpp covers restarts).
    EXPECT_EXIT(
        {
            Interpreter py;
            py.exec(
                "import atexit, sys\n"
                "atexit.register(lambda: sys.stderr.write('atexit ran\\n'))\n"
                "def g():\n    try:\n        yield 1\n    finally:\n        sys.stderr.write('finally ran\\n')\n"
                "held = g()\nnext(held)\n");
            finalize();
            bool finalized = is_finalized();
            bool refused = false;
            try {
                py.exec("x = 1\n");
            } catch (const Error& e) {
                refused = e.type_name() == "RuntimeError";
            }
            std::exit(finalized && refused && !py.run("x = 1\n") ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "atexit ran\n(.|\n)*finally ran");
}

}  // namespace
}  // namespace pygen
