#!/usr/bin/env python3
"""Lists the conformance cases that fail today, in the format of tests/conformance/known_failures.txt.

  tools/list_failures.py [--interp build/pygen]            print 'stage/case.py  # reason' lines
  tools/list_failures.py > tests/conformance/known_failures.txt.new

Runs ../shared/tools/conformance.py (without a known-failures list) over every stage of
../shared/conformance and over tests/conformance. A case that is already listed in
tests/conformance/known_failures.txt keeps its written reason; a new one gets the runner's problem
text as a provisional reason, to be replaced by a short human one ("asyncio not implemented yet").
Listed cases that now pass are reported on stderr: take them off the list.
Run from anywhere; paths are relative to the repository root.
"""
import argparse
import ast
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
RUNNER = os.path.join(SHARED, "tools", "conformance.py")
KNOWN = os.path.join(ROOT, "tests", "conformance", "known_failures.txt")
FAIL_LINE = re.compile(r"^FAIL (\S+) - (.*)$")


def read_known(path):
    """{case: reason} from a known-failures file (comments and blank lines skipped)."""
    known = {}
    if os.path.exists(path):
        with open(path) as fh:
            for line in fh:
                case, _, reason = line.partition("#")
                if case.strip():
                    known[case.strip()] = reason.strip()
    return known


def provisional_reason(problem):
    """A short reason from the runner's problem text: the unexpected last stderr line if there is
    one (usually the exception that stopped the case), else the problem itself."""
    m = re.search(r"last stderr line (b'(?:[^'\\]|\\.)*'|b\"(?:[^\"\\]|\\.)*\")", problem)
    if m:
        line = ast.literal_eval(m.group(1)).decode("utf-8", "replace").strip()
        if line:
            return line
    return problem


def failing(interp, root):
    """[(case relative to root, problem)] for every failing case under root."""
    p = subprocess.run([sys.executable, RUNNER, "--interp", interp, root], cwd=ROOT,
                       capture_output=True, text=True)
    out = []
    for line in p.stdout.splitlines():
        m = FAIL_LINE.match(line)
        if m:
            path = os.path.abspath(os.path.join(ROOT, m.group(1)))
            out.append((os.path.relpath(path, root).replace(os.sep, "/"), m.group(2)))
    if p.returncode not in (0, 1) or not p.stdout.rstrip().splitlines()[-1:][0].startswith("conformance:"):
        sys.exit("list_failures: the runner failed on %s:\n%s%s" % (root, p.stdout, p.stderr))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--interp", default=os.path.join(ROOT, "build", "pygen"))
    ap.add_argument("--known", default=KNOWN, help="list whose reasons are kept (default: ours)")
    ap.add_argument("--raw", action="store_true", help="always print the runner's problem text")
    a = ap.parse_args()
    interp = os.path.abspath(a.interp) if os.path.exists(a.interp) else a.interp
    known = {} if a.raw else read_known(a.known)

    roots = [os.path.join(SHARED, "conformance"), os.path.join(ROOT, "tests", "conformance")]
    cases = []
    for root in roots:
        cases += failing(interp, root)
    if os.path.exists(a.known):   # keep the list's opening comment block
        with open(a.known) as fh:
            for line in fh:
                if not line.startswith("#"):
                    break
                print(line, end="")
    width = max((len(c) for c, _ in cases), default=0)
    for case, problem in cases:
        reason = known.get(case) or provisional_reason(problem)
        print("%-*s  # %s" % (width, case, reason))
    now_failing = {c for c, _ in cases}
    for case in sorted(set(known) - now_failing):
        print("list_failures: %s passes now (or is gone): take it off the list" % case, file=sys.stderr)
    print("list_failures: %d failing cases" % len(cases), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
