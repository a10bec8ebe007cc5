// The playground page: the editor, Run/Step/Stop, the output and the picture of the selected
// generator. pygen runs in worker.js; this file only talks to it and draws.
//
// Step runs the program to the next resume, suspension or finish of a generator/coroutine
// defined in it (the hook behind `pygen --trace-gen`) and shows that moment: the output printed so
// far, the marked source line and the picture of the object. Where the page is cross-origin
// isolated (tools/build_playground.sh --serve sends the headers) stepping is live: the program
// stands still in the worker at each step until the next press (worker.js), so each picture is
// drawn from the object as it is, and a program that never ends steps all the same. Elsewhere the
// first press runs the program once to its end, recording each step, and the presses then walk
// through the recording. Back walks through the steps already seen. Editing the source starts over.
"use strict";

const $ = (id) => document.getElementById(id);
const code = $("code"), gutter = $("gutter"), currentLine = $("current-line");
const output = $("output"), picture = $("picture"), objects = $("objects"), where = $("where");
const statusPill = $("status");
const RUN_LIMIT_MS = 60000;          // a run longer than this is stopped (the worker is terminated)
const OUTPUT_LIMIT = 400000;         // characters of output kept on screen
const STATE_COLOURS = {CREATED: "#5c6bc0", SUSPENDED: "#ef8f00", RUNNING: "#2e7d32", COMPLETED: "#757575", CLEARED: "#757575"};

let wasmModule = null, driver = null, worker = null, busy = false, watchdog = null;
let trace = null;          // {steps, total, output, status, source} of the last Step run
let at = -1;               // index of the step shown, -1 before the first
let pinned = null;         // id of the object the user picked, null to follow the current step
let pendingStep = false;   // Step pressed while tracing: show the first step when it is done
let outputText = [];       // streamed output of a Run: [{text, cls}]
let control = null;        // live stepping: Int32Array on shared memory, the count of Step presses
const LIVE = typeof SharedArrayBuffer !== "undefined" && self.crossOriginIsolated === true;

// ---------- the editor ----------
function lineCount() { return code.value.split("\n").length; }
function renderGutter(mark) {
  const n = lineCount();
  let html = "";
  for (let i = 1; i <= n; i++) html += i === mark ? `<span class="now">${i}</span>\n` : `${i}\n`;
  gutter.innerHTML = html;
  gutter.scrollTop = code.scrollTop;
}
function lineHeight() { return parseFloat(getComputedStyle(code).lineHeight) || 20; }
function markLine(line) {
  renderGutter(line);
  if (!line) { currentLine.hidden = true; return; }
  currentLine.hidden = false;
  const top = 10 + (line - 1) * lineHeight();
  currentLine.style.top = (top - code.scrollTop) + "px";
  // Keep the marked line in view.
  if (top < code.scrollTop || top + lineHeight() > code.scrollTop + code.clientHeight) {
    code.scrollTop = Math.max(0, top - code.clientHeight / 3);
    currentLine.style.top = (top - code.scrollTop) + "px";
    gutter.scrollTop = code.scrollTop;
  }
}
code.addEventListener("scroll", () => {
  gutter.scrollTop = code.scrollTop;
  const step = currentStep();
  if (step && step.line) currentLine.style.top = (10 + (step.line - 1) * lineHeight() - code.scrollTop) + "px";
});
code.addEventListener("input", () => { invalidateTrace(); renderGutter(0); });
code.addEventListener("keydown", (e) => {
  if (e.key === "Tab" && !e.shiftKey) {
    e.preventDefault();
    document.execCommand("insertText", false, "    ");
  } else if (e.key === "Enter" && !e.ctrlKey && !e.metaKey) {
    // Keep the indentation of the line, one level more after a colon.
    const start = code.selectionStart;
    const lineStart = code.value.lastIndexOf("\n", start - 1) + 1;
    const line = code.value.slice(lineStart, start);
    let indent = line.match(/^\s*/)[0];
    if (/:\s*$/.test(line)) indent += "    ";
    e.preventDefault();
    document.execCommand("insertText", false, "\n" + indent);
  }
});

