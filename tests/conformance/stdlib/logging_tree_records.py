# logging: the logger tree (placeholders, parents fixed up when a middle logger appears late),
# propagation and hasHandlers, lastResort, handleError's report, records built from a dict,
# style validation errors, filters, adapters, stacklevel, disable, captureWarnings, basicConfig
# argument errors.
import logging, io, sys, warnings

def tree():
    c = logging.getLogger("a.b.c")
    ph = logging.Logger.manager.loggerDict["a.b"]
    print(type(ph).__name__, c.parent.name)
    b = logging.getLogger("a.b")
    print(c.parent.name, b.parent.name, logging.getLogger("a").parent is logging.root)
    a = logging.getLogger("a")
    print(b.parent.name, a.parent.name, logging.getLogger("a.b.c.d").parent.name)
    print(logging.getLogger("a").getChild("b.c") is c, logging.root.getChild("x").name)
    print(repr(c), repr(logging.root), repr(logging.getLogger("root")))
tree()

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s|%(funcName)s"))
top = logging.getLogger("p")
top.addHandler(h)
child = logging.getLogger("p.q")
child.setLevel(logging.INFO)
child.debug("hidden")
child.info("shown %s", 1)
child.warning("dict %(k)s", {"k": "v"})
child.propagate = False
print(child.hasHandlers(), top.hasHandlers())
child.propagate = True
def helper():
    child.warning("from helper", stacklevel=2)
def outer():
    helper()
outer()
print(out.getvalue(), end="")

err = io.StringIO()
old = sys.stderr
sys.stderr = err
try:
    logging.getLogger("lonely").warning("to last resort %d", 5)
    logging.getLogger("lonely").info("too low")
    bad = logging.StreamHandler(io.StringIO())
    logging.getLogger("bad").addHandler(bad)
    logging.getLogger("bad").propagate = False
    logging.getLogger("bad").error("%d items", "x")
finally:
    sys.stderr = old
text = err.getvalue()
print(text.splitlines()[0])
print([line for line in text.splitlines() if line.startswith(("---", "Message", "Arguments", "TypeError", "Call stack"))])

r = logging.makeLogRecord({"msg": "hello %s", "args": ("w",), "levelno": 30, "name": "m"})
print(r.getMessage(), r.levelname, r.name, r.lineno, repr(r)[:30])
r2 = logging.LogRecord("n", logging.INFO, "/x/y/mod.py", 7, "%(a)s-%(b)s", ({"a": 1, "b": 2},), None)
print(r2.getMessage(), r2.filename, r2.module, r2.levelname, r2.processName, type(r2.msecs).__name__)
print(logging.LogRecord("n", 5, 42, 1, "m", (), None).module)

for fmt, style in [("%(message)", "%"), ("{message!z}", "{"), ("{}", "{"), ("$", "$"), ("plain", "$"), ("{message:%%}", "{"), ("x", "?")]:
    try:
        logging.Formatter(fmt, style=style)
        print("ok", fmt)
    except ValueError as e:
        print("ValueError", e)
f = logging.Formatter("{levelname}:{custom}", style="{", defaults={"custom": "dflt"})
print(f.format(logging.makeLogRecord({"levelname": "INFO", "msg": "m"})))
try:
    logging.Formatter("%(nosuch)s").format(logging.makeLogRecord({}))
except ValueError as e:
    print("ValueError", e)

flt = logging.Filter("a.b")
for name in ["a.b", "a.b.c", "a.bc", "a", "x.a.b"]:
    print(name, bool(flt.filter(logging.makeLogRecord({"name": name}))))
hh = logging.Handler()
hh.addFilter(lambda rec: rec.levelno > 20)
print(hh.filter(logging.makeLogRecord({"levelno": 30})), hh.filter(logging.makeLogRecord({"levelno": 10})))

adapter = logging.LoggerAdapter(top, {"user": "bob"})
out.truncate(0); out.seek(0)
h.setFormatter(logging.Formatter("%(user)s %(message)s"))
adapter.warning("adapted")
adapter.log(logging.ERROR, "via log")
print(repr(adapter), adapter.name, adapter.getEffectiveLevel())
print(out.getvalue(), end="")
try:
    top.warning("x", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)

logging.disable(logging.WARNING)
print(top.isEnabledFor(logging.WARNING), top.isEnabledFor(logging.ERROR))
logging.disable(logging.NOTSET)
print(top.isEnabledFor(logging.WARNING))
print(logging.getLevelName(20), logging.getLevelName("INFO"), logging.getLevelName(25), logging.getLevelName("nope"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelNamesMapping()["NOTICE"])
for bad in ["LOUD", 2.5, None]:
    try:
        top.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    top.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)

logging.captureWarnings(True)
wout = io.StringIO()
wh = logging.StreamHandler(wout)
logging.getLogger("py.warnings").addHandler(wh)
warnings.warn("careful", UserWarning)
logging.captureWarnings(False)
print("captured:", "UserWarning: careful" in wout.getvalue())

for kwargs in [dict(stream=sys.stdout, filename="x"), dict(handlers=[], stream=sys.stdout), dict(style="?"), dict(bogus=1)]:
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print("ValueError", e)
    for hd in list(logging.root.handlers):
        logging.root.removeHandler(hd)
logging.basicConfig(stream=sys.stdout, format="{levelname}/{message}", style="{", level="INFO")
logging.info("basic %s", "done")
logging.debug("not shown")
logging.basicConfig(stream=sys.stdout, format="IGNORED")
logging.warning("still braces")
print(repr(logging.root.handlers[0])[:20], repr(logging.Handler()), repr(logging.NullHandler()))
cap = io.StringIO()
logging.root.handlers[0].setStream(cap)
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("failed")
logging.error("with stack", stack_info=True)
lines = cap.getvalue().splitlines()
print([l for l in lines if not l.startswith(" ")])
