// The playground's Web Worker: runs pygen's WebAssembly build away from the page, so a long or
// endless program never freezes it (the page stops a run by terminating this worker).
//
// The page sends {module: WebAssembly.Module, driver: text} once, then {cmd: "run"|"trace",
// source}. Each run gets a fresh instance of the compiled module (a clean interpreter and file
// system) and calls main() as `pygen playground.py MODE /main.py /steps` (web/playground.py).
// Replies: {type: "out"|"err", text} per line as the program prints, then
// {type: "done", status, trace} where trace is steps.json with each step's SVG text.
"use strict";
importScripts("pygen.js");

let wasmModule = null;
let driverSource = null;

function instantiate() {
  return createPygen({
    noInitialRun: true,
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(wasmModule, imports).then((instance) => receive(instance, wasmModule));
      return {};
    },
    print: (text) => postMessage({type: "out", text: text + "\n"}),
    printErr: (text) => postMessage({type: "err", text: text + "\n"}),
  });
}

async function run(cmd, source) {
  const py = await instantiate();
  py.FS.mkdirTree("/playground");
  py.FS.writeFile("/playground/playground.py", driverSource);
  py.FS.writeFile("/main.py", source);
  const started = performance.now();
  let status;
  try {
    status = py.callMain(["/playground/playground.py", cmd, "/main.py", "/steps"]);
  } catch (e) {
    postMessage({type: "err", text: "pygen stopped: " + e + "\n"});
    status = 1;
  }
  const ms = Math.round(performance.now() - started);
  let trace = null;
  if (cmd === "trace") {
    try {
      trace = JSON.parse(py.FS.readFile("/steps/steps.json", {encoding: "utf8"}));
      for (const step of trace.steps) step.svg = py.FS.readFile("/steps/" + step.file, {encoding: "utf8"});
    } catch (e) {
      postMessage({type: "err", text: "no step-through was recorded: " + e + "\n"});
    }
  }
  postMessage({type: "done", status, ms, trace});
}

onmessage = (event) => {
  const msg = event.data;
  if (msg.module) {
    wasmModule = msg.module;
    driverSource = msg.driver;
    postMessage({type: "ready"});
    return;
  }
  run(msg.cmd, msg.source).catch((e) => {
    postMessage({type: "err", text: "pygen could not start: " + e + "\n"});
    postMessage({type: "done", status: 1, ms: 0, trace: null});
  });
};
