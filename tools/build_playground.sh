#!/usr/bin/env bash
# Builds the browser playground in one command: pygen compiled to WebAssembly with Debian's
# emscripten (build folder build-wasm/, the native build/ is untouched), then the static page in
# build-wasm/playground/ (web/ plus pygen.js/pygen.wasm and the seed's examples).
#
#   tools/build_playground.sh            build
#   tools/build_playground.sh --serve    build, then serve it on http://localhost:8000/
#
# Needs: apt-get install emscripten (3.1.6 in Debian 12), ninja-build, python3; the mini-gmp and
# zlib sources come from Debian's source packages (tools/fetch_wasm_sources.sh). Set JOBS to change
# the build's parallelism (default 2), PORT the server's port.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build-wasm
site=$out/playground

tools/fetch_wasm_sources.sh "$out/deps"
launcher=()
if command -v ccache > /dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$out" -G Ninja --toolchain cmake/emscripten.cmake -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" > /dev/null
cmake --build "$out" -j"${JOBS:-2}" --target pygen

rm -rf "$site"
mkdir -p "$site"
cp web/index.html web/style.css web/app.js web/worker.js web/playground.py "$out/pygen.js" "$out/pygen.wasm" "$site/"
# The examples menu: the seed's three programs (docs/examples), as a script the page loads.
python3 - "$site/examples.js" <<'PY'
import json, sys
examples = [("The seed's generator: fib", "docs/examples/seed_fib.py"),
            ("The seed's coroutines (asyncio)", "docs/examples/seed_coroutine.py"),
            ("The seed's async generator", "docs/examples/seed_async_gen.py")]
items = [{"title": title, "source": open(path, encoding="utf-8").read()} for title, path in examples]
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("window.PLAYGROUND_EXAMPLES = %s;\n" % json.dumps(items, indent=1))
PY
echo "playground: $site/index.html (pygen.wasm $(du -k "$out/pygen.wasm" | cut -f1) KiB); serve the folder over HTTP:"
echo "    python3 web/serve.py $site ${PORT:-8000}   # then open http://localhost:${PORT:-8000}/"
echo "(any static server works; web/serve.py sends the cross-origin isolation headers live stepping needs)"
if [[ ${1:-} == --serve ]]; then
    exec python3 web/serve.py "$site" "${PORT:-8000}"
fi
