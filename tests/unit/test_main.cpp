// main() of pygen_unit_tests: starts the runtime once before any test runs (plain TEST()s of
// object reprs need the built-in types too), then runs GoogleTest. Listing tests
// (--gtest_list_tests, used by ctest discovery) does not start the runtime.
#include <gtest/gtest.h>

#include "runtime_fixture.h"

namespace {

class RuntimeEnvironment : public ::testing::Environment {
public:
    void SetUp() override { ASSERT_TRUE(pygen::test::ensure_runtime()) << "runtime_init failed"; }
};

}  // namespace

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new RuntimeEnvironment);
    return RUN_ALL_TESTS();
}
