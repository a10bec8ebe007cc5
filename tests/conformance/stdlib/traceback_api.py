# traceback: formatting of chained exceptions, exception groups (width and depth limits), notes,
# SyntaxError lines, limits, recursion cut-off, caret lines under operators and subscripts,
# FrameSummary/StackSummary behaviour. Source comes from a fake file registered in linecache.
import traceback, linecache, sys

SRC = '''\
def div(a, b):
    return a / b + 0
def index(d):
    return d["key"]["inner"]
def call(f, *args):
    return f(*args)
def recurse(n):
    return recurse(n + 1) if n < 12 else 1 / 0
def chain():
    try:
        div(1, 0)
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e
def context():
    try:
        index({"key": {}})
    except KeyError:
        raise RuntimeError("while handling")
def group():
    raise ExceptionGroup("many", [ValueError(i) for i in range(20)])
def nested(depth):
    if depth == 0:
        raise TypeError("bottom")
    try:
        nested(depth - 1)
    except Exception as e:
        raise ExceptionGroup("level %d" % depth, [e, KeyError(depth)])
'''
linecache.cache["fake.py"] = (len(SRC), None, SRC.splitlines(True), "fake.py")
ns = {}
exec(compile(SRC, "fake.py", "exec"), ns)

def show(fn, *args, **kw):
    try:
        fn(*args)
    except BaseException as e:
        # the show() frame itself is left out: its file name depends on where the case runs
        e.__traceback__ = e.__traceback__.tb_next
        print("".join(traceback.format_exception(e, **kw)), end="")
        print("----")
        return e

e = show(ns["call"], ns["div"], 1, 0)
show(ns["call"], ns["index"], {"key": {}})
show(ns["chain"])
show(ns["context"])
show(ns["chain"], chain=False)
show(ns["recurse"], 0)
show(ns["call"], ns["div"], 1, 0, limit=1)
show(ns["call"], ns["div"], 1, 0, limit=-1)
g = show(ns["group"])
te = traceback.TracebackException.from_exception(g, max_group_width=3)
print("".join(te.format()), end="----\n")
te = traceback.TracebackException.from_exception(show(ns["nested"], 3), max_group_depth=2)
print("".join(te.format()), end="----\n")

err = ValueError("noted")
err.add_note("first note")
err.add_note("two\nlines")
print(traceback.format_exception_only(err))
err2 = KeyError("x"); err2.__notes__ = "not a list"
print(traceback.format_exception_only(err2))
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError
print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception_only(None), traceback.format_exception_only(ValueError, None))
for code in ["x = (1 +", "def f(:\n  pass", "a = 1\n\tb c"]:
    try:
        compile(code, "<snippet>", "exec")
    except SyntaxError as se:
        print(traceback.format_exception_only(se))
se = SyntaxError("custom", ("file.py", 3, 5, "  bad code here\n", 3, 9))
print(traceback.format_exception_only(se))
print(traceback.format_exception_only(SyntaxError("nowhere")))

stack = traceback.extract_tb(e.__traceback__)
print([tuple(fs) for fs in stack])
fs = stack[-1]
print(repr(fs), len(fs), fs[2], fs == ("fake.py", 2, "div", "return a / b + 0"), fs.lineno, fs.colno, fs.end_colno)
print(list(traceback.walk_tb(e.__traceback__))[-1][1])
summary = traceback.StackSummary.from_list([("a.py", 1, "f", "x = 1")] * 6 + [("a.py", 2, "g", None)])
print("".join(summary.format()), end="")
print(traceback.format_list([("b.py", 3, "h", "pass")]))
try:
    traceback.print_exception(ValueError, ValueError("x"))
except ValueError as exc:
    print("ValueError", exc)
try:
    traceback.format_exception(42)
except TypeError as exc:
    print("TypeError", exc)
caps = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__), capture_locals=True)
print(sorted(caps[-1].locals.items()))
print(traceback.TracebackException.from_exception(e) == traceback.TracebackException.from_exception(e))
print(str(traceback.TracebackException.from_exception(e)))
