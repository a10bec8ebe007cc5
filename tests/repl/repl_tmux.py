#!/usr/bin/env python3
"""The REPL as a person uses it: pygen runs in a tmux pane, keys are sent, the pane is read.
Covers a multi-line generator definition, next() on it and `_`, a traceback and the REPL going on,
Ctrl-C at the prompt and while code runs, history recall with the up arrow, tab completion, and Ctrl-D leaving with
status 0 (history then saved in $HOME/.pygen_history). Usage: repl_tmux.py PYGEN"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

PYGEN = os.path.abspath(sys.argv[1])
SOCKET = "pygen-repl-test-%d" % os.getpid()
SESSION = "repl"


def tmux(*args, check=True):
    return subprocess.run(["tmux", "-L", SOCKET] + list(args), check=check,
                          capture_output=True, text=True).stdout


def pane():
    return tmux("capture-pane", "-p", "-J", "-t", SESSION, "-S", "-200")


def lines():
    return [line.rstrip() for line in pane().splitlines() if line.strip()]


# Generous: the sanitizer build under a loaded CI machine can take seconds to answer a key; a
# passing run never waits this long.
def wait_for(predicate, what, timeout=30.0):
    end = time.time() + timeout
    while time.time() < end:
        text = pane()
        if predicate(text):
            return text
        time.sleep(0.05)
    print("FAIL: timed out waiting for", what)
    print("---- pane ----")
    print(pane())
    raise SystemExit(1)


def prompt_ready(text):
    rows = [r.rstrip() for r in text.splitlines() if r.strip()]
    return bool(rows) and rows[-1] == ">>>"


def send(*keys):
    tmux("send-keys", "-t", SESSION, *keys)


def at_prompt(text):
    rows = [r.rstrip() for r in text.splitlines() if r.strip()]
    return bool(rows) and rows[-1] in (">>>", "...")


def type_line(text):
    # Type only at an empty prompt: keys typed ahead while a line still runs are echoed by the
    # terminal and then drawn again by the line editor, which garbles the pane under load.
    wait_for(at_prompt, "a prompt before typing %r" % text)
    send("-l", text)
    send("Enter")


def expect_tail(expected, what):
    """Waits until the last non-empty rows of the pane are `expected` (a list of rows)."""
    def ok(text):
        rows = [r.rstrip() for r in text.splitlines() if r.strip()]
        return rows[-len(expected):] == expected
    wait_for(ok, what)
    print("ok:", what)


def main():
    if shutil.which("tmux") is None:
        print("FAIL: tmux is not installed")
        return 1
    home = tempfile.mkdtemp(prefix="pygen-repl-home-")
    status_file = os.path.join(home, "status")
    # A small python3 parent records pygen's exit status (a negative one for a signal). It ignores
    # SIGINT itself (Ctrl-C reaches the whole foreground process group) but not for pygen.
    runner = os.path.join(home, "run.py")
    with open(runner, "w") as f:
        f.write("import os, signal, subprocess, sys\n"
                "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
                "env = dict(os.environ, HOME=%r, TERM='xterm')\n"
                "r = subprocess.call([%r], env=env, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))\n"
                "open(%r, 'w').write(str(r))\n" % (home, PYGEN, status_file))
    env_cmd = "%s %s" % (sys.executable, runner)
    try:
        tmux("-f", "/dev/null", "new-session", "-d", "-s", SESSION, "-x", "120", "-y", "50", env_cmd)
        tmux("set-option", "-t", SESSION, "remain-on-exit", "on")
        wait_for(prompt_ready, "the first prompt")
        assert "pygen" in pane(), "banner"
        print("ok: banner and prompt")

        # A generator defined over several lines; the empty line ends the block.
        for row in ["def fib(n):", "    t, i, j = 0, 0, 1", "    while t < n:",
                    "        yield i", "        i, j = j, i + j", "        t += 1"]:
            type_line(row)
        expect_tail(["...         t += 1", "..."], "continuation prompts")
        type_line("")
        type_line("f = fib(10)")
        type_line("next(f)")
        type_line("next(f)")
        type_line("next(f)")
        expect_tail([">>> next(f)", "0", ">>> next(f)", "1", ">>> next(f)", "1", ">>>"], "next() on the generator")
        type_line("_ + 100")
        expect_tail([">>> _ + 100", "101", ">>>"], "_ holds the last value")
        type_line("f.gi_frame.f_locals['t']")
        expect_tail(["2", ">>>"], "the generator's locals")

        # A traceback, then the REPL goes on with the same globals.
        type_line("f.throw(ValueError('boom'))")
        expect_tail(["ValueError: boom", ">>>"], "traceback printed")
        rows = lines()
        assert "Traceback (most recent call last):" in rows, rows
        type_line("f.gi_frame is None, _")
        expect_tail(["(True, 2)", ">>>"], "REPL goes on after the traceback")

        # A syntax error is reported at once, inside a block too.
        type_line("def g():")
        type_line("    x = = 1")
        expect_tail(["SyntaxError: invalid syntax", ">>>"], "syntax error reported at once")

        # Ctrl-C at the prompt cancels the typed text, on a first and on a continuation line.
        send("-l", "1 + ")
        expect_tail([">>> 1 +"], "typed text shown before Ctrl-C")   # ^C flushes unread input
        send("C-c")
        expect_tail([">>> 1 +", "KeyboardInterrupt", ">>>"], "Ctrl-C cancels the line")
        type_line("if True:")
        expect_tail([">>> if True:", "..."], "continuation prompt before Ctrl-C")
        send("C-c")
        expect_tail([">>> if True:", "...", "KeyboardInterrupt", ">>>"], "Ctrl-C cancels a block")

        # Ctrl-C while code runs raises KeyboardInterrupt in it; the REPL goes on.
        type_line("while True: pass")
        type_line("")
        time.sleep(0.3)
        send("C-c")
        expect_tail(["KeyboardInterrupt", ">>>"], "Ctrl-C interrupts running code")
        type_line("'alive'")
        expect_tail(["'alive'", ">>>"], "REPL goes on after KeyboardInterrupt")

        # History: the up arrow recalls earlier lines (twice: `_ + 100` is before the throw...).
        type_line("40 + 2")
        expect_tail(["42", ">>>"], "a line to recall")
        send("Up")
        wait_for(lambda t: t.rstrip().endswith(">>> 40 + 2"), "up arrow recalls the last line")
        send("Enter")
        expect_tail([">>> 40 + 2", "42", ">>>"], "recalled line runs")
        print("ok: history recall")

        # Tab completion of a name and of an attribute.
        send("-l", "fi")
        send("Tab")
        send("Tab")
        wait_for(lambda t: "fib(" in t and "filter(" in t, "name completion lists fib( and filter(")
        send("C-u")
        send("-l", "f.gi_fr")
        send("Tab")
        wait_for(lambda t: t.rstrip().endswith(">>> f.gi_frame"), "attribute completion")
        send("C-u")
        expect_tail([">>>"], "the line is empty again")
        print("ok: tab completion")

        # Ctrl-D leaves with status 0 and saves the history.
        send("C-d")
        def exit_status():
            try:
                with open(status_file) as f:
                    return f.read().strip()
            except OSError:
                return ""
        wait_for(lambda t: exit_status() != "", "pygen to exit")
        status = exit_status()
        assert status == "0", "exit status %r" % status
        print("ok: Ctrl-D exits with status 0")
        with open(os.path.join(home, ".pygen_history"), encoding="utf-8", errors="replace") as f:
            history = f.read()
        assert "fib(10)" in history, history
        print("ok: history saved")
    finally:
        if not os.environ.get("REPL_TEST_KEEP"):
            tmux("kill-server", check=False)
        else:
            print("kept tmux socket", SOCKET)
        shutil.rmtree(home, ignore_errors=True)
    print("repl_tmux: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
