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
