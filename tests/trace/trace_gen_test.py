#!/usr/bin/env python3
"""pygen --trace-gen and pygen.svg(): every SVG must be well-formed XML (python3's xml.etree), and
the trace of the seed's fib (docs/examples/seed_fib.py) must show, at each step, the values the seed
chapter describes: the event, the frame state, f_lasti on the right YIELD_VALUE (the indexes are
read from `pygen --dis`), the locals and the saved exception state. Then pygen.svg() of a created,
delegating and finished generator, a frame, a coroutine awaiting, an async generator and an asend
object. Usage: trace_gen_test.py PYGEN REPO_ROOT"""

import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PYGEN = os.path.abspath(sys.argv[1])
ROOT = os.path.abspath(sys.argv[2])
FIB = os.path.join(ROOT, "docs", "examples", "seed_fib.py")
failures = []
passed = [0]


def check(cond, what):
    if cond:
        passed[0] += 1
        return
    failures.append(what)
    print("FAIL:", what)


def fields(path):
    """The data-field/data-value pairs of one SVG (parsing fails the test if it is not XML)."""
    tree = ET.parse(path)
    return {el.attrib["data-field"]: el.attrib["data-value"] for el in tree.iter() if "data-field" in el.attrib}


def yield_indexes():
    """Instruction indexes of fib's YIELD_VALUEs, in source order, from `pygen --dis`."""
    text = subprocess.run([PYGEN, "--dis", FIB], capture_output=True, text=True, check=True).stdout
    body = text.split("Disassembly of fib:")[1]
    return [int(m.group(1)) for m in re.finditer(r"^\s*(?:\d+\s+)?(\d+) YIELD_VALUE", body, re.M)]


# Locals after each suspension of fib (t, i, j, r, result), and which exception it is handling.
SUSPENSIONS = [
    (0, ("0", "1", "1", "0", "None"), None),
    (0, ("1", "1", "1", "0", "'handsome1'"), None),
    (1, ("2", "1", "1", "2", "'handsome2'"), None),
    (1, ("3", "1", "2", "3", "'handsome3'"), None),
    (1, ("4", "2", "3", "5", "'handsome4'"), None),
    (1, ("5", "3", "5", "8", "'handsome5'"), None),
    (2, ("6", "5", "8", "8", "'handsome6'"), "ZeroDivisionError"),
    (3, ("6", "5", "8", "'handsome7'", "'handsome6'"), "ModuleNotFoundError"),
    (4, ("6", "5", "8", "'handsome7'", "'handsome8'"), "ZeroDivisionError"),
]


