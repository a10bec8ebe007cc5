"""pygen --trace-gen FILE OUTDIR: runs FILE as __main__ and writes one SVG (lib/_pygen_svg.py) per
resume, suspension and finish of every generator, coroutine and async generator whose code comes
from FILE, plus index.html stepping through them (previous/next buttons, arrow keys, the source
with the current line marked, the program's output so far). Generators of the library (asyncio's
own coroutines, ...) are left out so the steps are the program's."""

import json
import os
import sys
import types

import pygen
import _pygen_svg


class _Tee:
    """sys.stdout/sys.stderr while tracing: writes through and keeps the text for the
    step-through, in `log` (a list two streams can share, as the playground's do)."""

    def __init__(self, stream, log=None):
        self.stream = stream
        self.text = [] if log is None else log

    def write(self, s):
        self.text.append(s)
        return self.stream.write(s)

    def flush(self):
        return self.stream.flush()

    def isatty(self):
        return False

    def getvalue(self):
        return "".join(self.text)

    def __getattr__(self, name):
        return getattr(self.stream, name)


def main(path, outdir):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    filename = os.path.abspath(path)
    os.makedirs(outdir, exist_ok=True)
    steps = []
    tee = _Tee(sys.stdout)

    def hook(event, gen):
        code = getattr(gen, "gi_code", None) or getattr(gen, "cr_code", None) or getattr(gen, "ag_code", None)
        if code is None or code.co_filename != filename:
            return
        n = len(steps)
        name = "step-%03d.svg" % n
        picture = _pygen_svg.svg(gen, event=event, source=source, step=n + 1)   # pages count from 1
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as out:
            out.write(picture)
        lay = pygen.layout(gen)
        steps.append({
            "file": name, "event": event, "kind": type(gen).__name__, "qualname": lay["qualname"],
            "id": "%s#%d" % (lay["qualname"], _ordinal(gen)), "line": lay["f_lineno"],
            "f_lasti": lay["f_lasti"], "state": lay["frame_state"], "output": tee.getvalue(),
        })

    ordinals = {}

    def _ordinal(gen):
        # Objects are told apart by the order they were first seen (ids may be reused).
        key = id(gen)
        if key not in ordinals:
            ordinals[key] = (gen, len(ordinals) + 1)
        return ordinals[key][1]

    main_module = types.ModuleType("__main__")
    main_module.__file__ = filename
    main_module.__builtins__ = __builtins__
    sys.modules["__main__"] = main_module
    sys.argv = [path]
    sys.path[0] = os.path.dirname(filename)
    sys.stdout = tee
    status = 0
    pygen._set_gen_trace(hook)
    try:
        exec(compile(source, filename, "exec"), main_module.__dict__)
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        import traceback
        traceback.print_exc()
        status = 1
    finally:
        pygen._set_gen_trace(None)
        sys.stdout = tee.stream
    with open(os.path.join(outdir, "index.html"), "w", encoding="utf-8") as out:
        out.write(index_html(os.path.basename(path), source, steps))
    print("pygen --trace-gen: %d steps written to %s" % (len(steps), os.path.join(outdir, "index.html")),
          file=sys.stderr)
    return status


def index_html(title, source, steps):
    data = json.dumps({"title": title, "source": source.splitlines(), "steps": steps})
    return PAGE.replace("@TITLE@", _pygen_svg._esc(title)).replace("@DATA@", data.replace("</", "<\\/"))


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>@TITLE@ \u2014 pygen generator step-through</title>
<style>
  body { margin: 0; font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; background: #f3f3f1; color: #1b1b1b; }
  header { display: flex; align-items: center; gap: 14px; padding: 10px 18px; background: #1f4e79; color: #fff; }
  header h1 { font-size: 18px; margin: 0; font-weight: 600; }
  header button { font-size: 15px; padding: 5px 14px; border-radius: 6px; border: 0; cursor: pointer; }
  header button:disabled { opacity: .5; cursor: default; }
  #where { font-family: "DejaVu Sans Mono", Menlo, monospace; font-size: 14px; }
  main { display: grid; grid-template-columns: minmax(300px, 34%) 1fr; gap: 14px; padding: 14px; }
  .panel { background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.15); overflow: auto; }
  pre { margin: 0; font-family: "DejaVu Sans Mono", Menlo, monospace; font-size: 13px; line-height: 1.45; }
  #source div { padding: 0 10px; white-space: pre; }
  #source div.current { background: #ffe0b2; font-weight: bold; }
  #source span.no { color: #999; display: inline-block; width: 3em; }
  #output { padding: 8px 10px; max-height: 220px; border-top: 1px solid #ddd; white-space: pre-wrap; }
  #picture img { width: 100%; display: block; }
  .hint { color: #cde; font-size: 12px; margin-left: auto; }
</style>
</head>
<body>
<header>
  <h1>@TITLE@</h1>
  <button id="prev">\u25c0 prev</button>
  <button id="next">next \u25b6</button>
  <span id="where"></span>
  <span class="hint">\u2190/\u2192 keys step</span>
</header>
<main>
  <div class="panel"><pre id="source"></pre><pre id="output"></pre></div>
  <div class="panel" id="picture"><img id="svg" alt="layout at this step"></div>
</main>
<script id="data" type="application/json">@DATA@</script>
<script>
const data = JSON.parse(document.getElementById("data").textContent);
const src = document.getElementById("source");
data.source.forEach((text, i) => {
  const row = document.createElement("div");
  const no = document.createElement("span");
  no.className = "no"; no.textContent = i + 1;
  row.appendChild(no); row.appendChild(document.createTextNode(text));
  src.appendChild(row);
});
let at = 0;
function show(n) {
  if (!data.steps.length) { document.getElementById("where").textContent = "no generator ran"; return; }
  at = Math.max(0, Math.min(n, data.steps.length - 1));
  const s = data.steps[at];
  document.getElementById("svg").src = s.file;
  document.getElementById("where").textContent =
    `step ${at + 1}/${data.steps.length} \u00b7 ${s.event} \u00b7 ${s.kind} ${s.id} \u00b7 line ${s.line ?? "-"} \u00b7 f_lasti ${s.f_lasti ?? "-"}`;
  [...src.children].forEach((row, i) => row.classList.toggle("current", i + 1 === s.line));
  const cur = src.children[(s.line || 1) - 1];
  if (cur) cur.scrollIntoView({block: "nearest"});
  document.getElementById("output").textContent = s.output;
  document.getElementById("prev").disabled = at === 0;
  document.getElementById("next").disabled = at === data.steps.length - 1;
}
document.getElementById("prev").onclick = () => show(at - 1);
document.getElementById("next").onclick = () => show(at + 1);
document.addEventListener("keydown", e => {
  if (e.key === "ArrowLeft") show(at - 1);
  if (e.key === "ArrowRight") show(at + 1);
});
show(0);
</script>
</body>
</html>
"""
