// The one way unit tests start the pygen runtime. runtime_init must run exactly once per process
// (it builds the static built-in types and the builtins/sys modules), so every fixture and the
// test main go through ensure_runtime(), whose function-local static is shared by all files.
#pragma once

#include <gtest/gtest.h>

#include "vm/runtime.h"

namespace pygen::test {

// Starts the runtime the first time it is called; later calls return the first result.
inline bool ensure_runtime() {
    static const bool ready = [] {
        static char arg0[] = "pygen_unit_tests";
        static char* argv[] = {arg0, nullptr};
        return runtime_init(1, argv);
    }();
    return ready;
}

// Base of every fixture that needs the runtime. Each test file derives its own named fixture
// from it (GoogleTest wants one fixture class per test-suite name across the binary).
class RuntimeFixture : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(ensure_runtime()); }
};

}  // namespace pygen::test
