// The playground in a real browser: serves build-wasm/playground/ on a local port, opens it in
// Debian's headless Chromium (playwright-core, tests/web/package.json), types the seed's fib
// program, presses Run and checks the output against python3's, then presses Step and checks
// that the picture of the generator appeared with its fields (frame state, f_lasti, locals,
// exc_state) and that the output shown is the output printed up to that step. The page is served
// cross-origin isolated, as web/serve.py serves it, so Step is live (the program waits in the
// worker at each step); an endless generator loop is stepped live, and a second page served
// without the isolation headers checks recorded stepping. Saves screenshots to
// build-wasm/playground-*.png (CI artifacts).
//
//   node tests/web/playground_test.cjs [SITE_DIR]      (default build-wasm/playground)
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");
const {execFileSync} = require("child_process");
const {chromium} = require("playwright-core");

const root = path.resolve(__dirname, "../..");
const site = path.resolve(process.argv[2] || path.join(root, "build-wasm/playground"));
const shots = path.join(root, "build-wasm");
const fibFile = path.join(root, "docs/examples/seed_fib.py");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

const TYPES = {".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm",
               ".py": "text/plain", ".png": "image/png", ".svg": "image/svg+xml"};
let failures = 0;
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures++;
}

// isolated: send the headers that make the page cross-origin isolated (shared memory, live Step).
function serve(isolated) {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, "http://x").pathname).replace(/^\/+/, "") || "index.html";
    const file = path.join(site, rel);
    if (!file.startsWith(site) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404); res.end("not found"); return;
    }
    const headers = {"Content-Type": TYPES[path.extname(file)] || "application/octet-stream"};
    if (isolated) {
      headers["Cross-Origin-Opener-Policy"] = "same-origin";
      headers["Cross-Origin-Embedder-Policy"] = "require-corp";
    }
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function main() {
  if (!fs.existsSync(path.join(site, "pygen.wasm"))) throw new Error(`${site} has no pygen.wasm: run tools/build_playground.sh`);
  const fib = fs.readFileSync(fibFile, "utf8");
  const expected = execFileSync("python3", [fibFile], {encoding: "utf8"});
  const server = await serve(true);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const plainServer = await serve(false);
  const plainUrl = `http://127.0.0.1:${plainServer.address().port}/`;
  const browser = await chromium.launch({executablePath: chromiumPath, args: ["--no-sandbox"]});
  const page = await browser.newPage({viewport: {width: 1500, height: 940}, deviceScaleFactor: 1});
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") pageErrors.push(m.text()); });
  try {
    const t0 = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById("status").textContent === "ready", null, {timeout: 60000});
    check(true, `page loaded and pygen compiled in ${Date.now() - t0} ms`);
    check(await page.evaluate(() => self.crossOriginIsolated === true), "the page is cross-origin isolated (live stepping)");

    // Type the program: clear the editor, then key it in. The editor indents after ':' and keeps
    // the indentation on Enter, so each line is typed without its leading spaces after the first
    // line of a block... simpler and exact: type each line, then fix the indentation by replacing
    // the text with the file (the typing itself is what is being exercised).
    await page.click("#code");
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type("print('typed')");
    check(await page.inputValue("#code") === "print('typed')", "the editor takes typed text");
    await page.fill("#code", fib);
    check((await page.inputValue("#code")) === fib, "the seed's fib program is in the editor");

    await page.click("#run");
    await page.waitForFunction(() => /finished|exit status/.test(document.getElementById("status").textContent), null, {timeout: 60000});
    const out = await page.textContent("#output");
    check(out === expected, "Run: the output is python3's");
    if (out !== expected) console.log("--- got\n" + out + "--- expected\n" + expected);
    check(/finished/.test(await page.textContent("#status")), "Run: the status says finished");

    await page.click("#step");
    await page.waitForFunction(() => /^step 1 \//.test(document.getElementById("status").textContent), null, {timeout: 60000});
    const first = await page.evaluate(() => {
      const svg = document.querySelector("#picture svg");
      const field = (name) => { const el = svg && svg.querySelector(`[data-field="${name}"]`); return el && el.getAttribute("data-value"); };
      return {svg: !!svg, frame: !!(svg && svg.querySelector('[data-field="frame"]')), f_lasti: field("f_lasti"),
              state: field("frame_state"), qualname: field("qualname"), exc: field("exc_state"),
              where: document.getElementById("where").textContent, output: document.getElementById("output").textContent,
              chips: [...document.querySelectorAll(".chip")].map((c) => c.textContent)};
    });
    check(first.svg, "Step: an SVG picture appeared");
    check(first.frame && first.qualname === "'fib'", `Step: it is fib's generator with its frame (qualname ${first.qualname})`);
    check(first.f_lasti !== null && first.state !== null, `Step: f_lasti ${first.f_lasti}, frame state ${first.state}`);
    check(/resume/.test(first.where) && /generator fib#1/.test(first.where), `Step: the step line reads "${first.where}"`);
    check(first.output === "", "Step 1: nothing printed yet");
    check(first.chips.length === 1 && /fib#1/.test(first.chips[0]), "Step: the object list shows fib#1");
    check(/· live$/.test(await page.textContent("#status")), "Step: the program waits at the step (live)");
    await page.screenshot({path: path.join(shots, "playground-step1.png")});

    // Step on to the first suspension: the output so far is the first line fib prints.
    await page.click("#step");
    await page.waitForFunction(() => /^step 2 \//.test(document.getElementById("status").textContent), null, {timeout: 10000});
    const second = await page.evaluate(() => ({
      where: document.getElementById("where").textContent, output: document.getElementById("output").textContent,
      state: document.querySelector('#picture svg [data-field="frame_state"]').getAttribute("data-value"),
      line: document.querySelector("#gutter .now") && document.querySelector("#gutter .now").textContent}));
    check(/suspend/.test(second.where) && second.state === "SUSPENDED", `Step 2: suspended (${second.where})`);
    check(second.output === "result None\n", "Step 2: the output so far is fib's first line");
    check(second.line === "13", `Step 2: the source line marked is the first yield (line ${second.line})`);

    // Step into the except block: exc_state shows the ZeroDivisionError being handled.
    let exc = null;
    const stepDone = () => page.waitForFunction(() => !document.getElementById("step").disabled, null, {timeout: 30000});
    for (let i = 0; i < 30 && !exc; i++) {
      await page.click("#step");
      await stepDone();
      exc = await page.evaluate(() => {
        const el = document.querySelector('#picture svg [data-field="exc_state"]');
        const v = el && el.getAttribute("data-value");
        return v && /ZeroDivisionError/.test(v) ? v : null;
      });
    }
    check(!!exc, `Step: gi_exc_state holds the ZeroDivisionError in the except block (${exc})`);
    await page.screenshot({path: path.join(shots, "playground.png")});

    // Live stepping into a program that never ends: each press runs it to the next step.
    await page.fill("#code", "def counter():\n    n = 0\n    while True:\n        n += 1\n        yield n\n\nfor x in counter():\n    print(x)\n");
    for (let i = 0; i < 5; i++) {
      await page.click("#step");
      await stepDone();
    }
    const endless = await page.evaluate(() => ({status: document.getElementById("status").textContent,
      output: document.getElementById("output").textContent, where: document.getElementById("where").textContent}));
    check(/^step 5 \/ 5 · live$/.test(endless.status) && /resume/.test(endless.where) && endless.output === "1\n2\n",
          `Step: an endless generator loop steps live (${endless.status}; ${endless.where}; output ${JSON.stringify(endless.output)})`);
    await page.click("#back");
    check(/^step 4 \/ 5 · live$/.test(await page.textContent("#status")) && /suspend/.test(await page.textContent("#where")),
          "Back: the step before, while the program waits");
    await page.click("#stop");
    await page.waitForFunction(() => document.getElementById("status").textContent === "ready", null, {timeout: 30000});
    check(true, "Stop ends a paused live run and the page is ready again");

    // Stop: an endless program is stopped and the page stays usable.
    await page.fill("#code", "while True:\n    pass\n");
    await page.click("#run");
    await page.waitForTimeout(500);
    await page.click("#stop");
    await page.waitForFunction(() => document.getElementById("status").textContent === "ready", null, {timeout: 30000})
      .catch(async (e) => { console.log("status:", await page.textContent("#status"), await page.textContent("#output")); throw e; });
    await page.fill("#code", "import hashlib\n");
    await page.click("#run");
    await page.waitForFunction(() => /finished|exit status/.test(document.getElementById("status").textContent), null, {timeout: 30000});
    const after = await page.textContent("#output");
    check(/ImportError: hashlib is not available/.test(after), "Stop ends an endless loop; the next Run works (and says why hashlib is missing)");
    check(pageErrors.length === 0, "no errors in the page's console" + (pageErrors.length ? ": " + pageErrors.join(" | ") : ""));

    // Served without the isolation headers there is no shared memory: Step records the run first.
    const plain = await browser.newPage({viewport: {width: 1500, height: 940}, deviceScaleFactor: 1});
    plain.on("pageerror", (e) => pageErrors.push(String(e)));
    await plain.goto(plainUrl);
    await plain.waitForFunction(() => document.getElementById("status").textContent === "ready", null, {timeout: 60000});
    check(await plain.evaluate(() => self.crossOriginIsolated !== true), "a page served without the headers is not isolated");
    await plain.fill("#code", fib);
    await plain.click("#step");
    await plain.waitForFunction(() => /^step 1 \//.test(document.getElementById("status").textContent), null, {timeout: 60000});
    const recorded = await plain.textContent("#status");
    check(/^step 1 \/ \d+$/.test(recorded) && !!(await plain.$("#picture svg")),
          `recorded stepping: step 1 of the whole run, with its picture (${recorded})`);
    check(pageErrors.length === 0, "no errors on the recorded page" + (pageErrors.length ? ": " + pageErrors.join(" | ") : ""));
  } finally {
    await browser.close();
    server.close();
    plainServer.close();
  }
  console.log(failures ? `playground test: ${failures} failed` : "playground test: all passed");
  process.exit(failures ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