// ---------- the worker ----------
function startWorker() {
  if (worker) worker.terminate();
  worker = new Worker("worker.js");
  worker.onmessage = onWorkerMessage;
  worker.onerror = (e) => { appendOutput("worker error: " + e.message + "\n", "err"); finishRun(1, 0); };
  worker.postMessage({module: wasmModule, driver});
}

let runMode = null;
function startRun(mode) {
  if (busy || !wasmModule) return;
  busy = true;
  runMode = mode;
  outputText = [];
  output.innerHTML = "";
  $("output-note").textContent = "";
  setStatus(mode === "trace" ? "recording steps…" : "running…", "busy");
  updateButtons();
  worker.postMessage({cmd: mode, source: code.value});
  watchdog = setTimeout(() => stopRun(`stopped after ${RUN_LIMIT_MS / 1000} s`), RUN_LIMIT_MS);
}

// A live run's program stands paused (or runs to its next step) in the worker: that worker can
// take no other message until it is replaced.
function liveHeld() { return runMode === "live" && !!trace && trace.live && !trace.finished; }

function startLive() {
  if (busy || !wasmModule) return;
  const shared = new SharedArrayBuffer(4);
  control = new Int32Array(shared);
  trace = {steps: [], total: 0, output: "", status: null, stderr: "", source: code.value, live: true, finished: false};
  at = -1;
  pinned = null;
  busy = true;
  runMode = "live";
  outputText = [];
  output.innerHTML = "";
  $("output-note").textContent = "";
  setStatus("running to the first step…", "busy");
  updateButtons();
  worker.postMessage({cmd: "live", source: code.value, control: shared});
  watchdog = setTimeout(() => stopRun(`stopped after ${RUN_LIMIT_MS / 1000} s without a step`), RUN_LIMIT_MS);
}

function resumeLive() {
  busy = true;
  setStatus(`running to step ${trace.steps.length + 1}…`, "busy");
  updateButtons();
  Atomics.add(control, 0, 1);
  Atomics.notify(control, 0);
  watchdog = setTimeout(() => stopRun(`stopped after ${RUN_LIMIT_MS / 1000} s without a step`), RUN_LIMIT_MS);
}

function stopRun(why) {
  if (!busy && !liveHeld()) return;
  clearTimeout(watchdog);
  appendOutput(`\n[${why}]\n`, "sys");
  busy = false;
  pendingStep = false;
  if (liveHeld()) {                          // the steps seen stay; there will be no more
    trace.finished = true;
    trace.stopped = why;
    trace.output = trace.steps.length ? trace.steps[trace.steps.length - 1].output : "";
  }
  setStatus(why, "fail");
  startWorker();            // a fresh worker: the stopped one may be in the middle of anything
  updateButtons();
}

let flushQueued = false;
function appendOutput(text, cls) {
  outputText.push({text, cls});
  if (!flushQueued) {
    flushQueued = true;
    requestAnimationFrame(flushOutput);
  }
}
function flushOutput() {
  flushQueued = false;
  let total = 0;
  for (const part of outputText) total += part.text.length;
  while (total > OUTPUT_LIMIT && outputText.length > 1) total -= outputText.shift().text.length;
  output.innerHTML = "";
  for (const part of outputText) {
    const span = document.createElement("span");
    if (part.cls) span.className = part.cls;
    span.textContent = part.text;
    output.appendChild(span);
  }
  output.scrollTop = output.scrollHeight;
}

function onWorkerMessage(event) {
  const msg = event.data;
  if (msg.type === "ready") {
    if (!busy) setStatus("ready", "ok");
    updateButtons();
  } else if (msg.type === "out" || msg.type === "err") {
    if (busy && runMode === "run") appendOutput(msg.text, msg.type === "err" ? "err" : "");
    else if (busy) traceStderr += msg.type === "err" ? msg.text : "";
  } else if (msg.type === "step") {
    clearTimeout(watchdog);
    busy = false;
    trace.steps.push(msg.step);
    trace.total = trace.steps.length;
    at = trace.steps.length - 1;
    show();
  } else if (msg.type === "done") {
    clearTimeout(watchdog);
    if (runMode === "live") {
      trace.finished = true;
      trace.status = msg.status;
      trace.output = msg.trace ? msg.trace.output : "";
      trace.stderr = traceStderr;
      traceStderr = "";
      busy = false;
      at = trace.steps.length;
      show();
      return;
    }
    if (runMode === "trace") {
      trace = msg.trace || {steps: [], total: 0, output: "", status: msg.status};
      trace.source = code.value;
      trace.stderr = traceStderr;
      traceStderr = "";
      at = -1;
      pinned = null;
    }
    finishRun(msg.status, msg.ms);
  }
}
let traceStderr = "";

