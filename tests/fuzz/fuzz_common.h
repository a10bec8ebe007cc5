// What the libFuzzer harnesses share: starting the runtime once, a sandbox that keeps fuzzed
// programs away from the file system, processes and signals, and the reset of interpreter-wide
// state (builtins, sys, gc thresholds) between inputs so one input cannot change how the next
// one runs. Only the harnesses include this; the interpreter knows nothing of it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace pygen::fuzz {

// Starts the runtime, sends fd 1 to /dev/null (fuzzed programs print a lot) and installs the
// sandbox. Aborts if the runtime cannot start: a harness without a runtime finds nothing.
void init();
// Puts builtins, sys and the collector's settings back as init() left them.
void reset_state();
// Runs `source` as a fresh __main__ under a step budget of `steps`; the result (an exception or
// not) does not matter to the harness, only that the interpreter survives it.
void run_source(std::string_view source, int64_t steps);

}  // namespace pygen::fuzz
