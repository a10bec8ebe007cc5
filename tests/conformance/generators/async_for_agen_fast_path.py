# `async for` over an exact async generator takes GET_AITER / GET_ANEXT's direct path (no
# __aiter__/__anext__ lookup, no __await__ call): the firstiter hook still runs once, on the
# first __anext__, and the other async iterators (classes, subclass-less objects, bad
# __anext__ results) still go through the lookups with CPython's errors.
import sys


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen(n):
    for i in range(n):
        yield i


calls = []
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=lambda g: calls.append(("first", g.__name__)))


async def consume(it):
    out = []
    async for v in it:
        out.append(v)
    return out


g = agen(3)
print("before", calls)
print(run(consume(g)))
print("after", calls)
print(run(consume(g)))          # exhausted: no second hook call
print("again", calls)
sys.set_asyncgen_hooks(*old)


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


print(run(consume(Counter(3))))


class BadNext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


class NoNext:
    def __aiter__(self):
        return 7


for obj in (BadNext(), NoNext(), 5):
    try:
        run(consume(obj))
    except TypeError as e:
        print("TypeError:", e, "| cause:", type(e.__cause__).__name__)


async def nested():
    out = []
    async for a in agen(2):
        async for b in agen(2):
            out.append((a, b))
    return out


print(run(nested()))


async def selfref():
    g = agen(2)
    it = g.__aiter__()
    print(it is g, type(g.__anext__()).__name__)
    async for v in g:
        print("v", v)
        await g.aclose()


run(selfref())


async def ag_throw():
    yield 1
    raise ValueError("boom")


async def catch():
    try:
        async for v in ag_throw():
            print("item", v)
    except ValueError as e:
        print("ValueError:", e)


run(catch())