function finishRun(status, ms) {
  busy = false;
  if (runMode === "run") {
    const time = ms ? ` in ${ms < 1000 ? ms + " ms" : (ms / 1000).toFixed(1) + " s"}` : "";
    setStatus(status === 0 ? `finished${time}` : `exit status ${status}${time}`, status === 0 ? "ok" : "fail");
    $("output-note").textContent = status === 0 ? "" : `exit status ${status}`;
  } else if (pendingStep) {
    pendingStep = false;
    step(1);
  }
  updateButtons();
}

// ---------- stepping ----------
function invalidateTrace() {
  if (liveHeld()) startWorker();      // its program is paused mid-run: drop it
  trace = null;
  at = -1;
  pinned = null;
  showNothing();
  updateButtons();
}
function currentStep() { return trace && at >= 0 && at < trace.steps.length ? trace.steps[at] : null; }

function step(delta) {
  if (busy) return;
  if (!trace || trace.source !== code.value) {
    if (liveHeld()) startWorker();
    if (LIVE) {
      startLive();
    } else {
      pendingStep = true;
      startRun("trace");
    }
    return;
  }
  if (delta > 0 && liveHeld() && at + 1 >= trace.steps.length) {
    resumeLive();
    return;
  }
  const last = trace.steps.length;      // `last` itself is the end: the program's whole output
  at = Math.max(0, Math.min(at + delta, last));
  show();
}

function show() {
  updateButtons();
  if (!trace.steps.length) {
    setStatus("no generator ran", "ok");
    where.textContent = "the program resumed no generator or coroutine";
    renderOutput(trace.output, trace.stderr);
    markLine(0);
    return;
  }
  if (at >= trace.steps.length) {
    const more = trace.total > trace.steps.length ? ` (the first ${trace.steps.length} of ${trace.total} drawn)` : "";
    setStatus(`end · ${trace.steps.length} steps${more}`, trace.status === 0 ? "ok" : "fail");
    where.textContent = trace.stopped ? `the program was ${trace.stopped}` :
      trace.status === 0 ? "the program finished" : `the program ended with status ${trace.status}`;
    renderOutput(trace.output, trace.stderr);
    markLine(0);
    renderObjects(trace.steps.length - 1);
    return;
  }
  const s = trace.steps[at];
  setStatus(`step ${at + 1} / ${trace.steps.length}` + (liveHeld() ? " · live" : ""), "busy");
  where.textContent = `${s.event} · ${s.kind} ${s.id} · line ${s.line ?? "–"} · f_lasti ${s.f_lasti ?? "–"}`;
  renderOutput(s.output, "");
  markLine(s.line || 0);
  renderObjects(at);
}

function renderOutput(text, stderr) {
  output.textContent = "";
  const span = document.createElement("span");
  span.textContent = text;
  output.appendChild(span);
  if (stderr) {
    const err = document.createElement("span");
    err.className = "err";
    err.textContent = stderr;
    output.appendChild(err);
  }
  output.scrollTop = output.scrollHeight;
}