def test_fib_trace(tmp):
    outdir = os.path.join(tmp, "fib")
    p = subprocess.run([PYGEN, "--trace-gen", FIB, outdir], capture_output=True, text=True, timeout=120)
    check(p.returncode == 0, "--trace-gen exit status %d: %s" % (p.returncode, p.stderr[-500:]))
    check("RuntimeError: generator raised StopIteration" in p.stdout, "the program ran to its end")
    files = sorted(glob.glob(os.path.join(outdir, "step-*.svg")))
    check(len(files) == 20, "20 steps (resume+suspend x 10, finish), got %d" % len(files))
    steps = [fields(f) for f in files]
    print("ok: %d fib SVGs are well-formed XML" % len(files))
    yields = yield_indexes()
    # 5 yields in the source; the finally body is compiled twice (normal and exceptional exits).
    check(len(yields) == 6, "fib has 6 YIELD_VALUEs, --dis shows %r" % yields)
    # step 0: resuming the created generator
    s0 = steps[0]
    check((s0.get("event"), s0.get("frame_state"), s0.get("f_lasti")) == ("resume", "CREATED", "0"),
          "step 0 resumes the CREATED generator at f_lasti 0: %r" % s0)
    check(s0.get("local:n") == "5" and "local:t" not in s0, "step 0 locals are only n")
    for k, (which, values, exc) in enumerate(SUSPENSIONS):
        s = steps[2 * k + 1]
        where = "suspension %d (step %d)" % (k + 1, 2 * k + 1)
        check(s.get("event") == "suspend" and s.get("frame_state") == "SUSPENDED", where + " is a suspension")
        check(s.get("f_lasti") == str(yields[which]), "%s: f_lasti %s, want yield #%d at %d"
              % (where, s.get("f_lasti"), which + 1, yields[which]))
        check(s.get("current_instruction") == "%d YIELD_VALUE" % yields[which], where + ": listing marks the yield")
        got = tuple(s.get("local:" + name) for name in ("t", "i", "j", "r", "result"))
        check(got == values, "%s: locals %r, want %r" % (where, got, values))
        exc_entry = s.get("exc_chain:0", "")
        if exc is None:
            check(exc_entry == "gen:NULL" and s.get("exc_state") == "NULL", where + ": no saved exception")
        else:
            check(exc_entry.startswith("gen:" + exc) and s.get("exc_state") == exc + " \u2192",
                  "%s: saved exception %r, want %s" % (where, exc_entry, exc))
        check(s.get("exc_chain:1") == "thread:NULL", where + ": the thread handles nothing")
        # the resume that follows sees the same position, linked into the thread
        r = steps[2 * k + 2]
        check(r.get("event") == "resume" and r.get("f_lasti") == s.get("f_lasti"),
              where + ": the next step resumes at the same f_lasti")
    last = steps[-1]
    check((last.get("event"), last.get("frame_state"), last.get("frame"), last.get("f_lasti"))
          == ("finish", "CLEARED", "NULL", "None"), "last step: frame released: %r" % last)
    check(last.get("exc_chain:0") == "gen:NULL", "last step: exc_state restored")
    print("ok: fib field values at every step")
    with open(os.path.join(outdir, "index.html"), encoding="utf-8") as f:
        html = f.read()
    data = json.loads(re.search(r'<script id="data" type="application/json">(.*?)</script>', html, re.S).group(1))
    check(len(data["steps"]) == 20 and data["steps"][1]["file"] == "step-001.svg", "index.html lists the steps")
    check(data["steps"][1]["line"] == 13 and "result None" in data["steps"][1]["output"],
          "index.html: current line and output so far")
    check("ArrowRight" in html and 'id="prev"' in html and 'id="next"' in html, "index.html steps with buttons and keys")
    print("ok: index.html")


def test_svg_objects(tmp):
    outdir = os.path.join(tmp, "objects")
    os.makedirs(outdir)
    p = subprocess.run([PYGEN, os.path.join(ROOT, "tests", "trace", "svg_objects.py"), outdir],
                       capture_output=True, text=True, timeout=60)
    check(p.returncode == 0 and p.stdout.endswith("done\n"), "svg_objects.py ran: %s %s" % (p.stdout, p.stderr))
    check("TypeError: pygen.svg() expects a generator, coroutine, async generator, asend/athrow object or frame, "
          "not int" in p.stdout, "pygen.svg(1) raises TypeError")
    f = {os.path.basename(n)[:-4]: fields(n) for n in glob.glob(os.path.join(outdir, "*.svg"))}
    check(len(f) == 7, "7 pictures, got %r" % sorted(f))
    print("ok: %d object SVGs are well-formed XML" % len(f))
    check(f["gen_created"].get("frame_state") == "CREATED", "created generator")
    g = f["gen_yield_from"]
    check(g.get("delegate:0") == "generator inner", "yield from chain shows inner: %r" % g.get("delegate:0"))
    check(g.get("exc_chain:0", "").startswith("gen:KeyError"), "the outer generator handles KeyError")
    check(g.get("local:r") is None and "stack:0" in g, "value stack drawn")
    check(f["frame"].get("f_lasti") is not None and "local:" not in "".join(f["frame"]), "frame picture")
    check(f["coroutine_await"].get("delegate:0") == "coroutine sleeper", "await chain: %r" % f["coroutine_await"])
    a = f["async_gen"]
    for field in ("finalizer", "hooks_inited", "closed", "running_async", "free_list:async_generator_asend",
                  "free_list:async_generator_wrapped_value"):
        check(field in a, "async generator picture has " + field)
    check(a.get("closed") == "0" and a.get("frame_state") == "SUSPENDED", "async generator fields")
    check("free_list:async_generator_asend" in f["asend"], "asend picture shows the free lists")
    check(f["gen_finished"].get("frame") == "NULL" and f["gen_finished"].get("frame_state") == "CLEARED",
          "finished generator")
    print("ok: object pictures")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        test_fib_trace(tmp)
        test_svg_objects(tmp)
    print("trace_gen: %d passed, %d failed" % (passed[0], len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
