// Runs pygen's WebAssembly build under Node.js, as `pygen FILE ARGS...` would run natively:
//   node tests/web/node_run.cjs build-wasm/pygen.js [--driver web/playground.py] FILE.py [ARGS...]
// With --driver, FILE runs through the playground's driver (`playground.py run FILE`), as the page
// runs it (asyncio on the browser's event loop, ...).
// FILE is copied into emscripten's in-memory file system under the same absolute path, so
// tracebacks name it as the native build does. Exit status and stdout/stderr are pygen's. Used for
// the smoke test of the wasm build and to run conformance cases against it.
"use strict";
const fs = require("fs");
const path = require("path");

const argv = process.argv.slice(2);
let driver = null;
if (argv[1] === "--driver") { driver = path.resolve(argv[2]); argv.splice(1, 2); }
const [jsPath, file, ...rest] = argv;
if (!jsPath || !file) {
  console.error("usage: node_run.cjs PYGEN_JS FILE.py [ARGS...]");
  process.exit(2);
}
const createPygen = require(path.resolve(jsPath));
const wasmBinary = fs.readFileSync(path.resolve(jsPath).replace(/\.js$/, ".wasm"));
const abs = path.resolve(file);
let out = "", err = "";
createPygen({
  wasmBinary,                      // read here: this emscripten's fetch() path fails under Node 20
  noInitialRun: true,
  print: (s) => { out += s + "\n"; },
  printErr: (s) => { err += s + "\n"; },
  quit: (status) => { finish(status); },
}).then((m) => {
  m.FS.mkdirTree(path.dirname(abs));
  m.FS.writeFile(abs, fs.readFileSync(abs));
  m.FS.chdir(path.dirname(abs));
  let args = [abs, ...rest];
  if (driver) {
    m.FS.mkdirTree("/playground");
    m.FS.writeFile("/playground/playground.py", fs.readFileSync(driver));
    args = ["/playground/playground.py", "run", abs, ...rest];
  }
  let status = 0;
  try {
    status = m.callMain(args);
  } catch (e) {
    if (e && e.name === "ExitStatus") status = e.status; else { err += String(e) + "\n"; status = 1; }
  }
  finish(status);
});

let done = false;
function finish(status) {
  if (done) return;
  done = true;
  process.stdout.write(out);
  process.stderr.write(err);
  process.exitCode = status;
}