// The objects seen up to step `upto`, and the picture of the selected one: its latest picture at
// or before `upto` (an object changes only when it resumes or suspends, each of which is a step).
function renderObjects(upto) {
  const latest = new Map();
  for (let i = 0; i <= upto && i < trace.steps.length; i++) latest.set(trace.steps[i].id, i);
  const followId = trace.steps[Math.min(upto, trace.steps.length - 1)].id;
  const selected = pinned && latest.has(pinned) ? pinned : followId;
  objects.innerHTML = "";
  for (const [id, i] of latest) {
    const chip = document.createElement("button");
    chip.className = "chip" + (id === selected ? " selected" : "");
    const dot = document.createElement("span");
    dot.className = "dot";
    dot.style.background = STATE_COLOURS[trace.steps[i].state] || "#999";
    chip.appendChild(dot);
    chip.appendChild(document.createTextNode(`${trace.steps[i].kind} ${id}`));
    chip.title = `${trace.steps[i].state} · last seen at step ${i + 1}` + (id === pinned ? " · pinned (click to follow the steps)" : " · click to pin");
    chip.onclick = () => { pinned = pinned === id ? null : id; show(); };
    objects.appendChild(chip);
  }
  drawSvg(trace.steps[latest.get(selected)].svg);
}

function drawSvg(text) {
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const svg = doc.documentElement;
  if (svg.nodeName !== "svg") { picture.textContent = "could not draw this object"; return; }
  // The picture is pygen's own, but keep anything active out of the page all the same.
  svg.querySelectorAll("script, foreignObject").forEach((n) => n.remove());
  for (const el of svg.querySelectorAll("*")) {
    for (const attr of [...el.attributes]) if (/^on/i.test(attr.name)) el.removeAttribute(attr.name);
  }
  picture.replaceChildren(document.importNode(svg, true));
}

function showNothing() {
  objects.innerHTML = "";
  picture.replaceChildren($("empty") || emptyNote);
  where.textContent = "press Step to watch each generator resume and suspend";
  markLine(0);
}
const emptyNote = $("empty");

// ---------- controls ----------
function setStatus(text, cls) {
  statusPill.textContent = text;
  statusPill.className = "pill " + (cls || "");
}
function updateButtons() {
  const ready = !!wasmModule && !busy;
  $("run").disabled = !ready;
  $("step").disabled = !ready || (trace && trace.source === code.value && at >= trace.steps.length);
  $("back").disabled = !ready || !trace || at <= 0;
  $("stop").disabled = !busy && !liveHeld();
}

$("run").onclick = () => { invalidateTrace(); startRun("run"); };
$("step").onclick = () => step(1);
$("back").onclick = () => step(-1);
$("stop").onclick = () => stopRun("stopped");
document.addEventListener("keydown", (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === "Enter") { e.preventDefault(); $("run").click(); }
  if (e.altKey && e.key === "ArrowRight") { e.preventDefault(); if (!$("step").disabled) step(1); }
  if (e.altKey && e.key === "ArrowLeft") { e.preventDefault(); if (!$("back").disabled) step(-1); }
});

const select = $("example");
for (const [i, ex] of (window.PLAYGROUND_EXAMPLES || []).entries()) {
  const option = document.createElement("option");
  option.value = i;
  option.textContent = ex.title;
  select.appendChild(option);
}
select.onchange = () => {
  if (busy) stopRun("stopped");
  code.value = PLAYGROUND_EXAMPLES[select.value].source;
  code.scrollTop = 0;
  output.textContent = "";
  invalidateTrace();
  renderGutter(0);
};
if (window.PLAYGROUND_EXAMPLES && PLAYGROUND_EXAMPLES.length) code.value = PLAYGROUND_EXAMPLES[0].source;
renderGutter(0);

// ---------- start: compile pygen.wasm once; each worker instantiates it per run ----------
(async () => {
  try {
    const [wasm, drv] = await Promise.all([
      fetch("pygen.wasm").then((r) => { if (!r.ok) throw new Error("pygen.wasm: " + r.status); return r.arrayBuffer(); }),
      fetch("playground.py").then((r) => { if (!r.ok) throw new Error("playground.py: " + r.status); return r.text(); }),
    ]);
    wasmModule = await WebAssembly.compile(wasm);
    driver = drv;
    startWorker();
  } catch (e) {
    setStatus("could not load pygen", "fail");
    appendOutput("The playground could not load pygen: " + e + "\n" +
                 "Serve this folder over HTTP (tools/build_playground.sh --serve); browsers do not run workers from file:// pages.\n", "err");
  }
})();
