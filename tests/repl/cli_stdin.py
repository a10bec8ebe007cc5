#!/usr/bin/env python3
"""The command line without a terminal, against python3 as the oracle: the program read from a
piped stdin (`echo 'print(1)' | pygen`, `pygen -`), `-i` with piped input (prompts on stderr,
displayhook, tracebacks, SyntaxError, SystemExit), `-c` with -q/-u/-E/-I/-X, unknown options.
Each case must give python3's stdout, stderr and exit status. Usage: cli_stdin.py PYGEN"""

import os
import subprocess
import sys
import tempfile

PYGEN = os.path.abspath(sys.argv[1])

SCRIPT = "x = 7\ndef gen():\n    yield x\n"

CASES = [
    # (arguments, stdin)
    ([], "import sys\nprint('argv', sys.argv)\nprint(sum(range(10)))\n"),
    ([], "def g():\n    yield 1\n    yield 2\nprint(list(g()))\nraise ValueError('from stdin')\n"),
    (["-"], "import sys\nprint(sys.argv)\n"),
    (["-", "a", "b"], "import sys\nprint(sys.argv)\n"),
    (["-i", "-q"], "def f():\n    return 2\n\nf()\n_\n1/0\nprint(_)\nx = = 1\n"
                   "for i in range(2): i\n\nif 1: print('a')\n\nNone\n'text'\nimport sys; sys.ps1, sys.ps2\n"),
    (["-i", "-q"], "g = (i * i for i in range(3))\nnext(g)\nnext(g)\n_\nclass A:\n    pass\n\nA.__name__\n"
                   "(1,\n 2)\n'''a\nb'''\nsys\nraise SystemExit(4)\nprint('not reached')\n"),
    (["-qi"], "import sys\nsys.displayhook(5)\nsys.displayhook(None)\n_\nsys.displayhook = lambda v: print('hook', v)\n7\n"),
    (["-i", "SCRIPT"], "x\nlist(gen())\n"),
    (["-i", "-c", "y = 3; 1/0"], "y\n"),
    (["-i", "-c", "raise SystemExit(3)"], "'still here'\n"),
    (["-u", "-c", "import sys; print('u'); sys.stdout.write('v\\n')"], ""),
    (["-E", "-c", "import sys; print(sys.path[0])"], ""),
    (["-X", "dev_thing", "-Xk=v", "-c", "import sys; print(sorted(sys._xoptions.items()))"], ""),
    (["-B", "-s", "-c", "print('ok')"], ""),
    (["-I", "-c", "import sys; print('' in sys.path, sys.argv)"], ""),
    (["-I", "SCRIPT"], ""),
    (["-c", "import sys; print(sys.argv)", "x", "-i"], ""),
]


def run(interp, args, stdin, script):
    args = [script if a == "SCRIPT" else a for a in args]
    p = subprocess.run([interp] + args, input=stdin, capture_output=True, text=True, timeout=30)
    return p.stdout, p.stderr.replace(script, "SCRIPT"), p.returncode


def main():
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "script.py")
        with open(script, "w") as f:
            f.write(SCRIPT)
        for args, stdin in CASES:
            want = run("python3", args, stdin, script)
            got = run(PYGEN, args, stdin, script)
            if got == want:
                print("ok:", args, repr(stdin[:30]))
                continue
            failed += 1
            print("FAIL:", args, repr(stdin))
            for name, w, g in zip(("stdout", "stderr", "status"), want, got):
                if w != g:
                    print("  %s: python3 %r" % (name, w))
                    print("  %s: pygen   %r" % (name, g))
    print("cli_stdin: %d passed, %d failed" % (len(CASES) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
