#!/usr/bin/env python3
"""Runs the example programs of examples/ with their arguments and compares what they print
(standard output, standard error's last line, exit status) with what python3 printed.

  run_examples.py --interp build/pygen     check the interpreter
  run_examples.py --regen                  rewrite tests/examples/expected/ with python3

Each run is one line of RUNS below: a name (its expectation file), the example's folder (the
working directory, so relative paths like sample.log work) and the command line after the
interpreter. The examples take arguments, which is why the conformance runner does not fit.
"""
import argparse, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(os.path.dirname(os.path.dirname(HERE)), "examples")
EXPECTED = os.path.join(HERE, "expected")

TINY = ["programs/" + p for p in ["arithmetic.tiny", "functions.tiny", "recursion.tiny",
        "arity.tiny", "bad_char.tiny", "bad_params.tiny", "bad_syntax.tiny",
        "missing_paren.tiny", "not_function.tiny", "undefined.tiny", "zero.tiny"]]
RUNS = [
    ("log_text", "log_analyser", ["log_analyser.py", "sample.log"]),
    ("log_json", "log_analyser", ["log_analyser.py", "sample.log", "--since", "09:00",
                                  "--level", "WARN", "--json"]),
    ("log_filters", "log_analyser", ["log_analyser.py", "sample.log", "--component", "web",
                                     "--component", "auth", "--until", "10:00", "--slow", "100"]),
    ("log_empty", "log_analyser", ["log_analyser.py", "sample.log", "--since", "23:00"]),
    ("log_bad_time", "log_analyser", ["log_analyser.py", "sample.log", "--since", "25:00"]),
    ("log_bad_level", "log_analyser", ["log_analyser.py", "sample.log", "--level", "NOPE"]),
    ("log_help", "log_analyser", ["log_analyser.py", "--help"]),
    ("inventory", "inventory", ["inventory.py"]),
    ("tiny_lang", "tiny_lang", ["tiny_lang.py"] + TINY),
]


def run(interp, folder, argv):
    p = subprocess.run(interp + argv, cwd=os.path.join(EXAMPLES, folder), stdin=subprocess.DEVNULL,
                       capture_output=True, timeout=60)
    err = [l for l in p.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    return p.stdout.decode("utf-8", "replace"), (err[-1] if err else ""), p.returncode


def render(out, err, rc):
    return f"{out}--- stderr (last line)\n{err}\n--- exit status\n{rc}\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--interp", help="interpreter to check")
    ap.add_argument("--regen", action="store_true", help="write expectations with python3")
    args = ap.parse_args()
    if args.regen:
        os.makedirs(EXPECTED, exist_ok=True)
        for name, folder, argv in RUNS:
            with open(os.path.join(EXPECTED, name + ".out"), "w", encoding="utf-8") as f:
                f.write(render(*run(["python3"], folder, argv)))
        print(f"examples: {len(RUNS)} expectations written")
        return 0
    passed = failed = 0
    for name, folder, argv in RUNS:
        with open(os.path.join(EXPECTED, name + ".out"), encoding="utf-8") as f:
            want = f.read()
        try:
            interp = args.interp.split()
            interp[0] = os.path.abspath(interp[0])   # the runs change folder
            got = render(*run(interp, folder, argv))
        except subprocess.TimeoutExpired:
            got = "timeout\n"
        if got == want:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {name}: {' '.join(argv)} (in examples/{folder})")
            import difflib
            sys.stdout.writelines(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                                       "python3", "pygen", n=2))
    print(f"examples: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
