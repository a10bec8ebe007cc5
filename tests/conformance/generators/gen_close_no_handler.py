# close() of a generator stopped outside any try/with/except finishes it without raising
# GeneratorExit inside (a shortcut): what can be seen must stay as when the exception unwinds the
# frame -- finalisers of the stack's values see it running, locals go after, a held frame keeps
# its locals, a trace function still sees the unwinding, and stopping inside a handler,
# `yield from` or an except block still raises GeneratorExit there.
import sys


class Noisy:
    def __init__(self, name, gen_box=None):
        self.name = name
        self.gen_box = gen_box

    def __del__(self):
        g = self.gen_box[0] if self.gen_box else None
        state = None
        if g is not None:
            state = (g.gi_running, g.gi_suspended, g.gi_frame is None)
            try:
                next(g)
            except Exception as e:
                state += (type(e).__name__, str(e))
        print("  del", self.name, state)

    def __iter__(self):
        return iter([1, 2, 3])


def plain(box):
    local = Noisy("local", box)
    for x in Noisy("iterated", box):   # dropped once its iterator is made, while g runs
        yield x


print("plain close")
box = [None]
g = plain(box)
box[0] = g
print(next(g))
print(g.close(), g.gi_frame, g.gi_suspended, g.gi_running)
print(list(g))

print("close twice / never started")
g2 = plain([None])
print(g2.close(), g2.close(), list(g2))


class StackDel:
    def __init__(self, box):
        self.box = box

    def __iter__(self):
        return self

    def __next__(self):
        return 5

    def __del__(self):
        g = self.box[0]
        print("  stack value dropped: running", g.gi_running)
        try:
            g.send(None)
        except ValueError as e:
            print("  ValueError:", e)


def with_stack(box):
    for v in StackDel(box):
        yield v


box = [None]
g = with_stack(box)
box[0] = g
print(next(g))
print(g.close())
box[0] = None

print("held frame")


def held():
    a = Noisy("held-local")
    yield 1


g = held()
next(g)
fr = g.gi_frame
print(g.close(), "gi_frame:", g.gi_frame, "f_locals keys:", sorted(fr.f_locals))
del fr

print("abandoned")


def abandoned():
    n = Noisy("abandoned-local")
    yield 1
    yield 2


g = abandoned()
next(g)
del g

print("handlers still see GeneratorExit")


def in_try():
    try:
        yield 1
    finally:
        print("  finally ran")


def in_with():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            print("  exit", a[0].__name__)

    with CM():
        yield 1


def in_except():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        print("  not reached")


def delegating():
    yield from in_try()


def ignoring():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("  caught")
            break
    yield 2


for fn in (in_try, in_with, in_except, delegating, ignoring):
    g = fn()
    next(g)
    try:
        print(fn.__name__, g.close())
    except RuntimeError as e:
        print(fn.__name__, "RuntimeError:", e)

print("traced")


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced_gen":
        print("  trace", event, frame.f_lineno, type(arg).__name__ if event == "exception" else "")
    return tracer


def traced_gen():
    yield 1
    yield 2


g = traced_gen()
next(g)
sys.settrace(tracer)
g.close()
sys.settrace(None)
print("done")


async def coro():
    x = Noisy("coro-local")
    await Awaitable()


class Awaitable:
    def __await__(self):
        yield 7


c = coro()
print(c.send(None))
print(c.close(), c.cr_frame)
