# Realistic program: everyday builtins, formatting, exceptions and small stdlib modules (shlex, getopt,
# queue, sched, threading primitives, warnings, weakref, secrets, platform).
import sys, os, io, re, time, types, warnings, atexit, gc, weakref, copy, enum, string, locale, shlex, getopt, platform, keyword, sysconfig, queue, sched, threading, secrets, textwrap
print(shlex.split('cmd --opt "quoted arg" \'single\' esc\\ aped'), shlex.quote("it's"), shlex.join(["a b", "c"]))
print(getopt.getopt(["-a", "-b", "val", "--long=x", "rest"], "ab:", ["long="]))
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
q = queue.Queue(); [q.put(i) for i in range(3)]; print(q.qsize(), q.get(), q.get_nowait(), q.empty())
pq = queue.PriorityQueue(); pq.put((2, "b")); pq.put((1, "a")); print(pq.get())
lq = queue.LifoQueue(); lq.put(1); lq.put(2); print(lq.get())
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("Empty")
s = sched.scheduler(time.monotonic, lambda d: None)
order = []
s.enter(0.002, 2, order.append, ("b",)); s.enter(0.001, 1, order.append, ("a",)); s.enter(0.001, 0, order.append, ("first",))
s.run(); print(order)
lock = threading.Lock()
with lock: print(lock.locked())
rl = threading.RLock()
with rl:
    with rl: print("reentrant")
ev = threading.Event(); ev.set(); print(ev.is_set(), ev.wait(0.01))
loc = threading.local(); loc.x = 5; print(loc.x, threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful", UserWarning)
    warnings.warn("old", DeprecationWarning)
    print([(type(x.message).__name__, str(x.message), x.category.__name__) for x in w])
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
warnings.resetwarnings()
class Res:
    pass
r = Res(); wr = weakref.ref(r); print(wr() is r); del r; gc.collect(); print(wr())
fin = []
o = Res(); weakref.finalize(o, fin.append, "finalized"); del o; gc.collect(); print(fin)
print(string.ascii_letters[:5], string.digits, string.punctuation[:5], string.hexdigits, string.whitespace == " \t\n\r\x0b\x0c")
print(types.new_class("Dyn", (), {}, lambda ns: ns.update(x=1)).x, type("T", (object,), {"a": 2})().a)
ns = types.SimpleNamespace(a=1); ns.b = 2; print(ns, ns == types.SimpleNamespace(a=1, b=2))
print(sys.version_info[:2], sys.platform, sys.byteorder, sys.getrecursionlimit(), isinstance(sys.argv, list), sys.executable != "", sys.maxunicode)
print(len(secrets.token_hex(8)), len(secrets.token_bytes(4)), secrets.choice("x"), len(secrets.token_urlsafe(6)) > 0)
print(platform.system(), platform.python_implementation() in ("CPython", "pygen"), bool(platform.machine()))
sys.stdout.write("direct write\n"); print("sep", "test", sep="|", end="!\n"); print(file=sys.stdout)
print("stderr check", file=io.StringIO())
print(f"{'centered':*^20}", f"{3.14159:+.2e}", f"{1234:,}", f"{'x'!r:>5}", f"{10:#o}", f"{0.25:.1%}", f"{{literal}}", f"{'nested ' + f'{1+1}'}")
name = "world"; print(f"{name=}", f"{name!s:>10}", f"{len(name)=}", f"{3*4=:>5}")
print("%s %r %d %5.2f %-5s| %x %o %e %c %%" % ("s", "r", 42, 3.14159, "ab", 255, 8, 12345.678, 65))
print("%(a)s and %(b)04d" % {"a": "A", "b": 7}, "{0} {1} {0}".format("x", "y"), "{:<6}|{:^6}|{:>6}".format("l", "c", "r"), "{a[0]} {b.real}".format(a=[9], b=3j))
print(str.maketrans("ab", "xy"), "abc".translate({97: None}), "Hello World".swapcase(), "  x ".center(7, "-"), "a\tb".expandtabs(4), "ß".casefold(), "ǅ".istitle())
print("x".zfill(4), "-12".zfill(5), "abc".removeprefix("a"), "abc".removesuffix("c"), "a,b,,c".split(","), "a b  c".split(), "l1\nl2\r\nl3".splitlines(), "abcabc".rpartition("b"))
print(sorted(["b", "A", "c", "B"], key=str.lower), sorted([3, 1, 2], reverse=True), sorted({"x": 2, "y": 1}.items(), key=lambda kv: kv[1]))
print(list(map(lambda x: x ** 2, range(5))), [x for x in range(20) if x % 3 == 0 if x % 2 == 0], {x % 3 for x in range(10)}, {x: x * x for x in range(3)})
matrix = [[1, 2, 3], [4, 5, 6]]; print([list(r) for r in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)], sum(matrix, []))
a, *b, c = range(6); print(a, b, c); (x, y), z = (1, 2), 3; print(x, y, z)
d = {"a": 1} | {"b": 2}; d |= {"c": 3}; print(d, sorted(d.keys() & {"a", "c"}), dict.fromkeys("ab", 0))
print(any(isinstance(v, int) for v in d.values()), next(iter(d)), next((k for k in d if k > "a"), None), list(reversed(d)))
print(divmod(17, 5), abs(-3.5), round(2.675, 2), max("abc", key=ord), min(3, 1, 2), pow(2, 10), sum([0.1] * 3), hex(255), oct(8), bin(5), chr(9731), ord("☃"))
print(isinstance(True, int), issubclass(bool, int), type(1) is int, callable(len), hasattr(str, "join"), getattr(1, "real"), id(1) == id(1), hash("a") == hash("a"))
print(repr(1.0), repr(1e100), repr(-0.0), 1e16, 123456789012345678, 0.1 + 0.2 == 0.3, float("inf") > 10 ** 300, 10 ** 20 / 3, 2 ** 100 // 3, -2 ** 2, (-2) ** 2)
print(int("42"), float("3.5"), complex(1, 2), bool(""), list("ab"), tuple([1]), set([1, 1]), frozenset("aa"), bytes(3), bytearray(b"x"), str(b"x", "ascii"), memoryview(b"a")[0])
try:
    int("x")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print(repr(e))
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("VE", eg.exceptions)
except* TypeError as eg:
    print("TE", eg.exceptions)
class Cust(Exception):
    def __init__(self, code, msg):
        super().__init__(msg); self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
try:
    raise Cust(404, "not found")
except Cust as e:
    print(e, e.code, repr(e))
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in gen():
    print(v); break
print(eval("1 + 2 * 3"), exec("zz = 5") or zz if False else eval("[i for i in range(3)]"), compile("x=1", "<s>", "exec").co_filename)
g = {}; exec("def f(a, b=2): return a * b", g); print(g["f"](3), g["f"].__defaults__)
print(vars(types.SimpleNamespace(q=1)), dir(types.SimpleNamespace())[:3], globals()["__name__"], __name__)
