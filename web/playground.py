"""The playground's driver: what the page's Web Worker (and tests/web/node_run.cjs) run in pygen's
WebAssembly build. It runs the user's program as __main__, as `pygen FILE` does, in two modes:

    playground.py run FILE            run it; output and traceback as the command line prints them
    playground.py trace FILE OUTDIR   the same, and at each resume, suspension and finish of a
                                      generator, coroutine or async generator defined in FILE
                                      (the hook --trace-gen uses: lib/_pygen_trace.py) draw it with
                                      pygen.svg's drawing code into OUTDIR/step-NNN.svg and append
                                      the step to OUTDIR/steps.json (event, object, line, f_lasti,
                                      the output so far)
    playground.py live FILE OUTDIR    as trace, but the program pauses at each step: the step's
                                      record goes to the page as a line written to
                                      /dev/playground_step, and the read that follows returns only
                                      when the page asks for the next step (the worker's device
                                      blocks on a shared counter), so the picture is of the object
                                      as it is now, and a program that never ends still steps

A browser has no file descriptors to wait on, so asyncio gets an event loop without a selector or
self-pipe: timers and callbacks only (waiting is sleeping), which is all a program that does not
do I/O needs.
"""

import json
import os
import sys
import time
import types

MAX_STEPS = 400          # pictures kept by a trace run; later steps are counted, not drawn
                         # (a live run pauses at every step: the person stepping sets the pace)


def _install_browser_asyncio():
    import asyncio
    import selectors
    from asyncio import events

    class _NoFdSelector(selectors.BaseSelector):
        """A selector with nothing to select: select(timeout) only waits."""

        def __init__(self):
            self._map = {}

        def register(self, fileobj, events, data=None):
            raise OSError("the browser playground has no file descriptors to wait on")

        def unregister(self, fileobj):
            raise KeyError(fileobj)

        def select(self, timeout=None):
            if timeout is None:
                raise RuntimeError("the event loop would wait forever: nothing is scheduled")
            if timeout > 0:
                time.sleep(timeout)
            return []

        def close(self):
            pass

        def get_map(self):
            return self._map

    class BrowserEventLoop(asyncio.SelectorEventLoop):
        def __init__(self):
            super().__init__(_NoFdSelector())

        def _make_self_pipe(self):
            self._ssock = self._csock = None

        def _close_self_pipe(self):
            pass

        def _write_to_self(self):
            pass

    class BrowserPolicy(asyncio.DefaultEventLoopPolicy):
        _loop_factory = BrowserEventLoop

    asyncio.set_event_loop_policy(BrowserPolicy())


def _print_traceback(exc):
    import traceback
    tb = exc.__traceback__
    # Drop this driver's own frames, as python3 shows none of runpy's.
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    traceback.print_exception(type(exc), exc, tb)


class _PageLink:
    """The live mode's line to the page: the worker's character device /dev/playground_step."""

    def __init__(self):
        self.fd = os.open("/dev/playground_step", os.O_RDWR)

    def pause(self, record):
        os.write(self.fd, (json.dumps(record) + "\n").encode("utf-8"))
        os.read(self.fd, 1)         # returns when the page presses Step


def run(path, outdir=None, live=False):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    filename = os.path.abspath(path)
    if "asyncio" in source:
        _install_browser_asyncio()
    main_module = types.ModuleType("__main__")
    main_module.__file__ = filename
    main_module.__builtins__ = __builtins__
    sys.modules["__main__"] = main_module
    sys.argv = [path]
    sys.path[0] = os.path.dirname(filename)

    steps = []
    log = []
    hook = None
    saved = sys.stdout, sys.stderr
    if outdir is not None:
        import pygen
        import _pygen_svg
        from _pygen_trace import _Tee
        os.makedirs(outdir, exist_ok=True)
        sys.stdout = _Tee(sys.stdout, log)
        sys.stderr = _Tee(sys.stderr, log)
        ordinals = {}
        counted = [0]
        link = _PageLink() if live else None

        def hook(event, gen):
            code = getattr(gen, "gi_code", None) or getattr(gen, "cr_code", None) or getattr(gen, "ag_code", None)
            if code is None or code.co_filename != filename:
                return
            counted[0] += 1
            if len(steps) >= MAX_STEPS and not live:
                return
            key = id(gen)
            if key not in ordinals:
                ordinals[key] = (gen, len(ordinals) + 1)   # keeps gen alive: ids stay distinct
            n = len(steps)
            name = "step-%03d.svg" % n
            picture = _pygen_svg.svg(gen, event=event, source=source, step=n + 1)   # pages count from 1
            with open(os.path.join(outdir, name), "w", encoding="utf-8") as out:
                out.write(picture)
            lay = pygen.layout(gen)
            steps.append({
                "file": name, "event": event, "kind": type(gen).__name__, "qualname": lay["qualname"],
                "id": "%s#%d" % (lay["qualname"], ordinals[key][1]), "line": lay["f_lineno"],
                "f_lasti": lay["f_lasti"], "state": lay["frame_state"], "output": "".join(log),
            })
            if link is not None:
                link.pause(steps[-1])

        pygen._set_gen_trace(hook)
    status = 0
    try:
        code = compile(source, filename, "exec")
        exec(code, main_module.__dict__)
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        if not isinstance(e.code, (int, type(None))):
            print(e.code, file=sys.stderr)
    except BaseException as e:
        _print_traceback(e)
        status = 1
    finally:
        if hook is not None:
            pygen._set_gen_trace(None)
            sys.stdout, sys.stderr = saved
    if outdir is not None:
        with open(os.path.join(outdir, "steps.json"), "w", encoding="utf-8") as out:
            json.dump({"steps": steps, "total": counted[0], "output": "".join(log), "status": status}, out)
    return status


def main(argv):
    if len(argv) >= 2 and argv[0] == "run":
        return run(argv[1])
    if len(argv) >= 3 and argv[0] in ("trace", "live"):
        return run(argv[1], argv[2], live=argv[0] == "live")
    print("usage: playground.py run FILE | trace FILE OUTDIR | live FILE OUTDIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
