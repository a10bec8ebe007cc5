# gen.send(v) / coro.send(v) called from Python code is resumed inside the eval loop (the call
# site's CALL_BUILTIN, once quickened): every way such a call can end must look as CPython's.
# Each driver runs in a loop so that the call site is quickened before the interesting case.
import sys
import traceback


def echo():
    total = 0
    while True:
        v = yield total
        if v == "ret":
            return total
        if v == "boom":
            raise KeyError(total)
        if v == "stop":
            raise StopIteration("leaked")
        total += v


def drive(g, values):
    out = []
    for v in values:
        try:
            out.append(g.send(v))
        except StopIteration as e:
            out.append(("StopIteration", e.args, e.value))
        except RuntimeError as e:
            out.append(("RuntimeError", str(e), type(e.__cause__).__name__))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


print(drive(echo(), [None] + list(range(20)) + ["ret", 1, None]))
print(drive(echo(), [None, 5, "boom", 1]))
print(drive(echo(), [None, 5, "stop", 1]))
print(drive(echo(), [1, None, 2]))          # not started: only None may be sent

# a return of None: StopIteration with no arguments
def short():
    yield 1

for i in range(12):
    g = short()
    g.send(None)
    try:
        g.send(i)
    except StopIteration as e:
        assert e.args == () and e.value is None, (e.args, e.value)
print("short ok")

# a generator that sends into itself: ValueError, and it goes on
def selfish():
    me = yield
    for i in range(3):
        try:
            me.send(i)
        except ValueError as e:
            yield "inner " + str(e)

s = selfish()
next(s)
print(s.send(s), next(s), next(s))

# the only reference to the generator is the call's own: it dies at the yield (finally runs
# right after send returns, before the next statement) and at the return
def owned(tag):
    try:
        yield tag
        yield tag * 2
    finally:
        print("finally", tag)

for i in range(10):
    v = owned(i).send(None)
    print("got", v)

# the unbound form generator.send(g, v) and a bound method object held in a variable
def counter():
    n = 0
    while True:
        n += yield n

g = counter()
next(g)
send = g.send
for i in range(10):
    type(g).send(g, i)
    send(1)
print("counter", g.send(0))

# exceptions pass through the generator's traceback entries
def deep(n):
    if n == 0:
        x = yield
        raise ValueError("deep %s" % x)
    yield from deep(n - 1)

for i in range(10):
    d = deep(3)
    d.send(None)
    try:
        d.send(i)
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        names = [fr.name for fr in tb]
        msg = str(e)
print(names, msg)

# exception state across the inline send: the caller's handled exception is not the
# generator's, and the generator's own survives its yields
def exc_keeper():
    try:
        raise IndexError("gen's own")
    except IndexError:
        while True:
            seen = yield sys.exc_info()[1]
            if seen == "reraise":
                raise

k = exc_keeper()
next(k)
for i in range(10):
    try:
        raise TypeError("caller's")
    except TypeError:
        got = k.send(i)
        assert repr(sys.exc_info()[1]) == 'TypeError("caller\'s")'
print(repr(got))
try:
    k.send("reraise")
except IndexError as e:
    print("reraised", repr(e))

# a coroutine driven by send, with an awaitable that suspends
class Ask:
    def __await__(self):
        return (yield "ask")

async def coro(n):
    total = 0
    for i in range(n):
        total += await Ask()
    return total

for n in range(8):
    c = coro(n)
    steps = 0
    try:
        req = c.send(None)
        while True:
            steps += 1
            req = c.send(steps)
    except StopIteration as e:
        res = e.value
print("coro", res, steps)
c = coro(1)
c.send(None)
try:
    c.send(1)
except StopIteration as e:
    print("coro done", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

# the frame's f_back while running inline is the caller
def who():
    while True:
        yield sys._getframe().f_back.f_code.co_name

def caller():
    w = who()
    next(w)
    return [w.send(None) for _ in range(10)][-1]

print(caller())
# gi_running during the send, gi_suspended after
def state():
    me = yield
    while True:
        yield me.gi_running, me.gi_suspended

st = state()
next(st)
st.send(st)
for i in range(10):
    r = st.send(None)
print(r, st.gi_running, st.gi_suspended)
