// The playground's Web Worker: runs pygen's WebAssembly build away from the page, so a long or
// endless program never freezes it (the page stops a run by terminating this worker).
//
// The page sends {module: WebAssembly.Module, driver: text} once, then {cmd: "run"|"trace"|"live",
// source, control}. Each run gets a fresh instance of the compiled module (a clean interpreter and
// file system) and calls main() as `pygen playground.py MODE /main.py /steps` (web/playground.py).
// Replies: {type: "out"|"err", text} per line as the program prints, then
// {type: "done", status, trace} where trace is steps.json with each step's SVG text.
//
// Live stepping ("live", when the page is cross-origin isolated and so may share memory): control
// is an Int32Array on a SharedArrayBuffer whose first cell counts the page's Step presses. The
// driver writes each step's record to the device /dev/playground_step, which posts it as
// {type: "step", step} with its SVG, then reads a byte from it; the read blocks in Atomics.wait
// until the count moves, so the program stands still at that resume or suspension until Step.
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

// The live mode's device: a line written is a step record; a read waits for the next Step press.
function createStepDevice(py, control) {
  let line = [];
  let seen = 0;                      // Step presses consumed: the first step needs none
  const decoder = new TextDecoder();
  const output = (byte) => {
    if (byte !== 10) { line.push(byte); return; }
    const step = JSON.parse(decoder.decode(new Uint8Array(line)));
    line = [];
    const file = "/steps/" + step.file;
    step.svg = py.FS.readFile(file, {encoding: "utf8"});
    py.FS.unlink(file);               // the page keeps the pictures; the heap need not
    postMessage({type: "step", step});
  };
  const input = () => {
    while (Atomics.load(control, 0) === seen) Atomics.wait(control, 0, seen);
    seen++;
    return 99;                        // 'c': carry on
  };
  py.FS.createDevice("/dev", "playground_step", input, output);
}

async function run(cmd, source, control) {
  const py = await instantiate();
  if (cmd === "live") createStepDevice(py, control);
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
  if (cmd === "trace" || cmd === "live") {
    try {
      trace = JSON.parse(py.FS.readFile("/steps/steps.json", {encoding: "utf8"}));
      // A live run sent each step, with its picture, as it happened.
      if (cmd === "trace") for (const step of trace.steps) step.svg = py.FS.readFile("/steps/" + step.file, {encoding: "utf8"});
      else trace.steps = [];
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
  run(msg.cmd, msg.source, msg.control ? new Int32Array(msg.control) : null).catch((e) => {
    postMessage({type: "err", text: "pygen could not start: " + e + "\n"});
    postMessage({type: "done", status: 1, ms: 0, trace: null});
  });
};
