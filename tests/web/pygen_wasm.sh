#!/usr/bin/env bash
# pygen's WebAssembly build as a command, for ../shared/tools/conformance.py --interp: runs FILE
# under Node.js through the playground's driver (web/playground.py), as the page runs programs.
# PYGEN_WASM_JS overrides the build (default build-wasm/pygen.js).
here=$(dirname "$(realpath "$0")")
exec node "$here/node_run.cjs" "${PYGEN_WASM_JS:-$here/../../build-wasm/pygen.js}" --driver "$here/../../web/playground.py" "$@"
