# 'async for' / 'async with' / async comprehensions outside an async def are SyntaxErrors at
# compile time (module level, class bodies, a plain def nested in an async def); the legal
# nestings compile. Also: a generator lambda returns its body's value.
cases = [
    "async for x in y:\n    pass\n",
    "async with x:\n    pass\n",
    "def f():\n    async for x in y:\n        pass\n",
    "def f():\n    async with x as y:\n        pass\n",
    "async def g():\n    def f():\n        async with x:\n            pass\n",
    "async def g():\n    def f():\n        async for x in y:\n            pass\n",
    "class C:\n    async for x in y:\n        pass\n",
    "async def f():\n    class C:\n        async with x:\n            pass\n",
    "def f():\n    return [x async for x in y]\n",
    "async def f():\n    lambda: [x async for x in y]\n",
    "def f():\n    await x\n",
    "await x\n",
    "async def f():\n    async with a, b:\n        async for x in y:\n            pass\n",
    "async def f():\n    return (x for x in [y async for y in z])\n",
    "async def f():\n    return [i for i in (x async for x in y)]\n",
    "async def f():\n    return (x async for x in y)\n",
    "def f():\n    return (x async for x in y)\n",
    "async def f():\n    def g():\n        return 1\n    async for x in y:\n        pass\n",
    "async def f():\n    return [[y async for y in a] for i in b]\n",
    "async def f():\n    return [x for x in ([y async for y in a] for i in b)]\n",
    "def f():\n    return ([y async for y in agen(i)] for i in range(3))\n",
    "([y async for y in agen(i)] for i in range(3))\n",
    "def f():\n    return [[y async for y in a] for i in b]\n",
    "def f():\n    return {i: {y async for y in a} for i in b}\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

# The async comprehension inside a generator expression inside an async def runs.
import asyncio


async def agen(n):
    for i in range(n):
        yield i


async def main():
    g = ([y async for y in agen(i)] for i in range(3))
    nested = [[y * 10 async for y in agen(i)] for i in range(3)]
    return [x async for x in g], nested, type(g).__name__


print(asyncio.run(main()))

f = lambda: (yield 1)
g = f()
print(next(g))
try:
    g.send(2)
except StopIteration as e:
    print("value", e.value)
h = (lambda: (yield))()
next(h)
try:
    h.send("x")
except StopIteration as e:
    print("value", e.value)
print(list((lambda x: (yield from x))([1, 2])))
