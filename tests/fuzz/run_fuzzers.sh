#!/usr/bin/env bash
# Runs the libFuzzer harnesses of a -DPYGEN_FUZZ=ON build for a bounded time, both at once (one
# core each), from the conformance cases as seed corpus (make_corpus.py), then the differential
# generator fuzzer (gen_diff.py). Fails when a harness finds a crash, leak or timeout (the input is
# saved in BUILD/fuzz/artifacts/) or gen_diff finds a difference from python3.
#
#   tests/fuzz/run_fuzzers.sh BUILD SECONDS [SEED]
set -uo pipefail
build=${1:?build directory}
seconds=${2:?seconds per harness}
seed=${3:-1}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "$build" && pwd)
out=$build/fuzz
mkdir -p "$out/artifacts" "$out/corpus-fuzz_compile" "$out/corpus-fuzz_run" "$out/work"
rm -rf "$out/seed"
python3 "$here/make_corpus.py" --skip "$root/tests/conformance/known_failures.txt" \
    --skip "$root/tests/conformance/known_failures_sanitize.txt" \
    "$out/seed" "$root/tests/conformance" "$root/../shared/conformance" || exit 1

# Programs run with their working directory in a scratch folder (the sandbox denies writes, but a
# program may still read relative paths). -timeout: one input's limit in seconds; the step budget
# ends runaway loops long before. -rss_limit_mb: the run's memory ceiling; bigger single
# allocations are MemoryError tests, not findings, so malloc_limit_mb matches it. -entropic=0:
# its scheduler spent 40% of the time updating feature counts (the interpreter has ~80k edges).
pids=()
for harness in fuzz_compile fuzz_run; do
    (cd "$out/work" && exec "$out/$harness" -max_total_time="$seconds" -seed="$seed" -timeout=20 \
        -rss_limit_mb=3000 -malloc_limit_mb=3000 -max_len=8192 -entropic=0 -print_final_stats=1 \
        -artifact_prefix="$out/artifacts/$harness-" \
        "$out/corpus-$harness" "$out/seed" > "$out/$harness.log" 2>&1) &
    pids+=($!)
done
status=0
for i in 0 1; do
    harness=$([[ $i == 0 ]] && echo fuzz_compile || echo fuzz_run)
    if ! wait "${pids[$i]}"; then
        echo "fuzz: $harness found a problem (log $out/$harness.log, inputs in $out/artifacts):"
        grep -E 'ERROR|SUMMARY|Test unit written' "$out/$harness.log" | head -20
        status=1
    fi
    grep -E '^stat::number_of_executed_units|^Done' "$out/$harness.log" | sed "s/^/fuzz: $harness: /"
done
python3 "$here/gen_diff.py" --interp "$build/pygen" --seconds "$seconds" --seed "$seed" \
    --save-dir "$out/gen-diff-failures" || status=1
exit $status
