// libFuzzer harness (b): compile and run each input as a fresh __main__ under a step budget
// (vm/signals.h: loop back edges and new frames), in the sandbox of fuzz_common.cpp. The corpus
// starts from every conformance case (tests/fuzz/make_corpus.py).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_common.h"

namespace {
constexpr int64_t kSteps = 20000;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    pygen::fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    pygen::fuzz::run_source(std::string_view(reinterpret_cast<const char*>(data), size), kSteps);
    return 0;
}
